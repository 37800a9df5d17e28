#include "core/directory/directoryreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QDate today(2026, 11, 23);

DirectoryReader reader()
{
    DirectoryReader::Options options;
    options.today = today;
    return DirectoryReader(options);
}

// A valid service on one line, which rows change with replace().
const QString baseService = uR"({"id": "line-a", "name": {"fr": "Ligne A", "en": "Line A"}, )"
                            uR"("category": "listening", "scope": "national", )"
                            uR"("contacts": [{"kind": "phone", "value": "0 800 130 000"}], )"
                            uR"("source": "https://example.org/a", "verified": "2026-01-15"})"_s;

// A document whose line 2 is the given services and line 1 everything before them.
QString documentWith(const QString &services)
{
    return u"{\"format\": 1, \"publisher\": {\"name\": {\"fr\": \"Éditeur\", \"en\": "
           u"\"Publisher\"}, \"updated\": \"2026-11-01\"}, \"services\": [\n"_s
           + services + u"\n]}\n"_s;
}

QString serviceWith(const QString &from, const QString &to)
{
    QString service = baseService;
    if (!service.contains(from))
        qFatal("The base service has no %s", qPrintable(from));
    return service.replace(from, to);
}

// "error|missing-field|services[0].source|2|{|source": severity, code, path, line, a marker
// whose first occurrence on that line is where the diagnostic must point (its column; "#2"
// after it for the second occurrence; empty for column 1), and a text that the message or
// the hint must contain.
struct Expectation
{
    QString severity;
    QString code;
    QString path;
    int line = 0;
    int column = 0;
    QString substance;
};

Expectation parseExpectation(const QString &document, const QString &text)
{
    const QStringList parts = text.split(u'|');
    if (parts.size() != 6)
        qFatal("Bad expectation %s", qPrintable(text));
    Expectation expectation;
    expectation.severity = parts[0];
    expectation.code = parts[1];
    expectation.path = parts[2];
    expectation.line = parts[3].toInt();
    expectation.substance = parts[5];
    QString marker = parts[4];
    int occurrence = 1;
    const qsizetype hash = marker.lastIndexOf(u'#');
    if (hash > 0) {
        occurrence = marker.mid(hash + 1).toInt();
        marker.truncate(hash);
    }
    if (marker.isEmpty()) {
        expectation.column = 1;
        return expectation;
    }
    const QString line = document.split(u'\n').value(expectation.line - 1);
    qsizetype index = -1;
    for (int i = 0; i < occurrence; ++i) {
        index = line.indexOf(marker, index + 1);
        if (index < 0)
            qFatal("Marker %s not found in line %d", qPrintable(marker), expectation.line);
    }
    // Columns count characters; all the test documents are in the Basic Multilingual Plane.
    expectation.column = int(index) + 1;
    return expectation;
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.codeName() + u" "_s + diagnostic.toString());
    return lines.join(u'\n');
}

} // namespace

class TestDirectoryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidFileWithoutDiagnostics();
    void readsEveryField();
    void documentationExampleValidates();
    void reportsEachProblem_data();
    void reportsEachProblem();
    void leavesOutInvalidServicesOnly();
    void pointsAtTheCharacterInsideAString();
    void reportsFilesThatCannotBeRead();
    void reportsBadFileFromDisk();
    void formatsDiagnosticsForTheCommandLine();
    void everyCodeHasMessageAndName();
    void readsOneServiceObject();
    void checksDatesOnlyAgainstTheGivenToday();
    void readsLargeDirectoryQuickly();
    void readsAUsersOwnEntryWithoutProvenance();
    void refusesThePersonalScopeInFiles();
    void provisioningChangesOnlyTheFieldsItHas();
    void provisioningChecksWhatItChanges_data();
    void provisioningChecksWhatItChanges();
    void provisioningHidesBaseServicesWithReasons();
    void pinnedIsReadEverywhere();
};

void TestDirectoryReader::readsValidFileWithoutDiagnostics()
{
    const QString path = QFINDTESTDATA("../data/directory/valid.json");
    QVERIFY(!path.isEmpty());
    const DirectoryReader::Result result = reader().readFile(path);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QVERIFY(!result.hasErrors());
    QVERIFY(result.documentRead);
    QCOMPARE(result.directory.services.size(), 3);
    QCOMPARE(result.directory.emergencyNumbers.size(), 3);
    QCOMPARE(result.rejectedServices, 0);
}

void TestDirectoryReader::readsEveryField()
{
    const DirectoryReader::Result result
            = reader().readFile(QFINDTESTDATA("../data/directory/valid.json"));
    const Directory &directory = result.directory;
    QCOMPARE(directory.format, 1);
    QCOMPARE(directory.publisher.fr, u"Ministère de l'Exemple"_s);
    QCOMPARE(directory.publisher.en, u"Ministry of Examples"_s);
    QCOMPARE(directory.publisherUrl, u"https://www.example.gouv.fr/"_s);
    QCOMPARE(directory.updated, QDate(2026, 11, 20));
    QCOMPARE(directory.hiddenIds, (QStringList{u"old-national-line"_s, u"closed-line-2019"_s}));

    const EmergencyNumber &sms = directory.emergencyNumbers.at(2);
    QCOMPARE(sms.id, u"114"_s);
    QCOMPARE(sms.number, u"114"_s);
    QCOMPARE(sms.kind, ContactKind::Sms);
    QCOMPARE(sms.name.en, u"114 by text message"_s);
    QVERIFY(directory.emergencyNumbers.at(1).description.isEmpty());

    const Service *staff = directory.service(u"example-staff-line");
    QVERIFY(staff);
    QCOMPARE(staff->name.fr, u"Écoute des agents"_s);
    QCOMPARE(staff->description.fr, u"Psychologues à l'écoute des agents, « sans jugement »."_s);
    QCOMPARE(staff->description.en, u"Psychologists listening to staff, \"without judgement\"."_s);
    QCOMPARE(staff->audience.en, u"All staff"_s);
    QCOMPARE(staff->organisation.fr, u"Ministère de l'Exemple"_s);
    QCOMPARE(staff->category, ServiceCategory::EmployeeAssistance);
    QCOMPARE(staff->scope, ServiceScope::Organisation);
    QCOMPARE(staff->contacts.size(), 4);
    QCOMPARE(staff->contacts.at(0).kind, ContactKind::Phone);
    QCOMPARE(staff->contacts.at(0).value, u"0 800 130 000"_s);
    QCOMPARE(staff->contacts.at(0).label.fr, u"Écoute téléphonique"_s);
    QCOMPARE(staff->contacts.at(2).kind, ContactKind::Chat);
    QCOMPARE(staff->contacts.at(2).hours, u"Mo-Fr 14:00-24:00"_s);
    QCOMPARE(staff->contacts.at(3).kind, ContactKind::Video);
    QCOMPARE(staff->contacts.at(3).note.en, u"By appointment."_s);
    QCOMPARE(staff->hours, u"24/7"_s);
    QCOMPARE(staff->timeZone, u"Europe/Paris"_s);
    QCOMPARE(staff->holidays, u"FR"_s);
    QCOMPARE(staff->cost, Cost::Free);
    QCOMPARE(staff->anonymous, std::optional<bool>(true));
    QCOMPARE(staff->accessibility, (QList<AccessibilityFeature>{AccessibilityFeature::SignLanguage,
                                                                AccessibilityFeature::Relay}));
    QCOMPARE(staff->accessibilityNote.en, u"Video sessions with a signing psychologist."_s);
    QCOMPARE(staff->languages, (QStringList{u"fr"_s, u"en"_s, u"fsl"_s}));
    QCOMPARE(staff->source, u"https://www.example.gouv.fr/ecoute"_s);
    QCOMPARE(staff->verified, QDate(2026, 11, 23));
    QCOMPARE(staff->status, ServiceStatus::Active);
    QVERIFY(!staff->location);

    const Service *reunion = directory.service(u"reunion-listening");
    QVERIFY(reunion);
    QCOMPARE(reunion->scope, ServiceScope::Regional);
    QCOMPARE(reunion->region, u"FR-974"_s);
    QCOMPARE(reunion->contacts.at(1).kind, ContactKind::Sms);
    QCOMPARE(reunion->contacts.at(2).kind, ContactKind::Email);
    QCOMPARE(reunion->contacts.at(2).value, u"ecoute@example.re"_s);
    QCOMPARE(reunion->hoursNote.en, u"Hours announced in 2025."_s);
    QCOMPARE(reunion->timeZone, u"Indian/Reunion"_s);
    QCOMPARE(reunion->holidays, u"FR-974"_s);
    QVERIFY(reunion->location);
    QCOMPARE(reunion->location->latitude, -20.8789);
    QCOMPARE(reunion->location->longitude, 55.4481);
    QCOMPARE(reunion->cost, Cost::LocalRate);
    QCOMPARE(reunion->costNote.fr, u"Prix d'un appel local."_s);
    QCOMPARE(reunion->anonymous, std::optional<bool>(false));
    QCOMPARE(reunion->status, ServiceStatus::Unverified);
    QCOMPARE(reunion->statusNote.en, u"Hours to be confirmed."_s);

    // Defaults of absent fields.
    const Service *youth = directory.service(u"occitanie-youth");
    QVERIFY(youth);
    QCOMPARE(youth->timeZone, u"Europe/Paris"_s);
    QCOMPARE(youth->holidays, u"FR"_s);
    QCOMPARE(youth->cost, Cost::Unknown);
    QCOMPARE(youth->status, ServiceStatus::Active);
    QVERIFY(!youth->anonymous);
    QVERIFY(youth->description.isEmpty());
    QCOMPARE(youth->contacts.at(1).value, u"https://www.example.org/jeunes?lang=fr#contact"_s);
}

