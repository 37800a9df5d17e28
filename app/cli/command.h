#ifndef HELPLINES_CLI_COMMAND_H
#define HELPLINES_CLI_COMMAND_H

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QString>

namespace Helplines {

class Console;

// One command of helplines-cli ("list", "show", "check", "hours").
class Command
{
public:
    virtual ~Command();

    virtual QString name() const = 0;
    // One line for the general help.
    virtual QString summary() const = 0;
    // The command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Runs with the parsed options; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, const CommonOptions &common, Console &console)
            = 0;

    // Parses the arguments for this command (the common options included), prints its help or
    // a usage error, or runs it.
    int execute(const CommandLine &commandLine, Console &console);
};

} // namespace Helplines

#endif // HELPLINES_CLI_COMMAND_H
