#ifndef HELPLINES_CLI_CHECKCOMMAND_H
#define HELPLINES_CLI_CHECKCOMMAND_H

#include "cli/command.h"

namespace Helplines {

// helplines-cli check FILE: validates a directory file, one problem per line as
// FILE:LINE:COLUMN: error|warning: message [json.path] (hint).
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;
};

} // namespace Helplines

#endif // HELPLINES_CLI_CHECKCOMMAND_H
