#include "servicedirectory.h"

#include "core/applicationinfo.h"
#include "core/directory/directoryreader.h"
#include "core/directory/directorywriter.h"
#include "store/datalocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// What a cached directory depends on: the program's version (validation and merging may
// change between versions), where the source is and its exact bytes.
QByteArray fingerprintOf(const QString &source, const QByteArray &bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(ApplicationInfo::version().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(source.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(bytes);
    return hash.result().toHex();
}

// Room for "own-", the slug and a "-99" suffix within the 64 characters of an id.
constexpr qsizetype maxSlugLength = 48;

// "Dr Élise Martin (CMP)" -> "dr-elise-martin-cmp".
QString slugOf(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
        if (slug.size() >= maxSlugLength)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace

QString ServiceDirectory::LoadResult::ownServicesWarning() const
{
    if (unreadableOwnServices.isEmpty())
        return {};
    return QCoreApplication::translate("ServiceDirectory",
                                       "%n of the services you added could not be read and is "
                                       "not shown. It is kept in Helplines' data file.",
                                       nullptr, int(unreadableOwnServices.size()));
}

bool ServiceDirectory::OwnServiceResult::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

ServiceDirectory::ServiceDirectory(Options options)
    : m_options(std::move(options))
    , m_store(m_options.connectionName)
{}

ServiceDirectory::~ServiceDirectory() = default;

QString ServiceDirectory::bundledDirectoryFile()
{
    return u":/directory/fr.json"_s;
}

QString ServiceDirectory::directoryFile() const
{
    return m_options.directoryFile.isEmpty() ? bundledDirectoryFile() : m_options.directoryFile;
}

ServiceDirectory::LoadResult ServiceDirectory::load()
{
    LoadResult result;
    m_services.clear();
    m_emergencyNumbers.clear();

    const QString file = directoryFile();
    const QString source = file.startsWith(u':') ? file : QFileInfo(file).absoluteFilePath();
    QFile input(file);
    QByteArray bytes;
    if (input.open(QIODevice::ReadOnly)) {
        // Bounded like the reader's own limit, so that a huge file is never read whole.
        const qint64 limit = JsonReader::Limits().maxBytes;
        bytes = input.read(limit + 1);
    }
    if (!input.isOpen()) {
        result.sourceError
                = QCoreApplication::translate("ServiceDirectory", "%1 cannot be opened: %2")
                          .arg(QDir::toNativeSeparators(file), input.errorString());
        // The user's own entries do not depend on the directory file.
        result.storeError = m_store.open(DataLocation::databaseFile(m_options.dataDirectory));
        mergeOwnServices(&result);
        return result;
    }
    input.close();

    const QByteArray fingerprint = fingerprintOf(source, bytes);
    result.storeError = m_store.open(DataLocation::databaseFile(m_options.dataDirectory));

    if (m_store.isOpen() && m_store.directoryFingerprint() == fingerprint) {
        if (!m_store.loadDirectory(&m_services, &m_emergencyNumbers)) {
            result.loaded = true;
            result.fromCache = true;
            mergeOwnServices(&result);
            return result;
        }
        // An undecodable cache is rebuilt from the source below.
        m_services.clear();
        m_emergencyNumbers.clear();
    }

    DirectoryReader::Options readerOptions;
    readerOptions.today = m_options.today;
    const DirectoryReader::Result read = DirectoryReader(readerOptions).read(bytes, file);
    result.diagnostics = read.diagnostics;
    m_services = read.directory.services;
    m_emergencyNumbers = read.directory.emergencyNumbers;
    for (Service &service : m_services)
        service.origin = ServiceOrigin::Bundled;

    const bool hasErrors = read.hasErrors();
    result.loaded = read.documentRead;
    if (!result.loaded) {
        for (const Diagnostic &diagnostic : read.diagnostics) {
            if (diagnostic.isError()) {
                result.sourceError = diagnostic.toString();
                break;
            }
        }
        mergeOwnServices(&result);
        return result;
    }
    // Only a clean directory is cached: a file with errors is read again next time, so that its
    // errors are reported again. The cache holds the directory alone: own entries are merged
    // after it.
    if (m_store.isOpen() && !hasErrors) {
        if (const StoreError error
            = m_store.replaceDirectory(m_services, m_emergencyNumbers, fingerprint))
            result.storeError = error;
    }
    mergeOwnServices(&result);
    return result;
}

void ServiceDirectory::mergeOwnServices(LoadResult *result)
{
    m_ownIds.clear();
    if (!m_store.isOpen())
        return;
    QList<Service> own;
    if (const StoreError error = m_store.loadOwnServices(&own, &result->unreadableOwnServices)) {
        if (!result->storeError)
            result->storeError = error;
        return;
    }
    if (own.isEmpty())
        return;
    QHash<QString, qsizetype> rows;
    rows.reserve(m_services.size());
    for (qsizetype i = 0; i < m_services.size(); ++i)
        rows.insert(m_services.at(i).id, i);
    for (Service &service : own) {
        m_ownIds.insert(service.id);
        // Later wins: an own entry replaces a directory service with its id, in place.
        const auto found = rows.constFind(service.id);
        if (found != rows.constEnd()) {
            m_services[found.value()] = std::move(service);
        } else {
            rows.insert(service.id, m_services.size());
            m_services.append(std::move(service));
        }
    }
}

QString ServiceDirectory::ownServiceIdBase(const LocalizedText &name)
{
    QString slug = slugOf(name.fr.trimmed().isEmpty() ? name.en : name.fr);
    if (slug.isEmpty())
        slug = slugOf(name.en);
    return u"own-"_s + (slug.isEmpty() ? u"service"_s : slug);
}

QString ServiceDirectory::newOwnServiceId(const LocalizedText &name) const
{
    QSet<QString> taken;
    taken.reserve(m_services.size());
    for (const Service &service : m_services)
        taken.insert(service.id);
    // Unreadable entries too: their records must never be overwritten.
    if (m_store.isOpen()) {
        const QStringList stored = m_store.ownServiceIds();
        for (const QString &id : stored)
            taken.insert(id);
    }
    const QString base = ownServiceIdBase(name);
    QString id = base;
    for (int suffix = 2; taken.contains(id); ++suffix)
        id = base + u'-' + QString::number(suffix);
    return id;
}

ServiceDirectory::OwnServiceResult ServiceDirectory::checkOwnService(const Service &service,
                                                                     QDate today)
{
    Service entry = service;
    entry.scope = ServiceScope::Personal;
    // Not a field of the record; the region only makes sense for regional services.
    entry.region.clear();
    if (entry.id.isEmpty())
        entry.id = ownServiceIdBase(entry.name);

    DirectoryReader::Options options;
    options.userEntry = true;
    options.today = today;
    DirectoryReader::Result read = DirectoryReader(options).readService(
            DirectoryWriter::writeService(entry), u"own-service:"_s + entry.id);
    OwnServiceResult result;
    result.diagnostics = std::move(read.diagnostics);
    if (!result.hasErrors() && read.directory.services.size() == 1) {
        result.service = std::move(read.directory.services.first());
        result.service->origin = ServiceOrigin::User;
    }
    return result;
}

ServiceDirectory::OwnServiceResult ServiceDirectory::saveOwnService(const Service &service)
{
    Service entry = service;
    const bool isNew = !isOwnService(entry.id);
    if (isNew)
        entry.id = newOwnServiceId(entry.name);
    if (m_options.today.isValid())
        entry.verified = m_options.today;
    OwnServiceResult result = checkOwnService(entry, m_options.today);
    if (!result.service)
        return result;
    if (!m_store.isOpen()) {
        result.storeError = {StoreError::CannotOpen, u"no database"_s};
        return result;
    }
    if (isNew) {
        // Another instance may take the same id between the choice and the write: never
        // overwrite its entry, choose again.
        bool added = false;
        for (int attempt = 0; !added && attempt < 10; ++attempt) {
            if (attempt > 0)
                result.service->id = newOwnServiceId(entry.name);
            if ((result.storeError = m_store.addOwnService(*result.service, &added)))
                return result;
        }
        if (!added) {
            result.storeError = {StoreError::Busy, u"no free id for the own service"_s};
            return result;
        }
    } else if ((result.storeError = m_store.saveOwnService(*result.service))) {
        return result;
    }

    const auto found = std::find_if(m_services.begin(), m_services.end(),
                                    [&](const Service &s) { return s.id == result.service->id; });
    if (found != m_services.end())
        *found = *result.service;
    else
        m_services.append(*result.service);
    m_ownIds.insert(result.service->id);
    return result;
}

StoreError ServiceDirectory::deleteOwnService(const QString &serviceId)
{
    if (!isOwnService(serviceId))
        return {};
    if (!m_store.isOpen())
        return {StoreError::CannotOpen, u"no database"_s};
    if (const StoreError error = m_store.removeOwnService(serviceId))
        return error;
    m_ownIds.remove(serviceId);
    m_services.removeIf([&](const Service &service) { return service.id == serviceId; });
    return {};
}

QSet<QString> ServiceDirectory::favourites() const
{
    return m_store.isOpen() ? m_store.favourites() : QSet<QString>();
}

StoreError ServiceDirectory::setFavourite(const QString &serviceId, bool favourite)
{
    if (!m_store.isOpen())
        return {StoreError::CannotOpen, u"no database"_s};
    return m_store.setFavourite(serviceId, favourite);
}

std::optional<QByteArray> ServiceDirectory::preference(const QString &key) const
{
    return m_store.isOpen() ? m_store.preference(key) : std::nullopt;
}

StoreError ServiceDirectory::setPreference(const QString &key, const QByteArray &value)
{
    if (!m_store.isOpen())
        return {StoreError::CannotOpen, u"no database"_s};
    return m_store.setPreference(key, value);
}

StoreError ServiceDirectory::removePreference(const QString &key)
{
    if (!m_store.isOpen())
        return {StoreError::CannotOpen, u"no database"_s};
    return m_store.removePreference(key);
}

} // namespace Helplines
