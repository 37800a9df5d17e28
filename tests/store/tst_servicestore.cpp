#include "store/servicestore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

Service makeService(const QString &id, const QString &name)
{
    Service service;
    service.id = id;
    service.name = {name, name};
    service.category = ServiceCategory::Listening;
    service.contacts = {Contact{ContactKind::Phone, u"3114"_s, {}, {}, {}}};
    service.hours = u"24/7"_s;
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;
    service.verified = QDate(2026, 11, 23);
    return service;
}

// Runs SQL on a database file through a connection of the test's own.
void runSql(const QString &file, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
}

// One of the user's own entries, as ServiceDirectory saves them.
Service makeOwnService(const QString &id, const QString &name)
{
    Service service = makeService(id, name);
    service.scope = ServiceScope::Personal;
    service.origin = ServiceOrigin::User;
    service.contacts
            = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {u"Cabinet"_s, {}}, {}, {}}};
    service.hours = u"Mo-Fr 09:00-18:00"_s;
    return service;
}

int rowCount(const QString &connection, const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestServiceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheFolderAndTheLatestSchema();
    void usesWriteAheadLogging();
    void migratesAVersionOneDatabaseKeepingFavourites();
    void refusesADatabaseFromANewerVersionAndLeavesItAlone();
    void reportsAFileThatIsNotADatabaseAsCorrupt();
    void cachesTheDirectoryWithItsFingerprint();
    void favouritesSurviveAReimport();
    void storesPreferences();
    void twoStoresShareOneFile();
    void migratesAVersionTwoDatabaseKeepingFavouritesAndPreferences();
    void addsUpdatesAndRemovesOwnServices();
    void addingNeverOverwritesAnEntryWithTheSameId();
    void ownServicesAreNotTouchedByTheDirectoryCache();
    void removingAnOwnServiceRemovesItsFavouriteOnly();
    void skipsAndReportsAnUnreadableOwnServiceWithoutDeletingIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString databaseFile() const { return m_dir->filePath(u"data/helplines.sqlite"_s); }
};

void TestServiceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServiceStore::createsTheFolderAndTheLatestSchema()
{
    ServiceStore store(u"test"_s);
    const StoreError error = store.open(databaseFile());
    QVERIFY2(!error, qPrintable(error.detail()));
    QVERIFY(store.isOpen());
    QVERIFY(QFile::exists(databaseFile()));
    QCOMPARE(store.schemaVersion(), ServiceStore::latestSchemaVersion());
    QVERIFY(ServiceStore::latestSchemaVersion() >= 3);
    QVERIFY(store.favourites().isEmpty());
    QVERIFY(store.directoryFingerprint().isEmpty());
}

void TestServiceStore::usesWriteAheadLogging()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    QSqlQuery query(QSqlDatabase::database(u"test"_s));
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
}

void TestServiceStore::migratesAVersionOneDatabaseKeepingFavourites()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
    // Version 1 as released: no preference table yet.
    runSql(databaseFile(),
           {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
            u"CREATE TABLE service (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "record BLOB NOT NULL)"_s,
            u"CREATE TABLE emergency_number (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "record BLOB NOT NULL)"_s,
            u"CREATE TABLE favourite (service_id TEXT PRIMARY KEY)"_s,
            u"INSERT INTO favourite VALUES ('3114'), ('sos-amitie')"_s,
            u"PRAGMA user_version = 1"_s});

    ServiceStore store(u"test"_s);
    const StoreError error = store.open(databaseFile());
    QVERIFY2(!error, qPrintable(error.detail()));
    QCOMPARE(store.schemaVersion(), ServiceStore::latestSchemaVersion());
    QCOMPARE(store.favourites(), (QSet<QString>{u"3114"_s, u"sos-amitie"_s}));
    QVERIFY(!store.setPreference(u"language"_s, "fr"));
    QCOMPARE(store.preference(u"language"_s), std::optional<QByteArray>("fr"));
}

