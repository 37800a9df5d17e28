#ifndef HELPLINES_CLI_SERVICEJSON_H
#define HELPLINES_CLI_SERVICEJSON_H

#include "core/language.h"
#include "core/service.h"

#include <QJsonObject>

namespace Helplines {

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
};

} // namespace Helplines

#endif // HELPLINES_CLI_SERVICEJSON_H
