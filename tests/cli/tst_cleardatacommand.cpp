// helplines-cli clear-data (issue 9): "Clear my data" from the command line. Run as scripts
// and IT run it: with standard input that is not a terminal it erases only with --yes; on a
// terminal (a pseudo-terminal through script(1)) it asks and takes only "yes".

#include "store/datalocation.h"
#include "store/servicestore.h"
#include "store/userdatabackup.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestClearDataCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesWithoutYesWhenTheInputIsNotATerminal();
    void erasesFavouritesSettingsBackupsAndDamagedCopiesWithYes();
    void erasesADatabaseItCannotOpen();
    void asksOnATerminalAndErasesOnlyAfterYes_data();
    void asksOnATerminalAndErasesOnlyAfterYes();

private:
    // Favourites, a preference, their backup and a damaged file set aside earlier.
    void saveUserData();
    QSet<QString> favourites();

    std::unique_ptr<CliRunner> m_cli;
    QString m_file;
};

void TestClearDataCommand::init()
{
    m_cli = std::make_unique<CliRunner>();
    m_file = DataLocation::databaseFile(m_cli->dataDirectory());
}

void TestClearDataCommand::saveUserData()
{
    ServiceStore store(u"fixture"_s);
    QVERIFY(!store.open(m_file));
    QVERIFY(!store.setFavourite(u"3114"_s, true));
    QVERIFY(!store.setFavourite(u"sos-amitie"_s, true));
    QVERIFY(!store.setPreference(u"language"_s, "fr"));
    QVERIFY(!store.backup().files().isEmpty());
    QFile aside(m_file + u".corrupt-20261101T100000Z"_s);
    QVERIFY(aside.open(QIODevice::WriteOnly));
    aside.write("old favourites");
}

QSet<QString> TestClearDataCommand::favourites()
{
    ServiceStore store(u"reader"_s);
    if (store.open(m_file))
        return {u"cannot open"_s};
    return store.favourites();
}

void TestClearDataCommand::refusesWithoutYesWhenTheInputIsNotATerminal()
{
    saveUserData();
    const CliRunner::Result result = m_cli->run({u"clear-data"_s}, "yes\n");
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"nothing was erased"_s));
    QVERIFY(result.err.contains(u"--yes"_s));
    QCOMPARE(favourites().size(), 2);
    QVERIFY(QFileInfo::exists(m_file + u".corrupt-20261101T100000Z"_s));
    QVERIFY(!UserDataBackup(UserDataBackup::folderFor(m_file)).files().isEmpty());
}

void TestClearDataCommand::erasesFavouritesSettingsBackupsAndDamagedCopiesWithYes()
{
    saveUserData();
    const CliRunner::Result result = m_cli->run({u"clear-data"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"were erased"_s));
    QVERIFY(favourites().isEmpty());
    {
        ServiceStore store(u"reader"_s);
        QVERIFY(!store.open(m_file));
        QVERIFY(!store.preference(u"language"_s));
    }
    QVERIFY(!QFileInfo::exists(m_file + u".corrupt-20261101T100000Z"_s));
    QVERIFY(!QFileInfo::exists(UserDataBackup::folderFor(m_file)));
    // The directory is still there for the next command.
    const CliRunner::Result list = m_cli->run({u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(u"3114"_s));
}

void TestClearDataCommand::erasesADatabaseItCannotOpen()
{
    saveUserData();
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'g'));
    file.close();
    const CliRunner::Result result = m_cli->run({u"clear-data"_s, u"-y"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFileInfo::exists(m_file));
    QVERIFY(!QFileInfo::exists(UserDataBackup::folderFor(m_file)));
}

void TestClearDataCommand::asksOnATerminalAndErasesOnlyAfterYes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("erased");
    QTest::newRow("yes") << QByteArray("yes\n") << 0 << true;
    QTest::newRow("no") << QByteArray("no\n") << 1 << false;
    QTest::newRow("just Enter") << QByteArray("\n") << 1 << false;
}

void TestClearDataCommand::asksOnATerminalAndErasesOnlyAfterYes()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(bool, erased);
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) is needed to give the program a terminal");
    saveUserData();
    // script(1) runs the command on a pseudo-terminal and passes our input to it.
    const QString command = u"'%1' clear-data --lang en"_s.arg(QStringLiteral(HELPLINES_CLI));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HELPLINES_DATA_DIR"_s, m_cli->dataDirectory());
    process.setProcessEnvironment(environment);
    process.start(script, {u"-qec"_s, command, u"/dev/null"_s});
    QVERIFY(process.waitForStarted(10000));
    process.write(answer);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(out.contains(u"Type “yes” to confirm"_s), qPrintable(out));
    QCOMPARE(favourites().isEmpty(), erased);
    QCOMPARE(QFileInfo::exists(UserDataBackup::folderFor(m_file)), !erased);
}

QTEST_GUILESS_MAIN(TestClearDataCommand)

#include "tst_cleardatacommand.moc"
