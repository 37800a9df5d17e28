#ifndef HELPLINES_STORE_SERVICEDIRECTORY_H
#define HELPLINES_STORE_SERVICEDIRECTORY_H

#include "core/directory/diagnostic.h"
#include "core/directory/directory.h"
#include "core/phone/phonenumbercache.h"
#include "core/service.h"
#include "store/servicestore.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Helplines {

class Policy;

// The merged directory that the window and helplines-cli show (DESIGN §3): the bundled French
// directory, or the file given with --directory; then the organisation's provisioning file,
// which adds services, changes fields of bundled ones and hides some (its services are marked
// as the organisation's); both cached together in the user's database and re-imported only
// when either changed; then the user's own entries (their therapist, their site's occupational
// health service), which are user data, not cache: they live in their own table and are
// merged after the directory, later winning by id. Plus the user's favourites and preferences.
// The organisation's policy (docs/deployment.md) may keep only its own services, only some
// categories, and no own entries. When the database cannot be used, the directory still loads
// from its sources and the user is told that nothing will be remembered. A provisioning file
// that cannot be used never stops anything: the directory is shown without it, and said so.
class ServiceDirectory
{
    Q_DISABLE_COPY_MOVE(ServiceDirectory)

public:
    struct Options
    {
        // Where the database lives (see DataLocation).
        QString dataDirectory;
        // A directory file to use instead of the bundled one; empty for the bundled one.
        QString directoryFile;
        // For the validation of dates; never read from a clock here.
        QDate today;
        // The Qt SQL connection name; distinct per instance in one process.
        QString connectionName = QStringLiteral("helplines");

        // The organisation's provisioning file, laid over the directory file; empty for none.
        QString provisioningFile;
        // Whether a missing provisioning file is a problem: when a policy names the file. The
        // default one in the system folder may be absent.
        bool provisioningFileRequired = false;
        // Only the services of the provisioning file (those it adds or changes), plus the
        // user's own; ignored, and the whole directory shown, when no provisioning file could
        // be used, so that the list is never left empty by a broken file.
        bool hideBundledDirectory = false;
        // The categories of directory services shown; empty for all. The user's own entries
        // are always shown.
        QList<ServiceCategory> categories;
        // Whether the user's own entries are loaded (and may be added).
        bool allowOwnEntries = true;
        // Storage faults injected below the store, for tests.
        ServiceStore::Faults storeFaults;

        // Takes the provisioning file and the settings above from the organisation's policy.
        void applyPolicy(const Policy &policy);
    };

    // What came of the provisioning file.
    struct Provisioning
    {
        // The file looked for; empty when there is none to look for.
        QString file;
        // It exists and could be read.
        bool found = false;
        // It was laid over the directory (its records with errors left out).
        bool applied = false;
        // Why it could not be used at all (cannot be opened, not JSON, another format).
        QString error;
        // Its problems, when it was read (not when it came from the cache: only a file
        // without errors is cached).
        QList<Diagnostic> diagnostics;
        // Ids of the services it adds, of the directory's services it changes and of those it
        // hides; empty when it came from the cache.
        QStringList addedIds;
        QStringList changedIds;
        QStringList hiddenIds;

        qsizetype errorCount() const;
    };

    struct LoadResult
    {
        // False when no directory could be read at all (then services() holds only the user's
        // own entries).
        bool loaded = false;
        // True when the services came from the database's cache, not from parsing a file.
        bool fromCache = false;
        // Problems found in the directory file(s) when they were read.
        QList<Diagnostic> diagnostics;
        // What went wrong with the database; the directory is then not remembered.
        StoreError storeError;
        // What was wrong with the database file and what was done about it (moved aside,
        // restored from the backup, left alone for a newer version, read-only).
        ServiceStore::Recovery storeRecovery;
        // The directory file that could not be read at all, with the reason.
        QString sourceError;
        // Own entries whose stored record could not be read: not shown, kept in the database.
        QList<ServiceStore::UnreadableOwnService> unreadableOwnServices;
        Provisioning provisioning;
        // hideBundledDirectory was asked for but no provisioning file could be used: the
        // directory's services are shown all the same.
        bool bundledDirectoryKept = false;

        // What to tell the user about unreadable own entries; empty when there are none.
        QString ownServicesWarning() const;
        // What to tell the user about their data file (what was wrong, what was done about
        // it), translated when called; empty when all is well.
        QString storeWarning() const;
        // What to tell the user about the organisation's provisioning file, translated when
        // called; empty when all is well.
        QString provisioningWarning() const;
    };

