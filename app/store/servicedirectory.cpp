#include "servicedirectory.h"

#include "core/applicationinfo.h"
#include "core/directory/directoryreader.h"
#include "core/directory/directorywriter.h"
#include "core/policy/policy.h"
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

// ServiceStore::cachedValue(): the formatted numbers (PhoneNumberCache::saved()).
const QString phoneNumbersKey = u"cache.phone-numbers"_s;

// What a cached directory depends on: the program's version (validation and merging may
// change between versions), where the directory file and the provisioning file are and their
// exact bytes (an absent provisioning file counts as such).
QByteArray fingerprintOf(const QString &source, const QByteArray &bytes,
                         const QString &provisioningSource,
                         const std::optional<QByteArray> &provisioningBytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArrayView separator("\0", 1);
    hash.addData(ApplicationInfo::version().toUtf8());
    hash.addData(separator);
    hash.addData(source.toUtf8());
    hash.addData(separator);
    hash.addData(bytes);
    hash.addData(separator);
    hash.addData(provisioningBytes ? QByteArrayView("provisioning") : QByteArrayView("none"));
    hash.addData(separator);
    hash.addData(provisioningSource.toUtf8());
    hash.addData(separator);
    hash.addData(QByteArray::number(provisioningBytes ? provisioningBytes->size() : -1));
    hash.addData(separator);
    if (provisioningBytes)
        hash.addData(*provisioningBytes);
    return hash.result().toHex();
}

// Reads at most the reader's own limit (and one byte more, so that the reader says it is too
// large), so that a huge file is never read whole.
bool readBounded(const QString &file, QByteArray *bytes, QString *error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = input.errorString();
        return false;
    }
    *bytes = input.read(JsonReader::Limits().maxBytes + 1);
    return true;
}

