#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
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
    void checksAPartialProvisioningFileOverTheBundledDirectory();
    void aPartialFileIsNotACompleteDirectory();
    void warnsAboutHidingAServiceThatDoesNotExist();
    void checksAGoodPoliciesFile();
    void explainsABadPoliciesFile_data();
    void explainsABadPoliciesFile();
    void rejectsAnUnknownType();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_files;
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

QString TestCheckCommand::write(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("Cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void TestCheckCommand::checksAPartialProvisioningFileOverTheBundledDirectory()
{
    // The ministry's file shipped with the packages: it changes the bundled ministry line
    // with a partial record, and hides a line for health professionals.
    const QString file = QFINDTESTDATA("../../packaging/examples/organisation.json");
    QVERIFY(!file.isEmpty());
    const CliRunner::Result result = m_cli.run({u"check"_s, file, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(u"no problem"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"As a provisioning file, it changes 1 service"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"adds 0 services"_s) || result.err.contains(u"adds 0 service"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"hides 1 service"_s), qPrintable(result.err));
}

void TestCheckCommand::aPartialFileIsNotACompleteDirectory()
{
    const QString file = QFINDTESTDATA("../../packaging/examples/organisation.json");
    const CliRunner::Result result
            = m_cli.run({u"check"_s, u"--type"_s, u"directory"_s, file, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 1);
    for (const QString &field : {u"name"_s, u"category"_s, u"scope"_s, u"contacts"_s}) {
        QVERIFY2(result.out.contains(u"[services[0].%1]"_s.arg(field)), qPrintable(result.out));
    }
}

void TestCheckCommand::warnsAboutHidingAServiceThatDoesNotExist()
{
    const QString file = write(u"organisation.json"_s, R"({"format": 1,
 "publisher": {"name": {"fr": "Ministère", "en": "Ministry"}, "updated": "2026-11-01"},
 "services": [{"id": "3114", "pinned": true}],
 "hide": ["sps-soignant"]})");
    const CliRunner::Result result = m_cli.run({u"check"_s, file, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(file + u":4:11: warning: "_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"[hide[0]] (Did you mean “sps-soignants”?"_s),
             qPrintable(result.out));
    QVERIFY2(result.err.contains(u"hides 0 service"_s), qPrintable(result.err));
}

void TestCheckCommand::checksAGoodPoliciesFile()
{
    const QString file = QFINDTESTDATA("../../packaging/examples/policies.json");
    QVERIFY(!file.isEmpty());
    const CliRunner::Result result = m_cli.run({u"check"_s, file, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(u"no problem found (6 setting"_s), qPrintable(result.err));
}

void TestCheckCommand::explainsABadPoliciesFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("type");

    // Told apart by its name, by its content, or as the command line says.
    QTest::newRow("named policies.json") << u"policies.json"_s << QStringList();
    QTest::newRow("holding settings") << u"ministry-settings.json"_s << QStringList();
    QTest::newRow("--type policies") << u"x.json"_s << QStringList{u"--type"_s, u"policies"_s};
}

void TestCheckCommand::explainsABadPoliciesFile()
{
    QFETCH(QString, name);
    QFETCH(QStringList, type);
    const QString file = write(name, "{\"format\": 1,\n"
                                     "  \"language\": {\"value\": \"de\", \"locked\": true},\n"
                                     "  \"callAction\": \"disabled\",\n"
                                     "  \"categorie\": {\"value\": [\"youth\"]}\n}\n");
    const CliRunner::Result result
            = m_cli.run(QStringList{u"check"_s, file, u"--lang"_s, u"en"_s} + type);
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(file
                                    + u":2:25: error: “de” is not a valid value of "
                                      u"“language”. [language.value]"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(file + u":3:17: error: "_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"{\"value\": \"disabled\", \"locked\": true}"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(file + u":4:3: warning: Unknown field “categorie”"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u"Did you mean “categories”?"_s), qPrintable(lines.at(2)));
    QVERIFY2(result.err.contains(u"2 errors"_s), qPrintable(result.err));
}

void TestCheckCommand::rejectsAnUnknownType()
{
    const QString file = QFINDTESTDATA("../data/cli/minimal.json");
    const CliRunner::Result result = m_cli.run({u"check"_s, u"--type"_s, u"settings"_s, file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"settings"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
