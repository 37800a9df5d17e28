#ifndef HELPLINES_CLI_CHECKCOMMAND_H
#define HELPLINES_CLI_CHECKCOMMAND_H

#include "cli/command.h"
#include "core/directory/diagnostic.h"

#include <QList>

namespace Helplines {

// helplines-cli check FILE: validates an organisation's provisioning file (laid over the
// bundled directory, so that its records may be partial), a complete directory file
// (--type directory) or a policies file (told apart by its name or content), one problem per
// line as FILE:LINE:COLUMN: error|warning: message [json.path] (hint).
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;

private:
    // Prints the diagnostics and a summary (cleanSummary when there is nothing to say);
    // returns the exit code.
    int report(const QString &file, const QList<Diagnostic> &diagnostics,
               const QString &cleanSummary, Console &console) const;
};

} // namespace Helplines

#endif // HELPLINES_CLI_CHECKCOMMAND_H
