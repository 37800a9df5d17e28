#include "servicestore.h"

#include "core/directory/directoryreader.h"
#include "core/directory/directorywriter.h"
#include "store/servicecodec.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <functional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString fingerprintKey = u"directory.fingerprint"_s;
const QString codecKey = u"directory.codec"_s;
const QString cachedValuePrefix = u"cache."_s;
// How long a statement waits for another instance's lock before giving up with Busy.
constexpr int busyTimeoutMs = 5000;

// One migration per schema version: steps[i] brings a database from version i to i + 1.
const QStringList schemaSteps[] = {
        // 0 -> 1: the cached directory and favourites.
        {
                u"CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
                u"CREATE TABLE service (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                "record BLOB NOT NULL)"_s,
                u"CREATE TABLE emergency_number (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                "record BLOB NOT NULL)"_s,
                u"CREATE TABLE favourite (service_id TEXT PRIMARY KEY)"_s,
        },
        // 1 -> 2: the user's preferences (language, filters, window geometry).
        {
                u"CREATE TABLE preference (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
        },
        // 2 -> 3: the user's own entries, as canonical JSON records (DirectoryWriter), in the
        // order they were first saved. User data: never cleared with the directory cache.
        {
                u"CREATE TABLE own_service (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                "record TEXT NOT NULL)"_s,
        },
};

constexpr int latestVersion = int(std::size(schemaSteps));

// Whether the file can be written, and the folder its journal goes in: a read-only mount,
// permissions or an immutable file say no.
bool isWritable(const QString &file)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(file);
    const QByteArray folder = QFile::encodeName(QFileInfo(file).absolutePath());
    return ::access(path.constData(), W_OK) == 0 && ::access(folder.constData(), W_OK) == 0;
#else
    return QFileInfo(file).isWritable() && QFileInfo(QFileInfo(file).absolutePath()).isWritable();
#endif
}

// Maps SQLite's primary result codes (Qt reports the extended code as text).
StoreError::Kind kindOfSqliteCode(const QString &nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok) & 0xff;
    if (!ok)
        return StoreError::QueryFailed;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreError::Busy;
    case 8: // SQLITE_READONLY
        return StoreError::ReadOnly;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StoreError::Corrupt;
    case 13: // SQLITE_FULL
        return StoreError::DiskFull;
    case 14: // SQLITE_CANTOPEN
        return StoreError::CannotOpen;
    default:
        return StoreError::QueryFailed;
    }
}

} // namespace

ServiceStore::ServiceStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

ServiceStore::~ServiceStore()
{
    close();
}

int ServiceStore::latestSchemaVersion()
{
    return latestVersion;
}

StoreError ServiceStore::open(const QString &databaseFile)
{
    close();
    const QFileInfo info(databaseFile);
    if (!QDir().mkpath(info.absolutePath()))
        return {StoreError::CannotCreateFolder, info.absolutePath()};
    const StoreError error = openFile(info.absoluteFilePath(), m_faults.openReadOnly);
    if (error)
        close();
    return error;
}

