#ifndef HELPLINES_STORE_USERDATABACKUP_H
#define HELPLINES_STORE_USERDATABACKUP_H

#include "store/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Helplines {

// The automatic backup of the user's own data (DESIGN §9): favourites, preferences and own
// entries, never the directory cache and never anything of a session (searches, copies).
// ServiceStore writes one before every migration and after every change of user data, so
// that a damaged database loses nothing. Each backup is a small JSON file
// "user-data-<sequence>.json" in a "backups" folder beside the database, written whole or not
// at all (QSaveFile: a temporary file, synced, then renamed); the newest few are kept.
class UserDataBackup
{
public:
    // What a backup holds.
    struct Data
    {
        // Sorted, so that the same data always gives the same bytes.
        QStringList favourites;
        // (key, value), sorted by key; values are the stored bytes (window geometry is binary).
        QList<std::pair<QString, QByteArray>> preferences;
        // (id, canonical JSON record as stored), in the user's order.
        QList<std::pair<QString, QString>> ownServices;

        bool isEmpty() const
        {
            return favourites.isEmpty() && preferences.isEmpty() && ownServices.isEmpty();
        }
        friend bool operator==(const Data &a, const Data &b)
        {
            return a.favourites == b.favourites && a.preferences == b.preferences
                   && a.ownServices == b.ownServices;
        }
    };

    // A backup read back.
    struct Restored
    {
        Data data;
        QString file;
        // When the file was written (the file system's modification time).
        QDateTime written;
    };

    // How many backups are kept.
    static constexpr int keptCount = 5;

    // `folder` is where the backups live; see folderFor().
    explicit UserDataBackup(QString folder);

    // The backups folder of a database file: "backups" beside it.
    static QString folderFor(const QString &databaseFile);
    QString folder() const { return m_folder; }

    // For tests of a full disk: every write fails as a full disk would, and nothing is written.
    void setWritesFail(bool fail) { m_writesFail = fail; }

    // Writes a new backup, newest of all, then removes all but the newest keptCount (and the
    // temporary files of writes that were interrupted).
    StoreError write(const Data &data) const;
    // The newest backup that can be read; the names of newer ones that could not be read go to
    // `unreadable`. Nothing when there is no readable backup.
    std::optional<Restored> newest(QStringList *unreadable = nullptr) const;
    // The backup files, newest first.
    QStringList files() const;
    // Removes every backup and the folder; the files that could not be removed go to `failed`.
    bool removeAll(QStringList *failed = nullptr) const;

    static QByteArray serialize(const Data &data);
    static std::optional<Data> parse(const QByteArray &bytes);

private:
    QString m_folder;
    bool m_writesFail = false;
};

} // namespace Helplines

#endif // HELPLINES_STORE_USERDATABACKUP_H
