#include "cleardatacommand.h"

#include "cli/console.h"
#include "store/datalocation.h"
#include "store/servicestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString yesOption = u"yes"_s;

} // namespace

QString ClearDataCommand::summary() const
{
    return tr("Erase your favourites, the services you added and your settings");
}

void ClearDataCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{u"y"_s, yesOption},
                      tr("Erase without asking (required when the input is not a terminal).")});
}

bool ClearDataCommand::inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

int ClearDataCommand::run(const QCommandLineParser &parser, const CommonOptions &common,
                          Console &console)
{
    const QString folder = DataLocation::resolve(common.dataDirectory);
    const QString file = DataLocation::databaseFile(folder);
    const QString what = tr("This erases your favourites, the services you added and your "
                            "settings (language, filters, window), with their backups, in %1. "
                            "The directory of services and your organisation's settings are "
                            "kept.")
                                 .arg(QDir::toNativeSeparators(folder));

    if (!parser.isSet(yesOption)) {
        if (!inputIsTerminal()) {
            console.err() << tr("helplines-cli clear-data: nothing was erased. %1 Run it again "
                                "with --yes to confirm.")
                                     .arg(what)
                          << u'\n';
            return ExitUsage;
        }
        console.out() << what << u'\n' << tr("Erase them? Type “yes” to confirm: ") << Qt::flush;
        QTextStream input(stdin);
        const QString answer = input.readLine().trimmed().toLower();
        if (answer != tr("yes") && answer != u"yes"_s) {
            console.out() << tr("Nothing was erased.") << u'\n';
            return ExitFailure;
        }
    }

    QStringList failed;
    if (QFileInfo::exists(file)) {
        ServiceStore store(u"helplines-cli-clear"_s);
        const StoreError opened = store.open(file);
        if (!opened) {
            if (const StoreError error = store.clearUserData()) {
                console.err() << tr("helplines-cli clear-data: %1 (%2)")
                                         .arg(error.message(), error.detail())
                              << u'\n';
                return ExitFailure;
            }
        } else if (opened.kind() == StoreError::Corrupt
                   || opened.kind() == StoreError::NewerSchema) {
            // A file this version cannot clear row by row holds the user's data all the same:
            // it goes whole (the directory is cached again at the next start).
            store.close();
            for (const QString &path : {file, file + u"-wal"_s, file + u"-shm"_s}) {
                if (QFileInfo::exists(path) && !QFile::remove(path))
                    failed.append(path);
            }
        } else {
            console.err() << tr("helplines-cli clear-data: %1 (%2)")
                                     .arg(opened.message(), opened.detail())
                          << u'\n';
            return ExitFailure;
        }
    }
    ServiceStore::removeUserDataCopies(file, &failed);
    if (!failed.isEmpty()) {
        console.err() << tr("helplines-cli clear-data: these files could not be removed: %1")
                                 .arg(failed.join(u", "_s))
                      << u'\n';
        return ExitFailure;
    }
    console.out() << tr("Your favourites, the services you added and your settings were "
                        "erased.")
                  << u'\n';
    return ExitSuccess;
}

} // namespace Helplines