void TestDirectoryReader::documentationExampleValidates()
{
    const QString path = QFINDTESTDATA("../../docs/directory-format.md");
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    // Every ```json block of the document that is a whole directory must validate.
    static const QRegularExpression block(u"```json\\n(.*?)```"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    int examples = 0;
    for (auto match = block.globalMatch(markdown); match.hasNext();) {
        const QString json = match.next().captured(1);
        if (!json.contains(u"\"format\""))
            continue;
        ++examples;
        const DirectoryReader::Result result
                = reader().read(json.toUtf8(), u"directory-format.md"_s);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(!result.directory.services.isEmpty());
    }
    QVERIFY(examples >= 1);
}

void TestDirectoryReader::reportsEachProblem_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("services");

    const auto row = [](const char *name, const QString &document, const QStringList &expected,
                        int services) {
        QTest::newRow(name) << document << expected << services;
    };
    const auto serviceRow = [&row](const char *name, const QString &from, const QString &to,
                                   const QStringList &expected, int services) {
        row(name, documentWith(serviceWith(from, to)), expected, services);
    };
    const QString contact = uR"({"kind": "phone", "value": "0 800 130 000"})"_s;
    const auto contactRow = [&](const char *name, const QString &replacement,
                                const QStringList &expected, int services) {
        serviceRow(name, contact, replacement, expected, services);
    };
    const QString s0 = u"services[0]"_s;

    // clang-format off
    // Accepted variants: no diagnostic.
    serviceRow("email contact", contact, uR"({"kind": "email", "value": "contact@example.fr"})"_s, {}, 1);
    serviceRow("regional with region", uR"("scope": "national")"_s, uR"("scope": "regional", "region": "FR-OCC")"_s, {}, 1);
    serviceRow("overseas service", uR"("0 800 130 000"})"_s, uR"("0262 16 12 34"}], "holidays": "FR-974", "timezone": "Indian/Reunion", "x": [0)"_s,
               {u"warning|unknown-field|services[0].x|2|\"x\"|Unknown field “x”"_s}, 1);

    // Required fields and types.
    serviceRow("missing source", uR"("source": "https://example.org/a", )"_s, QString(),
               {u"error|missing-field|services[0].source|2||The required field “source” is missing."_s}, 0);
    serviceRow("missing name and verified", uR"("name": {"fr": "Ligne A", "en": "Line A"}, )"_s, QString(),
               {u"error|missing-field|services[0].name|2||“name”"_s}, 0);
    serviceRow("missing verified", uR"(, "verified": "2026-01-15")"_s, QString(),
               {u"error|missing-field|services[0].verified|2||\"verified\": \"2026-11-23\""_s}, 0);
    serviceRow("empty id", uR"("id": "line-a")"_s, uR"("id": "  ")"_s,
               {u"error|empty-value|services[0].id|2|\"  \"|“id” is empty"_s}, 0);
    serviceRow("id of wrong type", uR"("id": "line-a")"_s, uR"("id": 12)"_s,
               {u"error|wrong-type|services[0].id|2|12|“id” must be a string, not a number."_s}, 0);
    serviceRow("anonymous as a string", uR"("scope": "national")"_s, uR"("scope": "national", "anonymous": "yes")"_s,
               {u"error|wrong-type|services[0].anonymous|2|\"yes\"|must be true or false, not a string"_s}, 0);
    serviceRow("contacts not an array", uR"([{"kind": "phone", "value": "0 800 130 000"}])"_s, uR"({"kind": "phone"})"_s,
               {u"error|wrong-type|services[0].contacts|2|{\"kind\"|an array, not an object"_s}, 0);
    serviceRow("no contact", uR"([{"kind": "phone", "value": "0 800 130 000"}])"_s, u"[]"_s,
               {u"error|empty-value|services[0].contacts|2|[]|“contacts” is empty"_s}, 0);
    row("service not an object", documentWith(u"42"_s),
        {u"error|wrong-type|services[0]|2||“services” must be an object, not a number."_s}, 0);

    // Unknown fields.
    serviceRow("unknown field with a near miss", uR"("scope": "national")"_s, uR"("scope": "national", "time_zone": "Europe/Paris")"_s,
               {u"warning|unknown-field|services[0].time_zone|2|\"time_zone\"|Did you mean “timezone”?"_s}, 1);
    serviceRow("misspelt field", uR"("category")"_s, uR"("catgory")"_s,
               {u"error|missing-field|services[0].category|2||“category”"_s,
                u"warning|unknown-field|services[0].catgory|2|\"catgory\"|Did you mean “category”?"_s}, 0);
    serviceRow("unknown field without suggestion", uR"("scope": "national")"_s, uR"("scope": "national", "colour": "red")"_s,
               {u"warning|unknown-field|services[0].colour|2|\"colour\"|audience, organisation"_s}, 1);

    // Bilingual texts.
    serviceRow("plain string instead of a text", uR"({"fr": "Ligne A", "en": "Line A"})"_s, uR"("Ligne A")"_s,
               {u"error|text-not-bilingual|services[0].name|2|\"Ligne A\"|{\"fr\": \"Ligne A\", \"en\": \"…\"}"_s}, 0);
    serviceRow("text in French only", uR"({"fr": "Ligne A", "en": "Line A"})"_s, uR"({"fr": "Ligne A"})"_s,
               {u"warning|missing-translation|services[0].name|2|{\"fr\": \"Ligne A\"}|The English translation of “name” is missing."_s}, 1);
    serviceRow("text in English only", uR"("scope": "national")"_s, uR"("scope": "national", "audience": {"en": "Everyone"})"_s,
               {u"warning|missing-translation|services[0].audience|2|{\"en\"|The French text of “audience” is missing."_s}, 1);
    serviceRow("required text empty", uR"({"fr": "Ligne A", "en": "Line A"})"_s, uR"({"fr": " ", "en": ""})"_s,
               {u"error|empty-text|services[0].name|2|{\"fr\": \" \"|neither a French nor an English text"_s}, 0);
    serviceRow("optional text empty", uR"("scope": "national")"_s, uR"("scope": "national", "description": {})"_s,
               {u"warning|empty-text|services[0].description|2|{}|neither a French nor an English text"_s}, 1);
    serviceRow("text with a misspelt language", uR"({"fr": "Ligne A", "en": "Line A"})"_s, uR"({"FR": "Ligne A", "en": "Line A"})"_s,
               {u"warning|missing-translation|services[0].name|2|{\"FR\"|French text"_s,
                u"warning|unknown-field|services[0].name.FR|2|\"FR\"|Did you mean “fr”?"_s}, 1);
    serviceRow("text of a wrong type", uR"({"fr": "Ligne A", "en": "Line A"})"_s, uR"(["Ligne A"])"_s,
               {u"error|wrong-type|services[0].name|2|[\"Ligne A\"]|must be a text {\"fr\": …, \"en\": …}, not an array"_s}, 0);
    serviceRow("translation of a wrong type", uR"("en": "Line A")"_s, uR"("en": 1)"_s,
               {u"error|wrong-type|services[0].name.en|2|1}|“en” must be a string, not a number."_s}, 0);

    // Provenance: an active record needs source and verified; an unverified or historical one
    // may lack them, with a status note.
    serviceRow("unverified without source, with a note", uR"("source": "https://example.org/a", )"_s,
               uR"("status": "historical", "status_note": {"fr": "Document de 2020.", "en": "Document of 2020."}, )"_s,
               {u"warning|missing-provenance|services[0].source|2||nothing says where the facts were checked"_s}, 1);
    serviceRow("unverified without date nor note", uR"(, "verified": "2026-01-15")"_s, uR"(, "status": "unverified")"_s,
               {u"warning|missing-provenance|services[0].verified|2||when the facts were last checked"_s,
                u"error|missing-status-note|services[0].status_note|2||needs a “status_note”"_s}, 0);
    serviceRow("unknown status without source", uR"("source": "https://example.org/a", )"_s, uR"("status": "old", )"_s,
               {u"error|missing-field|services[0].source|2||The required field “source” is missing."_s,
                u"error|unknown-value|services[0].status|2|\"old\"|active, unverified, historical"_s}, 0);

    // Identifiers.
    serviceRow("id with capitals and spaces", uR"("id": "line-a")"_s, uR"("id": "Ligne Écoute A")"_s,
               {u"error|invalid-id|services[0].id|2|\"Ligne|such as “ligne-ecoute-a”"_s}, 0);
    serviceRow("id too long", uR"("id": "line-a")"_s, u"\"id\": \"%1\""_s.arg(QString(65, u'a')),
               {u"error|invalid-id|services[0].id|2|\"aaa|at most 64 characters"_s}, 0);
    serviceRow("id ending with a dash", uR"("id": "line-a")"_s, uR"("id": "line-")"_s,
               {u"error|invalid-id|services[0].id|2|\"line-\"|“line-” is not a valid identifier."_s}, 0);
    row("duplicate ids", documentWith(baseService + u",\n"_s + baseService),
        {u"error|duplicate-id|services[1].id|3|\"line-a\"|already used on line 2"_s}, 1);

    // Keys of enumerations.
    serviceRow("unknown category with a near miss", uR"("listening")"_s, uR"("Suicide-Prevention")"_s,
               {u"error|unknown-value|services[0].category|2|\"Suicide|Did you mean “suicide-prevention”?"_s}, 0);
    serviceRow("unknown scope", uR"("national")"_s, uR"("local")"_s,
               {u"error|unknown-value|services[0].scope|2|\"local\"|organisation, national, regional"_s}, 0);
    serviceRow("unknown cost", uR"("scope": "national")"_s, uR"("scope": "national", "cost": "gratuit")"_s,
               {u"error|unknown-value|services[0].cost|2|\"gratuit\"|free, local-rate, premium-rate"_s}, 0);
    serviceRow("unknown status", uR"("scope": "national")"_s, uR"("scope": "national", "status": "inactive")"_s,
               {u"error|unknown-value|services[0].status|2|\"inactive\"|active, unverified, historical"_s}, 0);
    contactRow("unknown contact kind", uR"({"kind": "fax", "value": "0 800 130 000"})"_s,
               {u"error|unknown-value|services[0].contacts[0].kind|2|\"fax\"|phone, sms, video, chat, email, web"_s}, 0);
    serviceRow("accessibility problems", uR"("scope": "national")"_s,
               uR"("scope": "national", "accessibility": ["sign-language", "braille", "sign-language", 3])"_s,
               {u"error|unknown-value|services[0].accessibility[1]|2|\"braille\"|cued-speech, real-time-text"_s,
                u"warning|duplicate-value|services[0].accessibility[2]|2|\"sign-language\"#2|lists “sign-language” more than once"_s,
                u"error|wrong-type|services[0].accessibility[3]|2|3]|must be a string"_s}, 0);
    serviceRow("languages problems", uR"("scope": "national")"_s,
               uR"("scope": "national", "languages": ["fr", "French", "fr"])"_s,
               {u"error|invalid-language|services[0].languages[1]|2|\"French\"|“French” is not a language code."_s,
                u"warning|duplicate-value|services[0].languages[2]|2|\"fr\"]|lists “fr” more than once"_s}, 0);

    // Regions.
    serviceRow("regional without region", uR"("national")"_s, uR"("regional")"_s,
               {u"error|missing-region|services[0].region|2|\"regional\"|A regional service needs a “region”."_s}, 0);
    serviceRow("invalid region", uR"("scope": "national")"_s, uR"("scope": "regional", "region": "Occitanie")"_s,
               {u"error|invalid-region|services[0].region|2|\"Occitanie\"|FR-OCC"_s}, 0);
    serviceRow("region of a national service", uR"("scope": "national")"_s, uR"("scope": "national", "region": "FR-OCC")"_s,
               {u"warning|unused-region|services[0].region|2|\"FR-OCC\"|scope is “national”"_s}, 1);

    // Phone numbers.
    contactRow("number too short", uR"({"kind": "phone", "value": "0 800 130 00"})"_s,
               {u"error|invalid-phone-number|services[0].contacts[0].value|2|\"0 800 130 00\"|is too short: it has 9 digit"_s}, 0);
    contactRow("number with a tel: parameter", uR"({"kind": "phone", "value": "3114;phone-context=evil"})"_s,
               {u"error|invalid-phone-number|services[0].contacts[0].value|2|;phone|contains “;”"_s}, 0);
    contactRow("number with a query", uR"({"kind": "sms", "value": "tel:3114?body=x"})"_s,
               {u"error|invalid-phone-number|services[0].contacts[0].value|2|tel:|contains “t”"_s}, 0);
    contactRow("unknown short number", uR"({"kind": "phone", "value": "4444"})"_s,
               {u"error|invalid-phone-number|services[0].contacts[0].value|2|\"4444\"|“4444” is not a known short number."_s}, 0);
    contactRow("premium-rate number", uR"({"kind": "phone", "value": "0 892 70 12 38"})"_s,
               {u"warning|premium-rate-number|services[0].contacts[0].value|2|\"0 892|premium-rate number"_s}, 1);
    contactRow("foreign number", uR"({"kind": "phone", "value": "+44 20 7946 0000"})"_s,
               {u"warning|foreign-number|services[0].contacts[0].value|2|\"+44|(region GB)"_s}, 1);
    contactRow("number of a wrong type", uR"({"kind": "phone", "value": 3114})"_s,
               {u"error|wrong-type|services[0].contacts[0].value|2|3114|“value” must be a string, not a number."_s}, 0);
    contactRow("contact without value", uR"({"kind": "phone"})"_s,
               {u"error|missing-field|services[0].contacts[0].value|2|{\"kind\"|“value”"_s}, 0);

    // Addresses.
    contactRow("chat over ftp", uR"({"kind": "chat", "value": "ftp://example.org/chat"})"_s,
               {u"error|unsupported-url-scheme|services[0].contacts[0].value|2|\"ftp:|starts with “ftp:”"_s}, 0);
    contactRow("web page over http", uR"({"kind": "web", "value": "http://example.org/"})"_s,
               {u"warning|insecure-url|services[0].contacts[0].value|2|\"http:|is not secure"_s}, 1);
    contactRow("web page without scheme", uR"({"kind": "web", "value": "www.example.org"})"_s,
               {u"error|invalid-url|services[0].contacts[0].value|2|\"www.|“www.example.org” is not a valid web address."_s}, 0);
    contactRow("video with javascript", uR"x({"kind": "video", "value": "javascript:alert(1)"})x"_s,
               {u"error|unsupported-url-scheme|services[0].contacts[0].value|2|\"javascript|starts with “javascript:”"_s}, 0);
    contactRow("email with mailto", uR"({"kind": "email", "value": "mailto:a@example.fr"})"_s,
               {u"error|invalid-email|services[0].contacts[0].value|2|\"mailto|without “mailto:”"_s}, 0);
    contactRow("email with a query", uR"({"kind": "email", "value": "a@example.fr?subject=x"})"_s,
               {u"error|invalid-email|services[0].contacts[0].value|2|\"a@|is not a valid e-mail address"_s}, 0);
    serviceRow("source with spaces", uR"("https://example.org/a")"_s, uR"("https://example.org/a b")"_s,
               {u"error|invalid-url|services[0].source|2|\"https://example.org/a b\"|not a valid web address"_s}, 0);

    // Time zones and holidays.
    serviceRow("unknown time zone", uR"("scope": "national")"_s, uR"("scope": "national", "timezone": "Europe/Pariss")"_s,
               {u"error|unknown-time-zone|services[0].timezone|2|\"Europe/Pariss\"|Did you mean “Europe/Paris”?"_s}, 0);
    serviceRow("unsupported holiday region", uR"("scope": "national")"_s, uR"("scope": "national", "holidays": "FR-99")"_s,
               {u"error|unsupported-holiday-region|services[0].holidays|2|\"FR-99\"|FR-57"_s}, 0);
    serviceRow("overseas holidays in the Paris time zone", uR"("scope": "national")"_s, uR"("scope": "national", "holidays": "FR-974")"_s,
               {u"warning|time-zone-mismatch|services[0].holidays|2|\"FR-974\"|\"timezone\": \"Indian/Reunion\""_s}, 1);

    // Dates.
    serviceRow("impossible date", uR"("2026-01-15")"_s, uR"("2026-02-30")"_s,
               {u"error|invalid-date|services[0].verified|2|\"2026-02-30\"|“2026-02-30” is not a valid date."_s}, 0);
    serviceRow("date in another form", uR"("2026-01-15")"_s, uR"("15/01/2026")"_s,
               {u"error|invalid-date|services[0].verified|2|\"15/01/2026\"|YYYY-MM-DD"_s}, 0);
    serviceRow("date in the future", uR"("2026-01-15")"_s, uR"("2026-11-24")"_s,
               {u"error|future-date|services[0].verified|2|\"2026-11-24\"|2026-11-23 at the latest"_s}, 0);
    serviceRow("date as a number", uR"("2026-01-15")"_s, u"20260115"_s,
               {u"error|wrong-type|services[0].verified|2|20260115|must be a date \"YYYY-MM-DD\", not a number"_s}, 0);

    // Location.
    serviceRow("latitude out of range", uR"("scope": "national")"_s, uR"("scope": "national", "location": {"lat": 120, "lon": 2.35})"_s,
               {u"error|out-of-range|services[0].location.lat|2|120|“lat” must be between -90 and 90, not 120."_s}, 0);
    serviceRow("longitude misspelt", uR"("scope": "national")"_s, uR"("scope": "national", "location": {"lat": 48.85, "lng": 2.35})"_s,
               {u"error|missing-field|services[0].location.lon|2|{\"lat\"|\"lon\": 2.3522"_s,
                u"warning|unknown-field|services[0].location.lng|2|\"lng\"|Did you mean “lon”?"_s}, 0);
    serviceRow("latitude as a string", uR"("scope": "national")"_s, uR"("scope": "national", "location": {"lat": "48.85", "lon": 2.35})"_s,
               {u"error|wrong-type|services[0].location.lat|2|\"48.85\"|Remove the double quotes"_s}, 0);

    // Opening hours (messages from the opening_hours engine; the column is that of the
    // character inside the JSON string, after escapes).
    serviceRow("invalid hours", uR"("scope": "national")"_s, uR"("scope": "national", "hours": "Mo-Fr 09:00-18:00; Xy 10:00-12:00")"_s,
               {u"error|invalid-hours|services[0].hours|2|Xy|The opening hours are not valid"_s}, 0);
    serviceRow("invalid hours after an escape", uR"("scope": "national")"_s, uR"("scope": "national", "hours": "Mo-Fr 09:00\u002d18:00; Xy 10:00-12:00")"_s,
               {u"error|invalid-hours|services[0].hours|2|Xy|The opening hours are not valid"_s}, 0);
    contactRow("invalid contact hours", uR"({"kind": "phone", "value": "0 800 130 000", "hours": "Mo-Fr 09:00-18:00 Xy"})"_s,
               {u"error|invalid-hours|services[0].contacts[0].hours|2|Xy|The opening hours are not valid"_s}, 0);
    serviceRow("hours with an en dash", uR"("scope": "national")"_s, u"\"scope\": \"national\", \"hours\": \"Mo-Fr 09:00\u201318:00\""_s,
               {u"warning|hours-warning|services[0].hours|2|\u2013|Suggested: “-”"_s}, 1);
    serviceRow("hours with an hour suffix", uR"("scope": "national")"_s, uR"("scope": "national", "hours": "Mo-Fr 9h-18h")"_s,
               {u"error|invalid-hours|services[0].hours|2|h-18h|“Mo-Fr 09:00-18:00”"_s}, 0);
    serviceRow("empty hours", uR"("scope": "national")"_s, uR"("scope": "national", "hours": "")"_s,
               {u"warning|empty-value|services[0].hours|2|\"\"|“hours” is empty"_s}, 1);

    // The document.
    row("not JSON", u"{\"format\": 1,\n  \"services\": [,]\n}"_s,
        {u"error|json||2|,]|A value is expected here."_s}, 0);
    row("document is an array", u"[\n]"_s,
        {u"error|wrong-type||1||The document must be an object, not an array."_s}, 0);
    row("missing format and services", u"{\"publisher\": {\"name\": {\"fr\": \"É\", \"en\": \"P\"}, \"updated\": \"2026-11-01\"}}"_s,
        {u"error|missing-field|format|1||\"format\": 1"_s,
         u"error|missing-field|services|1||\"services\": []"_s}, 0);
    row("newer format", u"{\"format\": 2, \"services\": [\n"_s + baseService + u"\n]}"_s,
        {u"error|unsupported-format|format|1|2|format 2"_s}, 0);
    row("format as a string", documentWith(baseService).replace(u"\"format\": 1"_s, u"\"format\": \"1\""_s),
        {u"error|wrong-type|format|1|\"1\"|must be a whole number, not a string"_s}, 1);
    row("format with a fraction", documentWith(baseService).replace(u"\"format\": 1"_s, u"\"format\": 1.5"_s),
        {u"error|wrong-type|format|1|1.5|“format” must be a whole number."_s}, 1);
    row("misspelt top-level field", documentWith(baseService).replace(u"\"services\""_s, u"\"service\""_s),
        {u"error|missing-field|services|1||\"services\": []"_s,
         u"warning|unknown-field|service|1|\"service\"|Did you mean “services”?"_s}, 0);
    row("publisher without name", documentWith(baseService).replace(u"\"name\": {\"fr\": \"Éditeur\", \"en\": \"Publisher\"}"_s, u"\"url\": \"https://example.org\""_s),
        {u"error|missing-field|publisher.name|1|{\"url\"|“name”"_s}, 1);
    row("publisher without update date", documentWith(baseService).replace(u", \"updated\": \"2026-11-01\""_s, QString()),
        {u"error|missing-field|publisher.updated|1|{\"name\"|\"updated\": \"2026-11-23\""_s}, 1);
    row("publisher updated in the future", documentWith(baseService).replace(u"2026-11-01"_s, u"2027-01-01"_s),
        {u"warning|future-date|publisher.updated|1|\"2027|in the future"_s}, 1);
    row("duplicate key", documentWith(serviceWith(u"\"scope\": \"national\""_s, u"\"scope\": \"national\", \"scope\": \"regional\""_s)),
        {u"error|json||2|\"scope\"#2|The key “scope” appears twice"_s}, 0);

    // Emergency numbers.
    row("emergency problems",
        u"{\"format\": 1, \"publisher\": {\"name\": {\"fr\": \"É\", \"en\": \"P\"}, \"updated\": \"2026-11-01\"}, \"services\": [], \"emergency\": [\n"
        uR"({"id": "samu", "number": "15", "kind": "phone", "name": {"fr": "SAMU", "en": "SAMU"}},)" u"\n"
        uR"({"id": "samu", "number": "112", "kind": "phone", "name": {"fr": "112", "en": "112"}},)" u"\n"
        uR"({"id": "line", "number": "0 800 130 000", "kind": "phone", "name": {"fr": "L", "en": "L"}},)" u"\n"
        uR"({"id": "chat", "number": "114", "kind": "chat", "name": {"fr": "C", "en": "C"}},)" u"\n"
        uR"({"id": "bad", "number": "1 1 2 x", "kind": "sms", "name": {"fr": "B", "en": "B"}},)" u"\n"
        uR"({"id": "nameless", "number": "17", "kind": "phone"})" u"\n]}"_s,
        {u"error|duplicate-id|emergency[1].id|3|\"samu\"|already used on line 2"_s,
         u"warning|not-short-number|emergency[2].number|4|\"0 800|is not a short number"_s,
         u"error|unknown-value|emergency[3].kind|5|\"chat\"#2|phone, sms"_s,
         u"error|invalid-phone-number|emergency[4].number|6|x\"|contains “x”"_s,
         u"error|missing-field|emergency[5].name|7||“name”"_s}, 0);

    // Hidden services.
    row("hide problems", documentWith(baseService).replace(u"\n]}"_s, u"\n], \"hide\": [\"Old Line\", \"old-line\", \"old-line\", \"line-a\", 3]}"_s),
        {u"error|invalid-id|hide[0]|3|\"Old Line\"|such as “old-line”"_s,
         u"warning|duplicate-value|hide[2]|3|\"old-line\"#2|lists “old-line” more than once"_s,
         u"warning|hidden-service-defined-here|hide[3]|3|\"line-a\"|“line-a” is hidden"_s,
         u"error|wrong-type|hide[4]|3|3]|“hide” must be a string, not a number."_s}, 1);
    // clang-format on
}