QString absoluteSource(const QString &file)
{
    return file.startsWith(u':') ? file : QFileInfo(file).absoluteFilePath();
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

QString ServiceDirectory::LoadResult::storeWarning() const
{
    QString message = storeRecovery.message();
    if (storeError) {
        const QString lost = QCoreApplication::translate(
                                     "ServiceDirectory",
                                     "%1 Your favourites and the services you added are not "
                                     "available.")
                                     .arg(storeError.message());
        message = message.isEmpty() ? lost : message + u' ' + lost;
    }
    return message;
}

QString ServiceDirectory::LoadResult::provisioningWarning() const
{
    const QString file = QDir::toNativeSeparators(provisioning.file);
    if (!provisioning.error.isEmpty()) {
        return QCoreApplication::translate("ServiceDirectory",
                                           "Your organisation's services could not be loaded: "
                                           "%1 The services of the Helplines directory are "
                                           "shown without them. “helplines-cli check %2” "
                                           "explains why.")
                .arg(provisioning.error, file);
    }
    if (const qsizetype errors = provisioning.errorCount(); errors > 0) {
        return QCoreApplication::translate("ServiceDirectory",
                                           "Your organisation's directory file has %n error(s); "
                                           "the services concerned are left out or shown as the "
                                           "Helplines directory has them. “helplines-cli check "
                                           "%1” explains them.",
                                           nullptr, int(errors))
                .arg(file);
    }
    if (bundledDirectoryKept) {
        return QCoreApplication::translate("ServiceDirectory",
                                           "Your organisation's settings show only its own "
                                           "services, but it provides none: %1 is missing. The "
                                           "services of the Helplines directory are shown.")
                .arg(file.isEmpty() ? QStringLiteral("directory.json") : file);
    }
    return {};
}

qsizetype ServiceDirectory::Provisioning::errorCount() const
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

void ServiceDirectory::Options::applyPolicy(const Policy &policy)
{
    provisioningFile = policy.provisioningFile().value;
    provisioningFileRequired = policy.provisioningFileRequired();
    hideBundledDirectory = policy.hideBundledDirectory().value;
    categories = policy.categories().value;
    allowOwnEntries = policy.allowOwnEntries().value;
}

bool ServiceDirectory::OwnServiceResult::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

ServiceDirectory::ServiceDirectory(Options options)
    : m_options(std::move(options))
    , m_store(m_options.connectionName)
{
    m_store.setFaults(m_options.storeFaults);
}

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
    const QString source = absoluteSource(file);
    QByteArray bytes;
    QString openError;
    if (!readBounded(file, &bytes, &openError)) {
        result.sourceError
                = QCoreApplication::translate("ServiceDirectory", "%1 cannot be opened: %2")
                          .arg(QDir::toNativeSeparators(file), openError);
        // The user's own entries do not depend on the directory file.
        result.storeError = m_store.openWithRecovery(
                DataLocation::databaseFile(m_options.dataDirectory), &result.storeRecovery);
        restorePhoneNumbers();
        mergeOwnServices(&result);
        return result;
    }

    // The provisioning file; an absent one that nobody asked for is no provisioning at all.
    Provisioning &provisioning = result.provisioning;
    std::optional<QByteArray> provisioningBytes;
    if (!m_options.provisioningFile.isEmpty()) {
        provisioning.file = m_options.provisioningFile;
        QByteArray read;
        if (readBounded(provisioning.file, &read, &openError)) {
            provisioning.found = true;
            provisioningBytes = std::move(read);
        } else if (m_options.provisioningFileRequired || QFileInfo::exists(provisioning.file)) {
            provisioning.error
                    = QCoreApplication::translate("ServiceDirectory", "%1 cannot be opened: %2.")
                              .arg(QDir::toNativeSeparators(provisioning.file), openError);
        }
    }

    const QByteArray fingerprint = fingerprintOf(
            source, bytes, provisioningBytes ? absoluteSource(provisioning.file) : QString(),
            provisioningBytes);
    result.storeError = m_store.openWithRecovery(
            DataLocation::databaseFile(m_options.dataDirectory), &result.storeRecovery);
    restorePhoneNumbers();

    if (m_store.isOpen() && m_store.directoryFingerprint() == fingerprint) {
        if (!m_store.loadDirectory(&m_services, &m_emergencyNumbers)) {
            result.loaded = true;
            result.fromCache = true;
            // Only a provisioning file without errors is cached with the directory.
            provisioning.applied = provisioningBytes.has_value();
            applyVisibility(&result);
            mergeOwnServices(&result);
            return result;
        }
        // An undecodable cache is rebuilt from the sources below.
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
    if (provisioningBytes)
        readProvisioning(read.directory.services, *provisioningBytes, &result);

    // Only clean files are cached: a file with errors is read again next time, so that its
    // errors are reported again. The cache holds the directory and the provisioning file laid
    // over it, before the policy's choices: own entries are merged after it.
    if (m_store.isOpen() && !hasErrors && provisioning.errorCount() == 0
        && provisioning.error.isEmpty()) {
        if (const StoreError error
            = m_store.replaceDirectory(m_services, m_emergencyNumbers, fingerprint))
            result.storeError = error;
    }
    applyVisibility(&result);
    mergeOwnServices(&result);
    return result;
}

void ServiceDirectory::readProvisioning(const QList<Service> &base, const QByteArray &bytes,
                                        LoadResult *result)
{
    Provisioning &provisioning = result->provisioning;
    DirectoryReader::Options options;
    options.today = m_options.today;
    options.base = &base;
    const DirectoryReader::Result read = DirectoryReader(options).read(bytes, provisioning.file);
    provisioning.diagnostics = read.diagnostics;
    if (!read.documentRead) {
        // Not a directory document at all: nothing of it is used.
        for (const Diagnostic &diagnostic : read.diagnostics) {
            if (diagnostic.isError()) {
                provisioning.error = diagnostic.message();
                break;
            }
        }
        if (provisioning.error.isEmpty())
            provisioning.error = QCoreApplication::translate("ServiceDirectory",
                                                             "It is not a directory file.");
        return;
    }
    provisioning.applied = true;
    provisioning.changedIds = read.changedIds;
    for (const Service &service : read.directory.services) {
        if (!read.changedIds.contains(service.id))
            provisioning.addedIds.append(service.id);
    }
    for (const QString &id : read.directory.hiddenIds) {
        if (std::any_of(base.begin(), base.end(),
                        [&id](const Service &service) { return service.id == id; }))
            provisioning.hiddenIds.append(id);
    }
    layProvisioning(read.directory, &m_services, &m_emergencyNumbers);
}

void ServiceDirectory::layProvisioning(const Directory &provisioning, QList<Service> *services,
                                       QList<EmergencyNumber> *emergencyNumbers)
{
    // "hide" names services of the directory underneath, never the file's own records.
    if (!provisioning.hiddenIds.isEmpty()) {
        const QSet<QString> hidden(provisioning.hiddenIds.begin(), provisioning.hiddenIds.end());
        services->removeIf(
                [&hidden](const Service &service) { return hidden.contains(service.id); });
    }
    QHash<QString, qsizetype> rows;
    rows.reserve(services->size() + provisioning.services.size());
    for (qsizetype i = 0; i < services->size(); ++i)
        rows.insert(services->at(i).id, i);
    for (Service service : provisioning.services) {
        service.origin = ServiceOrigin::Organisation;
        const auto found = rows.constFind(service.id);
        if (found != rows.constEnd()) {
            (*services)[found.value()] = std::move(service);
        } else {
            rows.insert(service.id, services->size());
            services->append(std::move(service));
        }
    }
    for (const EmergencyNumber &number : provisioning.emergencyNumbers) {
        const auto found = std::find_if(
                emergencyNumbers->begin(), emergencyNumbers->end(),
                [&number](const EmergencyNumber &existing) { return existing.id == number.id; });
        if (found != emergencyNumbers->end())
            *found = number;
        else
            emergencyNumbers->append(number);
    }
}

void ServiceDirectory::applyVisibility(LoadResult *result)
{
    if (m_options.hideBundledDirectory) {
        if (result->provisioning.applied) {
            m_services.removeIf([](const Service &service) {
                return service.origin == ServiceOrigin::Bundled;
            });
        } else {
            result->bundledDirectoryKept = true;
        }
    }
    if (!m_options.categories.isEmpty()) {
        const QList<ServiceCategory> &categories = m_options.categories;
        m_services.removeIf([&categories](const Service &service) {
            return !categories.contains(service.category);
        });
    }
}

void ServiceDirectory::restorePhoneNumbers()
{
    m_savedPhoneNumbers.clear();
    if (!m_store.isOpen())
        return;
    // Numbers saved with other libphonenumber metadata, or damaged, are formatted again.
    if (const auto saved = m_store.cachedValue(phoneNumbersKey);
        saved && PhoneNumberCache::restore(*saved)) {
        m_savedPhoneNumbers = *saved;
    }
}

QList<PhoneNumberCache::Key> ServiceDirectory::phoneNumberKeys() const
{
    const qsizetype limit = PhoneNumberCache::maximumEntries() / 2;
    QList<PhoneNumberCache::Key> keys;
    QSet<PhoneNumberCache::Key> seen;
    const auto add = [&](const Contact &contact, const Service &service) {
        if (keys.size() >= limit)
            return;
        if (auto key = PhoneNumberCache::keyOf(contact, service); key && !seen.contains(*key)) {
            seen.insert(*key);
            keys.append(std::move(*key));
        }
    };
    // The emergency banner, as EmergencyBanner reads its numbers: with no service's region.
    for (const EmergencyNumber &number : m_emergencyNumbers) {
        Contact contact;
        contact.kind = number.kind;
        contact.value = number.number;
        add(contact, Service());
    }
    for (const Service &service : m_services) {
        for (const Contact &contact : service.contacts)
            add(contact, service);
    }
    return keys;
}

StoreError ServiceDirectory::savePhoneNumbers()
{
    if (!m_store.isOpen() || m_store.isReadOnly())
        return {};
    const QList<PhoneNumberCache::Key> keys = phoneNumberKeys();
    // Formats those not in the memo; those that are cost a look-up.
    for (const PhoneNumberCache::Key &key : keys)
        PhoneNumberCache::parse(key.first, key.second);
    const QByteArray saved = PhoneNumberCache::saved(keys);
    if (saved == m_savedPhoneNumbers)
        return {};
    if (StoreError error = m_store.setCachedValue(phoneNumbersKey, saved))
        return error;
    m_savedPhoneNumbers = saved;
    return {};
}

void ServiceDirectory::mergeOwnServices(LoadResult *result)
{
    m_ownIds.clear();
    // The organisation's policy may keep them out; they stay in the database.
    if (!m_store.isOpen() || !m_options.allowOwnEntries)
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
    if (!isPersistent()) {
        result.storeError = m_store.isOpen() && !m_store.isInMemory()
                                    ? StoreError(StoreError::ReadOnly, u"read-only database"_s)
                                    : StoreError(StoreError::CannotOpen, u"no database"_s);
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

StoreError ServiceDirectory::clearUserData()
{
    const QString file = DataLocation::databaseFile(m_options.dataDirectory);
    StoreError error;
    if (m_store.isOpen()) {
        error = m_store.clearUserData();
    } else {
        QStringList failed;
        if (!ServiceStore::removeUserDataCopies(file, &failed))
            error = {StoreError::QueryFailed, failed.join(u", "_s)};
    }
    // The numbers kept for the next start went with the rest (they may be the user's own
    // entries'); so do those kept in memory.
    m_savedPhoneNumbers.clear();
    PhoneNumberCache::clear();
    // The own entries leave the list; directory services they stood in for come back.
    if (!m_ownIds.isEmpty())
        load();
    return error;
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
