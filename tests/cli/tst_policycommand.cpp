#include "store/datalocation.h"
#include "store/servicestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestPolicyCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsTheDefaultsWithoutPolicies();
    void showsEachSettingWithItsLockAndSource();
    void jsonGivesValueLockAndSourceOfEachSetting();
    void aLockedLanguageIgnoresTheUsersChoice();
    void anUnlockedLanguageIsADefaultTheUserOverrides();
    void problemsAreListedAndFail();
    void aNamedProvisioningFileThatIsMissingFails();
    void rejectsArguments();

private:
    void writePolicies(const QByteArray &content);
    void saveLanguage(const QByteArray &code);
    QJsonObject runJson();

    std::unique_ptr<QTemporaryDir> m_system;
    std::unique_ptr<CliRunner> m_cli;
};

void TestPolicyCommand::init()
{
    m_system = std::make_unique<QTemporaryDir>();
    QVERIFY(m_system->isValid());
    m_cli = std::make_unique<CliRunner>();
    m_cli->setEnvironment(u"HELPLINES_SYSTEM_DIR"_s, m_system->path());
}

void TestPolicyCommand::writePolicies(const QByteArray &content)
{
    QFile file(m_system->filePath(u"policies.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestPolicyCommand::saveLanguage(const QByteArray &code)
{
    // As the window saves the choice made in View > Language.
    ServiceStore store(u"policy-test"_s);
    QVERIFY(!store.open(DataLocation::databaseFile(m_cli->dataDirectory())));
    QVERIFY(!store.setPreference(u"language"_s, code));
}

QJsonObject TestPolicyCommand::runJson()
{
    const CliRunner::Result result = m_cli->run({u"policy"_s, u"--json"_s});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("Not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(result.out));
    return document.object();
}

void TestPolicyCommand::showsTheDefaultsWithoutPolicies()
{
    const CliRunner::Result result = m_cli->run({u"policy"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"System folder: "_s + m_system->path()), qPrintable(result.out));
    const QStringList lines = result.out.split(u'\n');
    const auto lineOf = [&](const QString &key) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(key + u' '))
                return line.simplified();
        }
        return QString();
    };
    QCOMPARE(lineOf(u"callAction"_s), u"callAction enabled not locked default"_s);
    QCOMPARE(lineOf(u"hideBundledDirectory"_s), u"hideBundledDirectory false not locked default"_s);
    QCOMPARE(lineOf(u"categories"_s), u"categories all not locked default"_s);
    QCOMPARE(lineOf(u"allowOwnEntries"_s), u"allowOwnEntries true not locked default"_s);
    QCOMPARE(lineOf(u"provisioningFile"_s), u"provisioningFile %1 not locked default"_s.arg(
                                                    m_system->filePath(u"directory.json"_s)));
    QVERIFY2(result.out.contains(u"There is no provisioning file"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(m_system->filePath(u"policies.json"_s) + u": absent"_s),
             qPrintable(result.out));
    QVERIFY(!result.out.contains(u"Problems:"_s));
}

void TestPolicyCommand::showsEachSettingWithItsLockAndSource()
{
    writePolicies(R"({"format": 1, "language": {"value": "fr", "locked": true},
        "callAction": {"value": "disabled", "locked": true},
        "categories": {"value": ["suicide-prevention", "deaf-access"]}})");
    const CliRunner::Result result = m_cli->run({u"policy"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    const QString policies = m_system->filePath(u"policies.json"_s);
    QVERIFY2(result.out.simplified().contains(u"language fr locked "_s + policies),
             qPrintable(result.out));
    QVERIFY2(result.out.simplified().contains(u"callAction disabled locked "_s + policies),
             qPrintable(result.out));
    QVERIFY2(result.out.simplified().contains(
                     u"categories suicide-prevention, deaf-access not locked "_s + policies),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(policies + u": 3 setting"_s), qPrintable(result.out));
}

void TestPolicyCommand::jsonGivesValueLockAndSourceOfEachSetting()
{
    writePolicies(R"({"format": 1, "hideBundledDirectory": {"value": true, "locked": true},
        "categories": {"value": ["youth"], "locked": true},
        "allowOwnEntries": {"value": false}})");
    QFile provisioning(m_system->filePath(u"directory.json"_s));
    QVERIFY(provisioning.open(QIODevice::WriteOnly));
    provisioning.close();

    const QJsonObject object = runJson();
    QCOMPARE(object.value(u"folder"_s).toString(), QDir::toNativeSeparators(m_system->path()));
    const QJsonObject settings = object.value(u"settings"_s).toObject();
    QCOMPARE(settings.keys(),
             (QStringList{u"allowOwnEntries"_s, u"callAction"_s, u"categories"_s,
                          u"hideBundledDirectory"_s, u"language"_s, u"provisioningFile"_s}));
    const QString policies = m_system->filePath(u"policies.json"_s);
    const QJsonObject hide = settings.value(u"hideBundledDirectory"_s).toObject();
    QCOMPARE(hide.value(u"value"_s), QJsonValue(true));
    QCOMPARE(hide.value(u"locked"_s), QJsonValue(true));
    QCOMPARE(hide.value(u"source"_s).toString(), u"file"_s);
    QCOMPARE(hide.value(u"location"_s).toString(), policies);
    QCOMPARE(settings.value(u"categories"_s).toObject().value(u"value"_s).toArray(),
             QJsonArray{u"youth"_s});
    const QJsonObject own = settings.value(u"allowOwnEntries"_s).toObject();
    QCOMPARE(own.value(u"value"_s), QJsonValue(false));
    QCOMPARE(own.value(u"locked"_s), QJsonValue(false));
    const QJsonObject call = settings.value(u"callAction"_s).toObject();
    QCOMPARE(call.value(u"value"_s).toString(), u"enabled"_s);
    QCOMPARE(call.value(u"source"_s).toString(), u"default"_s);
    QVERIFY(call.value(u"location"_s).isNull());
    const QJsonObject file = settings.value(u"provisioningFile"_s).toObject();
    QCOMPARE(file.value(u"value"_s).toString(), m_system->filePath(u"directory.json"_s));
    QCOMPARE(file.value(u"found"_s), QJsonValue(true));

    const QJsonArray sources = object.value(u"sources"_s).toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0).toObject().value(u"kind"_s).toString(), u"file"_s);
    QCOMPARE(sources.at(0).toObject().value(u"found"_s), QJsonValue(true));
    QCOMPARE(sources.at(0).toObject().value(u"settings"_s).toInt(), 3);
    QCOMPARE(object.value(u"problems"_s).toArray().size(), 0);
}

