#include "servicestore.h"

#include "core/directory/directoryreader.h"
#include "core/directory/directorywriter.h"
#include "store/servicecodec.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString fingerprintKey = u"directory.fingerprint"_s;
const QString codecKey = u"directory.codec"_s;

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

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QSqlError sqlError = db.lastError();
        StoreError::Kind kind = kindOfSqliteCode(sqlError.nativeErrorCode());
        if (kind == StoreError::QueryFailed)
            kind = StoreError::CannotOpen;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return {kind, sqlError.text()};
    }
    m_databaseFile = info.absoluteFilePath();

    StoreError error;
    {
        QSqlQuery check(db);
        // The first read of the file: garbage shows up here as "not a database".
        if (!check.exec(u"PRAGMA quick_check"_s)) {
            error = errorOf(check);
        } else if (!check.next() || check.value(0).toString() != u"ok"_s) {
            error = {StoreError::Corrupt, check.value(0).toString()};
        }
    }
    if (!error) {
        QSqlQuery pragmas(db);
        if (!pragmas.exec(u"PRAGMA journal_mode=WAL"_s))
            error = errorOf(pragmas);
        else if (!pragmas.exec(u"PRAGMA synchronous=FULL"_s))
            error = errorOf(pragmas);
    }
    if (!error)
        error = migrate();
    if (error)
        close();
    return error;
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
    const int version = schemaVersion();
    if (version < 0)
        return {StoreError::Corrupt, u"cannot read user_version"_s};
    if (version > latestVersion)
        return {StoreError::NewerSchema,
                u"schema version %1, this program knows up to %2"_s.arg(version).arg(
                        latestVersion)};
    if (version == latestVersion)
        return {};

    return inTransaction([this, version]() -> StoreError {
        for (int step = version; step < latestVersion; ++step) {
            for (const QString &statement : schemaSteps[step]) {
                if (StoreError error = execute(statement))
                    return error;
            }
        }
        // Inside the transaction: the version changes together with the schema or not at all.
        return execute(u"PRAGMA user_version = %1"_s.arg(latestVersion));
    });
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
    return execute(query);
}

std::optional<QByteArray> ServiceStore::preference(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT value FROM preference WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

StoreError ServiceStore::setPreference(const QString &key, const QByteArray &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR REPLACE INTO preference (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return execute(query);
}

StoreError ServiceStore::removePreference(const QString &key)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM preference WHERE key = ?"_s);
    query.addBindValue(key);
    return execute(query);
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
    return inTransaction([&]() -> StoreError {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        // An update keeps the entry's place; a new one goes last.
        query.prepare(u"INSERT INTO own_service (id, position, record) "
                      "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM own_service), ?) "
                      "ON CONFLICT (id) DO UPDATE SET record = excluded.record"_s);
        query.addBindValue(service.id);
        query.addBindValue(record);
        return execute(query);
    });
}

StoreError ServiceStore::addOwnService(const Service &service, bool *added)
{
    *added = false;
    if (service.id.isEmpty())
        return {StoreError::QueryFailed, u"own service without an id"_s};
    const QString record = QString::fromUtf8(DirectoryWriter::writeService(service));
    return inTransaction([&]() -> StoreError {
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
}

StoreError ServiceStore::removeOwnService(const QString &serviceId)
{
    return inTransaction([&]() -> StoreError {
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

} // namespace Helplines
