#include "core/policy/policyreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const PolicySource registry{PolicySource::Kind::Registry, u"HKLM\\Software\\Policies\\Helplines"_s};

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.codeName() + u' ' + diagnostic.toString());
    return lines.join(u'\n');
}

// "code|path|line|column" of each diagnostic.
QStringList summaries(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics) {
        lines.append(u"%1|%2|%3|%4"_s.arg(diagnostic.codeName(), diagnostic.path)
                             .arg(diagnostic.line)
                             .arg(diagnostic.column));
    }
    return lines;
}

// The values of the payload of a configuration profile (a plist): strings, booleans, integers,
// arrays of strings and dictionaries, as QSettings gives them on macOS.
QVariant plistValue(QXmlStreamReader &xml);

QVariantMap plistDictionary(QXmlStreamReader &xml)
{
    QVariantMap map;
    QString key;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"key")
            key = xml.readElementText();
        else
            map.insert(key, plistValue(xml));
    }
    return map;
}

QVariant plistValue(QXmlStreamReader &xml)
{
    const QString type = xml.name().toString();
    if (type == u"string")
        return xml.readElementText();
    if (type == u"integer")
        return xml.readElementText().toInt();
    if (type == u"true" || type == u"false") {
        xml.skipCurrentElement();
        return type == u"true";
    }
    if (type == u"dict")
        return plistDictionary(xml);
    if (type == u"array") {
        QVariantList list;
        while (xml.readNextStartElement())
            list.append(plistValue(xml));
        return list;
    }
    xml.raiseError(u"unexpected plist element "_s + type);
    return {};
}

} // namespace

class TestPolicyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEverySetting();
    void lockedIsFalseUnlessSaid();
    void reportsEachProblem_data();
    void reportsEachProblem();
    void leavesOutOnlyTheSettingsInError();
    void refusesWhatIsNotAPoliciesDocument_data();
    void refusesWhatIsNotAPoliciesDocument();
    void resolvesARelativeProvisioningFileAgainstItsFolder();
    void readsRegistryAndManagedPreferenceValues();
    void reportsBadRegistryValues_data();
    void reportsBadRegistryValues();
    void tellsPoliciesFromDirectoryFiles_data();
    void tellsPoliciesFromDirectoryFiles();
    void exampleOfTheDeploymentGuideIsValid();
    void groupPolicyTemplateWritesWhatHelplinesReads();
    void macOSProfileExampleIsValid();
};

void TestPolicyReader::readsEverySetting()
{
    const QByteArray document = R"({
    "format": 1,
    "comment": "Ministry desktops, 2026",
    "language": { "value": "fr", "locked": true },
    "hideBundledDirectory": { "value": true, "locked": true },
    "callAction": { "value": "disabled", "locked": true, "comment": "no softphone" },
    "categories": { "value": ["employee-assistance", "suicide-prevention"], "locked": false },
    "provisioningFile": { "value": "/srv/helplines/directory.json" },
    "allowOwnEntries": { "value": false, "locked": true }
})";
    const PolicyReader::Result result
            = PolicyReader().read(document, u"/etc/helplines/policies.json"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QVERIFY(result.documentRead);
    QCOMPARE(result.settingCount(), 6);
    const PolicySettings &settings = result.settings;
    const PolicySource source{PolicySource::Kind::File, u"/etc/helplines/policies.json"_s};
    QCOMPARE(settings.language->value, Language::French);
    QVERIFY(settings.language->locked);
    QCOMPARE(settings.language->source, source);
    QCOMPARE(settings.hideBundledDirectory->value, true);
    QCOMPARE(settings.callAction->value, false);
    QVERIFY(settings.callAction->locked);
    QCOMPARE(settings.categories->value,
             (QList<ServiceCategory>{ServiceCategory::EmployeeAssistance,
                                     ServiceCategory::SuicidePrevention}));
    QVERIFY(!settings.categories->locked);
    QCOMPARE(settings.provisioningFile->value, u"/srv/helplines/directory.json"_s);
    QCOMPARE(settings.allowOwnEntries->value, false);
}

void TestPolicyReader::lockedIsFalseUnlessSaid()
{
    const PolicyReader::Result result = PolicyReader().read(
            R"({"format": 1, "language": {"value": "en"}, "callAction": {"value": "enabled", "locked": false}})",
            u"p.json"_s);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.settings.language->value, Language::English);
    QVERIFY(!result.settings.language->locked);
    QVERIFY(!result.settings.callAction->locked);
    QVERIFY(result.settings.callAction->value);
    QVERIFY(!result.settings.categories);
}

