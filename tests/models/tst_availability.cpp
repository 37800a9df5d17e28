#include "core/openinghours/openinghours.h"
#include "core/translations.h"
#include "models/availability.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QTimeZone paris("Europe/Paris");
const QTimeZone reunion("Indian/Reunion");

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

Service serviceWith(const QString &rule, const QString &zone = u"Europe/Paris"_s)
{
    Service service;
    service.id = u"test"_s;
    service.hours = rule;
    service.timeZone = zone;
    service.holidays = zone == u"Indian/Reunion"_s ? u"FR-974"_s : u"FR"_s;
    return service;
}

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badges_data();
    void badges();
    void closingSoonStartsThirtyMinutesBeforeTheEnd();
    void neverClaimsOpenForHistoricalRecords();
    void givesTheServicesLocalTimeWhenItsZoneDiffers();
    void sameOffsetNeedsNoSecondTime();
    void countsDaysInTheUsersZone();
    void saysWhenFactsAreOld_data();
    void saysWhenFactsAreOld();
    void spokenBadgeIsOneSentence();
    void contextFollowsTheRecord();
};

void TestAvailability::initTestCase()
{
    QVERIFY(Translations::installInApplication(Language::English));
}

void TestAvailability::badges_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<int>("kind");

    QTest::newRow("open, closes today") << u"Mo-Su 09:00-18:00"_s << u"2026-01-12T10:00:00+01:00"_s
                                        << u"Open now · until 18:00"_s << int(BadgeKind::Open);
    QTest::newRow("closed, opens later today")
            << u"Mo-Su 09:00-18:00"_s << u"2026-01-12T08:00:00+01:00"_s
            << u"Closed · opens at 9:00"_s << int(BadgeKind::Closed);
    QTest::newRow("closed, opens tomorrow")
            << u"Mo-Su 09:00-18:00"_s << u"2026-01-12T19:00:00+01:00"_s
            << u"Closed · opens tomorrow at 9:00"_s << int(BadgeKind::Closed);
    QTest::newRow("closed for the weekend")
            << u"Mo-Fr 09:00-18:00"_s << u"2026-01-16T19:00:00+01:00"_s
            << u"Closed · opens Monday at 9:00"_s << int(BadgeKind::Closed);
    QTest::newRow("closed for weeks")
            << u"Jan 20-Jan 25 09:30-18:00"_s << u"2026-01-12T10:00:00+01:00"_s
            << u"Closed · opens on 20 January at 9:30"_s << int(BadgeKind::Closed);
    QTest::newRow("24/7") << u"24/7"_s << u"2026-01-12T10:00:00+01:00"_s << u"Open 24 hours"_s
                          << int(BadgeKind::OpenAllDay);
    QTest::newRow("open past midnight") << u"Mo-Su 08:00-02:00"_s << u"2026-01-12T23:00:00+01:00"_s
                                        << u"Open now · until 2:00"_s << int(BadgeKind::Open);
    QTest::newRow("open until the next day")
            << u"Mo 09:00-24:00; Tu 00:00-12:00"_s << u"2026-01-12T10:00:00+01:00"_s
            << u"Open now · until Tuesday 12:00"_s << int(BadgeKind::Open);
    QTest::newRow("no rule") << QString() << u"2026-01-12T10:00:00+01:00"_s << u"Hours unknown"_s
                             << int(BadgeKind::Unknown);
    QTest::newRow("rule that does not parse") << u"24h/24 7j/7"_s << u"2026-01-12T10:00:00+01:00"_s
                                              << u"Hours unknown"_s << int(BadgeKind::Unknown);
    QTest::newRow("comment without state is unknown")
            << u"Mo-Fr 09:00-18:00 \"sur rendez-vous\""_s << u"2026-01-12T10:00:00+01:00"_s
            << u"Hours unknown"_s << int(BadgeKind::Unknown);
    QTest::newRow("closed on a public holiday")
            << u"Mo-Fr 09:00-18:00; PH off"_s << u"2026-04-06T10:00:00+02:00"_s
            << u"Closed · opens tomorrow at 9:00"_s << int(BadgeKind::Closed);
    QTest::newRow("spring DST day") << u"Mo-Su 01:00-04:00"_s << u"2026-03-29T01:30:00+01:00"_s
                                    << u"Open now · until 4:00"_s << int(BadgeKind::Open);
    QTest::newRow("always closed")
            << u"off"_s << u"2026-01-12T10:00:00+01:00"_s << u"Closed"_s << int(BadgeKind::Closed);
}