void TestDirectoryReader::reportsEachProblem()
{
    QFETCH(QString, document);
    QFETCH(QStringList, expected);
    QFETCH(int, services);

    const DirectoryReader::Result result = reader().read(document.toUtf8(), u"test.json"_s);
    const QList<Diagnostic> &diagnostics = result.diagnostics;
    QVERIFY2(diagnostics.size() == expected.size(),
             qPrintable(u"Expected %1 diagnostics, got:\n"_s.arg(expected.size())
                        + describe(diagnostics)));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Expectation expectation = parseExpectation(document, expected.at(i));
        const Diagnostic &diagnostic = diagnostics.at(i);
        const QByteArray context = diagnostic.toString().toUtf8();
        QVERIFY2(diagnostic.severityName() == expectation.severity, context.constData());
        QVERIFY2(diagnostic.codeName() == expectation.code, context.constData());
        QVERIFY2(diagnostic.path == expectation.path, context.constData());
        QVERIFY2(diagnostic.line == expectation.line, context.constData());
        QVERIFY2(diagnostic.column == expectation.column,
                 qPrintable(u"column %1 expected: "_s.arg(expectation.column)
                            + diagnostic.toString()));
        QVERIFY2(!diagnostic.message().isEmpty(), context.constData());
        QVERIFY2((diagnostic.message() + u' ' + diagnostic.hint()).contains(expectation.substance),
                 context.constData());
        QCOMPARE(diagnostic.file, u"test.json"_s);
    }
    QCOMPARE(result.hasErrors(), expected.join(u'\n').contains(u"error|"_s));
    QCOMPARE(result.directory.services.size(), services);
}

