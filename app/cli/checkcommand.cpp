#include "checkcommand.h"

#include "cli/console.h"
#include "core/directory/directoryreader.h"
#include "core/policy/policyreader.h"
#include "store/servicedirectory.h"

#include <QDate>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString typeOption = u"type"_s;
const QString directoryType = u"directory"_s;
const QString provisioningType = u"provisioning"_s;
const QString policiesType = u"policies"_s;

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a provisioning file, a directory file or a policies file and explain every "
              "problem found.");
}

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, tr("The file to check."));
    parser.addOption(
            {typeOption,
             tr("What the file is: provisioning (an organisation's directory file, laid over "
                "the bundled directory or --directory's; the default for directory files), "
                "directory (a complete directory, such as the bundled one) or policies (the "
                "default for a file named policies.json or holding settings)."),
             tr("type")});
}

int CheckCommand::run(const QCommandLineParser &parser, const CommonOptions &common,
                      Console &console)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        console.err() << tr("helplines-cli check: give the file to check, for example "
                            "“helplines-cli check directory.json”.")
                      << u'\n';
        return ExitUsage;
    }
    QString type = parser.value(typeOption);
    if (!type.isEmpty() && type != directoryType && type != provisioningType
        && type != policiesType) {
        console.err() << tr("helplines-cli check: unknown type “%1”: use directory, "
                            "provisioning or policies.")
                                 .arg(type)
                      << u'\n';
        return ExitUsage;
    }
    const QString file = files.first();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        // The reader says why, as a diagnostic of the file.
        return report(file, DirectoryReader().readFile(file).diagnostics, QString(), console);
    }
    // Bounded like the readers' own limit, so that a huge file is never read whole.
    const QByteArray bytes = input.read(JsonReader::Limits().maxBytes + 1);
    input.close();
    if (type.isEmpty())
        type = PolicyReader::isPoliciesDocument(file, bytes) ? policiesType : provisioningType;

    if (type == policiesType) {
        const PolicyReader::Result result = PolicyReader().read(bytes, file);
        return report(file, result.diagnostics,
                      tr("%1: no problem found (%n setting(s)).", nullptr, result.settingCount())
                              .arg(file),
                      console);
    }

    DirectoryReader::Options options;
    options.today = QDate::currentDate();
    QList<Service> base;
    if (type == provisioningType) {
        // What the file is laid over: the bundled directory, or the one given with --directory.
        const QString baseFile = common.directoryFile.isEmpty()
                                         ? ServiceDirectory::bundledDirectoryFile()
                                         : common.directoryFile;
        const DirectoryReader::Result baseRead = DirectoryReader().readFile(baseFile);
        if (!baseRead.documentRead) {
            console.err() << tr("helplines-cli check: the directory %1 that the file changes "
                                "cannot be read; check it with --type directory.")
                                     .arg(baseFile)
                          << u'\n';
            return ExitFailure;
        }
        base = baseRead.directory.services;
        options.base = &base;
    }
    const DirectoryReader::Result result = DirectoryReader(options).read(bytes, file);
    const int status = report(file, result.diagnostics,
                              tr("%1: no problem found (%n service(s)).", nullptr,
                                 int(result.directory.services.size()))
                                      .arg(file),
                              console);
    if (type == provisioningType && result.documentRead) {
        QStringList hidden;
        for (const QString &id : result.directory.hiddenIds) {
            if (std::any_of(base.begin(), base.end(),
                            [&id](const Service &service) { return service.id == id; }))
                hidden.append(id);
        }
        const int changed = int(result.changedIds.size());
        const int added = int(result.directory.services.size()) - changed;
        //: What a provisioning file does: "it changes 1 service, adds 2 services and hides 1
        //: service" (each number translated separately)
        console.err() << tr("As a provisioning file, it changes %1, adds %2 and hides %3 of the "
                            "directory.")
                                 .arg(tr("%n service(s)", nullptr, changed),
                                      tr("%n service(s)", nullptr, added),
                                      tr("%n service(s)", nullptr, int(hidden.size())))
                      << u'\n';
    }
    return status;
}

int CheckCommand::report(const QString &file, const QList<Diagnostic> &diagnostics,
                         const QString &cleanSummary, Console &console) const
{
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &diagnostic : diagnostics) {
        console.out() << diagnostic.toString() << u'\n';
        if (diagnostic.isError())
            ++errors;
        else
            ++warnings;
    }
    // The summary goes to standard error: let the problems reach the terminal first.
    console.out().flush();
    if (errors == 0 && warnings == 0 && !cleanSummary.isEmpty()) {
        console.err() << cleanSummary << u'\n';
    } else if (errors > 0 || warnings > 0) {
        //: Summary of a check: the file, then "2 errors" and "1 warning" (translated separately)
        console.err() << tr("%1: %2, %3.")
                                 .arg(file, tr("%n error(s)", nullptr, errors),
                                      tr("%n warning(s)", nullptr, warnings))
                      << u'\n';
    }
    return errors == 0 ? ExitSuccess : ExitFailure;
}

} // namespace Helplines
