#include "commandline.h"

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString languageOption = u"lang"_s;
const QString dataDirOption = u"data-dir"_s;
const QString directoryOption = u"directory"_s;

} // namespace

CommandLine::CommandLine(QStringList arguments, Language systemLanguage)
    : m_arguments(std::move(arguments))
{
    m_common.language = systemLanguage;
    QString language;
    bool commandFound = false;
    // arguments[0] is the program.
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &argument = m_arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (!argument.startsWith(u'-')) {
            if (!commandFound) {
                m_command = argument;
                commandFound = true;
            }
            continue;
        }
        if (!commandFound && (argument == u"--help"_s || argument == u"-h"_s))
            m_help = true;
        if (!commandFound && argument == u"--version"_s)
            m_version = true;

        const QString name = argument.mid(2).section(u'=', 0, 0);
        if (!argument.startsWith(u"--"_s)
            || (name != languageOption && name != dataDirOption && name != directoryOption))
            continue;
        QString value;
        if (argument.contains(u'=')) {
            value = argument.section(u'=', 1);
        } else if (i + 1 < m_arguments.size()) {
            value = m_arguments.at(++i);
        } else {
            m_error = tr("The option --%1 needs a value.").arg(name);
            return;
        }
        if (name == languageOption)
            language = value;
        else if (name == dataDirOption)
            m_common.dataDirectory = value;
        else
            m_common.directoryFile = value;
    }
    if (!language.isEmpty()) {
        if (language == u"fr"_s)
            m_common.language = Language::French;
        else if (language == u"en"_s)
            m_common.language = Language::English;
        else
            m_error = tr("Unknown language “%1”: use --lang fr or --lang en.").arg(language);
    }
}

void CommandLine::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({languageOption,
                      tr("Language of the output: fr or en (default: the system's)."),
                      tr("language")});
    parser.addOption({dataDirOption,
                      tr("Folder of the user's data (default: HELPLINES_DATA_DIR, or the "
                         "platform's data folder)."),
                      tr("folder")});
    parser.addOption({directoryOption,
                      tr("A directory file to use instead of the bundled directory."), tr("file")});
}

} // namespace Helplines