void TestServiceStore::refusesADatabaseFromANewerVersionAndLeavesItAlone()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
    runSql(databaseFile(), {u"CREATE TABLE future (x)"_s, u"PRAGMA user_version = 99"_s});
    ServiceStore store(u"test"_s);
    const StoreError error = store.open(databaseFile());
    QCOMPARE(error.kind(), StoreError::NewerSchema);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!store.isOpen());

    // Still the newer program's file: its table is there and nothing of ours was added.
    runSql(databaseFile(), {u"SELECT * FROM future"_s});
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(databaseFile());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'service'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"PRAGMA user_version"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 99);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestServiceStore::reportsAFileThatIsNotADatabaseAsCorrupt()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
    QFile file(databaseFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    ServiceStore store(u"test"_s);
    const StoreError error = store.open(databaseFile());
    QCOMPARE(error.kind(), StoreError::Corrupt);
    QVERIFY(!store.isOpen());
}

void TestServiceStore::cachesTheDirectoryWithItsFingerprint()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    const QList<Service> services{makeService(u"b"_s, u"Bravo"_s), makeService(u"a"_s, u"Alpha"_s)};
    const QList<EmergencyNumber> numbers{
            EmergencyNumber{u"samu"_s, u"15"_s, ContactKind::Phone, {u"SAMU"_s, u"SAMU"_s}, {}}};
    QVERIFY(!store.replaceDirectory(services, numbers, "fingerprint-1"));
    QCOMPARE(store.directoryFingerprint(), QByteArray("fingerprint-1"));

    store.close();
    QVERIFY(!store.open(databaseFile()));
    QList<Service> loaded;
    QList<EmergencyNumber> loadedNumbers;
    QVERIFY(!store.loadDirectory(&loaded, &loadedNumbers));
    QCOMPARE(loaded, services); // import order kept
    QCOMPARE(loadedNumbers, numbers);
    QCOMPARE(store.directoryFingerprint(), QByteArray("fingerprint-1"));
}

void TestServiceStore::favouritesSurviveAReimport()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    QVERIFY(!store.replaceDirectory({makeService(u"a"_s, u"Alpha"_s)}, {}, "v1"));
    QVERIFY(!store.setFavourite(u"a"_s, true));
    QVERIFY(!store.setFavourite(u"a"_s, true)); // idempotent
    QVERIFY(!store.replaceDirectory({makeService(u"a"_s, u"Alpha 2"_s)}, {}, "v2"));
    QCOMPARE(store.favourites(), QSet<QString>{u"a"_s});
    QVERIFY(!store.setFavourite(u"a"_s, false));
    QVERIFY(store.favourites().isEmpty());
}

void TestServiceStore::storesPreferences()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    QCOMPARE(store.preference(u"geometry"_s), std::nullopt);
    QVERIFY(!store.setPreference(u"geometry"_s, QByteArray("\x00\x01\x02", 3)));
    QCOMPARE(store.preference(u"geometry"_s),
             std::optional<QByteArray>(QByteArray("\x00\x01\x02", 3)));
    QVERIFY(!store.removePreference(u"geometry"_s));
    QCOMPARE(store.preference(u"geometry"_s), std::nullopt);
}

void TestServiceStore::twoStoresShareOneFile()
{
    ServiceStore window(u"window"_s);
    ServiceStore cli(u"cli"_s);
    QVERIFY(!window.open(databaseFile()));
    QVERIFY(!cli.open(databaseFile()));
    QVERIFY(!window.setFavourite(u"3114"_s, true));
    QCOMPARE(cli.favourites(), QSet<QString>{u"3114"_s});
    QVERIFY(!cli.replaceDirectory({makeService(u"3114"_s, u"3114"_s)}, {}, "x"));
    QCOMPARE(window.directoryFingerprint(), QByteArray("x"));
}

