#ifndef HELPLINES_CORE_SUNTIMES_H
#define HELPLINES_CORE_SUNTIMES_H

#include "core/service.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Helplines {

// Sunrise and sunset (upper limb on the horizon, with refraction), dawn and dusk (civil
// twilight) for one local day. A member is invalid when the event does not happen that day
// (polar day or night).
struct SunTimes
{
    QDateTime dawn;
    QDateTime sunrise;
    QDateTime sunset;
    QDateTime dusk;

    static SunTimes forDay(QDate date, GeoPoint location, const QTimeZone &timeZone);
};

} // namespace Helplines

#endif // HELPLINES_CORE_SUNTIMES_H
