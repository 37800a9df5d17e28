#ifndef HELPLINES_MODELS_SERVICETEXTS_H
#define HELPLINES_MODELS_SERVICETEXTS_H

#include "core/service.h"

#include <QCoreApplication>
#include <QString>

namespace Helplines {

// Translated names of the values of a service record, in the language of the installed
// translator. Shared by the window and helplines-cli.
class ServiceTexts
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTexts)

public:
    static QString categoryName(ServiceCategory category);
    static QString scopeName(ServiceScope scope);
    static QString statusName(ServiceStatus status);
    static QString costName(Cost cost);
    static QString contactKindName(ContactKind kind);
    static QString accessibilityName(AccessibilityFeature feature);
    static QString originName(ServiceOrigin origin);
    // The short tag of a card whose service the user added ("Yours"); empty for the others.
    static QString originBadgeText(ServiceOrigin origin);
    static QString anonymityText(std::optional<bool> anonymous);
    // The name of a public-holiday region of PublicHolidays ("FR-57": "Moselle"); the code
    // itself for another.
    static QString holidayRegionName(const QString &code);
};

} // namespace Helplines

#endif // HELPLINES_MODELS_SERVICETEXTS_H