void TestPolicyReader::reportsEachProblem_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("expected");
    // A word the message or the hint of the first diagnostic contains.
    QTest::addColumn<QString>("substance");

    QTest::newRow("a plain value instead of a setting")
            << QByteArray(R"({"format": 1, "language": "fr"})")
            << QStringList{u"setting-not-object|language|1|27"_s}
            << u"{\"value\": \"fr\", \"locked\": true}"_s;
    QTest::newRow("misspelt key") << QByteArray(
            R"({"format": 1, "callActions": {"value": "disabled"}})")
                                  << QStringList{u"unknown-field|callActions|1|15"_s}
                                  << u"“callAction”"_s;
    QTest::newRow("another language")
            << QByteArray(R"({"format": 1, "language": {"value": "de"}})")
            << QStringList{u"unknown-value|language.value|1|37"_s} << u"fr, en"_s;
    QTest::newRow("language in upper case")
            << QByteArray(R"({"format": 1, "language": {"value": "FR"}})")
            << QStringList{u"unknown-value|language.value|1|37"_s} << u"Did you mean “fr”"_s;
    QTest::newRow("call action as a boolean")
            << QByteArray(R"({"format": 1, "callAction": {"value": false}})")
            << QStringList{u"wrong-type|callAction.value|1|39"_s} << u"a string"_s;
    QTest::newRow("misspelt call action")
            << QByteArray(R"({"format": 1, "callAction": {"value": "disable"}})")
            << QStringList{u"unknown-value|callAction.value|1|39"_s} << u"“disabled”"_s;
    QTest::newRow("no category") << QByteArray(R"({"format": 1, "categories": {"value": []}})")
                                 << QStringList{u"empty-value|categories.value|1|39"_s}
                                 << u"employee-assistance"_s;
    QTest::newRow("unknown and repeated categories")
            << QByteArray(
                       R"({"format": 1, "categories": {"value": ["youth", "Youth", "youth", "addictions"]}})")
            << QStringList{u"unknown-value|categories.value[1]|1|49"_s,
                           u"duplicate-value|categories.value[2]|1|58"_s,
                           u"unknown-value|categories.value[3]|1|67"_s}
            << u"Did you mean “youth”"_s;
    QTest::newRow("locked as a string")
            << QByteArray(R"({"format": 1, "allowOwnEntries": {"value": true, "locked": "yes"}})")
            << QStringList{u"wrong-type|allowOwnEntries.locked|1|60"_s} << u"true or false"_s;
    QTest::newRow("a setting without its value")
            << QByteArray(R"({"format": 1, "hideBundledDirectory": {"locked": true}})")
            << QStringList{u"missing-field|hideBundledDirectory.value|1|39"_s} << u"“value”"_s;
    QTest::newRow("a misspelt member of a setting")
            << QByteArray(R"({"format": 1, "language": {"value": "fr", "lock": true}})")
            << QStringList{u"unknown-field|language.lock|1|43"_s} << u"“locked”"_s;
    QTest::newRow("an empty provisioning file")
            << QByteArray(R"({"format": 1, "provisioningFile": {"value": " "}})")
            << QStringList{u"empty-value|provisioningFile.value|1|45"_s} << u"directory.json"_s;
    QTest::newRow("no format") << QByteArray(R"({"language": {"value": "fr"}})")
                               << QStringList{u"missing-field|format|1|1"_s} << u"\"format\": 1"_s;
    QTest::newRow("another format")
            << QByteArray(R"({"format": 2, "language": {"value": "fr"}})")
            << QStringList{u"unsupported-format|format|1|12"_s} << u"format 2"_s;
    QTest::newRow("not an object")
            << QByteArray(R"(["fr"])") << QStringList{u"wrong-type||1|1"_s} << u"an object"_s;
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,\n \"language\": {\"value\": 'fr'}}")
                              << QStringList{u"json||2|24"_s} << u"quote"_s;
}

