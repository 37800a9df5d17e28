#include "userdatabackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString formatName = u"helplines-user-data"_s;
constexpr int formatVersion = 1;
// A backup is a few kilobytes; anything far larger is not one of ours.
constexpr qint64 maxBackupBytes = 16 * 1024 * 1024;

const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(u"^user-data-(\\d{8})\\.json$"_s);
    return pattern;
}

// The sequence numbers of the backups in the folder, highest first.
QList<qint64> sequences(const QDir &dir)
{
    QList<qint64> numbers;
    const QStringList names = dir.entryList({u"user-data-*.json"_s}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = backupName().match(name);
        if (match.hasMatch())
            numbers.append(match.captured(1).toLongLong());
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    return numbers;
}

QString fileName(qint64 sequence)
{
    return u"user-data-%1.json"_s.arg(sequence, 8, 10, QLatin1Char('0'));
}

} // namespace

UserDataBackup::UserDataBackup(QString folder)
    : m_folder(std::move(folder))
{}

QString UserDataBackup::folderFor(const QString &databaseFile)
{
    return QFileInfo(databaseFile).dir().filePath(u"backups"_s);
}

QByteArray UserDataBackup::serialize(const Data &data)
{
    QJsonObject preferences;
    for (const auto &[key, value] : data.preferences)
        preferences.insert(key, QString::fromLatin1(value.toBase64()));
    QJsonArray own;
    for (const auto &[id, record] : data.ownServices)
        own.append(QJsonObject{{u"id"_s, id}, {u"record"_s, record}});
    const QJsonObject root{
            {u"format"_s, formatName},
            {u"version"_s, formatVersion},
            {u"favourites"_s, QJsonArray::fromStringList(data.favourites)},
            {u"preferences"_s, preferences},
            {u"ownServices"_s, own},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<UserDataBackup::Data> UserDataBackup::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    // A later format may hold more than this version understands: leave it to that version.
    if (root.value(u"format"_s).toString() != formatName
        || root.value(u"version"_s).toInt() != formatVersion)
        return std::nullopt;
    const QJsonValue favourites = root.value(u"favourites"_s);
    const QJsonValue preferences = root.value(u"preferences"_s);
    const QJsonValue own = root.value(u"ownServices"_s);
    if (!favourites.isArray() || !preferences.isObject() || !own.isArray())
        return std::nullopt;

    Data data;
    const QJsonArray favouriteArray = favourites.toArray();
    for (const QJsonValue &id : favouriteArray) {
        if (!id.isString())
            return std::nullopt;
        data.favourites.append(id.toString());
    }
    const QJsonObject preferenceObject = preferences.toObject();
    for (auto it = preferenceObject.begin(); it != preferenceObject.end(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        const auto decoded = QByteArray::fromBase64Encoding(
                it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        data.preferences.append({it.key(), *decoded});
    }
    const QJsonArray ownArray = own.toArray();
    for (const QJsonValue &entry : ownArray) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(u"id"_s);
        const QJsonValue record = object.value(u"record"_s);
        if (!id.isString() || id.toString().isEmpty() || !record.isString())
            return std::nullopt;
        data.ownServices.append({id.toString(), record.toString()});
    }
    return data;
}

StoreError UserDataBackup::write(const Data &data) const
{
    if (m_writesFail)
        return {StoreError::DiskFull, u"backup: no space left on device (injected)"_s};
    QDir dir(m_folder);
    if (!dir.mkpath(u"."_s))
        return {StoreError::CannotCreateFolder, m_folder};
    const QList<qint64> existing = sequences(dir);
    const qint64 next = existing.isEmpty() ? 1 : existing.first() + 1;

    QSaveFile file(dir.filePath(fileName(next)));
    if (!file.open(QIODevice::WriteOnly))
        return {file.error() == QFileDevice::ResourceError ? StoreError::DiskFull
                                                           : StoreError::CannotOpen,
                file.errorString()};
    const QByteArray bytes = serialize(data);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const StoreError::Kind kind = file.error() == QFileDevice::ResourceError
                                              ? StoreError::DiskFull
                                              : StoreError::QueryFailed;
        const QString reason = file.errorString();
        file.cancelWriting();
        return {kind, u"backup: "_s + reason};
    }

    // The newest few are kept; older ones, and what interrupted writes left, go.
    for (qsizetype i = keptCount - 1; i < existing.size(); ++i)
        dir.remove(fileName(existing.at(i)));
    const QStringList leftovers = dir.entryList({u"user-data-*.json.*"_s}, QDir::Files);
    for (const QString &leftover : leftovers)
        dir.remove(leftover);
    return {};
}

QStringList UserDataBackup::files() const
{
    const QDir dir(m_folder);
    QStringList result;
    const QList<qint64> numbers = sequences(dir);
    for (const qint64 number : numbers)
        result.append(dir.filePath(fileName(number)));
    return result;
}

std::optional<UserDataBackup::Restored> UserDataBackup::newest(QStringList *unreadable) const
{
    const QStringList candidates = files();
    for (const QString &candidate : candidates) {
        QFile file(candidate);
        std::optional<Data> data;
        if (file.open(QIODevice::ReadOnly) && file.size() <= maxBackupBytes)
            data = parse(file.readAll());
        if (data)
            return Restored{std::move(*data), candidate, QFileInfo(candidate).lastModified()};
        if (unreadable)
            unreadable->append(candidate);
    }
    return std::nullopt;
}

bool UserDataBackup::removeAll(QStringList *failed) const
{
    QDir dir(m_folder);
    if (!dir.exists())
        return true;
    bool ok = true;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        // Only what Helplines writes there: its backups and their temporary files.
        if (!name.startsWith(u"user-data-"_s))
            continue;
        if (!dir.remove(name)) {
            ok = false;
            if (failed)
                failed->append(dir.filePath(name));
        }
    }
    dir.rmdir(m_folder);
    return ok;
}

} // namespace Helplines