void TestAvailability::badges()
{
    QFETCH(QString, rule);
    QFETCH(QString, now);
    QFETCH(QString, badge);
    QFETCH(int, kind);
    const Service service = serviceWith(rule);
    const EvaluationContext context = ServiceAvailability::contextFor(service);
    const Availability availability = ServiceAvailability::evaluate(OpeningHours(rule), context,
                                                                    ServiceStatus::Active, at(now));
    QCOMPARE(int(availability.kind), kind);
    QCOMPARE(ServiceAvailability::badgeText(availability, at(now), paris, context.timeZone,
                                            Language::English)
                     .display(),
             badge);
}

void TestAvailability::closingSoonStartsThirtyMinutesBeforeTheEnd()
{
    const OpeningHours hours(u"Mo-Su 09:00-18:00"_s);
    const EvaluationContext context = ServiceAvailability::contextFor(serviceWith(hours.rule()));
    const Availability before = ServiceAvailability::evaluate(hours, context, ServiceStatus::Active,
                                                              at(u"2026-01-12T17:29:59+01:00"_s));
    QCOMPARE(before.kind, BadgeKind::Open);
    // The badge must be looked at again when "closing soon" starts.
    QCOMPARE(before.revisit, at(u"2026-01-12T17:30:00+01:00"_s));

    const Availability soon = ServiceAvailability::evaluate(hours, context, ServiceStatus::Active,
                                                            at(u"2026-01-12T17:30:00+01:00"_s));
    QCOMPARE(soon.kind, BadgeKind::ClosingSoon);
    QCOMPARE(soon.revisit, at(u"2026-01-12T18:00:00+01:00"_s));
    QCOMPARE(ServiceAvailability::badgeText(soon, at(u"2026-01-12T17:30:00+01:00"_s), paris, paris,
                                            Language::English)
                     .display(),
             u"Closing soon · until 18:00"_s);
}

void TestAvailability::neverClaimsOpenForHistoricalRecords()
{
    const OpeningHours hours(u"24/7"_s);
    const EvaluationContext context = ServiceAvailability::contextFor(serviceWith(hours.rule()));
    const Availability availability = ServiceAvailability::evaluate(
            hours, context, ServiceStatus::Historical, at(u"2026-01-12T10:00:00+01:00"_s));
    QCOMPARE(availability.state, OpenState::Unknown);
    QCOMPARE(availability.kind, BadgeKind::Unknown);
    QVERIFY(!availability.revisit.isValid());
    // Unverified records still show what their hours say.
    QCOMPARE(ServiceAvailability::evaluate(hours, context, ServiceStatus::Unverified,
                                           at(u"2026-01-12T10:00:00+01:00"_s))
                     .state,
             OpenState::Open);
}

void TestAvailability::givesTheServicesLocalTimeWhenItsZoneDiffers()
{
    // 04:00 in Paris is 07:00 in Réunion (UTC+4, no DST); the line opens at 9:00 there.
    const Service service = serviceWith(u"Mo-Su 09:00-18:00"_s, u"Indian/Reunion"_s);
    const EvaluationContext context = ServiceAvailability::contextFor(service);
    QCOMPARE(context.timeZone, reunion);
    const QDateTime now = at(u"2026-01-12T04:00:00+01:00"_s);
    const Availability availability = ServiceAvailability::evaluate(
            OpeningHours(service.hours), context, ServiceStatus::Active, now);
    QCOMPARE(availability.state, OpenState::Closed);
    QCOMPARE(availability.nextChange, at(u"2026-01-12T09:00:00+04:00"_s));
    QCOMPARE(ServiceAvailability::badgeText(availability, now, paris, reunion, Language::English)
                     .display(),
             u"Closed · opens at 6:00 (9:00 in Réunion)"_s);
    // Seen from Réunion itself, one time is enough.
    QCOMPARE(ServiceAvailability::badgeText(availability, now, reunion, reunion, Language::English)
                     .display(),
             u"Closed · opens at 9:00"_s);
}

