#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsGeneralHelpWithCommandsAndExitCodes();
    void printsACommandsHelp();
    void printsTheVersion();
    void noCommandIsAUsageError();
    void unknownCommandIsAUsageError();
    void unknownLanguageIsAUsageError();
    void optionWithoutValueIsAUsageError();
    void helpFollowsTheLanguage();
    void showsOneServiceAndFailsOnUnknownIds();
};

void TestCommandLine::printsGeneralHelpWithCommandsAndExitCodes()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    for (const QString &word : {u"list"_s, u"show"_s, u"check"_s, u"--lang"_s, u"--data-dir"_s,
                                u"--directory"_s, u"Exit codes"_s})
        QVERIFY2(result.out.contains(word), qPrintable(word));
}

void TestCommandLine::printsACommandsHelp()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({u"list"_s, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"--json"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"--lang"_s));
}

void TestCommandLine::printsTheVersion()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"helplines-cli "_s));
    QVERIFY(result.out.trimmed().size() > QStringLiteral("helplines-cli ").size());
}

void TestCommandLine::noCommandIsAUsageError()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"list"_s));
}

void TestCommandLine::unknownCommandIsAUsageError()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({u"frobnicate"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"frobnicate"_s));
}

void TestCommandLine::unknownLanguageIsAUsageError()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({u"list"_s, u"--lang"_s, u"de"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"de"_s));
}

void TestCommandLine::optionWithoutValueIsAUsageError()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({u"list"_s, u"--data-dir"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"--data-dir"_s));
}

void TestCommandLine::helpFollowsTheLanguage()
{
    CliRunner cli;
    const CliRunner::Result english = cli.run({u"--help"_s, u"--lang"_s, u"en"_s});
    const CliRunner::Result french = cli.run({u"--help"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(french.exitCode, 0);
    QVERIFY(english.out != french.out);
    QVERIFY2(french.out.contains(u"Commandes"_s), qPrintable(french.out));
}

void TestCommandLine::showsOneServiceAndFailsOnUnknownIds()
{
    CliRunner cli;
    const CliRunner::Result shown = cli.run({u"show"_s, u"3114"_s});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(u"3114"_s), qPrintable(shown.out));
    QVERIFY(shown.out.contains(u"Last checked"_s));
    const CliRunner::Result missing = cli.run({u"show"_s, u"no-such-line"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"no-such-line"_s));
    const CliRunner::Result usage = cli.run({u"show"_s});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
