#ifndef HELPLINES_CLI_COMMANDLINE_H
#define HELPLINES_CLI_COMMANDLINE_H

#include "core/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Helplines {

// Exit codes of helplines-cli, documented in --help and the man page.
enum ExitCode {
    ExitSuccess = 0,
    // The command ran and found problems (check), or data could not be read.
    ExitFailure = 1,
    // The command line was wrong.
    ExitUsage = 2,
};

// The options common to every command, accepted before or after the command's name.
struct CommonOptions
{
    Language language = Language::English;
    QString dataDirectory;
    QString directoryFile;
};

// Finds the command's name and the common options in helplines-cli's arguments, before any
// command parses its own options (the language must be known before anything is printed).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QStringList arguments, Language systemLanguage);

    QStringList arguments() const { return m_arguments; }
    // The command's name ("list"), empty when none was given.
    QString command() const { return m_command; }
    const CommonOptions &common() const { return m_common; }
    // A translated message when a common option is wrong; empty otherwise.
    QString error() const { return m_error; }
    // Whether --help, -h or --version stands before the command's name (or there is none).
    bool wantsHelp() const { return m_help; }
    bool wantsVersion() const { return m_version; }

    // Adds the common options to a parser so that they are accepted after the command's name.
    static void addCommonOptions(QCommandLineParser &parser);

private:
    QStringList m_arguments;
    QString m_command;
    CommonOptions m_common;
    QString m_error;
    bool m_help = false;
    bool m_version = false;
};

} // namespace Helplines

#endif // HELPLINES_CLI_COMMANDLINE_H
