#include "core/directory/directoryreader.h"
#include "core/directory/directorywriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

DirectoryReader reader()
{
    DirectoryReader::Options options;
    options.today = QDate(2026, 11, 23);
    return DirectoryReader(options);
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(u'\n');
}

// A service with every field set, and texts that need escaping.
Service fullService()
{
    Service service;
    service.id = u"full-service"_s;
    service.name = {u"Écoute « totale »"_s, u"Full \"listening\" line"_s};
    service.description = {u"Ligne 1\nLigne 2\tavec tabulation, barre \\ oblique"_s,
                           u"Emoji 😀, control \u0001 character, separator \u2028 here"_s};
    service.audience = {u"Tout le monde"_s, u"Everyone"_s};
    service.organisation = {u"Association d'écoute"_s, u"Listening association"_s};
    service.category = ServiceCategory::SuicidePrevention;
    service.scope = ServiceScope::Regional;
    service.region = u"FR-974"_s;
    service.contacts = {
            Contact{ContactKind::Phone,
                    u"0262 16 12 34"_s,
                    {u"Téléphone"_s, u"Phone"_s},
                    u"Mo-Fr 08:00-17:00"_s,
                    {u"Appel local"_s, u"Local call"_s}},
            Contact{ContactKind::Sms, u"114"_s, {}, {}, {}},
            Contact{ContactKind::Video, u"https://visio.example.re/lsf"_s, {}, {}, {}},
            Contact{ContactKind::Chat, u"https://chat.example.re/?room=1&lang=fr"_s, {}, {}, {}},
            Contact{ContactKind::Email, u"ecoute@example.re"_s, {}, {}, {}},
            Contact{ContactKind::Web, u"https://www.example.re/"_s, {}, {}, {}},
    };
    service.hours = u"Mo-Fr 08:00-17:00; PH off"_s;
    service.hoursNote = {u"Horaires de 2025"_s, u"Hours of 2025"_s};
    service.timeZone = u"Indian/Reunion"_s;
    service.holidays = u"FR-974"_s;
    service.cost = Cost::LocalRate;
    service.costNote = {u"Prix d'un appel local"_s, u"Local call price"_s};
    service.anonymous = false;
    service.accessibility = {AccessibilityFeature::Sms, AccessibilityFeature::RealTimeText};
    service.accessibilityNote = {u"Par SMS au 114"_s, u"By text to 114"_s};
    service.languages = {u"fr"_s, u"rcf"_s};
    service.source = u"https://www.example.re/ecoute"_s;
    service.verified = QDate(2026, 3, 31);
    service.status = ServiceStatus::Unverified;
    service.statusNote = {u"À confirmer"_s, u"To be confirmed"_s};
    service.location = GeoPoint{-20.8789, 55.4481};
    service.pinned = true;
    return service;
}

} // namespace

class TestDirectoryWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryFieldOfAService();
    void roundTripsMinimalService();
    void roundTripsDirectory();
    void roundTripsTheValidExample();
    void writesCanonicalForm();
    void outputIsStable();
    void wrapsLongTextsAndLists();
    void escapesWhatJsonRequires();
    void leavesOutAbsentFields();
};

void TestDirectoryWriter::roundTripsEveryFieldOfAService()
{
    const Service service = fullService();
    const QByteArray bytes = DirectoryWriter::writeService(service);
    const DirectoryReader::Result result = reader().readService(bytes, u"service.json"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.directory.services.size(), 1);
    const Service &read = result.directory.services.first();
    QCOMPARE(read.description, service.description);
    QCOMPARE(read.contacts, service.contacts);
    QCOMPARE(read.location, service.location);
    QVERIFY(read == service);
}

void TestDirectoryWriter::roundTripsMinimalService()
{
    Service service;
    service.id = u"minimal"_s;
    service.name = {u"Minimal"_s, u"Minimal"_s};
    service.contacts = {Contact{ContactKind::Phone, u"3114"_s, {}, {}, {}}};
    service.source = u"https://example.org/"_s;
    service.verified = QDate(2026, 1, 1);
    // What the reader sets for absent fields.
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;

    const DirectoryReader::Result result
            = reader().readService(DirectoryWriter::writeService(service), u"s"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.directory.services.value(0), service);
    QVERIFY(!result.directory.services.value(0).anonymous.has_value());
    QVERIFY(!result.directory.services.value(0).location.has_value());
}

