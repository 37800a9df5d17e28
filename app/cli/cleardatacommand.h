#ifndef HELPLINES_CLI_CLEARDATACOMMAND_H
#define HELPLINES_CLI_CLEARDATACOMMAND_H

#include "cli/command.h"

namespace Helplines {

// helplines-cli clear-data [--yes]: "Clear my data" (DESIGN §10, issue 9). Erases the user's
// favourites, own services and settings, their automatic backups and any damaged data file set
// aside; the directory and the organisation's settings stay. Asks first on a terminal; with
// standard input that is not a terminal it erases only with --yes.
class ClearDataCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClearDataCommand)

public:
    QString name() const override { return QStringLiteral("clear-data"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;

    // Whether standard input is a terminal (someone to ask); replaced in tests.
    static bool inputIsTerminal();
};

} // namespace Helplines

#endif // HELPLINES_CLI_CLEARDATACOMMAND_H