void TestServiceStore::migratesAVersionTwoDatabaseKeepingFavouritesAndPreferences()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
    // Version 2 as released: no own entries yet.
    runSql(databaseFile(),
           {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
            u"CREATE TABLE service (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "record BLOB NOT NULL)"_s,
            u"CREATE TABLE emergency_number (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "record BLOB NOT NULL)"_s,
            u"CREATE TABLE favourite (service_id TEXT PRIMARY KEY)"_s,
            u"CREATE TABLE preference (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
            u"INSERT INTO favourite VALUES ('3114'), ('sos-amitie')"_s,
            u"INSERT INTO preference VALUES ('filter/category', '4'), ('language', 'fr')"_s,
            u"PRAGMA user_version = 2"_s});

    ServiceStore store(u"test"_s);
    const StoreError error = store.open(databaseFile());
    QVERIFY2(!error, qPrintable(error.detail()));
    QCOMPARE(store.schemaVersion(), 3);
    QCOMPARE(store.favourites(), (QSet<QString>{u"3114"_s, u"sos-amitie"_s}));
    QCOMPARE(store.preference(u"filter/category"_s), std::optional<QByteArray>("4"));
    QCOMPARE(store.preference(u"language"_s), std::optional<QByteArray>("fr"));
    QList<Service> own;
    QVERIFY(!store.loadOwnServices(&own));
    QVERIFY(own.isEmpty());
    QVERIFY(!store.saveOwnService(makeOwnService(u"own-therapist"_s, u"Therapist"_s)));
    QCOMPARE(store.ownServiceIds(), QStringList{u"own-therapist"_s});

    // Opening it again migrates nothing more.
    store.close();
    QVERIFY(!store.open(databaseFile()));
    QCOMPARE(store.schemaVersion(), 3);
    QCOMPARE(store.ownServiceIds(), QStringList{u"own-therapist"_s});
}

void TestServiceStore::addsUpdatesAndRemovesOwnServices()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    const Service first = makeOwnService(u"own-first"_s, u"First"_s);
    const Service second = makeOwnService(u"own-second"_s, u"Second"_s);
    QVERIFY(!store.saveOwnService(first));
    QVERIFY(!store.saveOwnService(second));

    QList<Service> loaded;
    QList<ServiceStore::UnreadableOwnService> unreadable;
    QVERIFY(!store.loadOwnServices(&loaded, &unreadable));
    QVERIFY(unreadable.isEmpty());
    QCOMPARE(loaded, (QList<Service>{first, second}));
    QCOMPARE(loaded.at(0).origin, ServiceOrigin::User);

    // Stored as the canonical JSON record, as text.
    QSqlQuery query(QSqlDatabase::database(u"test"_s));
    QVERIFY(query.exec(u"SELECT typeof(record), record FROM own_service WHERE id = 'own-first'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"text"_s);
    QVERIFY2(query.value(1).toString().contains(u"\"scope\": \"personal\""_s),
             qPrintable(query.value(1).toString()));

    // An update replaces the record and keeps its place.
    Service renamed = first;
    renamed.name = {u"Premier"_s, u"First, renamed"_s};
    renamed.contacts.append(Contact{ContactKind::Email, u"cabinet@example.fr"_s, {}, {}, {}});
    QVERIFY(!store.saveOwnService(renamed));
    QVERIFY(!store.loadOwnServices(&loaded));
    QCOMPARE(loaded, (QList<Service>{renamed, second}));

    QVERIFY(!store.removeOwnService(u"own-first"_s));
    QVERIFY(!store.loadOwnServices(&loaded));
    QCOMPARE(loaded, QList<Service>{second});
    // Removing what is not there is not an error.
    QVERIFY(!store.removeOwnService(u"own-first"_s));
    QCOMPARE(store.ownServiceIds(), QStringList{u"own-second"_s});

    // A new entry goes after the others, even after a removal.
    const Service third = makeOwnService(u"own-third"_s, u"Third"_s);
    QVERIFY(!store.saveOwnService(third));
    QCOMPARE(store.ownServiceIds(), (QStringList{u"own-second"_s, u"own-third"_s}));
    QCOMPARE(store.saveOwnService(Service{}).kind(), StoreError::QueryFailed);
}

void TestServiceStore::addingNeverOverwritesAnEntryWithTheSameId()
{
    ServiceStore window(u"window"_s);
    ServiceStore other(u"other"_s);
    QVERIFY(!window.open(databaseFile()));
    QVERIFY(!other.open(databaseFile()));
    const Service mine = makeOwnService(u"own-martin"_s, u"Mine"_s);
    bool added = false;
    QVERIFY(!window.addOwnService(mine, &added));
    QVERIFY(added);
    // Another instance chose the same id meanwhile: refused, nothing overwritten.
    QVERIFY(!other.addOwnService(makeOwnService(u"own-martin"_s, u"Theirs"_s), &added));
    QVERIFY(!added);
    QList<Service> loaded;
    QVERIFY(!window.loadOwnServices(&loaded));
    QCOMPARE(loaded, QList<Service>{mine});
}

void TestServiceStore::ownServicesAreNotTouchedByTheDirectoryCache()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    QVERIFY(!store.saveOwnService(makeOwnService(u"own-a"_s, u"A"_s)));
    QVERIFY(!store.replaceDirectory({makeService(u"3114"_s, u"3114"_s)}, {}, "v1"));
    QVERIFY(!store.replaceDirectory({makeService(u"119"_s, u"119"_s)}, {}, "v2"));
    QCOMPARE(store.ownServiceIds(), QStringList{u"own-a"_s});
    // Nor does the cache hold them.
    QList<Service> cached;
    QList<EmergencyNumber> numbers;
    QVERIFY(!store.loadDirectory(&cached, &numbers));
    QCOMPARE(cached.size(), 1);
    QCOMPARE(cached.first().id, u"119"_s);
    QCOMPARE(rowCount(u"test"_s, u"own_service"_s), 1);
}