void TestDirectoryWriter::roundTripsDirectory()
{
    Directory directory;
    directory.publisher = {u"Ministère de l'Exemple"_s, u"Ministry of Examples"_s};
    directory.publisherUrl = u"https://www.example.gouv.fr/"_s;
    directory.updated = QDate(2026, 11, 20);
    directory.emergencyNumbers = {
            EmergencyNumber{u"samu"_s,
                            u"15"_s,
                            ContactKind::Phone,
                            {u"SAMU"_s, u"SAMU"_s},
                            {u"Urgence médicale"_s, u"Medical emergency"_s}},
            EmergencyNumber{u"114"_s, u"114"_s, ContactKind::Sms, {u"114"_s, u"114"_s}, {}},
    };
    directory.services = {fullService()};
    Service second = fullService();
    second.id = u"second"_s;
    second.status = ServiceStatus::Active;
    second.anonymous = true;
    directory.services.append(second);
    directory.hiddenIds = {u"old-line"_s, u"other-old-line"_s};

    const DirectoryReader::Result result
            = reader().read(DirectoryWriter::write(directory), u"directory.json"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    const Directory &read = result.directory;
    QCOMPARE(read.format, 1);
    QCOMPARE(read.publisher, directory.publisher);
    QCOMPARE(read.publisherUrl, directory.publisherUrl);
    QCOMPARE(read.updated, directory.updated);
    QCOMPARE(read.emergencyNumbers, directory.emergencyNumbers);
    QCOMPARE(read.services.size(), 2);
    QVERIFY(read.services.at(0) == directory.services.at(0));
    QVERIFY(read.services.at(1) == directory.services.at(1));
    QCOMPARE(read.hiddenIds, directory.hiddenIds);
}

void TestDirectoryWriter::roundTripsTheValidExample()
{
    const DirectoryReader::Result original
            = reader().readFile(QFINDTESTDATA("../data/directory/valid.json"));
    QVERIFY(original.diagnostics.isEmpty());
    const QByteArray written = DirectoryWriter::write(original.directory);
    const DirectoryReader::Result again = reader().read(written, u"written.json"_s);
    QVERIFY2(again.diagnostics.isEmpty(), qPrintable(describe(again.diagnostics)));
    QCOMPARE(again.directory.services.size(), original.directory.services.size());
    for (qsizetype i = 0; i < original.directory.services.size(); ++i)
        QVERIFY(again.directory.services.at(i) == original.directory.services.at(i));
    QCOMPARE(again.directory.emergencyNumbers, original.directory.emergencyNumbers);
    QCOMPARE(again.directory.hiddenIds, original.directory.hiddenIds);
}

void TestDirectoryWriter::writesCanonicalForm()
{
    Directory directory;
    directory.publisher = {u"Éditeur"_s, u"Publisher"_s};
    directory.updated = QDate(2026, 11, 1);
    Service service;
    service.id = u"line"_s;
    service.name = {u"Ligne"_s, u"Line"_s};
    service.category = ServiceCategory::Listening;
    service.scope = ServiceScope::National;
    service.contacts = {Contact{ContactKind::Phone, u"3114"_s, {}, {}, {}}};
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;
    service.location = GeoPoint{48.8566, 2.3522};
    service.anonymous = true;
    service.languages = {u"fr"_s, u"en"_s};
    service.source = u"https://example.org/"_s;
    service.verified = QDate(2026, 1, 15);
    directory.services = {service};

    const QByteArray expected = R"({
    "format": 1,
    "publisher": {
        "name": { "fr": "Éditeur", "en": "Publisher" },
        "updated": "2026-11-01"
    },
    "services": [
        {
            "id": "line",
            "name": { "fr": "Ligne", "en": "Line" },
            "category": "listening",
            "scope": "national",
            "contacts": [
                {
                    "kind": "phone",
                    "value": "3114"
                }
            ],
            "timezone": "Europe/Paris",
            "holidays": "FR",
            "location": { "lat": 48.8566, "lon": 2.3522 },
            "cost": "unknown",
            "anonymous": true,
            "languages": ["fr", "en"],
            "source": "https://example.org/",
            "verified": "2026-01-15",
            "status": "active"
        }
    ]
}
)";
    const QByteArray written = DirectoryWriter::write(directory);
    QCOMPARE(written, expected);
    QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!written.contains('\t'));
    QVERIFY(!written.contains('\r'));

    Directory empty;
    empty.publisher = {u"É"_s, u"P"_s};
    QCOMPARE(DirectoryWriter::write(empty),
             "{\n    \"format\": 1,\n    \"publisher\": {\n        \"name\": { \"fr\": \"É\", "
             "\"en\": \"P\" }\n    },\n    \"services\": []\n}\n"_ba);
}

