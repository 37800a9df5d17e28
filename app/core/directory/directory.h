#ifndef HELPLINES_CORE_DIRECTORY_H
#define HELPLINES_CORE_DIRECTORY_H

#include "core/localizedtext.h"
#include "core/service.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Helplines {

// The content of one directory file (DESIGN §3): the bundled French directory, an
// organisation's provisioning file or an import.
struct Directory
{
    int format = 1;
    LocalizedText publisher;
    QString publisherUrl;
    QDate updated;
    QList<Service> services;
    QList<EmergencyNumber> emergencyNumbers;
    // Provisioning: ids of services of earlier sources to hide.
    QStringList hiddenIds;

    const Service *service(QStringView id) const;
};

} // namespace Helplines

#endif // HELPLINES_CORE_DIRECTORY_H
