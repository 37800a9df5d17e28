#ifndef HELPLINES_CLI_SHOWCOMMAND_H
#define HELPLINES_CLI_SHOWCOMMAND_H

#include "cli/command.h"

namespace Helplines {

// helplines-cli show ID [--json]: everything about one service.
class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;
};

} // namespace Helplines

#endif // HELPLINES_CLI_SHOWCOMMAND_H
