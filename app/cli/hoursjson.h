#ifndef HELPLINES_CLI_HOURSJSON_H
#define HELPLINES_CLI_HOURSJSON_H

#include "core/openinghours/openinghours.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Helplines {

// The JSON answers of `helplines-cli hours --json` and `hours --batch`: one object on one line
// (no line break), keys in a fixed order, UTF-8, values independent of the language except
// the messages, which are in the language of the translator installed (English for the CLI's
// JSON). Instants as IsoDateTime::format() writes them.
class HoursJson
{
public:
    // {"state":"open","comment":null,"next_change":"2026-01-12T18:00:00+01:00"}; with
    // "description" last when `description` is not null.
    static QByteArray evaluation(const OpeningHoursEvaluation &evaluation,
                                 const QString &description = QString());
    // {"error":"“9h” ...","column":1} for a rule that does not parse; with "suggestion" (the
    // corrected rule or fragment, or null) when asked for.
    static QByteArray parseError(const OpeningHours &hours, bool withSuggestion = false);
    // {"error":"..."}: the input itself is wrong.
    static QByteArray inputError(const QString &message);

    // "open", "closed", "unknown".
    static QStringView stateKey(OpenState state);
    // The 1-based column of a rule's error counted in characters (code points), from the
    // engine's column counted in UTF-16 code units.
    static int characterColumn(QStringView rule, int utf16Column);
    // The rule's error with its column in characters, so that its message says the same
    // column as the JSON and the caret (the length limit of TooLong stays in code units).
    static OpeningHoursError errorInCharacters(const OpeningHours &hours);
    // Appends `text` as a JSON string, quotes included.
    static void appendString(QByteArray &out, QStringView text);
};

} // namespace Helplines

#endif // HELPLINES_CLI_HOURSJSON_H
