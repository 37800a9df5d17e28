#ifndef HELPLINES_STORE_SERVICESTORE_H
#define HELPLINES_STORE_SERVICESTORE_H

#include "core/directory/diagnostic.h"
#include "core/service.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Helplines {

// The SQLite file in the user's data location (DESIGN §9): a cache of the merged directory and
// the user's own data (favourites, preferences, own entries). One named Qt SQL connection per
// store, looked
// up when needed, never kept as a member; schema versioned with PRAGMA user_version and
// migrated in a transaction; WAL journal so that a reader (helplines-cli) never blocks a
// writer.
class ServiceStore
{
    Q_DISABLE_COPY_MOVE(ServiceStore)

public:
    explicit ServiceStore(QString connectionName);
    ~ServiceStore();

    // Opens (creating it and its folder if needed), checks and migrates the database.
    StoreError open(const QString &databaseFile);
    void close();
    bool isOpen() const;
    QString databaseFile() const { return m_databaseFile; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The fingerprint of the sources the cached directory was built from; empty when nothing
    // usable is cached (never imported, or cached by an older encoding).
    QByteArray directoryFingerprint() const;
    // Replaces the cached directory, in one transaction.
    StoreError replaceDirectory(const QList<Service> &services,
                                const QList<EmergencyNumber> &emergencyNumbers,
                                const QByteArray &fingerprint);
    // The cached directory in import order. Fails with Corrupt when a record cannot be decoded.
    StoreError loadDirectory(QList<Service> *services,
                             QList<EmergencyNumber> *emergencyNumbers) const;

    QSet<QString> favourites() const;
    StoreError setFavourite(const QString &serviceId, bool favourite);

    std::optional<QByteArray> preference(const QString &key) const;
    StoreError setPreference(const QString &key, const QByteArray &value);
    StoreError removePreference(const QString &key);

    // An own entry whose stored record cannot be read back (damaged, or refused by the checks
    // of a later version): left in the database, never deleted, and reported.
    struct UnreadableOwnService
    {
        QString id;
        // Why, with positions in the stored record; the file is "own-service:<id>".
        QList<Diagnostic> diagnostics;
    };

    // The user's own entries (DESIGN §3), stored apart from the directory cache, each as the
    // canonical JSON record of DirectoryWriter::writeService() in a TEXT column, and read back
    // with DirectoryReader::readService() in its user-entry mode. In the order they were first
    // saved; origin is User. Records that cannot be read are skipped and listed in `unreadable`.
    StoreError loadOwnServices(QList<Service> *services,
                               QList<UnreadableOwnService> *unreadable = nullptr) const;
    // Adds the entry, or replaces the one with its id (which keeps its place), in one
    // transaction. The caller checks the record first (ServiceDirectory::saveOwnService).
    StoreError saveOwnService(const Service &service);
    // Adds a new entry, last; when its id is already taken (by another running instance, say),
    // writes nothing and sets *added to false.
    StoreError addOwnService(const Service &service, bool *added);
    // Removes the entry and its favourite, in one transaction; nothing for an unknown id.
    StoreError removeOwnService(const QString &serviceId);
    // The ids of the stored own entries, readable or not.
    QStringList ownServiceIds() const;

private:
    StoreError migrate();
    StoreError execute(QSqlQuery &query) const;
    StoreError execute(const QString &statement) const;
    StoreError errorOf(const QSqlQuery &query) const;
    StoreError inTransaction(const std::function<StoreError()> &work);

    QString m_connectionName;
    QString m_databaseFile;
};

} // namespace Helplines

#endif // HELPLINES_STORE_SERVICESTORE_H
