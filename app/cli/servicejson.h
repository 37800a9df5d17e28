#ifndef HELPLINES_CLI_SERVICEJSON_H
#define HELPLINES_CLI_SERVICEJSON_H

#include "core/language.h"
#include "core/service.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace Helplines {

class ServiceListModel;

// The JSON that helplines-cli prints for a service (`list --json`, `show --json`). Keys are the
// same in every language; texts are in the chosen language. Documented in the man page.
class ServiceJson
{
public:
    // id, name, category, scope, status, hours, timezone, verified, source, favourite, origin
    // and numbers ([{kind, display, dial, international}]).
    static QJsonObject summary(const Service &service, Language language, bool favourite);
    // The summary plus description, audience, organisation, region, notes, cost, anonymity,
    // accessibility, languages and every contact.
    static QJsonObject details(const Service &service, Language language, bool favourite);
    // state ("open", "closed", "unknown"), next_change (ISO 8601 with the offset of the
    // service's zone, or null), badge (translated) and badge_kind, as the model has them.
    static void addAvailability(QJsonObject &object, const ServiceListModel &model, int row);
    // An instant as ISO 8601 with the offset in force in a zone: "2026-01-12T09:00:00+01:00".
    static QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace Helplines

#endif // HELPLINES_CLI_SERVICEJSON_H
