#include "checkcommand.h"

#include "cli/console.h"
#include "core/directory/directoryreader.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Helplines {

QString CheckCommand::summary() const
{
    return tr("Check a directory file and explain every problem found.");
}

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, tr("The directory file to check."));
}

int CheckCommand::run(const QCommandLineParser &parser, const CommonOptions &, Console &console)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        console.err() << tr("helplines-cli check: give the file to check, for example "
                            "“helplines-cli check directory.json”.")
                      << u'\n';
        return ExitUsage;
    }
    const QString file = files.first();
    DirectoryReader::Options options;
    options.today = QDate::currentDate();
    const DirectoryReader::Result result = DirectoryReader(options).readFile(file);
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        console.out() << diagnostic.toString() << u'\n';
        if (diagnostic.isError())
            ++errors;
        else
            ++warnings;
    }
    // The summary goes to standard error: let the problems reach the terminal first.
    console.out().flush();
    if (errors == 0 && warnings == 0) {
        console.err() << tr("%1: no problem found (%n service(s)).", nullptr,
                            int(result.directory.services.size()))
                                 .arg(file)
                      << u'\n';
    } else {
        //: Summary of a check: the file, then "2 errors" and "1 warning" (translated separately)
        console.err() << tr("%1: %2, %3.")
                                 .arg(file, tr("%n error(s)", nullptr, errors),
                                      tr("%n warning(s)", nullptr, warnings))
                      << u'\n';
    }
    return errors == 0 ? ExitSuccess : ExitFailure;
}

} // namespace Helplines
