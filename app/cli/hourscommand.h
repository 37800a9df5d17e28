#ifndef HELPLINES_CLI_HOURSCOMMAND_H
#define HELPLINES_CLI_HOURSCOMMAND_H

#include "cli/command.h"

namespace Helplines {

class OpeningHours;

// helplines-cli hours RULE [--at ISO] [--tz ZONE] [--region CODE] [--lat L --lon L] [--json]:
// what an opening_hours rule says at an instant (state, comment, next change) and the rule in
// plain words; a rule that does not parse is shown with a caret under its column.
// helplines-cli hours --batch: JSON Lines in, one answer per line out (HoursBatch).
class HoursCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HoursCommand)

public:
    QString name() const override { return QStringLiteral("hours"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;

    // The rule (or the part of it around the column, when it is long) and, under it, a caret
    // "^" under the 1-based character `column`, aligned for a terminal: tabs are kept, wide
    // characters take two cells, combining marks none. Two lines, each ending with "\n".
    static QString caretLines(const QString &rule, int column);

private:
    int runBatch(Console &console);
    void printRuleError(const OpeningHours &hours, Console &console) const;
};

} // namespace Helplines

#endif // HELPLINES_CLI_HOURSCOMMAND_H
