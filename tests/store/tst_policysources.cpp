#include "store/policysources.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestPolicySources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anEmptyFolderGivesTheDefaults();
    void readsThePoliciesFileOfTheFolder();
    void problemsKeepTheDefaultsAndAreSaid();
    void aFileThatIsNotJsonSetsNothing();
    void theEnvironmentNamesAnotherFolder();

private:
    void writePolicies(const QByteArray &content);
    PolicySources::Result load() const;

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestPolicySources::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestPolicySources::cleanup()
{
    m_folder.reset();
}

void TestPolicySources::writePolicies(const QByteArray &content)
{
    QFile file(m_folder->filePath(u"policies.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

PolicySources::Result TestPolicySources::load() const
{
    // Only the folder: the tests never read the machine's registry or managed preferences.
    return PolicySources::load({m_folder->path(), false});
}

void TestPolicySources::anEmptyFolderGivesTheDefaults()
{
    const PolicySources::Result result = load();
    QCOMPARE(result.systemFolder, m_folder->path());
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.warning().isEmpty());
    QCOMPARE(result.places.size(), 1);
    QCOMPARE(result.places.first().source.location, m_folder->filePath(u"policies.json"_s));
    QVERIFY(!result.places.first().found);
    const Policy &policy = result.policy;
    QVERIFY(!policy.language().value);
    QVERIFY(policy.callActionEnabled());
    // The folder's directory.json is the provisioning file; it may be absent.
    QCOMPARE(policy.provisioningFile().value, m_folder->filePath(u"directory.json"_s));
    QVERIFY(!policy.provisioningFileRequired());
}

void TestPolicySources::readsThePoliciesFileOfTheFolder()
{
    writePolicies(R"({"format": 1, "language": {"value": "fr", "locked": true},
                      "callAction": {"value": "disabled", "locked": true},
                      "provisioningFile": {"value": "ministry.json"}})");
    const PolicySources::Result result = load();
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.places.first().found);
    QCOMPARE(result.places.first().settingCount, 3);
    const Policy &policy = result.policy;
    QVERIFY(policy.isLanguageLocked());
    QCOMPARE(policy.language().value, std::optional(Language::French));
    QCOMPARE(policy.language().source.kind, PolicySource::Kind::File);
    QVERIFY(!policy.callActionEnabled());
    QCOMPARE(policy.provisioningFile().value, m_folder->filePath(u"ministry.json"_s));
    QVERIFY(policy.provisioningFileRequired());
}

void TestPolicySources::problemsKeepTheDefaultsAndAreSaid()
{
    writePolicies(R"({"format": 1, "language": {"value": "de", "locked": true},
                      "allowOwnEntries": {"value": false, "locked": true}})");
    const PolicySources::Result result = load();
    QCOMPARE(result.errorCount(), 1);
    QCOMPARE(result.diagnostics.first().file, m_folder->filePath(u"policies.json"_s));
    QCOMPARE(result.diagnostics.first().line, 1);
    // The language keeps its default; the other setting applies.
    QVERIFY(!result.policy.language().value);
    QCOMPARE(result.policy.allowOwnEntries().value, false);
    QVERIFY2(result.warning().contains(u"helplines-cli policy"_s), qPrintable(result.warning()));
}

void TestPolicySources::aFileThatIsNotJsonSetsNothing()
{
    writePolicies("language = fr\n");
    const PolicySources::Result result = load();
    QVERIFY(result.places.first().found);
    QCOMPARE(result.places.first().settingCount, 0);
    QCOMPARE(result.errorCount(), 1);
    QCOMPARE(result.diagnostics.first().codeName(), u"json"_s);
    QVERIFY(!result.policy.language().value);
    QVERIFY(!result.warning().isEmpty());
}

void TestPolicySources::theEnvironmentNamesAnotherFolder()
{
    const QByteArray saved = qgetenv(PolicySources::environmentVariable());
    qputenv(PolicySources::environmentVariable(), m_folder->path().toUtf8());
    const PolicySources::Options options = PolicySources::fromEnvironment();
    QCOMPARE(options.systemFolder, m_folder->path());
    // Then the registry and managed preferences are not read either.
    QVERIFY(!options.platformSettings);

    qunsetenv(PolicySources::environmentVariable());
    const PolicySources::Options platform = PolicySources::fromEnvironment();
    QCOMPARE(platform.systemFolder, PolicySources::platformFolder());
    QVERIFY(platform.platformSettings);
#if defined(Q_OS_LINUX)
    QCOMPARE(PolicySources::platformFolder(), u"/etc/helplines"_s);
#endif
    if (!saved.isNull())
        qputenv(PolicySources::environmentVariable(), saved);
}

QTEST_GUILESS_MAIN(TestPolicySources)
#include "tst_policysources.moc"