void TestPolicyReader::reportsEachProblem()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, expected);
    QFETCH(QString, substance);
    const PolicyReader::Result result = PolicyReader().read(document, u"policies.json"_s);
    QVERIFY2(summaries(result.diagnostics) == expected, qPrintable(describe(result.diagnostics)));
    const Diagnostic &first = result.diagnostics.first();
    QVERIFY2((first.message() + u' ' + first.hint()).contains(substance),
             qPrintable(first.toString()));
    QCOMPARE(first.file, u"policies.json"_s);
}

void TestPolicyReader::leavesOutOnlyTheSettingsInError()
{
    const PolicyReader::Result result = PolicyReader().read(
            R"({"format": 1, "language": {"value": "fr", "locked": true},
                "categories": {"value": ["youth", "nonsense"], "locked": true},
                "callAction": {"value": "disabled", "locked": 1}})",
            u"p.json"_s);
    QVERIFY(result.documentRead);
    QCOMPARE(result.errorCount(), 2);
    QCOMPARE(result.settingCount(), 1);
    QVERIFY(result.settings.language);
    QVERIFY(!result.settings.categories);
    QVERIFY(!result.settings.callAction);
}

void TestPolicyReader::refusesWhatIsNotAPoliciesDocument_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("syntax error") << QByteArray(R"({"format": 1, "language": {"value": "fr"},})");
    QTest::newRow("format 2") << QByteArray(R"({"format": 2, "language": {"value": "fr"}})");
    QTest::newRow("array") << QByteArray("[]");
}

void TestPolicyReader::refusesWhatIsNotAPoliciesDocument()
{
    QFETCH(QByteArray, document);
    const PolicyReader::Result result = PolicyReader().read(document, u"p.json"_s);
    QVERIFY(result.hasErrors());
    QCOMPARE(result.settingCount(), 0);
    QVERIFY(result.settings.isEmpty());
}

void TestPolicyReader::resolvesARelativeProvisioningFileAgainstItsFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"policies.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "provisioningFile": {"value": "ministry/directory.json"}})");
    file.close();
    const PolicyReader::Result result = PolicyReader().readFile(path);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.settings.provisioningFile->value,
             QDir(folder.path()).filePath(u"ministry/directory.json"_s));
    QCOMPARE(result.settings.provisioningFile->source.location, path);
}

void TestPolicyReader::readsRegistryAndManagedPreferenceValues()
{
    // As QSettings gives them: REG_SZ as strings, REG_DWORD as numbers, REG_MULTI_SZ and plist
    // arrays as lists, plist booleans as booleans; registry names in any case.
    const QVariantMap values{
            {u"Language"_s, u"fr"_s},
            {u"hidebundleddirectory"_s, 1},
            {u"CallAction"_s, u"Disabled"_s},
            {u"Categories"_s, u"employee-assistance; suicide-prevention,youth"_s},
            {u"ProvisioningFile"_s, u"/srv/helplines/directory.json"_s},
            {u"AllowOwnEntries"_s, false},
    };
    const PolicyReader::Result result = PolicyReader::readValues(values, true, registry);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.settingCount(), 6);
    const PolicySettings &settings = result.settings;
    QCOMPARE(settings.language->value, Language::French);
    QVERIFY(settings.language->locked);
    QCOMPARE(settings.language->source, registry);
    QCOMPARE(settings.hideBundledDirectory->value, true);
    QCOMPARE(settings.callAction->value, false);
    QCOMPARE(settings.categories->value,
             (QList<ServiceCategory>{ServiceCategory::EmployeeAssistance,
                                     ServiceCategory::SuicidePrevention, ServiceCategory::Youth}));
    QCOMPARE(settings.provisioningFile->value, u"/srv/helplines/directory.json"_s);
    QCOMPARE(settings.allowOwnEntries->value, false);

    const PolicyReader::Result recommended
            = PolicyReader::readValues({{u"Categories"_s, QStringList{u"violence"_s, u"youth"_s}},
                                        {u"HideBundledDirectory"_s, u"0"_s}},
                                       false, registry);
    QVERIFY(recommended.diagnostics.isEmpty());
    QVERIFY(!recommended.settings.categories->locked);
    QCOMPARE(recommended.settings.categories->value,
             (QList<ServiceCategory>{ServiceCategory::Violence, ServiceCategory::Youth}));
    QCOMPARE(recommended.settings.hideBundledDirectory->value, false);
}

