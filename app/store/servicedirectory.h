#ifndef HELPLINES_STORE_SERVICEDIRECTORY_H
#define HELPLINES_STORE_SERVICEDIRECTORY_H

#include "core/directory/diagnostic.h"
#include "core/service.h"
#include "store/servicestore.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Helplines {

// The merged directory that the window and helplines-cli show (DESIGN §3): the bundled French
// directory, or the file given with --directory, cached in the user's database and re-imported
// only when a source changed; plus the user's favourites and preferences. When the database
// cannot be used, the directory still loads from its sources and the user is told that nothing
// will be remembered.
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
    };

    struct LoadResult
    {
        // False when no directory could be read at all (then services() is empty).
        bool loaded = false;
        // True when the services came from the database's cache, not from parsing a file.
        bool fromCache = false;
        // Problems found in the directory file(s) when they were read.
        QList<Diagnostic> diagnostics;
        // What went wrong with the database; the directory is then not remembered.
        StoreError storeError;
        // The directory file that could not be read at all, with the reason.
        QString sourceError;
    };

    explicit ServiceDirectory(Options options);
    ~ServiceDirectory();

    LoadResult load();

    const QList<Service> &services() const { return m_services; }
    const QList<EmergencyNumber> &emergencyNumbers() const { return m_emergencyNumbers; }
    QString directoryFile() const;

    bool isPersistent() const { return m_store.isOpen(); }
    QString databaseFile() const { return m_store.databaseFile(); }

    QSet<QString> favourites() const;
    StoreError setFavourite(const QString &serviceId, bool favourite);

    std::optional<QByteArray> preference(const QString &key) const;
    StoreError setPreference(const QString &key, const QByteArray &value);
    StoreError removePreference(const QString &key);

    // The bundled directory, as embedded in the program.
    static QString bundledDirectoryFile();

private:
    Options m_options;
    ServiceStore m_store;
    QList<Service> m_services;
    QList<EmergencyNumber> m_emergencyNumbers;
};

} // namespace Helplines

#endif // HELPLINES_STORE_SERVICEDIRECTORY_H