void TestServiceStore::removingAnOwnServiceRemovesItsFavouriteOnly()
{
    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    QVERIFY(!store.saveOwnService(makeOwnService(u"own-a"_s, u"A"_s)));
    QVERIFY(!store.setFavourite(u"own-a"_s, true));
    QVERIFY(!store.setFavourite(u"3114"_s, true));
    // A directory id is not an own entry: nothing is removed.
    QVERIFY(!store.removeOwnService(u"3114"_s));
    QCOMPARE(store.favourites(), (QSet<QString>{u"own-a"_s, u"3114"_s}));
    QVERIFY(!store.removeOwnService(u"own-a"_s));
    QCOMPARE(store.favourites(), QSet<QString>{u"3114"_s});
}

void TestServiceStore::skipsAndReportsAnUnreadableOwnServiceWithoutDeletingIt()
{
    {
        ServiceStore store(u"test"_s);
        QVERIFY(!store.open(databaseFile()));
        QVERIFY(!store.saveOwnService(makeOwnService(u"own-good"_s, u"Good"_s)));
        QVERIFY(!store.saveOwnService(makeOwnService(u"own-later"_s, u"Later"_s)));
    }
    // Damaged behind our back: one record is not JSON, another breaks a check.
    runSql(databaseFile(),
           {u"INSERT INTO own_service VALUES ('own-broken', 10, '{\"id\": \"own-broken\", ')"_s,
            u"INSERT INTO own_service VALUES ('own-bad-number', 11, '{\"id\": \"own-bad-number\", "
            "\"name\": {\"fr\": \"X\"}, \"category\": \"listening\", \"scope\": \"personal\", "
            "\"contacts\": [{\"kind\": \"phone\", \"value\": \"4444\"}]}')"_s});

    ServiceStore store(u"test"_s);
    QVERIFY(!store.open(databaseFile()));
    QList<Service> loaded;
    QList<ServiceStore::UnreadableOwnService> unreadable;
    QVERIFY(!store.loadOwnServices(&loaded, &unreadable));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).id, u"own-good"_s);
    QCOMPARE(loaded.at(1).id, u"own-later"_s);
    QCOMPARE(unreadable.size(), 2);
    QCOMPARE(unreadable.at(0).id, u"own-broken"_s);
    QCOMPARE(unreadable.at(0).diagnostics.size(), 1);
    QCOMPARE(unreadable.at(0).diagnostics.at(0).codeName(), u"json"_s);
    QCOMPARE(unreadable.at(0).diagnostics.at(0).file, u"own-service:own-broken"_s);
    QCOMPARE(unreadable.at(1).id, u"own-bad-number"_s);
    QCOMPARE(unreadable.at(1).diagnostics.size(), 1);
    QCOMPARE(unreadable.at(1).diagnostics.at(0).codeName(), u"invalid-phone-number"_s);
    QCOMPARE(unreadable.at(1).diagnostics.at(0).path, u"contacts[0].value"_s);
    // Never deleted: still there for a later version or a restore.
    QCOMPARE(store.ownServiceIds(),
             (QStringList{u"own-good"_s, u"own-later"_s, u"own-broken"_s, u"own-bad-number"_s}));
}

QTEST_GUILESS_MAIN(TestServiceStore)
#include "tst_servicestore.moc"