    // What came of checking, or checking and saving, one of the user's own entries.
    struct OwnServiceResult
    {
        // What the checks found, with JSON paths ("name", "contacts[0].value", "hours"). An
        // error keeps the entry from being saved; warnings (a missing translation) do not.
        QList<Diagnostic> diagnostics;
        // What went wrong with the database when saving.
        StoreError storeError;
        // The entry as read back, and saved: scope Personal, its id, the format's defaults,
        // origin User. Absent when the checks found an error.
        std::optional<Service> service;

        bool hasErrors() const;
        // Checked without error and, when saving, saved.
        bool succeeded() const { return service.has_value() && !storeError; }
    };

    explicit ServiceDirectory(Options options);
    ~ServiceDirectory();

    LoadResult load();

    const QList<Service> &services() const { return m_services; }
    const QList<EmergencyNumber> &emergencyNumbers() const { return m_emergencyNumbers; }
    QString directoryFile() const;

    // Whether the user's changes are saved: false when the database could not be opened, is
    // read-only or stands in memory for a file that cannot be used.
    bool isPersistent() const { return m_store.isOpen() && !m_store.isReadOnly(); }
    QString databaseFile() const { return m_store.databaseFile(); }

    QSet<QString> favourites() const;
    StoreError setFavourite(const QString &serviceId, bool favourite);

    std::optional<QByteArray> preference(const QString &key) const;
    StoreError setPreference(const QString &key, const QByteArray &value);
    StoreError removePreference(const QString &key);

    // Checks one of the user's own entries as the records of directory files are checked
    // (written with DirectoryWriter, read back with DirectoryReader in its user-entry mode, so
    // that "source" and "verified" are not needed), without saving it. Its scope becomes
    // Personal; an entry without an id is checked with one made from its name. `today`, when
    // valid, judges the "verified" date.
    static OwnServiceResult checkOwnService(const Service &service, QDate today = {});
    // Checks and saves one of the user's own entries. A new entry (an empty id, or an id that
    // is not one of the user's entries) gets an id "own-<name>" that no other service has;
    // an existing one keeps its id. Its "verified" date becomes Options::today: the user
    // vouches for it on the day they save it. On success, services() holds it.
    OwnServiceResult saveOwnService(const Service &service);
    // Removes one of the user's own entries and its favourite; does nothing for another id.
    StoreError deleteOwnService(const QString &serviceId);
    bool isOwnService(const QString &serviceId) const { return m_ownIds.contains(serviceId); }

    // "Clear my data": erases the user's favourites, own entries and preferences, their
    // backups and the damaged files set aside; the directory stays. services() then holds the
    // directory only. When the database cannot be opened, it removes the copies all the same.
    StoreError clearUserData();
    // Why the last automatic backup could not be written; None when it was.
    StoreError backupError() const { return m_store.backupError(); }

    // Keeps the formatted forms of the numbers of services() and emergencyNumbers() for the
    // next run (PhoneNumberCache, restored by load()), so that the next start shows them
    // without loading libphonenumber. Formats those not yet formatted (libphonenumber's first
    // use, about 5 ms, then tens of microseconds a number; at most
    // PhoneNumberCache::maximumEntries() / 2 numbers, the first ones) and writes them when they
    // differ from what load() found. Meant to run once the window is shown.
    StoreError savePhoneNumbers();
    // The numbers savePhoneNumbers() keeps, in the order of services().
    QList<PhoneNumberCache::Key> phoneNumberKeys() const;

    // The id a new own entry with this name starts from: "own-" and the name in lower-case
    // ASCII letters and digits ("Dr Élise Martin" -> "own-dr-elise-martin").
    static QString ownServiceIdBase(const LocalizedText &name);

    // The bundled directory, as embedded in the program.
    static QString bundledDirectoryFile();

    // Lays an organisation's provisioning file over `services` (DESIGN §3): hides, then adds
    // or replaces by id, the file's services marked as the organisation's; emergency numbers
    // are added or replaced by id. `provisioning` is what DirectoryReader read with the
    // services as its base, so its records of their ids are complete.
    static void layProvisioning(const Directory &provisioning, QList<Service> *services,
                                QList<EmergencyNumber> *emergencyNumbers);

private:
    void readProvisioning(const QList<Service> &base, const QByteArray &bytes, LoadResult *result);
    void applyVisibility(LoadResult *result);
    void mergeOwnServices(LoadResult *result);
    void restorePhoneNumbers();
    QString newOwnServiceId(const LocalizedText &name) const;

    Options m_options;
    ServiceStore m_store;
    QList<Service> m_services;
    QList<EmergencyNumber> m_emergencyNumbers;
    // The own entries in m_services.
    QSet<QString> m_ownIds;
    // The formatted numbers as load() found them in the store.
    QByteArray m_savedPhoneNumbers;
};

} // namespace Helplines

#endif // HELPLINES_STORE_SERVICEDIRECTORY_H