void TestDirectoryReader::leavesOutInvalidServicesOnly()
{
    const QString bad = serviceWith(u"\"id\": \"line-a\""_s, u"\"id\": \"line-b\""_s)
                                .replace(u"\"national\""_s, u"\"nowhere\""_s);
    const QString third = serviceWith(u"\"id\": \"line-a\""_s, u"\"id\": \"line-c\""_s);
    const QString document = documentWith(baseService + u",\n"_s + bad + u",\n"_s + third);
    const DirectoryReader::Result result = reader().read(document.toUtf8(), u"f.json"_s);
    QVERIFY(result.hasErrors());
    QVERIFY(result.documentRead);
    QCOMPARE(result.errorCount(), 1);
    QCOMPARE(result.warningCount(), 0);
    QCOMPARE(result.rejectedServices, 1);
    QCOMPARE(result.directory.services.size(), 2);
    QCOMPARE(result.directory.services.at(0).id, u"line-a"_s);
    QCOMPARE(result.directory.services.at(1).id, u"line-c"_s);
    QCOMPARE(result.diagnostics.at(0).line, 3);
}

void TestDirectoryReader::pointsAtTheCharacterInsideAString()
{
    // An invalid character of a number, after escapes and non-ASCII characters: the column is
    // that of the character in the file, as an editor shows it.
    const QString service = serviceWith(u"\"0 800 130 000\""_s, u"\"0\\u00A0800 130 000 é€ x\""_s);
    const QString document = documentWith(service);
    const DirectoryReader::Result result = reader().read(document.toUtf8(), u"f.json"_s);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &diagnostic = result.diagnostics.at(0);
    QCOMPARE(diagnostic.codeName(), u"invalid-phone-number"_s);
    QVERIFY(diagnostic.phoneNumberError());
    QCOMPARE(diagnostic.phoneNumberError()->detail, u"é"_s);
    QCOMPARE(diagnostic.line, 2);
    QCOMPARE(diagnostic.column, int(service.indexOf(u"é"_s)) + 1);
}

