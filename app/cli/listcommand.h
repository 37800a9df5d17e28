#ifndef HELPLINES_CLI_LISTCOMMAND_H
#define HELPLINES_CLI_LISTCOMMAND_H

#include "cli/command.h"

namespace Helplines {

// helplines-cli list [--json]: the services, in the window's order.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;
};

} // namespace Helplines

#endif // HELPLINES_CLI_LISTCOMMAND_H
