#ifndef HELPLINES_STORE_SERVICESTORE_H
#define HELPLINES_STORE_SERVICESTORE_H

#include "core/directory/diagnostic.h"
#include "core/service.h"
#include "store/storeerror.h"
#include "store/userdatabackup.h"

#include <QByteArray>
#include <QDateTime>
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
// writer, synchronous=FULL so that a committed write survives a crash or a power cut.
// The user's data (favourites, preferences, own entries) is copied to an automatic backup
// (UserDataBackup) before every migration and after every change, from which
// openWithRecovery() restores it when the database is damaged or gone.
class ServiceStore
{
    Q_DISABLE_COPY_MOVE(ServiceStore)

public:
    // Faults injected below the store, for the tests of what the user sees when storage fails
    // (as root, permission bits stop nothing): the database opened as SQLite opens a file it
    // may not write; a full disk (the database may not grow past its size when opened, and
    // backups fail as on a full disk).
    struct Faults
    {
        bool openReadOnly = false;
        bool diskFull = false;
    };

    // What openWithRecovery() found and did.
    struct Recovery
    {
        // What was wrong with the file: Corrupt, NewerSchema, ReadOnly; None when nothing was.
        StoreError problem;
        // Where the damaged file was moved ("helplines.sqlite.corrupt-<time>"); empty when it
        // was not moved.
        QString movedAsideTo;
        // The user's data came back from this backup, written then.
        bool restored = false;
        QString backupFile;
        QDateTime backupWritten;
        // A new database was created where there was none (or a damaged one was moved aside)
        // and no backup could be read: the user's data starts empty.
        bool startedEmpty = false;
        // Nothing can be saved: the file is read-only, or it is a newer version's and is left
        // alone while an in-memory database stands in for it.
        bool readOnly = false;
        bool inMemory = false;

        // What to tell the user, translated when called; empty when there is nothing to say.
        QString message() const;
    };

    explicit ServiceStore(QString connectionName);
    ~ServiceStore();

    void setFaults(const Faults &faults) { m_faults = faults; }

    // Opens (creating it and its folder if needed), checks and migrates the database.
    StoreError open(const QString &databaseFile);
    // Opens the database and, when it cannot be used, does what can be done so that the
    // application still starts and keeps the user's data: a damaged file is moved aside and a
    // new one created; a newer version's file is left alone and an in-memory database used; a
    // read-only file is used as it is. When the database is new, the user's data is restored
    // from the newest readable backup. Returns what still stops the store from opening.
    StoreError openWithRecovery(const QString &databaseFile, Recovery *recovery);
    void close();
    bool isOpen() const;
    // Open on an in-memory database standing in for a file that cannot be used.
    bool isInMemory() const { return m_inMemory; }
    // Open on a file that cannot be written (or in memory): every write fails, or is lost.
    bool isReadOnly() const { return m_readOnly || m_inMemory; }
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

    // Values the application derives from the directory and keeps between runs to start
    // sooner (the formatted phone numbers: PhoneNumberCache), in the meta table with the
    // directory cache: no backup, and no harm in losing them. Keys start with "cache.";
    // clearUserData() erases them, as they may hold numbers of the user's own entries.
    std::optional<QByteArray> cachedValue(const QString &key) const;
    StoreError setCachedValue(const QString &key, const QByteArray &value);

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

    // The user's data as stored (what a backup holds); tables that the schema does not have
    // yet give nothing.
    UserDataBackup::Data userData() const;
    // Adds the user's data to what is stored, in one transaction; what is already there (by
    // favourite id, preference key or own entry id) is kept.
    StoreError restoreUserData(const UserDataBackup::Data &data);
    // Erases the user's favourites, preferences and own entries, and the cached values
    // (cachedValue()), in one transaction; then rewrites the file so that nothing of them stays
    // in free pages or the journal. The directory cache stays.
    StoreError clearUserData();
    // The automatic backups of this database.
    UserDataBackup backup() const;
    // Why the last backup could not be written; None when it was.
    StoreError backupError() const { return m_backupError; }
    // Removes what Helplines keeps of the user's data beside the database: its backups and
    // the damaged files moved aside. The files that could not be removed go to `failed`.
    static bool removeUserDataCopies(const QString &databaseFile, QStringList *failed = nullptr);

private:
    // The value of a key in one of the key-value tables (meta, preference).
    std::optional<QByteArray> valueIn(const QString &table, const QString &key) const;
    StoreError setValueIn(const QString &table, const QString &key, const QByteArray &value);
    StoreError openFile(const QString &databaseFile, bool readOnly);
    // Writes a backup of the user's data when it differs from the last one written.
    void backUp();
    StoreError migrate();
    StoreError execute(QSqlQuery &query) const;
    StoreError execute(const QString &statement) const;
    StoreError errorOf(const QSqlQuery &query) const;
    StoreError inTransaction(const std::function<StoreError()> &work);

    QString m_connectionName;
    QString m_databaseFile;
    Faults m_faults;
    bool m_inMemory = false;
    bool m_readOnly = false;
    // The database name is an SQLite URI (a read-only file opened as immutable).
    bool m_uri = false;
    // What the last backup written holds, so that an unchanged state is not written again.
    std::optional<UserDataBackup::Data> m_lastBackup;
    StoreError m_backupError;
};

} // namespace Helplines

#endif // HELPLINES_STORE_SERVICESTORE_H