void TestDirectoryReader::reportsFilesThatCannotBeRead()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.json"_s);
    const DirectoryReader::Result result = reader().readFile(missing);
    QVERIFY(result.hasErrors());
    QVERIFY(!result.documentRead);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &diagnostic = result.diagnostics.at(0);
    QVERIFY(diagnostic.jsonError());
    QCOMPARE(diagnostic.jsonError()->kind, JsonError::CannotOpen);
    QCOMPARE(diagnostic.line, 0);
    QVERIFY(diagnostic.toString().startsWith(missing + u": error: The file cannot be read: "_s));

    DirectoryReader::Options options;
    options.limits.maxBytes = 100;
    const DirectoryReader::Result tooLarge
            = DirectoryReader(options).readFile(QFINDTESTDATA("../data/directory/valid.json"));
    QCOMPARE(tooLarge.diagnostics.size(), 1);
    QCOMPARE(tooLarge.diagnostics.at(0).jsonError()->kind, JsonError::FileTooLarge);
    QVERIFY(tooLarge.diagnostics.at(0).message().contains(u"100"_s));
}

void TestDirectoryReader::reportsBadFileFromDisk()
{
    const QString path = QFINDTESTDATA("../data/directory/problems.json");
    QVERIFY(!path.isEmpty());
    const DirectoryReader::Result result = reader().readFile(path);
    // What helplines-cli check prints for tests/data/directory/problems.json.
    const QStringList expected = {
            path
                    + u":7:21: warning: The English translation of “name” is missing. "
                      u"[services[0].name] (Add \"en\": \"…\"; until then the French text is "
                      u"shown in English.)"_s,
            path
                    + u":9:13: warning: Unknown field “telephone”; it is ignored. "
                      u"[services[0].telephone] (The fields allowed here are: id, name, "
                      u"description, audience, organisation, category, scope, region, contacts, "
                      u"hours, hours_note, timezone, holidays, location, cost, cost_note, "
                      u"anonymous, accessibility, accessibility_note, languages, source, verified, "
                      u"status, status_note, pinned.)"_s,
            path
                    + u":16:19: error: The identifier “ecoute” is already used on line 6. "
                      u"[services[1].id] (Each identifier must be unique in a file: rename one of "
                      u"them or remove the repetition.)"_s,
            path
                    + u":20:63: error: The phone number “0 800 13O 000” contains “O”, which is "
                      u"not part of a number. [services[1].contacts[0].value] (Write only digits, "
                      u"spaces, dots or dashes, and “+” before a country code; put extensions, "
                      u"letters and explanations in the contact's “note”.)"_s,
    };
    QStringList actual;
    for (const Diagnostic &diagnostic : result.diagnostics)
        actual.append(diagnostic.toString());
    QCOMPARE(actual, expected);
    QCOMPARE(result.directory.services.size(), 1);
    QCOMPARE(result.rejectedServices, 1);
}