StoreError ServiceStore::openFile(const QString &databaseFile, bool readOnly)
{
    m_inMemory = databaseFile == u":memory:"_s;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(databaseFile);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    if (m_uri)
        connectOptions += u";QSQLITE_OPEN_URI"_s;
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        const QSqlError sqlError = db.lastError();
        StoreError::Kind kind = kindOfSqliteCode(sqlError.nativeErrorCode());
        if (kind == StoreError::QueryFailed)
            kind = StoreError::CannotOpen;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return {kind, sqlError.text()};
    }
    m_databaseFile = databaseFile;
    m_readOnly = readOnly;

    {
        QSqlQuery check(db);
        // The first read of the file: garbage shows up here as "not a database".
        if (!check.exec(u"PRAGMA quick_check"_s))
            return errorOf(check);
        if (!check.next() || check.value(0).toString() != u"ok"_s)
            return {StoreError::Corrupt, check.value(0).toString()};
    }
    {
        QSqlQuery pragmas(db);
        if (!readOnly && !m_inMemory) {
            // Turning a new file to WAL needs it to itself, and SQLite answers SQLITE_BUSY at
            // once, without waiting for the busy timeout, while another instance opening the
            // same new file reads it: try again, for as long as the busy timeout.
            const QDeadlineTimer deadline(busyTimeoutMs);
            while (!pragmas.exec(u"PRAGMA journal_mode=WAL"_s)) {
                const StoreError error = errorOf(pragmas);
                if (error.kind() != StoreError::Busy || deadline.hasExpired())
                    return error;
                QThread::msleep(5);
            }
        }
        if (!pragmas.exec(u"PRAGMA synchronous=FULL"_s))
            return errorOf(pragmas);
    }

    int version = -1;
    {
        // Its own error: another instance holding the file for longer than the busy timeout
        // is Busy, never a reason to set a sound file aside as damaged.
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA user_version"_s))
            return errorOf(query);
        if (!query.next())
            return {StoreError::Corrupt, u"cannot read user_version"_s};
        version = query.value(0).toInt();
    }
    if (version > latestVersion)
        return {StoreError::NewerSchema,
                u"schema version %1, this program knows up to %2"_s.arg(version).arg(
                        latestVersion)};
    // A file that SQLite could only open for reading (its permissions, a read-only mount)
    // opens without complaint: find out now rather than at the user's first save, without
    // writing (a write at every start would cost a sync of the journal before the window).
    if (version == latestVersion && !readOnly && !m_inMemory && !isWritable(databaseFile))
        m_readOnly = true;
    if (version < latestVersion) {
        if (m_readOnly)
            return {StoreError::ReadOnly, u"schema version %1 cannot be migrated"_s.arg(version)};
        // The user's data as it was, before the schema changes under it.
        if (version > 0)
            backUp();
        if (StoreError error = migrate())
            return error;
    }
    if (m_faults.diskFull) {
        // The file may not grow: as on a disk with no room left once its free pages are used.
        QSqlQuery pages(db);
        if (pages.exec(u"PRAGMA page_count"_s) && pages.next())
            execute(u"PRAGMA max_page_count = %1"_s.arg(pages.value(0).toLongLong()));
    }
    // A database that has user data but no backup yet (written before backups existed).
    if (!m_readOnly && !m_inMemory && backup().files().isEmpty() && !userData().isEmpty())
        backUp();
    return {};
}

StoreError ServiceStore::openWithRecovery(const QString &databaseFile, Recovery *recovery)
{
    *recovery = {};
    const QString file = QFileInfo(databaseFile).absoluteFilePath();
    const bool existed = QFileInfo::exists(file);
    StoreError error = open(file);
    if (!error) {
        if (m_readOnly) {
            recovery->problem = {StoreError::ReadOnly, file};
            recovery->readOnly = true;
            return {};
        }
        if (!existed || QFileInfo(file).size() == 0 || userData().isEmpty()) {
            // A new (or emptied) database: bring back what the backups hold, if anything.
            const std::optional<UserDataBackup::Restored> restored = backup().newest();
            if (restored && !restored->data.isEmpty()) {
                if (const StoreError restoreError = restoreUserData(restored->data))
                    return restoreError;
                recovery->restored = true;
                recovery->backupFile = restored->file;
                recovery->backupWritten = restored->written;
            }
        }
        return {};
    }

    recovery->problem = error;
    const auto restoreFromBackup = [this, recovery]() -> StoreError {
        const std::optional<UserDataBackup::Restored> restored = backup().newest();
        if (!restored || restored->data.isEmpty()) {
            recovery->startedEmpty = true;
            return {};
        }
        if (const StoreError restoreError = restoreUserData(restored->data))
            return restoreError;
        recovery->restored = true;
        recovery->backupFile = restored->file;
        recovery->backupWritten = restored->written;
        return {};
    };

    if (error.kind() == StoreError::Corrupt) {
        close();
        // Kept, not deleted: the user or their IT may want what is left in it.
        const QFileInfo info(file);
        const QString stamp = info.lastModified().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
        QString aside = file + u".corrupt-"_s + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = file + u".corrupt-"_s + stamp + u'-' + QString::number(n);
        if (QFile::rename(file, aside)) {
            recovery->movedAsideTo = aside;
            if (QFileInfo::exists(file + u"-wal"_s))
                QFile::rename(file + u"-wal"_s, aside + u"-wal"_s);
            QFile::remove(file + u"-shm"_s);
            error = open(file);
            if (!error)
                return restoreFromBackup();
        }
    }

    if (error.kind() == StoreError::ReadOnly && QFileInfo::exists(file)) {
        // A file the user may not write (its permissions, a read-only mount), which SQLite
        // could not open as it is (a WAL journal needs its shared-memory file): read it as it
        // stands, so that the user's data shows; nothing is saved.
        for (const QString &name : {file, u"file:%1?immutable=1"_s.arg(file)}) {
            close();
            m_uri = name != file;
            if (!openFile(name, true)) {
                m_databaseFile = file;
                recovery->readOnly = true;
                return {};
            }
        }
        m_uri = false;
    }
    // No database at all (the folder or the file cannot be made, another program holds it):
    // said as it is.
    if (error.kind() != StoreError::Corrupt && error.kind() != StoreError::NewerSchema
        && error.kind() != StoreError::ReadOnly) {
        close();
        *recovery = {};
        return error;
    }
    // The file cannot be used (a newer version's, read-only and too old, or it could not be
    // moved aside): left alone, with an in-memory database standing in for it, so that the
    // directory shows and the user's data from the backup too; nothing is saved.
    close();
    if (const StoreError memoryError = openFile(u":memory:"_s, false)) {
        close();
        return memoryError;
    }
    m_databaseFile = file;
    recovery->inMemory = true;
    recovery->readOnly = true;
    return restoreFromBackup();
}

void ServiceStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_databaseFile.clear();
    m_inMemory = false;
    m_readOnly = false;
    m_uri = false;
    m_lastBackup.reset();
    m_backupError = {};
}

bool ServiceStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int ServiceStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StoreError ServiceStore::migrate()
{
    // BEGIN IMMEDIATE, and the version read again inside: two instances starting at once
    // migrate one after the other, the second finding nothing left to do.
    if (StoreError error = execute(u"BEGIN IMMEDIATE"_s))
        return error;
    const auto work = [this]() -> StoreError {
        const int version = schemaVersion();
        if (version < 0)
            return {StoreError::Corrupt, u"cannot read user_version"_s};
        if (version > latestVersion)
            return {StoreError::NewerSchema,
                    u"schema version %1, this program knows up to %2"_s.arg(version).arg(
                            latestVersion)};
        for (int step = version; step < latestVersion; ++step) {
            for (const QString &statement : schemaSteps[step]) {
                if (StoreError error = execute(statement))
                    return error;
            }
        }
        // Inside the transaction: the version changes together with the schema or not at all.
        return execute(u"PRAGMA user_version = %1"_s.arg(latestVersion));
    };
    StoreError error = work();
    if (!error)
        error = execute(u"COMMIT"_s);
    if (error)
        execute(u"ROLLBACK"_s);
    return error;
}

StoreError ServiceStore::inTransaction(const std::function<StoreError()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return {kindOfSqliteCode(db.lastError().nativeErrorCode()), db.lastError().text()};
    StoreError error = work();
    if (!error && !db.commit())
        error = {kindOfSqliteCode(db.lastError().nativeErrorCode()), db.lastError().text()};
    if (error)
        db.rollback();
    return error;
}

StoreError ServiceStore::errorOf(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    return {kindOfSqliteCode(error.nativeErrorCode()), error.text()};
}

StoreError ServiceStore::execute(QSqlQuery &query) const
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

StoreError ServiceStore::execute(const QString &statement) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement))
        return errorOf(query);
    return {};
}

QByteArray ServiceStore::directoryFingerprint() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT key, value FROM meta WHERE key IN (?, ?)"_s);
    query.addBindValue(fingerprintKey);
    query.addBindValue(codecKey);
    if (!query.exec())
        return {};
    QByteArray fingerprint;
    bool codecMatches = false;
    while (query.next()) {
        if (query.value(0).toString() == fingerprintKey)
            fingerprint = query.value(1).toByteArray();
        else
            codecMatches = query.value(1).toInt() == ServiceCodec::version();
    }
    return codecMatches ? fingerprint : QByteArray();
}

StoreError ServiceStore::replaceDirectory(const QList<Service> &services,
                                          const QList<EmergencyNumber> &emergencyNumbers,
                                          const QByteArray &fingerprint)
{
    return inTransaction([&]() -> StoreError {
        if (StoreError error = execute(u"DELETE FROM service"_s))
            return error;
        if (StoreError error = execute(u"DELETE FROM emergency_number"_s))
            return error;

        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery insertService(db);
        insertService.prepare(u"INSERT INTO service (id, position, record) VALUES (?, ?, ?)"_s);
        for (qsizetype i = 0; i < services.size(); ++i) {
            insertService.bindValue(0, services.at(i).id);
            insertService.bindValue(1, i);
            insertService.bindValue(2, ServiceCodec::encode(services.at(i)));
            if (StoreError error = execute(insertService))
                return error;
        }
        QSqlQuery insertNumber(db);
        insertNumber.prepare(
                u"INSERT INTO emergency_number (id, position, record) VALUES (?, ?, ?)"_s);
        for (qsizetype i = 0; i < emergencyNumbers.size(); ++i) {
            insertNumber.bindValue(0, emergencyNumbers.at(i).id);
            insertNumber.bindValue(1, i);
            insertNumber.bindValue(2, ServiceCodec::encode(emergencyNumbers.at(i)));
            if (StoreError error = execute(insertNumber))
                return error;
        }
        QSqlQuery meta(db);
        meta.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
        meta.addBindValue(QVariantList{fingerprintKey, codecKey});
        meta.addBindValue(QVariantList{fingerprint, QByteArray::number(ServiceCodec::version())});
        if (!meta.execBatch())
            return errorOf(meta);
        return {};
    });
}

