#ifndef HELPLINES_CLI_POLICYCOMMAND_H
#define HELPLINES_CLI_POLICYCOMMAND_H

#include "cli/command.h"

namespace Helplines {

// helplines-cli policy [--json]: the settings in force for the window on this computer, each
// with its value, whether it is locked and where it comes from (default, policies.json, the
// registry, managed preferences, the user's choice), then the problems of the organisation's
// sources.
class PolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommonOptions &common,
            Console &console) override;
};

} // namespace Helplines

#endif // HELPLINES_CLI_POLICYCOMMAND_H