void TestDirectoryReader::formatsDiagnosticsForTheCommandLine()
{
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::Warning;
    diagnostic.code = Diagnostic::Code::UnknownField;
    diagnostic.file = u"it.json"_s;
    diagnostic.line = 12;
    diagnostic.column = 9;
    diagnostic.path = u"services[3].time_zone"_s;
    diagnostic.arguments = {u"time_zone"_s, u"timezone"_s, u"id, timezone"_s};
    QCOMPARE(diagnostic.toString(),
             u"it.json:12:9: warning: Unknown field “time_zone”; it is ignored. "
             u"[services[3].time_zone] (Did you mean “timezone”?)"_s);

    diagnostic.severity = Diagnostic::Severity::Error;
    diagnostic.code = Diagnostic::Code::MissingRegion;
    diagnostic.path.clear();
    QCOMPARE(diagnostic.toString(),
             u"it.json:12:9: error: A regional service needs a “region”. (Add an ISO 3166-2 "
             u"code, such as \"region\": \"FR-OCC\", or change the scope.)"_s);
}

void TestDirectoryReader::everyCodeHasMessageAndName()
{
    QSet<QString> names;
    for (int code = int(Diagnostic::Code::WrongType);
         code <= int(Diagnostic::Code::SettingNotObject); ++code) {
        Diagnostic diagnostic;
        diagnostic.code = Diagnostic::Code(code);
        diagnostic.arguments = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        if (diagnostic.code == Diagnostic::Code::InvalidPhoneNumber) {
            PhoneNumberError error;
            error.kind = PhoneNumberError::InvalidNumber;
            diagnostic.cause = error;
        } else if (diagnostic.code == Diagnostic::Code::InvalidHours
                   || diagnostic.code == Diagnostic::Code::HoursWarning) {
            OpeningHoursError error;
            error.kind = OpeningHoursError::UnexpectedToken;
            error.token = u"x"_s;
            diagnostic.cause = error;
        }
        QVERIFY2(!diagnostic.message().isEmpty(), qPrintable(QString::number(code)));
        QVERIFY2(!diagnostic.codeName().isEmpty(), qPrintable(QString::number(code)));
        names.insert(diagnostic.codeName());
    }
    QCOMPARE(names.size(), int(Diagnostic::Code::SettingNotObject));
}

void TestDirectoryReader::readsOneServiceObject()
{
    const DirectoryReader::Result result = reader().readService(baseService.toUtf8(), u"x"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.directory.services.size(), 1);
    QCOMPARE(result.directory.services.at(0).id, u"line-a"_s);

    const DirectoryReader::Result bad
            = reader().readService(serviceWith(u"\"line-a\""_s, u"\"A\""_s).toUtf8(), u"x"_s);
    QCOMPARE(bad.directory.services.size(), 0);
    QCOMPARE(bad.rejectedServices, 1);
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics.at(0).path, u"id"_s);
}

void TestDirectoryReader::checksDatesOnlyAgainstTheGivenToday()
{
    const QByteArray document
            = documentWith(serviceWith(u"\"2026-01-15\""_s, u"\"2030-01-01\""_s)).toUtf8();
    QVERIFY(reader().read(document, u"f"_s).hasErrors());
    // No "today": dates are only checked for their form.
    QVERIFY(!DirectoryReader().read(document, u"f"_s).hasErrors());
    DirectoryReader::Options later;
    later.today = QDate(2030, 1, 1);
    QVERIFY(!DirectoryReader(later).read(document, u"f"_s).hasErrors());
}