StoreError ServiceStore::loadDirectory(QList<Service> *services,
                                       QList<EmergencyNumber> *emergencyNumbers) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT record FROM service ORDER BY position"_s))
        return errorOf(query);
    services->clear();
    while (query.next()) {
        std::optional<Service> service = ServiceCodec::decodeService(query.value(0).toByteArray());
        if (!service)
            return {StoreError::Corrupt, u"undecodable service record"_s};
        services->append(std::move(*service));
    }
    if (!query.exec(u"SELECT record FROM emergency_number ORDER BY position"_s))
        return errorOf(query);
    emergencyNumbers->clear();
    while (query.next()) {
        std::optional<EmergencyNumber> number
                = ServiceCodec::decodeEmergencyNumber(query.value(0).toByteArray());
        if (!number)
            return {StoreError::Corrupt, u"undecodable emergency number record"_s};
        emergencyNumbers->append(std::move(*number));
    }
    return {};
}

QSet<QString> ServiceStore::favourites() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QSet<QString> ids;
    if (!query.exec(u"SELECT service_id FROM favourite"_s))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

StoreError ServiceStore::setFavourite(const QString &serviceId, bool favourite)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(favourite ? u"INSERT OR IGNORE INTO favourite (service_id) VALUES (?)"_s
                            : u"DELETE FROM favourite WHERE service_id = ?"_s);
    query.addBindValue(serviceId);
    if (StoreError error = execute(query))
        return error;
    backUp();
    return {};
}

std::optional<QByteArray> ServiceStore::valueIn(const QString &table, const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT value FROM %1 WHERE key = ?"_s.arg(table));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

StoreError ServiceStore::setValueIn(const QString &table, const QString &key,
                                    const QByteArray &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR REPLACE INTO %1 (key, value) VALUES (?, ?)"_s.arg(table));
    query.addBindValue(key);
    query.addBindValue(value);
    return execute(query);
}

std::optional<QByteArray> ServiceStore::cachedValue(const QString &key) const
{
    Q_ASSERT(key.startsWith(cachedValuePrefix));
    return valueIn(u"meta"_s, key);
}

StoreError ServiceStore::setCachedValue(const QString &key, const QByteArray &value)
{
    Q_ASSERT(key.startsWith(cachedValuePrefix));
    return setValueIn(u"meta"_s, key, value);
}

std::optional<QByteArray> ServiceStore::preference(const QString &key) const
{
    return valueIn(u"preference"_s, key);
}

StoreError ServiceStore::setPreference(const QString &key, const QByteArray &value)
{
    if (StoreError error = setValueIn(u"preference"_s, key, value))
        return error;
    backUp();
    return {};
}

StoreError ServiceStore::removePreference(const QString &key)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM preference WHERE key = ?"_s);
    query.addBindValue(key);
    if (StoreError error = execute(query))
        return error;
    backUp();
    return {};
}

StoreError ServiceStore::loadOwnServices(QList<Service> *services,
                                         QList<UnreadableOwnService> *unreadable) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, record FROM own_service ORDER BY position"_s))
        return errorOf(query);
    services->clear();
    if (unreadable)
        unreadable->clear();
    // No "today": a record saved yesterday stays readable when the clock goes back.
    DirectoryReader::Options options;
    options.userEntry = true;
    const DirectoryReader reader(options);
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QByteArray record = query.value(1).toString().toUtf8();
        DirectoryReader::Result read = reader.readService(record, u"own-service:"_s + id);
        if (read.directory.services.size() == 1) {
            Service service = std::move(read.directory.services.first());
            // The row's key is what edits and deletions use.
            service.id = id;
            service.origin = ServiceOrigin::User;
            services->append(std::move(service));
            continue;
        }
        if (unreadable) {
            QList<Diagnostic> problems;
            for (Diagnostic &diagnostic : read.diagnostics) {
                if (diagnostic.isError())
                    problems.append(std::move(diagnostic));
            }
            unreadable->append({id, std::move(problems)});
        }
    }
    return {};
}

