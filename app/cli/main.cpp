// helplines-cli: the Helplines directory for scripts, IT departments and tests.

#include "cli/checkcommand.h"
#include "cli/cleardatacommand.h"
#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/hourscommand.h"
#include "cli/listcommand.h"
#include "cli/policycommand.h"
#include "cli/showcommand.h"
#include "core/applicationinfo.h"
#include "core/language.h"
#include "core/translations.h"
#include "store/policysources.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

QString generalHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString help = QCoreApplication::translate(
            "main", "Usage: helplines-cli [options] <command> [command options]\n"
                    "\n"
                    "Free psychological support lines, and whether they answer now.\n"
                    "\n"
                    "Commands:\n");
    for (const auto &command : commands)
        help += u"  %1  %2\n"_s.arg(command->name().leftJustified(8), command->summary());
    help += QCoreApplication::translate(
            "main",
            "\n"
            "Options of every command (before or after the command):\n"
            "  --lang fr|en       language of the output (default: the system's)\n"
            "  --data-dir FOLDER  folder of the user's data (default: HELPLINES_DATA_DIR, or\n"
            "                     the platform's data folder)\n"
            "  --directory FILE   a directory file to use instead of the bundled one\n"
            "  -h, --help         this help, or a command's help after its name\n"
            "  --version          the version\n"
            "\n"
            "Exit codes: 0 success, 1 problems found or data unreadable, 2 wrong command "
            "line.\n");
    help += QCoreApplication::translate(
                    "main", "\n"
                            "The organisation's settings (policies.json) and provisioning file "
                            "(directory.json) are read from %1, or from the folder in "
                            "HELPLINES_SYSTEM_DIR (then without the registry or managed "
                            "preferences).\n")
                    .arg(QDir::toNativeSeparators(PolicySources::platformFolder()));
    return help;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    ApplicationInfo::apply();
    Console console;

    const Language systemLanguage = preferredLanguage(QLocale::system().uiLanguages());
    const CommandLine commandLine(QCoreApplication::arguments(), systemLanguage);
    Translations::installInApplication(commandLine.common().language);
    if (!commandLine.error().isEmpty()) {
        console.err() << u"helplines-cli: "_s << commandLine.error() << u'\n';
        return ExitUsage;
    }

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<HoursCommand>());
    commands.push_back(std::make_unique<PolicyCommand>());
    commands.push_back(std::make_unique<ClearDataCommand>());

    if (commandLine.wantsVersion()) {
        console.out() << u"helplines-cli "_s << ApplicationInfo::version() << u'\n';
        return ExitSuccess;
    }
    if (commandLine.wantsHelp()) {
        console.out() << generalHelp(commands);
        return ExitSuccess;
    }
    if (commandLine.command().isEmpty()) {
        console.err() << generalHelp(commands);
        return ExitUsage;
    }
    for (const auto &command : commands) {
        if (command->name() == commandLine.command())
            return command->execute(commandLine, console);
    }
    console.err() << QCoreApplication::translate(
                             "main", "helplines-cli: unknown command “%1”. Try “helplines-cli "
                                     "--help”.")
                             .arg(commandLine.command())
                  << u'\n';
    return ExitUsage;
}