void TestDirectoryReader::readsLargeDirectoryQuickly()
{
    // 10,000 services like the bundled ones: unique numbers and names, rules that repeat.
    const QStringList rules
            = {u"24/7"_s, u"Mo-Fr 09:00-18:00"_s, u"Mo-Fr 08:00-20:00; Sa 10:00-13:00"_s,
               u"Mo-Su 08:00-02:00"_s, u"Mo-Fr 09:00-12:00,14:00-17:00; PH off"_s};
    QByteArray json
            = R"({"format": 1, "publisher": {"name": {"fr": "Éditeur", "en": "Publisher"}, "updated": "2026-11-01"},
    "services": [
)";
    for (int i = 0; i < 10'000; ++i) {
        if (i > 0)
            json += ",\n";
        const QString number = u"01 %1 %2 %3 %4"_s.arg(40 + i % 50)
                                       .arg(i / 1000 % 100, 2, 10, QLatin1Char('0'))
                                       .arg(i / 10 % 100, 2, 10, QLatin1Char('0'))
                                       .arg(i % 10 * 10, 2, 10, QLatin1Char('0'));
        json += uR"(        {
            "id": "service-%1",
            "name": { "fr": "Service d'écoute n° %1", "en": "Listening service no. %1" },
            "description": {
                "fr": "Écoute anonyme et gratuite, par des bénévoles formés, pour toute personne en détresse.",
                "en": "Free and anonymous listening by trained volunteers, for anyone in distress."
            },
            "audience": { "fr": "Tout public", "en": "Everyone" },
            "category": "listening",
            "scope": "national",
            "contacts": [
                { "kind": "phone", "value": "%2", "label": { "fr": "Téléphone", "en": "Phone" } },
                { "kind": "sms", "value": "114" },
                { "kind": "chat", "value": "https://chat.example.org/%1" }
            ],
            "hours": "%3",
            "timezone": "Europe/Paris",
            "cost": "free",
            "anonymous": true,
            "accessibility": ["sms"],
            "languages": ["fr", "en"],
            "source": "https://www.example.org/services/%1",
            "verified": "2026-10-01"
        })"_s.arg(i)
                        .arg(number, rules.at(i % rules.size()))
                        .toUtf8();
    }
    json += "\n    ]\n}\n";

    QElapsedTimer timer;
    timer.start();
    const bool parsed = JsonReader().read(json).isValid();
    const qint64 parsing = timer.elapsed();
    QVERIFY(parsed);
    timer.restart();
    const DirectoryReader::Result result = reader().read(json, u"large.json"_s);
    const qint64 elapsed = timer.elapsed();
    qInfo("10000 services, %.1f MB: JSON alone %lld ms; read and checked in %lld ms",
          json.size() / 1e6, parsing, elapsed);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics.mid(0, 5))));
    QCOMPARE(result.directory.services.size(), 10'000);
    QCOMPARE(result.directory.services.last().id, u"service-9999"_s);
}

void TestDirectoryReader::readsAUsersOwnEntryWithoutProvenance()
{
    // The user is the source of their own entries: neither "source" nor "verified" is needed,
    // and their scope is "personal".
    const QByteArray entry
            = serviceWith(uR"("scope": "national")"_s, uR"("scope": "personal")"_s)
                      .replace(
                              uR"(, "source": "https://example.org/a", "verified": "2026-01-15")"_s,
                              QString())
                      .toUtf8();
    DirectoryReader::Options options;
    options.today = today;
    options.userEntry = true;
    const DirectoryReader::Result own = DirectoryReader(options).readService(entry, u"x"_s);
    QVERIFY2(own.diagnostics.isEmpty(), qPrintable(describe(own.diagnostics)));
    QCOMPARE(own.directory.services.size(), 1);
    QCOMPARE(own.directory.services.at(0).scope, ServiceScope::Personal);
    QVERIFY(own.directory.services.at(0).source.isEmpty());
    QVERIFY(!own.directory.services.at(0).verified.isValid());

    // The same object as a record of a file: refused, for its scope and its provenance.
    const DirectoryReader::Result strict = reader().readService(entry, u"x"_s);
    QCOMPARE(strict.directory.services.size(), 0);
    QStringList found;
    for (const Diagnostic &diagnostic : strict.diagnostics)
        found.append(diagnostic.codeName() + u'|' + diagnostic.path);
    found.sort();
    QCOMPARE(found, (QStringList{u"missing-field|source"_s, u"missing-field|verified"_s,
                                 u"unknown-value|scope"_s}));

    // Other checks still apply to own entries.
    const DirectoryReader::Result badNumber = DirectoryReader(options).readService(
            QString::fromUtf8(entry).replace(u"0 800 130 000"_s, u"0 800 130 00"_s).toUtf8(),
            u"x"_s);
    QCOMPARE(badNumber.directory.services.size(), 0);
    QCOMPARE(badNumber.diagnostics.size(), 1);
    QCOMPARE(badNumber.diagnostics.at(0).codeName(), u"invalid-phone-number"_s);
    QCOMPARE(badNumber.diagnostics.at(0).path, u"contacts[0].value"_s);
}

void TestDirectoryReader::refusesThePersonalScopeInFiles()
{
    const QString document
            = documentWith(serviceWith(uR"("scope": "national")"_s, uR"("scope": "personal")"_s));
    const DirectoryReader::Result result = reader().read(document.toUtf8(), u"x.json"_s);
    QCOMPARE(result.directory.services.size(), 0);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &diagnostic = result.diagnostics.at(0);
    QCOMPARE(diagnostic.codeName(), u"unknown-value"_s);
    QCOMPARE(diagnostic.path, u"services[0].scope"_s);
    QVERIFY2(diagnostic.hint().contains(u"organisation, national, regional"_s),
             qPrintable(diagnostic.hint()));
    QVERIFY(!diagnostic.hint().contains(u"personal"_s));
}

namespace {

// The directory a provisioning file is laid over: an active national line, and an unverified
// one whose facts have no public source.
QList<Service> provisioningBase()
{
    const QString unverified
            = uR"({"id": "line-u", "name": {"fr": "Ligne U", "en": "Line U"}, )"
              uR"("description": {"fr": "Écoute.", "en": "Listening."}, )"
              uR"("category": "employee-assistance", "scope": "organisation", )"
              uR"("contacts": [{"kind": "phone", "value": "0 800 400 339"}], "hours": "24/7", )"
              uR"("status": "unverified", "status_note": {"fr": "Document de 2020.", "en": )"
              uR"("Document of 2020."}})"_s;
    const QString lineB = serviceWith(uR"("id": "line-a")"_s, uR"("id": "line-b")"_s);
    const DirectoryReader::Result base = reader().read(
            documentWith(baseService + u",\n"_s + unverified + u",\n"_s + lineB).toUtf8(),
            u"base.json"_s);
    if (base.hasErrors() || base.directory.services.size() != 3)
        qFatal("The base of the provisioning tests does not read: %s",
               qPrintable(describe(base.diagnostics)));
    return base.directory.services;
}

DirectoryReader::Result readProvisioning(const QString &document, const QList<Service> &base)
{
    DirectoryReader::Options options;
    options.today = today;
    options.base = &base;
    return DirectoryReader(options).read(document.toUtf8(), u"organisation.json"_s);
}

} // namespace

