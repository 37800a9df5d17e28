#ifndef HELPLINES_STORE_SERVICECODEC_H
#define HELPLINES_STORE_SERVICECODEC_H

#include "core/service.h"

#include <QByteArray>

#include <optional>

namespace Helplines {

// Compact binary form of the records that the store caches. The cache is derived data: when
// version() changes, the store re-imports the directory from its sources instead of decoding.
class ServiceCodec
{
public:
    static int version();

    static QByteArray encode(const Service &service);
    static std::optional<Service> decodeService(const QByteArray &bytes);
    static QByteArray encode(const EmergencyNumber &number);
    static std::optional<EmergencyNumber> decodeEmergencyNumber(const QByteArray &bytes);
};

} // namespace Helplines

#endif // HELPLINES_STORE_SERVICECODEC_H
