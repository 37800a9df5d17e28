#include "store/servicecodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestServiceCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField();
    void roundTripsAnEmptyService();
    void rejectsTruncatedOrExtendedRecords();
    void roundTripsEmergencyNumbers();
};

namespace {

Service fullService()
{
    Service s;
    s.id = u"fil-sante-jeunes"_s;
    s.name = {u"Fil Santé Jeunes"_s, u"Fil Santé Jeunes"_s};
    s.description = {u"Écoute"_s, u"Listening"_s};
    s.audience = {u"12–25 ans"_s, u"12 to 25"_s};
    s.organisation = {u"EPE"_s, {}};
    s.category = ServiceCategory::Youth;
    s.scope = ServiceScope::Regional;
    s.region = u"FR-IDF"_s;
    s.contacts = {Contact{ContactKind::Phone, u"0 800 235 236"_s, {u"Tél"_s, u"Phone"_s}, {}, {}},
                  Contact{ContactKind::Chat,
                          u"https://example.org"_s,
                          {},
                          u"Mo-Su 09:00-22:00"_s,
                          {u"note"_s, {}}}};
    s.hours = u"Mo-Su 09:00-23:00"_s;
    s.hoursNote = {u"n"_s, u"n"_s};
    s.timeZone = u"Europe/Paris"_s;
    s.holidays = u"FR-57"_s;
    s.cost = Cost::Free;
    s.costNote = {u"gratuit"_s, u"free"_s};
    s.anonymous = false;
    s.accessibility = {AccessibilityFeature::SignLanguage, AccessibilityFeature::CuedSpeech};
    s.accessibilityNote = {u"LSF"_s, u"French Sign Language"_s};
    s.languages = {u"fr"_s, u"en"_s};
    s.source = u"https://example.org/source"_s;
    s.verified = QDate(2025, 1, 2);
    s.status = ServiceStatus::Unverified;
    s.statusNote = {u"ancien"_s, u"old"_s};
    s.location = GeoPoint{48.8566, 2.3522};
    s.origin = ServiceOrigin::Organisation;
    s.pinned = true;
    return s;
}

} // namespace

void TestServiceCodec::roundTripsEveryField()
{
    const Service original = fullService();
    const std::optional<Service> decoded
            = ServiceCodec::decodeService(ServiceCodec::encode(original));
    QVERIFY(decoded);
    QCOMPARE(*decoded, original);
    QCOMPARE(decoded->anonymous, std::optional<bool>(false));
}

void TestServiceCodec::roundTripsAnEmptyService()
{
    const Service original;
    const std::optional<Service> decoded
            = ServiceCodec::decodeService(ServiceCodec::encode(original));
    QVERIFY(decoded);
    QCOMPARE(*decoded, original);
    QVERIFY(!decoded->anonymous.has_value());
    QVERIFY(!decoded->location.has_value());
}

void TestServiceCodec::rejectsTruncatedOrExtendedRecords()
{
    const QByteArray bytes = ServiceCodec::encode(fullService());
    for (qsizetype length : {qsizetype(0), qsizetype(1), bytes.size() / 2, bytes.size() - 1})
        QVERIFY2(!ServiceCodec::decodeService(bytes.left(length)),
                 qPrintable(QString::number(length)));
    QVERIFY(!ServiceCodec::decodeService(bytes + QByteArray("x")));
}

void TestServiceCodec::roundTripsEmergencyNumbers()
{
    const EmergencyNumber number{u"114"_s,
                                 u"114"_s,
                                 ContactKind::Sms,
                                 {u"114"_s, u"114"_s},
                                 {u"Par SMS"_s, u"By text message"_s}};
    const auto decoded = ServiceCodec::decodeEmergencyNumber(ServiceCodec::encode(number));
    QVERIFY(decoded);
    QCOMPARE(*decoded, number);
    QVERIFY(!ServiceCodec::decodeEmergencyNumber(ServiceCodec::encode(number).chopped(2)));
}

QTEST_GUILESS_MAIN(TestServiceCodec)
#include "tst_servicecodec.moc"
