#include "command.h"

#include "cli/console.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Helplines {

Command::~Command() = default;

int Command::execute(const CommandLine &commandLine, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    // The first positional argument is the command's own name.
    parser.addPositionalArgument(name(), summary(), name());
    addOptions(parser);
    CommandLine::addCommonOptions(parser);

    if (!parser.parse(commandLine.arguments())) {
        console.err() << QCoreApplication::translate("Command", "helplines-cli %1: %2")
                                 .arg(name(), parser.errorText())
                      << u'\n'
                      << QCoreApplication::translate("Command", "Try “helplines-cli %1 --help”.")
                                 .arg(name())
                      << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        console.out() << parser.helpText();
        return ExitSuccess;
    }
    return run(parser, commandLine.common(), console);
}

} // namespace Helplines
