// What the user keeps and is told when the database file fails (DESIGN §9, issue 9): damaged,
// truncated, emptied, deleted, from a newer version, read-only, on a full disk. Each row
// starts from a session that saved favourites, an own entry and preferences, breaks the
// file, and starts again through ServiceDirectory, as the window and helplines-cli do.

#include "store/servicedirectory.h"
#include "store/userdatabackup.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QDate today(2026, 11, 23);

enum class Fault {
    Garbage,
    HeaderOverwritten,
    TruncatedToHalf,
    TruncatedToZero,
    Deleted,
    NewerSchema,
    ReadOnly,
};

Service therapist()
{
    Service service;
    service.name = {u"Dr Élise Martin"_s, {}};
    service.category = ServiceCategory::PsychologicalSupport;
    service.contacts
            = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {u"Cabinet"_s, {}}, {}, {}}};
    service.hours = u"Mo-Fr 09:00-18:00"_s;
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;
    return service;
}

QByteArray readAll(const QString &file)
{
    QFile input(file);
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

bool writeAll(const QString &file, const QByteArray &bytes)
{
    QFile output(file);
    return output.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && output.write(bytes) == bytes.size();
}

QString integrityOf(const QString &file)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA integrity_check"_s) && query.next())
                result = query.value(0).toString();
            else
                result = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Helplines::StoreError::Kind)

class TestStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startsTellsAndRecoversTheUsersData_data();
    void startsTellsAndRecoversTheUsersData();
    void aFullDiskKeepsEveryCommittedWriteAndSaysSo();
    void writesABackupBeforeEveryMigration();
    void keepsOnlyTheNewestBackupsAndSkipsADamagedOne();
    void clearingErasesTheUsersDataAndEveryCopy();

private:
    std::unique_ptr<ServiceDirectory> open(ServiceStore::Faults faults = {}) const;
    // A first session: a favourite, an own entry and a preference saved.
    void saveUsersData();
    QString databaseFile() const;

    std::unique_ptr<QTemporaryDir> m_data;
    QString m_favouriteId;
    QString m_ownId;
};

void TestStoreFaults::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

std::unique_ptr<ServiceDirectory> TestStoreFaults::open(ServiceStore::Faults faults) const
{
    ServiceDirectory::Options options;
    options.dataDirectory = m_data->path();
    options.today = today;
    options.connectionName = u"faults"_s;
    options.storeFaults = faults;
    return std::make_unique<ServiceDirectory>(options);
}

QString TestStoreFaults::databaseFile() const
{
    return m_data->filePath(u"helplines.sqlite"_s);
}

void TestStoreFaults::saveUsersData()
{
    auto directory = open();
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.loaded);
    QVERIFY(!loaded.storeError);
    QVERIFY(loaded.storeWarning().isEmpty());
    m_favouriteId = directory->services().first().id;
    QVERIFY(!directory->setFavourite(m_favouriteId, true));
    const ServiceDirectory::OwnServiceResult saved = directory->saveOwnService(therapist());
    QVERIFY(saved.succeeded());
    m_ownId = saved.service->id;
    QVERIFY(!directory->setFavourite(m_ownId, true));
    QVERIFY(!directory->setPreference(u"language"_s, "fr"));
    QVERIFY(!directory->backupError());
}

void TestStoreFaults::startsTellsAndRecoversTheUsersData_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<StoreError::Kind>("problem");
    QTest::addColumn<bool>("movedAside");
    QTest::addColumn<bool>("persistent");
    QTest::addColumn<QString>("said");

    QTest::newRow("garbage bytes")
            << Fault::Garbage << StoreError::Corrupt << true << true << u"damaged"_s;
    QTest::newRow("header overwritten")
            << Fault::HeaderOverwritten << StoreError::Corrupt << true << true << u"damaged"_s;
    QTest::newRow("truncated to half")
            << Fault::TruncatedToHalf << StoreError::Corrupt << true << true << u"damaged"_s;
    QTest::newRow("truncated to zero bytes")
            << Fault::TruncatedToZero << StoreError::None << false << true << u"missing"_s;
    QTest::newRow("deleted") << Fault::Deleted << StoreError::None << false << true << u"missing"_s;
    QTest::newRow("newer schema") << Fault::NewerSchema << StoreError::NewerSchema << false << false
                                  << u"newer version"_s;
    QTest::newRow("read-only") << Fault::ReadOnly << StoreError::ReadOnly << false << false
                               << u"read-only"_s;
}

