#include "directorysession.h"

#include "cli/console.h"
#include "models/timesource.h"
#include "store/datalocation.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Helplines {

DirectorySession::DirectorySession(ServiceDirectory::Options options, PolicySources::Result policy)
    : m_policy(std::move(policy))
    , m_directory(std::move(options))
{}

std::unique_ptr<DirectorySession> DirectorySession::open(const CommonOptions &common,
                                                         Console &console, const TimeSource *time)
{
    ServiceDirectory::Options options;
    options.dataDirectory = DataLocation::resolve(common.dataDirectory);
    options.directoryFile = common.directoryFile;
    options.today = time ? time->now().toTimeZone(time->timeZone()).date() : QDate::currentDate();
    options.connectionName = u"helplines-cli"_s;
    PolicySources::Result policy = PolicySources::load(PolicySources::fromEnvironment());
    options.applyPolicy(policy.policy);
    if (const QString warning = policy.warning(); !warning.isEmpty()) {
        console.err() << QCoreApplication::translate("DirectorySession",
                                                     "helplines-cli: warning: %1")
                                 .arg(warning)
                      << u'\n';
    }
    std::unique_ptr<DirectorySession> session(new DirectorySession(options, std::move(policy)));

    const ServiceDirectory::LoadResult result = session->m_directory.load();
    if (!result.loaded) {
        console.err() << QCoreApplication::translate("DirectorySession",
                                                     "helplines-cli: the directory could not be "
                                                     "read: %1")
                                 .arg(result.sourceError)
                      << u'\n';
        return nullptr;
    }
    if (result.storeError) {
        console.err() << QCoreApplication::translate("DirectorySession",
                                                     "helplines-cli: warning: %1 (%2)")
                                 .arg(result.storeWarning(), result.storeError.detail())
                      << u'\n';
    } else if (const QString warning = result.storeWarning(); !warning.isEmpty()) {
        // What was wrong with the data file and what was done about it.
        console.err() << QCoreApplication::translate("DirectorySession",
                                                     "helplines-cli: warning: %1")
                                 .arg(warning)
                      << u'\n';
    }
    if (const QString warning = result.provisioningWarning(); !warning.isEmpty()) {
        console.err() << QCoreApplication::translate("DirectorySession",
                                                     "helplines-cli: warning: %1")
                                 .arg(warning)
                      << u'\n';
    }
    for (const ServiceStore::UnreadableOwnService &entry : result.unreadableOwnServices) {
        console.err() << QCoreApplication::translate(
                                 "DirectorySession",
                                 "helplines-cli: warning: the service “%1” that you added "
                                 "cannot be read and is left out; it is kept in %2.")
                                 .arg(entry.id, session->m_directory.databaseFile())
                      << u'\n';
        for (const Diagnostic &diagnostic : entry.diagnostics)
            console.err() << u"  "_s << diagnostic.toString() << u'\n';
    }
    int errors = 0;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.isError())
            ++errors;
    }
    if (errors > 0 && session->m_directory.directoryFile().startsWith(u':')) {
        console.err() << QCoreApplication::translate(
                "DirectorySession",
                "helplines-cli: warning: the bundled directory has %n error(s); "
                "the services concerned are left out. This is a defect of "
                "Helplines: please report it.",
                nullptr, errors)
                      << u'\n';
    } else if (errors > 0) {
        console.err() << QCoreApplication::translate(
                                 "DirectorySession",
                                 "helplines-cli: warning: the directory file has %n error(s); "
                                 "the services concerned are left out. “helplines-cli check "
                                 "%1” explains them.",
                                 nullptr, errors)
                                 .arg(session->m_directory.directoryFile())
                      << u'\n';
    }

    const QLocale locale(common.language == Language::French ? QLocale::French : QLocale::English);
    session->m_model.setLanguage(common.language);
    session->m_model.setServices(session->m_directory.services());
    session->m_model.setFavourites(session->m_directory.favourites());
    if (time)
        session->m_model.updateAvailability(time->now(), time->timeZone(), true);
    session->m_proxy.setSortLocale(locale);
    session->m_proxy.setSourceModel(&session->m_model);
    return session;
}

QList<int> DirectorySession::sourceRowsInOrder() const
{
    QList<int> rows;
    rows.reserve(m_proxy.rowCount());
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        rows.append(m_proxy.mapToSource(m_proxy.index(row, 0)).row());
    return rows;
}

} // namespace Helplines