void TestDirectoryReader::provisioningChangesOnlyTheFieldsItHas()
{
    const QList<Service> base = provisioningBase();
    const QString document = documentWith(
            uR"({"id": "line-u", "audience": {"fr": "Les agents", "en": "Staff"}, )"
            uR"("contacts": [{"kind": "phone", "value": "0 800 400 339"}, )"
            uR"({"kind": "video", "value": "https://visio.example.gouv.fr/"}], "pinned": true},)"
            u"\n"_s
            + serviceWith(uR"("id": "line-a")"_s, uR"("id": "org-line")"_s));
    const DirectoryReader::Result result = readProvisioning(document, base);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.changedIds, QStringList{u"line-u"_s});
    QCOMPARE(result.directory.services.size(), 2);

    // The base's record with the file's fields laid over it.
    const Service &changed = result.directory.services.at(0);
    const Service &original = base.at(1);
    QCOMPARE(changed.id, u"line-u"_s);
    QCOMPARE(changed.audience, (LocalizedText{u"Les agents"_s, u"Staff"_s}));
    QVERIFY(original.audience.isEmpty());
    QCOMPARE(changed.contacts.size(), 2);
    QCOMPARE(changed.contacts.at(1).kind, ContactKind::Video);
    QVERIFY(changed.pinned);
    QCOMPARE(changed.name, original.name);
    QCOMPARE(changed.description, original.description);
    QCOMPARE(changed.hours, u"24/7"_s);
    QCOMPARE(changed.category, ServiceCategory::EmployeeAssistance);
    QCOMPARE(changed.scope, ServiceScope::Organisation);
    QCOMPARE(changed.status, ServiceStatus::Unverified);
    QCOMPARE(changed.statusNote, original.statusNote);
    QCOMPARE(changed.timeZone, u"Europe/Paris"_s);
    QCOMPARE(changed.holidays, u"FR"_s);

    // A new id is a service of its own, read as in any directory file.
    const Service &added = result.directory.services.at(1);
    QCOMPARE(added.id, u"org-line"_s);
    QCOMPARE(added.source, u"https://example.org/a"_s);
    QVERIFY(!added.pinned);
}

void TestDirectoryReader::provisioningChecksWhatItChanges_data()
{
    QTest::addColumn<QString>("service");
    // "code|path" of each diagnostic, in order.
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("services");

    QTest::newRow("an id alone changes nothing and is enough")
            << uR"({"id": "line-a"})"_s << QStringList() << 1;
    QTest::newRow("a new id must be complete")
            << uR"({"id": "line-z", "pinned": true})"_s
            << QStringList{u"missing-field|services[0].name"_s,
                           u"missing-field|services[0].category"_s,
                           u"missing-field|services[0].scope"_s,
                           u"missing-field|services[0].contacts"_s,
                           u"missing-field|services[0].source"_s,
                           u"missing-field|services[0].verified"_s}
            << 0;
    QTest::newRow("a changed value is checked")
            << uR"({"id": "line-a", "hours": "Mo-Fr 25:00-26:00"})"_s
            << QStringList{u"invalid-hours|services[0].hours"_s} << 0;
    QTest::newRow("a changed text is checked")
            << uR"({"id": "line-a", "audience": "Les agents"})"_s
            << QStringList{u"text-not-bilingual|services[0].audience"_s} << 0;
    QTest::newRow("a scope changed to regional needs a region")
            << uR"({"id": "line-a", "scope": "regional"})"_s
            << QStringList{u"missing-region|services[0].region"_s} << 0;
    QTest::newRow("an active status needs the provenance the base lacks")
            << uR"({"id": "line-u", "status": "active"})"_s
            << QStringList{u"missing-field|services[0].source"_s,
                           u"missing-field|services[0].verified"_s}
            << 0;
    QTest::newRow("an active status with the provenance")
            << uR"({"id": "line-u", "status": "active", "source": "https://intranet.example.gouv.fr/ecoute", "verified": "2026-11-02"})"_s
            << QStringList() << 1;
    QTest::newRow("provenance untouched is not checked again")
            << uR"({"id": "line-u", "audience": {"fr": "Les agents", "en": "Staff"}})"_s
            << QStringList() << 1;
    QTest::newRow("overseas holidays with the base's zone")
            << uR"({"id": "line-a", "holidays": "FR-974"})"_s
            << QStringList{u"time-zone-mismatch|services[0].holidays"_s} << 1;
    QTest::newRow("pinned is true or false")
            << uR"({"id": "line-a", "pinned": "yes"})"_s
            << QStringList{u"wrong-type|services[0].pinned"_s} << 0;
    QTest::newRow("an unknown field is a warning")
            << uR"({"id": "line-a", "pined": true})"_s
            << QStringList{u"unknown-field|services[0].pined"_s} << 1;
}

void TestDirectoryReader::provisioningChecksWhatItChanges()
{
    QFETCH(QString, service);
    QFETCH(QStringList, expected);
    QFETCH(int, services);
    const QList<Service> base = provisioningBase();
    const DirectoryReader::Result result = readProvisioning(documentWith(service), base);
    QStringList actual;
    for (const Diagnostic &diagnostic : result.diagnostics)
        actual.append(diagnostic.codeName() + u'|' + diagnostic.path);
    QVERIFY2(actual == expected, qPrintable(describe(result.diagnostics)));
    for (const Diagnostic &diagnostic : result.diagnostics)
        QCOMPARE(diagnostic.line, 2);
    QCOMPARE(result.directory.services.size(), services);
}

void TestDirectoryReader::provisioningHidesBaseServicesWithReasons()
{
    const QList<Service> base = provisioningBase();
    const QString document
            = documentWith(baseService)
                      .replace(u"\n]}"_s, u"\n], \"hide\": [\"line-b\", {\"id\": \"line-u\", "
                                          u"\"reason\": \"Not for our staff\"}, "
                                          u"{\"reason\": 3}, {\"id\": \"lnie-b\"}, \"line-a\"]}"_s);
    const DirectoryReader::Result result = readProvisioning(document, base);
    QStringList actual;
    for (const Diagnostic &diagnostic : result.diagnostics)
        actual.append(diagnostic.codeName() + u'|' + diagnostic.path);
    QCOMPARE(actual, (QStringList{u"missing-field|hide[2].id"_s, u"wrong-type|hide[2].reason"_s,
                                  u"hidden-service-not-found|hide[3].id"_s,
                                  u"hidden-service-defined-here|hide[4]"_s}));
    // A misspelt id: the hint proposes the base's nearest one.
    QVERIFY2(result.diagnostics.at(2).hint().contains(u"“line-b”"_s),
             qPrintable(result.diagnostics.at(2).hint()));
    QCOMPARE(result.diagnostics.at(2).severity, Diagnostic::Severity::Warning);
    QCOMPARE(result.directory.hiddenIds,
             (QStringList{u"line-b"_s, u"line-u"_s, u"lnie-b"_s, u"line-a"_s}));
    QCOMPARE(result.changedIds, QStringList{u"line-a"_s});
}

void TestDirectoryReader::pinnedIsReadEverywhere()
{
    // Any directory file may pin a service; it is meant for an organisation's.
    const DirectoryReader::Result result = reader().read(
            documentWith(serviceWith(uR"("verified": "2026-01-15")"_s,
                                     uR"("verified": "2026-01-15", "pinned": true)"_s))
                    .toUtf8(),
            u"x.json"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QVERIFY(result.directory.services.at(0).pinned);
    QVERIFY(!reader().read(documentWith(baseService).toUtf8(), u"y.json"_s)
                     .directory.services.at(0)
                     .pinned);
}

QTEST_GUILESS_MAIN(TestDirectoryReader)
#include "tst_directoryreader.moc"