void TestPolicyCommand::aLockedLanguageIgnoresTheUsersChoice()
{
    saveLanguage("en");
    writePolicies(R"({"format": 1, "language": {"value": "fr", "locked": true}})");
    const QJsonObject language
            = runJson().value(u"settings"_s).toObject().value(u"language"_s).toObject();
    QCOMPARE(language.value(u"value"_s).toString(), u"fr"_s);
    QCOMPARE(language.value(u"locked"_s), QJsonValue(true));
    QCOMPARE(language.value(u"source"_s).toString(), u"file"_s);
}

void TestPolicyCommand::anUnlockedLanguageIsADefaultTheUserOverrides()
{
    writePolicies(R"({"format": 1, "language": {"value": "fr", "locked": false}})");
    const QJsonObject before
            = runJson().value(u"settings"_s).toObject().value(u"language"_s).toObject();
    QCOMPARE(before.value(u"value"_s).toString(), u"fr"_s);
    QCOMPARE(before.value(u"source"_s).toString(), u"file"_s);

    saveLanguage("en");
    const QJsonObject after
            = runJson().value(u"settings"_s).toObject().value(u"language"_s).toObject();
    QCOMPARE(after.value(u"value"_s).toString(), u"en"_s);
    QCOMPARE(after.value(u"locked"_s), QJsonValue(false));
    QCOMPARE(after.value(u"source"_s).toString(), u"user"_s);
}

void TestPolicyCommand::problemsAreListedAndFail()
{
    writePolicies("{\"format\": 1,\n \"callAction\": \"disabled\",\n"
                  " \"language\": {\"value\": \"fr\", \"locked\": true}}");
    const CliRunner::Result human = m_cli->run({u"policy"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(human.exitCode, 1);
    const QString policies = m_system->filePath(u"policies.json"_s);
    QVERIFY2(human.out.contains(u"Problems:\n  "_s + policies + u":2:16: error: "_s),
             qPrintable(human.out));
    // The setting in error keeps its default; the others apply.
    QVERIFY2(human.out.simplified().contains(u"callAction enabled not locked default"_s),
             qPrintable(human.out));
    QVERIFY2(human.out.simplified().contains(u"language fr locked"_s), qPrintable(human.out));

    const CliRunner::Result json = m_cli->run({u"policy"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray problems
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.at(0).toObject();
    QCOMPARE(problem.value(u"code"_s).toString(), u"setting-not-object"_s);
    QCOMPARE(problem.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(problem.value(u"line"_s).toInt(), 2);
    QCOMPARE(problem.value(u"column"_s).toInt(), 16);
    QCOMPARE(problem.value(u"path"_s).toString(), u"callAction"_s);
    QVERIFY(problem.value(u"hint"_s).toString().contains(u"\"locked\": true"_s));
}

void TestPolicyCommand::aNamedProvisioningFileThatIsMissingFails()
{
    writePolicies(R"({"format": 1, "provisioningFile": {"value": "ministry.json"}})");
    const CliRunner::Result result = m_cli->run({u"policy"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"The provisioning file %1 is missing"_s.arg(
                     m_system->filePath(u"ministry.json"_s))),
             qPrintable(result.out));
}

void TestPolicyCommand::rejectsArguments()
{
    const CliRunner::Result result = m_cli->run({u"policy"_s, u"language"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"language"_s));
}

QTEST_GUILESS_MAIN(TestPolicyCommand)
#include "tst_policycommand.moc"