void TestStoreFaults::startsTellsAndRecoversTheUsersData()
{
    QFETCH(Fault, fault);
    QFETCH(StoreError::Kind, problem);
    QFETCH(bool, movedAside);
    QFETCH(bool, persistent);
    QFETCH(QString, said);

    saveUsersData();
    const QString file = databaseFile();
    const QByteArray before = readAll(file);
    QVERIFY(before.size() > 4096);
    // The first session closed: no journal left beside the file.
    QVERIFY(!QFile::exists(file + u"-wal"_s));

    ServiceStore::Faults faults;
    switch (fault) {
    case Fault::Garbage: {
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(9);
        for (char &c : garbage)
            c = char(generator.bounded(256));
        QVERIFY(writeAll(file, garbage));
        break;
    }
    case Fault::HeaderOverwritten:
        QVERIFY(writeAll(file, QByteArray(100, 'x') + before.mid(100)));
        break;
    case Fault::TruncatedToHalf:
        QVERIFY(QFile::resize(file, before.size() / 2));
        break;
    case Fault::TruncatedToZero:
        QVERIFY(QFile::resize(file, 0));
        break;
    case Fault::Deleted:
        QVERIFY(QFile::remove(file));
        break;
    case Fault::NewerSchema: {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        break;
    }
    case Fault::ReadOnly:
        faults.openReadOnly = true;
        break;
    }
    const QByteArray broken = readAll(file);

    auto directory = open(faults);
    const ServiceDirectory::LoadResult loaded = directory->load();
    // The application starts: the directory is there, and nothing stops the store.
    QVERIFY(loaded.loaded);
    QVERIFY2(!loaded.storeError, qPrintable(loaded.storeError.detail()));
    QVERIFY(directory->services().size() > 10);
    QCOMPARE(loaded.storeRecovery.problem.kind(), problem);
    // The user is told, in plain words.
    const QString warning = loaded.storeWarning();
    QVERIFY2(warning.contains(said), qPrintable(warning));
    QCOMPARE(directory->isPersistent(), persistent);

    // Favourites, the own entry and the preference are back (or were never lost).
    QVERIFY(directory->favourites().contains(m_favouriteId));
    QVERIFY(directory->favourites().contains(m_ownId));
    QVERIFY(directory->isOwnService(m_ownId));
    QCOMPARE(directory->preference(u"language"_s).value_or(QByteArray()), QByteArray("fr"));
    if (fault != Fault::ReadOnly) {
        QVERIFY2(loaded.storeRecovery.restored, qPrintable(warning));
        QVERIFY(warning.contains(u"restored from the automatic backup"_s));
    }

    // The damaged file is set aside, byte for byte, under a name that says so.
    QCOMPARE(!loaded.storeRecovery.movedAsideTo.isEmpty(), movedAside);
    if (movedAside) {
        QVERIFY(loaded.storeRecovery.movedAsideTo.startsWith(file + u".corrupt-"_s));
        QCOMPARE(readAll(loaded.storeRecovery.movedAsideTo), broken);
        QVERIFY(warning.contains(QFileInfo(loaded.storeRecovery.movedAsideTo).fileName()));
    }

    if (persistent) {
        // A new, sound file, with the directory cached again.
        QCOMPARE(integrityOf(file), u"ok"_s);
        directory.reset();
        auto again = open();
        const ServiceDirectory::LoadResult reloaded = again->load();
        QVERIFY(reloaded.fromCache);
        QVERIFY(reloaded.storeWarning().isEmpty());
        QVERIFY(again->favourites().contains(m_ownId));
    } else {
        // Left as it was, for the version that wrote it or for whoever can write it; nothing
        // the user does now is saved.
        const StoreError error = directory->setFavourite(m_favouriteId, false);
        if (fault == Fault::ReadOnly)
            QCOMPARE(error.kind(), StoreError::ReadOnly);
        QVERIFY(!directory->saveOwnService(therapist()).succeeded());
        directory.reset();
        QCOMPARE(readAll(file), broken);
        QVERIFY(!QFile::exists(file + u"-wal"_s) || fault == Fault::ReadOnly);
    }
}

void TestStoreFaults::aFullDiskKeepsEveryCommittedWriteAndSaysSo()
{
    saveUsersData();
    ServiceStore::Faults faults;
    faults.diskFull = true;
    auto directory = open(faults);
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.loaded);
    QVERIFY(!loaded.storeError);

    // Writes fill the free pages, then fail as SQLite does on a full disk.
    QStringList committed;
    StoreError error;
    for (int i = 0; i < 5000 && !error; ++i) {
        const QString id = u"favourite-%1-%2"_s.arg(i).arg(QString(40, u'x'));
        error = directory->setFavourite(id, true);
        if (!error)
            committed.append(id);
    }
    QCOMPARE(error.kind(), StoreError::DiskFull);
    QVERIFY(error.message().contains(u"the disk is full"_s));
    // The backup could not be written either, and that is known.
    QCOMPARE(directory->backupError().kind(), StoreError::DiskFull);
    // Nothing committed before is lost; reading goes on.
    const QSet<QString> favourites = directory->favourites();
    for (const QString &id : std::as_const(committed))
        QVERIFY(favourites.contains(id));
    QVERIFY(favourites.contains(m_ownId));
    directory.reset();
    QCOMPARE(integrityOf(databaseFile()), u"ok"_s);

    // With room again, everything is there and saving works.
    auto again = open();
    QVERIFY(!again->load().storeError);
    QCOMPARE(again->favourites().size(), committed.size() + 2);
    QVERIFY(!again->setFavourite(u"after"_s, true));
    QVERIFY(!again->backupError());
}