StoreError ServiceStore::saveOwnService(const Service &service)
{
    if (service.id.isEmpty())
        return {StoreError::QueryFailed, u"own service without an id"_s};
    const QString record = QString::fromUtf8(DirectoryWriter::writeService(service));
    const StoreError outcome = inTransaction([&]() -> StoreError {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        // An update keeps the entry's place; a new one goes last.
        query.prepare(u"INSERT INTO own_service (id, position, record) "
                      "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM own_service), ?) "
                      "ON CONFLICT (id) DO UPDATE SET record = excluded.record"_s);
        query.addBindValue(service.id);
        query.addBindValue(record);
        return execute(query);
    });
    if (!outcome)
        backUp();
    return outcome;
}

StoreError ServiceStore::addOwnService(const Service &service, bool *added)
{
    *added = false;
    if (service.id.isEmpty())
        return {StoreError::QueryFailed, u"own service without an id"_s};
    const QString record = QString::fromUtf8(DirectoryWriter::writeService(service));
    const StoreError outcome = inTransaction([&]() -> StoreError {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(u"INSERT INTO own_service (id, position, record) "
                      "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM own_service), ?) "
                      "ON CONFLICT (id) DO NOTHING"_s);
        query.addBindValue(service.id);
        query.addBindValue(record);
        if (StoreError error = execute(query))
            return error;
        *added = query.numRowsAffected() == 1;
        return {};
    });
    if (!outcome && *added)
        backUp();
    return outcome;
}

StoreError ServiceStore::removeOwnService(const QString &serviceId)
{
    const StoreError outcome = inTransaction([&]() -> StoreError {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery removeEntry(db);
        removeEntry.prepare(u"DELETE FROM own_service WHERE id = ?"_s);
        removeEntry.addBindValue(serviceId);
        if (StoreError error = execute(removeEntry))
            return error;
        if (removeEntry.numRowsAffected() <= 0)
            return {};
        QSqlQuery removeFavourite(db);
        removeFavourite.prepare(u"DELETE FROM favourite WHERE service_id = ?"_s);
        removeFavourite.addBindValue(serviceId);
        return execute(removeFavourite);
    });
    if (!outcome)
        backUp();
    return outcome;
}

QStringList ServiceStore::ownServiceIds() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList ids;
    if (!query.exec(u"SELECT id FROM own_service ORDER BY position"_s))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

UserDataBackup ServiceStore::backup() const
{
    UserDataBackup backup(UserDataBackup::folderFor(m_databaseFile));
    backup.setWritesFail(m_faults.diskFull);
    return backup;
}

void ServiceStore::backUp()
{
    if (m_inMemory || m_readOnly || !isOpen())
        return;
    UserDataBackup::Data data = userData();
    if (m_lastBackup && *m_lastBackup == data)
        return;
    m_backupError = backup().write(data);
    if (!m_backupError)
        m_lastBackup = std::move(data);
}

UserDataBackup::Data ServiceStore::userData() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    UserDataBackup::Data data;
    // One read transaction: one consistent state, whatever another instance writes meanwhile.
    const bool inRead = db.transaction();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT service_id FROM favourite ORDER BY service_id"_s)) {
        while (query.next())
            data.favourites.append(query.value(0).toString());
    }
    if (query.exec(u"SELECT key, value FROM preference ORDER BY key"_s)) {
        while (query.next())
            data.preferences.append({query.value(0).toString(), query.value(1).toByteArray()});
    }
    if (query.exec(u"SELECT id, record FROM own_service ORDER BY position"_s)) {
        while (query.next())
            data.ownServices.append({query.value(0).toString(), query.value(1).toString()});
    }
    query.finish();
    if (inRead)
        db.commit();
    return data;
}

