#include "servicedirectory.h"

#include "core/applicationinfo.h"
#include "core/directory/directoryreader.h"
#include "store/datalocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

} // namespace

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
        return result;
    }
    input.close();

    const QByteArray fingerprint = fingerprintOf(source, bytes);
    result.storeError = m_store.open(DataLocation::databaseFile(m_options.dataDirectory));

    if (m_store.isOpen() && m_store.directoryFingerprint() == fingerprint) {
        if (!m_store.loadDirectory(&m_services, &m_emergencyNumbers)) {
            result.loaded = true;
            result.fromCache = true;
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
        return result;
    }
    // Only a clean directory is cached: a file with errors is read again next time, so that its
    // errors are reported again.
    if (m_store.isOpen() && !hasErrors) {
        if (const StoreError error
            = m_store.replaceDirectory(m_services, m_emergencyNumbers, fingerprint))
            result.storeError = error;
    }
    return result;
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