void TestAvailability::sameOffsetNeedsNoSecondTime()
{
    const QTimeZone brussels("Europe/Brussels");
    const Service service = serviceWith(u"Mo-Su 09:00-18:00"_s, u"Europe/Brussels"_s);
    const EvaluationContext context = ServiceAvailability::contextFor(service);
    const QDateTime now = at(u"2026-01-12T08:00:00+01:00"_s);
    const Availability availability = ServiceAvailability::evaluate(
            OpeningHours(service.hours), context, ServiceStatus::Active, now);
    QCOMPARE(ServiceAvailability::badgeText(availability, now, paris, brussels, Language::English)
                     .display(),
             u"Closed · opens at 9:00"_s);
}

void TestAvailability::countsDaysInTheUsersZone()
{
    // At 23:30 in Paris it is already the next day in Réunion; "tomorrow" is the user's.
    const Service service = serviceWith(u"Mo-Su 09:00-18:00"_s, u"Indian/Reunion"_s);
    const EvaluationContext context = ServiceAvailability::contextFor(service);
    const QDateTime now = at(u"2026-01-12T23:30:00+01:00"_s);
    const Availability availability = ServiceAvailability::evaluate(
            OpeningHours(service.hours), context, ServiceStatus::Active, now);
    QCOMPARE(ServiceAvailability::badgeText(availability, now, paris, reunion, Language::English)
                     .display(),
             u"Closed · opens tomorrow at 6:00 (9:00 in Réunion)"_s);
}

void TestAvailability::saysWhenFactsAreOld_data()
{
    QTest::addColumn<QDate>("verified");
    QTest::addColumn<QString>("text");
    QTest::newRow("recent") << QDate(2026, 6, 1) << QString();
    QTest::newRow("exactly a year") << QDate(2025, 11, 23) << QString();
    QTest::newRow("a year and a day") << QDate(2025, 11, 22) << u"Last checked November 2025"_s;
    QTest::newRow("old") << QDate(2020, 3, 19) << u"Last checked March 2020"_s;
    QTest::newRow("unknown date") << QDate() << QString();
}

void TestAvailability::saysWhenFactsAreOld()
{
    QFETCH(QDate, verified);
    QFETCH(QString, text);
    QCOMPARE(ServiceAvailability::staleText(verified, QDate(2026, 11, 23), Language::English),
             text);
}

void TestAvailability::spokenBadgeIsOneSentence()
{
    const BadgeText badge{u"Open now"_s, u"until 18:00"_s};
    QCOMPARE(badge.display(), u"Open now · until 18:00"_s);
    QCOMPARE(badge.spoken(), u"Open now, until 18:00"_s);
    const BadgeText headlineOnly{u"Open 24 hours"_s, {}};
    QCOMPARE(headlineOnly.spoken(), u"Open 24 hours"_s);
}

void TestAvailability::contextFollowsTheRecord()
{
    Service service = serviceWith(u"24/7"_s, u"America/Guadeloupe"_s);
    service.holidays = u"FR-971"_s;
    EvaluationContext context = ServiceAvailability::contextFor(service);
    QCOMPARE(context.timeZone.id(), QByteArray("America/Guadeloupe"));
    QCOMPARE(context.holidayRegion, u"FR-971"_s);
    QVERIFY(qAbs(context.location.latitude - 16.0) < 0.1);

    service.location = GeoPoint{43.6, 1.44};
    context = ServiceAvailability::contextFor(service);
    QCOMPARE(context.location, (GeoPoint{43.6, 1.44}));

    service.timeZone = u"Not/AZone"_s;
    QCOMPARE(ServiceAvailability::contextFor(service).timeZone.id(), QByteArray("Europe/Paris"));
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
