#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAValidFileWithExitZero();
    void acceptsTheBundledDirectory();
    void reportsEachProblemOnOneLineWithPosition();
    void warningsAloneDoNotFail();
    void unreadableFileFailsWithOne();
    void missingArgumentIsAUsageError();
    void printsProblemsInFrench();

private:
    CliRunner m_cli;
};

void TestCheckCommand::acceptsAValidFileWithExitZero()
{
    const QString file = QFINDTESTDATA("../data/cli/minimal.json");
    const CliRunner::Result result = m_cli.run({u"check"_s, file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(u"no problem"_s), qPrintable(result.err));
}

void TestCheckCommand::acceptsTheBundledDirectory()
{
    const QString file = QFINDTESTDATA("../../resources/directory/fr.json");
    QVERIFY(!file.isEmpty());
    const CliRunner::Result result = m_cli.run({u"check"_s, file});
    QCOMPARE(result.exitCode, 0);
    // The bundled directory has no error. Its only warnings are the facts no public source
    // gives (the ministry line's source, a date), which its records say in their status notes.
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() <= 2);
    for (const QString &line : lines) {
        QVERIFY2(line.contains(u": warning: "_s), qPrintable(line));
        QVERIFY2(line.contains(u".source]"_s) || line.contains(u".verified]"_s), qPrintable(line));
    }
}

void TestCheckCommand::reportsEachProblemOnOneLineWithPosition()
{
    const QString file = QFINDTESTDATA("../data/cli/errors.json");
    const CliRunner::Result result = m_cli.run({u"check"_s, file});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    // FILE:LINE:COLUMN: error|warning: message [json.path] (hint)
    // The JSON path has no spaces but may have brackets: "services[1].id".
    const QRegularExpression format(
            uR"(^(.+?):(\d+):(\d+): (error|warning): (.+) \[([^ ]+)\]( \(.+\))?$)"_s);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(1), file);
    }
    const auto find = [&](const QString &path) -> QRegularExpressionMatch {
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = format.match(line);
            if (match.captured(6) == path)
                return match;
        }
        return {};
    };
    const QRegularExpressionMatch duplicate = find(u"services[1].id"_s);
    QVERIFY2(duplicate.hasMatch(), qPrintable(result.out));
    QCOMPARE(duplicate.captured(2).toInt(), 30);
    QCOMPARE(duplicate.captured(4), u"error"_s);
    const QRegularExpressionMatch number = find(u"services[2].contacts[0].value"_s);
    QVERIFY2(number.hasMatch(), qPrintable(result.out));
    QCOMPARE(number.captured(2).toInt(), 57);
    QCOMPARE(number.captured(4), u"error"_s);
    const QRegularExpressionMatch unknown = find(u"services[2].colour"_s);
    QVERIFY2(unknown.hasMatch(), qPrintable(result.out));
    QCOMPARE(unknown.captured(2).toInt(), 62);
    QCOMPARE(unknown.captured(3).toInt(), 13);
    QCOMPARE(unknown.captured(4), u"warning"_s);
    QVERIFY2(result.err.contains(u"error"_s), qPrintable(result.err));
}

void TestCheckCommand::warningsAloneDoNotFail()
{
    QTemporaryDir dir;
    QFile source(QFINDTESTDATA("../data/cli/minimal.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray content = source.readAll();
    content.replace("\"format\": 1,", "\"format\": 1,\n    \"comment\": \"unknown key\",");
    QFile copy(dir.filePath(u"warning.json"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(content);
    copy.close();
    const CliRunner::Result result = m_cli.run({u"check"_s, copy.fileName()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u": warning: "_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u":3:5: "_s), qPrintable(result.out));
}

void TestCheckCommand::unreadableFileFailsWithOne()
{
    const CliRunner::Result result = m_cli.run({u"check"_s, u"/nonexistent/directory.json"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"/nonexistent/directory.json"_s), qPrintable(result.out));
}

void TestCheckCommand::missingArgumentIsAUsageError()
{
    const CliRunner::Result result = m_cli.run({u"check"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCheckCommand::printsProblemsInFrench()
{
    const QString file = QFINDTESTDATA("../data/cli/errors.json");
    const CliRunner::Result english = m_cli.run({u"check"_s, file, u"--lang"_s, u"en"_s});
    const CliRunner::Result french = m_cli.run({u"check"_s, file, u"--lang"_s, u"fr"_s});
    QCOMPARE(french.exitCode, 1);
    QVERIFY(french.out != english.out);
    QVERIFY2(french.out.contains(u": erreur: "_s) || french.out.contains(u": error: "_s),
             qPrintable(french.out));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
