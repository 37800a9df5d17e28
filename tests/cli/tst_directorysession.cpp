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
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestDirectorySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDamagedDataFileIsSetAsideAndTheFavouritesRestored();
    void aNewerVersionsDataFileIsLeftAlone();

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

QTEST_GUILESS_MAIN(TestDirectorySession)

#include "tst_directorysession.moc"