void TestPolicyReader::reportsBadRegistryValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("a language of another country")
            << u"Language"_s << QVariant(u"de"_s) << u"unknown-value"_s;
    QTest::newRow("a number for a language") << u"Language"_s << QVariant(1) << u"wrong-type"_s;
    QTest::newRow("a boolean of 2") << u"HideBundledDirectory"_s << QVariant(2) << u"wrong-type"_s;
    QTest::newRow("a boolean in words")
            << u"AllowOwnEntries"_s << QVariant(u"yes"_s) << u"wrong-type"_s;
    QTest::newRow("an unknown category")
            << u"Categories"_s << QVariant(u"youth, adults"_s) << u"unknown-value"_s;
    QTest::newRow("no category") << u"Categories"_s << QVariant(u" ; "_s) << u"empty-value"_s;
    QTest::newRow("a relative path")
            << u"ProvisioningFile"_s << QVariant(u"directory.json"_s) << u"not-absolute-path"_s;
    QTest::newRow("a misspelt name")
            << u"CallActions"_s << QVariant(u"disabled"_s) << u"unknown-field"_s;
}

void TestPolicyReader::reportsBadRegistryValues()
{
    QFETCH(QString, name);
    QFETCH(QVariant, value);
    QFETCH(QString, code);
    const PolicyReader::Result result = PolicyReader::readValues({{name, value}}, true, registry);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &diagnostic = result.diagnostics.first();
    QCOMPARE(diagnostic.codeName(), code);
    QCOMPARE(diagnostic.path, name);
    QCOMPARE(diagnostic.file, registry.location);
    QCOMPARE(diagnostic.line, 0);
    // The line helplines-cli policy prints names the key and the value, without a position.
    QVERIFY2(diagnostic.toString().startsWith(registry.location + u": "_s),
             qPrintable(diagnostic.toString()));
    QVERIFY(!diagnostic.message().isEmpty());
    QCOMPARE(result.settingCount(), 0);
}

void TestPolicyReader::tellsPoliciesFromDirectoryFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("policies");

    QTest::newRow("named policies.json, even broken")
            << u"/etc/helplines/policies.json"_s << QByteArray("{") << true;
    QTest::newRow("named otherwise, with settings")
            << u"ministry.json"_s
            << QByteArray(R"({"format": 1, "callAction": {"value": "disabled"}})") << true;
    QTest::newRow("a directory file")
            << u"directory.json"_s
            << QByteArray(R"({"format": 1, "publisher": {}, "services": [], "language": 1})")
            << false;
    QTest::newRow("neither") << u"x.json"_s << QByteArray(R"({"format": 1})") << false;
    QTest::newRow("not JSON") << u"x.json"_s << QByteArray("language") << false;
}

void TestPolicyReader::tellsPoliciesFromDirectoryFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, document);
    QFETCH(bool, policies);
    QCOMPARE(PolicyReader::isPoliciesDocument(name, document), policies);
}

void TestPolicyReader::exampleOfTheDeploymentGuideIsValid()
{
    const QString path = QFINDTESTDATA("../../packaging/examples/policies.json");
    QVERIFY(!path.isEmpty());
    const PolicyReader::Result result = PolicyReader().readFile(path);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.settingCount(), 6);
}