StoreError ServiceStore::restoreUserData(const UserDataBackup::Data &data)
{
    const StoreError outcome = inTransaction([&]() -> StoreError {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery favourite(db);
        favourite.prepare(u"INSERT OR IGNORE INTO favourite (service_id) VALUES (?)"_s);
        for (const QString &id : data.favourites) {
            favourite.bindValue(0, id);
            if (StoreError error = execute(favourite))
                return error;
        }
        QSqlQuery preference(db);
        preference.prepare(u"INSERT OR IGNORE INTO preference (key, value) VALUES (?, ?)"_s);
        for (const auto &[key, value] : data.preferences) {
            preference.bindValue(0, key);
            preference.bindValue(1, value);
            if (StoreError error = execute(preference))
                return error;
        }
        QSqlQuery own(db);
        own.prepare(u"INSERT INTO own_service (id, position, record) "
                    "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM own_service), ?) "
                    "ON CONFLICT (id) DO NOTHING"_s);
        for (const auto &[id, record] : data.ownServices) {
            own.bindValue(0, id);
            own.bindValue(1, record);
            if (StoreError error = execute(own))
                return error;
        }
        return {};
    });
    if (!outcome)
        backUp();
    return outcome;
}

StoreError ServiceStore::clearUserData()
{
    // Deleted rows are overwritten with zeros, not left in free pages.
    execute(u"PRAGMA secure_delete = ON"_s);
    const StoreError outcome = inTransaction([&]() -> StoreError {
        for (const QString &table : {u"favourite"_s, u"preference"_s, u"own_service"_s}) {
            if (StoreError error = execute(u"DELETE FROM "_s + table))
                return error;
        }
        QSqlQuery cached(QSqlDatabase::database(m_connectionName, false));
        cached.prepare(u"DELETE FROM meta WHERE substr(key, 1, ?) = ?"_s);
        cached.addBindValue(cachedValuePrefix.size());
        cached.addBindValue(cachedValuePrefix);
        return execute(cached);
    });
    execute(u"PRAGMA secure_delete = OFF"_s);
    if (outcome)
        return outcome;
    m_lastBackup.reset();
    if (!m_inMemory) {
        // Best effort: the journal's old pages go too; another instance reading may hold them
        // a little longer, and they are overwritten as it goes on.
        execute(u"VACUUM"_s);
        execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    // In memory, m_databaseFile is the file it stands in for: its copies go all the same.
    QStringList failed;
    if (!removeUserDataCopies(m_databaseFile, &failed))
        return {StoreError::QueryFailed, failed.join(u", "_s)};
    return {};
}

bool ServiceStore::removeUserDataCopies(const QString &databaseFile, QStringList *failed)
{
    bool ok = UserDataBackup(UserDataBackup::folderFor(databaseFile)).removeAll(failed);
    const QFileInfo info(databaseFile);
    QDir dir = info.dir();
    const QStringList damaged
            = dir.entryList({info.fileName() + u".corrupt-*"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : damaged) {
        if (!dir.remove(name)) {
            ok = false;
            if (failed)
                failed->append(dir.filePath(name));
        }
    }
    return ok;
}

QString ServiceStore::Recovery::message() const
{
    const QString when = QLocale().toString(backupWritten.toLocalTime(), QLocale::ShortFormat);
    QStringList parts;
    switch (problem.kind()) {
    case StoreError::None:
        if (restored)
            parts.append(QCoreApplication::translate("ServiceStore",
                                                     "Helplines' data file was missing or empty. "
                                                     "Your favourites, your own services and your "
                                                     "settings were restored from the automatic "
                                                     "backup of %1.")
                                 .arg(when));
        return parts.join(u' ');
    case StoreError::Corrupt:
        parts.append(
                QCoreApplication::translate("ServiceStore", "Helplines' data file was damaged."));
        if (!movedAsideTo.isEmpty())
            parts.append(QCoreApplication::translate("ServiceStore",
                                                     "It was set aside as %1 and a new one was "
                                                     "created.")
                                 .arg(QDir::toNativeSeparators(movedAsideTo)));
        break;
    case StoreError::NewerSchema:
        parts.append(QCoreApplication::translate(
                "ServiceStore", "Helplines' data file was written by a newer version of "
                                "Helplines. It is left as it is for that version."));
        break;
    case StoreError::ReadOnly:
        parts.append(QCoreApplication::translate(
                "ServiceStore", "Helplines' data file cannot be written: it is read-only."));
        break;
    default:
        parts.append(problem.message());
        break;
    }
    if (restored)
        parts.append(QCoreApplication::translate("ServiceStore",
                                                 "Your favourites, your own services and your "
                                                 "settings were restored from the automatic "
                                                 "backup of %1.")
                             .arg(when));
    else if (startedEmpty)
        parts.append(QCoreApplication::translate("ServiceStore",
                                                 "No backup of your favourites, own services "
                                                 "and settings could be found."));
    if (readOnly)
        parts.append(QCoreApplication::translate("ServiceStore",
                                                 "Changes you make now will not be kept."));
    return parts.join(u' ');
}

} // namespace Helplines
