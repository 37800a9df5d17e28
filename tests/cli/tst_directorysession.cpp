// What helplines-cli says on standard error when the user's data file fails (issue 9): the
// command still runs on the directory, says in plain words what was wrong and what was done,
// and the user's favourites are back from the automatic backup.

#include "store/datalocation.h"
#include "store/servicestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestDirectorySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDamagedDataFileIsSetAsideAndTheFavouritesRestored();
    void aNewerVersionsDataFileIsLeftAlone();
    void aReadOnlyDataFileIsReadAsItIs();

private:
    bool isFavourite(const QString &json, const QString &id);
};

bool TestDirectorySession::isFavourite(const QString &json, const QString &id)
{
    const QJsonArray services = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &service : services) {
        if (service[u"id"_s].toString() == id)
            return service[u"favourite"_s].toBool();
    }
    return false;
}

void TestDirectorySession::aDamagedDataFileIsSetAsideAndTheFavouritesRestored()
{
    CliRunner cli;
    const QString file = DataLocation::databaseFile(cli.dataDirectory());
    {
        ServiceStore store(u"fixture"_s);
        QVERIFY(!store.open(file));
        QVERIFY(!store.setFavourite(u"3114"_s, true));
    }
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(20000, '\x5a'));
    damaged.close();

    const CliRunner::Result result = cli.run({u"list"_s, u"--json"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"helplines-cli: warning: Helplines' data file was damaged. "
                                 "It was set aside as "_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(u"restored from the automatic backup"_s));
    QVERIFY(isFavourite(result.out, u"3114"_s));
    // Said once: the next run finds a sound file.
    const CliRunner::Result again = cli.run({u"list"_s, u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
    QVERIFY(isFavourite(again.out, u"3114"_s));
}

void TestDirectorySession::aNewerVersionsDataFileIsLeftAlone()
{
    CliRunner cli;
    const QString file = DataLocation::databaseFile(cli.dataDirectory());
    {
        ServiceStore store(u"fixture"_s);
        QVERIFY(!store.open(file));
        QVERIFY(!store.setFavourite(u"3114"_s, true));
        QSqlQuery query(QSqlDatabase::database(u"fixture"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 42"_s));
    }
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    const CliRunner::Result result = cli.run({u"list"_s, u"--json"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"written by a newer version of Helplines"_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(u"will not be kept"_s));
    QVERIFY(isFavourite(result.out, u"3114"_s));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestDirectorySession::aReadOnlyDataFileIsReadAsItIs()
{
#ifdef Q_OS_UNIX
    // Real permissions, not an injected fault: the file and its folder read-only, and, as
    // root (CI), for whom permissions stop nothing, the program run as nobody.
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString file = DataLocation::databaseFile(data.path());
    {
        ServiceStore store(u"fixture"_s);
        QVERIFY(!store.open(file));
        QVERIFY(!store.setFavourite(u"3114"_s, true));
    }
    QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto traversable
            = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(file, readable));
    QVERIFY(QFile::setPermissions(data.path(), traversable));

    QStringList command{QStringLiteral(HELPLINES_CLI),
                        u"list"_s,
                        u"--json"_s,
                        u"--lang"_s,
                        u"en"_s,
                        u"--data-dir"_s,
                        data.path()};
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv(1) to drop privileges");
        command = QStringList{setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s}
                  + command;
    }
    QProcess process;
    process.start(command.takeFirst(), command);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (err.contains(u"Permission denied"_s) || process.exitCode() == 127)
        QSKIP("the build folder is not readable by nobody");
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.contains(u"cannot be written: it is read-only"_s), qPrintable(err));
    QVERIFY(isFavourite(QString::fromUtf8(process.readAllStandardOutput()), u"3114"_s));
    QVERIFY(QFile::setPermissions(data.path(), traversable | QFileDevice::WriteOwner));
#else
    QSKIP("Unix permissions");
#endif
}

QTEST_GUILESS_MAIN(TestDirectorySession)

#include "tst_directorysession.moc"
