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
    QVERIFY(ServiceStore::latestSchemaVersion() >= 2);
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

QTEST_GUILESS_MAIN(TestServiceStore)
#include "tst_servicestore.moc"