void TestPolicyReader::groupPolicyTemplateWritesWhatHelplinesReads()
{
    // What each policy of the administrative template writes when enabled, read back as
    // QSettings gives registry values: an enum's strings, decimals (REG_DWORD), multiText
    // (REG_MULTI_SZ, a list), text (REG_SZ).
    QFile file(QFINDTESTDATA("../../packaging/windows/policy/helplines.admx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QString, QVariantMap> byKey;
    QStringList names;
    QString key;
    QString valueName;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attribute = [&xml](const QString &name) {
            return xml.attributes().value(name).toString();
        };
        if (xml.name() == u"policy") {
            key = attribute(u"key"_s);
            valueName = attribute(u"valueName"_s);
            QVERIFY2(key == u"Software\\Policies\\Helplines"_s
                             || key == u"Software\\Policies\\Helplines\\Recommended"_s,
                     qPrintable(key));
            QCOMPARE(attribute(u"class"_s), u"Machine"_s);
        } else if (xml.name() == u"enabledValue" || xml.name() == u"disabledValue") {
            const bool enabled = xml.name() == u"enabledValue";
            xml.readNextStartElement();
            QCOMPARE(xml.name(), u"decimal"_s);
            const int value = attribute(u"value"_s).toInt();
            QCOMPARE(value, enabled ? 1 : 0);
            if (enabled)
                byKey[key].insert(valueName, value);
            names.append(valueName);
        } else if (xml.name() == u"enum") {
            valueName = attribute(u"valueName"_s);
            names.append(valueName);
            QStringList values;
            while (!(xml.isEndElement() && xml.name() == u"enum")) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"string")
                    values.append(xml.readElementText());
            }
            // Every item is a value Helplines accepts.
            for (const QString &value : std::as_const(values)) {
                const PolicyReader::Result read
                        = PolicyReader::readValues({{valueName, value}}, true, registry);
                QVERIFY2(read.diagnostics.isEmpty(), qPrintable(describe(read.diagnostics)));
            }
            byKey[key].insert(valueName, values.first());
        } else if (xml.name() == u"multiText") {
            valueName = attribute(u"valueName"_s);
            names.append(valueName);
            byKey[key].insert(valueName, QStringList{u"employee-assistance"_s, u"deaf-access"_s});
        } else if (xml.name() == u"text") {
            valueName = attribute(u"valueName"_s);
            names.append(valueName);
            byKey[key].insert(valueName, u"C:/ProgramData/Helplines/ministry.json"_s);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Every key of the registry, locked; and the language as a default.
    names.removeDuplicates();
    names.sort();
    QStringList expected = PolicyReader::valueNames();
    expected.sort();
    QCOMPARE(names, expected);
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
        const bool locked = !it.key().endsWith(u"Recommended"_s);
        const PolicyReader::Result read = PolicyReader::readValues(it.value(), locked, registry);
#if !defined(Q_OS_WIN)
        // "C:/..." is an absolute path on Windows only.
        if (it.value().contains(u"ProvisioningFile"_s)) {
            QCOMPARE(read.diagnostics.size(), 1);
            QCOMPARE(read.diagnostics.first().codeName(), u"not-absolute-path"_s);
            QCOMPARE(read.settingCount(), it.value().size() - 1);
            continue;
        }
#endif
        QVERIFY2(read.diagnostics.isEmpty(), qPrintable(describe(read.diagnostics)));
        QCOMPARE(read.settingCount(), it.value().size());
    }
    QCOMPARE(byKey.value(u"Software\\Policies\\Helplines"_s).size(), 6);
    QCOMPARE(byKey.value(u"Software\\Policies\\Helplines\\Recommended"_s).keys(),
             QStringList{u"Language"_s});
}

void TestPolicyReader::macOSProfileExampleIsValid()
{
    QFile file(QFINDTESTDATA("../../packaging/macos/helplines.mobileconfig"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"plist"_s);
    QVERIFY(xml.readNextStartElement());
    const QVariantMap profile = plistDictionary(xml);
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(profile.value(u"PayloadType"_s).toString(), u"Configuration"_s);
    const QVariantList content = profile.value(u"PayloadContent"_s).toList();
    QCOMPARE(content.size(), 1);
    QVariantMap payload = content.first().toMap();
    // The payload's type is the preference domain: the application's id.
    QCOMPARE(payload.value(u"PayloadType"_s).toString(), u"fr.helplines.Helplines"_s);
    const QVariantMap recommended = payload.take(u"Recommended"_s).toMap();
    for (const QString &name : payload.keys()) {
        if (name.startsWith(u"Payload"_s))
            payload.remove(name);
    }
    const PolicySource source{PolicySource::Kind::ManagedPreferences,
                              u"/Library/Managed Preferences/fr.helplines.Helplines.plist"_s};
    const PolicyReader::Result locked = PolicyReader::readValues(payload, true, source);
    QVERIFY2(locked.diagnostics.isEmpty(), qPrintable(describe(locked.diagnostics)));
    QCOMPARE(locked.settingCount(), 5);
    QCOMPARE(locked.settings.callAction->value, false);
    QCOMPARE(locked.settings.categories->value.size(), 8);
    const PolicyReader::Result defaults = PolicyReader::readValues(recommended, false, source);
    QVERIFY(defaults.diagnostics.isEmpty());
    QCOMPARE(defaults.settings.language->value, Language::French);
    QVERIFY(!defaults.settings.language->locked);
}

QTEST_GUILESS_MAIN(TestPolicyReader)
#include "tst_policyreader.moc"