void TestStoreFaults::writesABackupBeforeEveryMigration()
{
    // A version 2 database (favourites and preferences, no own entries yet).
    const QString file = databaseFile();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement :
             {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
              u"CREATE TABLE service (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
              "record BLOB NOT NULL)"_s,
              u"CREATE TABLE emergency_number (id TEXT PRIMARY KEY, position INTEGER NOT "
              "NULL, record BLOB NOT NULL)"_s,
              u"CREATE TABLE favourite (service_id TEXT PRIMARY KEY)"_s,
              u"CREATE TABLE preference (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
              u"INSERT INTO favourite VALUES ('3114')"_s,
              u"INSERT INTO preference VALUES ('language', 'en')"_s, u"PRAGMA user_version = 2"_s})
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    ServiceStore store(u"migration"_s);
    QVERIFY(!store.open(file));
    QCOMPARE(store.schemaVersion(), ServiceStore::latestSchemaVersion());
    const QStringList backups = store.backup().files();
    QCOMPARE(backups.size(), 1);
    const std::optional<UserDataBackup::Data> data
            = UserDataBackup::parse(readAll(backups.first()));
    QVERIFY(data);
    QCOMPARE(data->favourites, QStringList{u"3114"_s});
    QCOMPARE(data->preferences.size(), 1);
    QCOMPARE(data->preferences.first().second, QByteArray("en"));
    QVERIFY(data->ownServices.isEmpty());
}

void TestStoreFaults::keepsOnlyTheNewestBackupsAndSkipsADamagedOne()
{
    ServiceStore store(u"backups"_s);
    QVERIFY(!store.open(databaseFile()));
    for (int i = 0; i < 12; ++i)
        QVERIFY(!store.setFavourite(u"service-%1"_s.arg(i), true));
    // An unchanged state is not written again.
    QVERIFY(!store.setFavourite(u"service-11"_s, true));
    const QStringList files = store.backup().files();
    QCOMPARE(files.size(), UserDataBackup::keptCount);
    QVERIFY(files.first().endsWith(u"user-data-00000012.json"_s));

    // The newest damaged (a write that never finished cannot leave this: QSaveFile; a disk
    // fault can): the one before it is used.
    QVERIFY(writeAll(files.first(), "{\"format\": \"helplines-user"));
    QStringList unreadable;
    const std::optional<UserDataBackup::Restored> newest = store.backup().newest(&unreadable);
    QVERIFY(newest);
    QCOMPARE(unreadable, QStringList{files.first()});
    QCOMPARE(newest->file, files.at(1));
    QCOMPARE(newest->data.favourites.size(), 11);
}

void TestStoreFaults::clearingErasesTheUsersDataAndEveryCopy()
{
    saveUsersData();
    // A damaged file set aside earlier holds user data too.
    const QString aside = databaseFile() + u".corrupt-20261101T100000Z"_s;
    QVERIFY(writeAll(aside, "old user data"));

    auto directory = open();
    QVERIFY(!directory->load().storeError);
    const qsizetype withOwn = directory->services().size();
    QVERIFY(!directory->clearUserData());
    QVERIFY(directory->favourites().isEmpty());
    QVERIFY(!directory->isOwnService(m_ownId));
    QCOMPARE(directory->services().size(), withOwn - 1);
    QVERIFY(!directory->preference(u"language"_s));
    QVERIFY(!QFile::exists(aside));
    QVERIFY(!QFileInfo::exists(UserDataBackup::folderFor(databaseFile())));
    directory.reset();

    // Nothing of it left in the file, and nothing comes back from a backup.
    const QByteArray bytes = readAll(databaseFile());
    QVERIFY(!bytes.contains("Dr \xc3\x89lise Martin"));
    QVERIFY(!bytes.contains(m_ownId.toUtf8()));
    auto again = open();
    const ServiceDirectory::LoadResult loaded = again->load();
    QVERIFY(!loaded.storeRecovery.restored);
    QVERIFY(again->favourites().isEmpty());
    QCOMPARE(integrityOf(databaseFile()), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestStoreFaults)

#include "tst_storefaults.moc"