void TestDirectoryWriter::outputIsStable()
{
    Directory directory;
    directory.publisher = {u"É"_s, u"P"_s};
    directory.updated = QDate(2026, 11, 1);
    directory.services = {fullService()};
    const QByteArray first = DirectoryWriter::write(directory);
    const DirectoryReader::Result read = reader().read(first, u"f"_s);
    QVERIFY(read.diagnostics.isEmpty());
    QCOMPARE(DirectoryWriter::write(read.directory), first);
    QCOMPARE(DirectoryWriter::writeService(read.directory.services.first()),
             DirectoryWriter::writeService(fullService()));
}

void TestDirectoryWriter::wrapsLongTextsAndLists()
{
    Service service = fullService();
    service.description = {QString(60, u'a'), QString(60, u'b')};
    service.languages = {u"fr"_s, u"en"_s, u"de"_s, u"es"_s, u"it"_s, u"pt"_s, u"nl"_s, u"pl"_s,
                         u"ro"_s, u"ar"_s, u"tr"_s, u"ru"_s, u"uk"_s, u"zh"_s, u"vi"_s, u"fsl"_s};
    const QByteArray written = DirectoryWriter::writeService(service);
    const QList<QByteArray> lines = written.split('\n');
    for (const QByteArray &line : lines)
        QVERIFY2(QString::fromUtf8(line).size() <= 100, line.constData());
    QVERIFY(written.contains("    \"description\": {\n        \"fr\": \"aaaa"));
    QVERIFY(written.contains("    \"languages\": [\n        \"fr\",\n        \"en\",\n"));
    const DirectoryReader::Result read = reader().readService(written, u"s"_s);
    QVERIFY2(read.diagnostics.isEmpty(), qPrintable(describe(read.diagnostics)));
    QVERIFY(read.directory.services.value(0) == service);
}

void TestDirectoryWriter::escapesWhatJsonRequires()
{
    Service service = fullService();
    service.name
            = {u"\"quoted\" \\ back\nslash \u0001 \u007F \u2028 😀"_s, u"lone \xD83D surrogate"_s};
    const QByteArray written = DirectoryWriter::writeService(service);
    QVERIFY(written.contains(R"("fr": "\"quoted\" \\ back\nslash \u0001 \u007f \u2028 😀")"));
    // A lone surrogate is not a character: it cannot be written in UTF-8.
    QVERIFY(written.contains("\"en\": \"lone \xEF\xBF\xBD surrogate\""));
    const DirectoryReader::Result read = reader().readService(written, u"s"_s);
    QVERIFY2(read.diagnostics.isEmpty(), qPrintable(describe(read.diagnostics)));
    QCOMPARE(read.directory.services.value(0).name.fr, service.name.fr);
    QCOMPARE(read.directory.services.value(0).name.en, u"lone \uFFFD surrogate"_s);
}

void TestDirectoryWriter::leavesOutAbsentFields()
{
    Service service;
    service.id = u"bare"_s;
    service.name = {u"Nu"_s, QString()};
    service.contacts = {Contact{ContactKind::Web, u"https://example.org/"_s, {}, {}, {}}};
    const QByteArray written = DirectoryWriter::writeService(service);
    for (const char *absent :
         {"description", "audience", "organisation", "region", "hours", "timezone", "holidays",
          "location", "cost_note", "anonymous", "accessibility", "languages", "source", "verified",
          "status_note", "\"en\"", "label", "note"}) {
        QVERIFY2(!written.contains(absent), absent);
    }
    // Enumerations are always written, defaults included.
    QVERIFY(written.contains("\"cost\": \"unknown\""));
    QVERIFY(written.contains("\"status\": \"active\""));
    QVERIFY(written.contains("\"name\": { \"fr\": \"Nu\" }"));

    // A text in one language comes back as it was, with the reader's warning.
    service.source = u"https://example.org/"_s;
    service.verified = QDate(2026, 1, 1);
    const DirectoryReader::Result read
            = DirectoryReader().readService(DirectoryWriter::writeService(service), u"s"_s);
    QCOMPARE(read.diagnostics.size(), 1);
    QCOMPARE(read.diagnostics.at(0).codeName(), u"missing-translation"_s);
    QCOMPARE(read.directory.services.value(0).name, service.name);
}

QTEST_GUILESS_MAIN(TestDirectoryWriter)
#include "tst_directorywriter.moc"
