#include "core/policy/policy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

Q_DECLARE_METATYPE(Helplines::PolicySettings)
Q_DECLARE_METATYPE(Helplines::Language)

namespace {

const PolicySource registry{PolicySource::Kind::Registry, u"HKLM\\Software\\Policies\\Helplines"_s};
const PolicySource recommended{PolicySource::Kind::Registry,
                               u"HKLM\\Software\\Policies\\Helplines\\Recommended"_s};
const PolicySource file{PolicySource::Kind::File, u"/etc/helplines/policies.json"_s};

PolicySettings languageFrom(const PolicySource &source, Language language, bool locked)
{
    PolicySettings settings;
    settings.language = PolicySetting<Language>{language, locked, source};
    return settings;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAllowEverything();
    void firstLockedSourceWins_data();
    void firstLockedSourceWins();
    void eachKeyIsResolvedOnItsOwn();
    void lockedLanguageIgnoresTheUsersChoice();
    void unlockedLanguageIsADefaultTheUserOverrides();
    void withoutAnyChoiceTheSystemsLanguage();
    void provisioningFileIsRequiredOnlyWhenNamed();
    void sourcesSayWhereTheyAre();
};

void TestPolicy::defaultsAllowEverything()
{
    const Policy policy({}, u"/etc/helplines/directory.json"_s);
    QVERIFY(!policy.language().value);
    QVERIFY(!policy.isLanguageLocked());
    QCOMPARE(policy.hideBundledDirectory().value, false);
    QVERIFY(policy.callActionEnabled());
    QVERIFY(policy.categories().value.isEmpty());
    QCOMPARE(policy.allowOwnEntries().value, true);
    QCOMPARE(policy.provisioningFile().value, u"/etc/helplines/directory.json"_s);
    for (const auto kind :
         {policy.hideBundledDirectory().source.kind, policy.callAction().source.kind,
          policy.categories().source.kind, policy.provisioningFile().source.kind,
          policy.allowOwnEntries().source.kind}) {
        QCOMPARE(kind, PolicySource::Kind::Default);
    }
    const Policy none;
    QVERIFY(none.provisioningFile().value.isEmpty());
    QVERIFY(none.callActionEnabled());
}

void TestPolicy::firstLockedSourceWins_data()
{
    QTest::addColumn<QList<PolicySettings>>("sources");
    QTest::addColumn<Language>("language");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QString>("location");

    QTest::newRow("locked in the registry, locked in the file: the registry")
            << QList<PolicySettings>{languageFrom(registry, Language::French, true),
                                     languageFrom(file, Language::English, true)}
            << Language::French << true << registry.location;
    QTest::newRow("recommended in the registry, locked in the file: the file")
            << QList<PolicySettings>{languageFrom(recommended, Language::French, false),
                                     languageFrom(file, Language::English, true)}
            << Language::English << true << file.location;
    QTest::newRow("both unlocked: the first source")
            << QList<PolicySettings>{languageFrom(recommended, Language::French, false),
                                     languageFrom(file, Language::English, false)}
            << Language::French << false << recommended.location;
    QTest::newRow("only the file")
            << QList<PolicySettings>{PolicySettings(), languageFrom(file, Language::English, false)}
            << Language::English << false << file.location;
}

void TestPolicy::firstLockedSourceWins()
{
    QFETCH(QList<PolicySettings>, sources);
    QFETCH(Language, language);
    QFETCH(bool, locked);
    QFETCH(QString, location);
    const Policy policy(sources, {});
    QCOMPARE(policy.language().value, std::optional(language));
    QCOMPARE(policy.language().locked, locked);
    QCOMPARE(policy.isLanguageLocked(), locked);
    QCOMPARE(policy.language().source.location, location);
}

void TestPolicy::eachKeyIsResolvedOnItsOwn()
{
    PolicySettings fromRegistry;
    fromRegistry.callAction = PolicySetting<bool>{false, true, registry};
    PolicySettings fromFile;
    fromFile.callAction = PolicySetting<bool>{true, true, file};
    fromFile.categories = PolicySetting<QList<ServiceCategory>>{
            {ServiceCategory::EmployeeAssistance, ServiceCategory::SuicidePrevention}, false, file};
    fromFile.provisioningFile = PolicySetting<QString>{u"/srv/org.json"_s, false, file};
    fromFile.hideBundledDirectory = PolicySetting<bool>{true, true, file};
    fromFile.allowOwnEntries = PolicySetting<bool>{false, true, file};
    const Policy policy({fromRegistry, fromFile}, u"/etc/helplines/directory.json"_s);

    QVERIFY(!policy.callActionEnabled());
    QCOMPARE(policy.callAction().source, registry);
    QCOMPARE(policy.categories().value,
             (QList<ServiceCategory>{ServiceCategory::EmployeeAssistance,
                                     ServiceCategory::SuicidePrevention}));
    QVERIFY(!policy.categories().locked);
    QCOMPARE(policy.provisioningFile().value, u"/srv/org.json"_s);
    QCOMPARE(policy.hideBundledDirectory().value, true);
    QCOMPARE(policy.allowOwnEntries().value, false);
    QVERIFY(policy.allowOwnEntries().locked);
    QCOMPARE(policy.allowOwnEntries().source, file);
}

void TestPolicy::lockedLanguageIgnoresTheUsersChoice()
{
    const Policy policy({languageFrom(file, Language::French, true)}, {});
    // Neither the choice saved from the menu nor --lang overrides it.
    const PolicySetting<Language> saved
            = policy.effectiveLanguage(std::nullopt, Language::English, Language::English);
    QCOMPARE(saved.value, Language::French);
    QVERIFY(saved.locked);
    QCOMPARE(saved.source, file);
    const PolicySetting<Language> commandLine
            = policy.effectiveLanguage(Language::English, Language::English, Language::English);
    QCOMPARE(commandLine.value, Language::French);
    QCOMPARE(commandLine.source, file);
}

void TestPolicy::unlockedLanguageIsADefaultTheUserOverrides()
{
    const Policy policy({languageFrom(file, Language::French, false)}, {});
    QVERIFY(!policy.isLanguageLocked());

    const PolicySetting<Language> untouched
            = policy.effectiveLanguage(std::nullopt, std::nullopt, Language::English);
    QCOMPARE(untouched.value, Language::French);
    QCOMPARE(untouched.source, file);
    QVERIFY(!untouched.locked);

    const PolicySetting<Language> saved
            = policy.effectiveLanguage(std::nullopt, Language::English, Language::French);
    QCOMPARE(saved.value, Language::English);
    QCOMPARE(saved.source.kind, PolicySource::Kind::UserPreference);

    const PolicySetting<Language> commandLine
            = policy.effectiveLanguage(Language::French, Language::English, Language::English);
    QCOMPARE(commandLine.value, Language::French);
    QCOMPARE(commandLine.source.kind, PolicySource::Kind::CommandLine);
}

void TestPolicy::withoutAnyChoiceTheSystemsLanguage()
{
    const Policy policy;
    const PolicySetting<Language> language
            = policy.effectiveLanguage(std::nullopt, std::nullopt, Language::French);
    QCOMPARE(language.value, Language::French);
    QCOMPARE(language.source.kind, PolicySource::Kind::Default);
}

void TestPolicy::provisioningFileIsRequiredOnlyWhenNamed()
{
    QVERIFY(!Policy({}, u"/etc/helplines/directory.json"_s).provisioningFileRequired());
    PolicySettings named;
    named.provisioningFile = PolicySetting<QString>{u"/srv/org.json"_s, false, registry};
    QVERIFY(Policy({named}, u"/etc/helplines/directory.json"_s).provisioningFileRequired());
}

void TestPolicy::sourcesSayWhereTheyAre()
{
    QCOMPARE(PolicySource().key(), u"default"_s);
    QCOMPARE(file.key(), u"file"_s);
    QCOMPARE(registry.key(), u"registry"_s);
    QCOMPARE((PolicySource{PolicySource::Kind::ManagedPreferences, u"x.plist"_s}.key()),
             u"managed-preferences"_s);
    QCOMPARE((PolicySource{PolicySource::Kind::UserPreference, {}}.key()), u"user"_s);
    QCOMPARE(file.description(), file.location);
    QVERIFY(registry.description().contains(registry.location));
    QCOMPARE(Policy::keys(),
             (QStringList{u"language"_s, u"hideBundledDirectory"_s, u"callAction"_s,
                          u"categories"_s, u"provisioningFile"_s, u"allowOwnEntries"_s}));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
