#include "core/calendar/suntimes.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

enum class Event { Dawn, Sunrise, Sunset, Dusk };

QDateTime member(const SunTimes &times, Event event)
{
    switch (event) {
    case Event::Dawn:
        return times.dawn;
    case Event::Sunrise:
        return times.sunrise;
    case Event::Sunset:
        return times.sunset;
    case Event::Dusk:
        return times.dusk;
    }
    return {};
}

// "HH:mm" in the event's own zone, "-" for an event that does not happen.
QString localTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(u"HH:mm") : u"-"_s;
}

QString describe(const SunTimes &times)
{
    return QStringList{localTime(times.dawn), localTime(times.sunrise), localTime(times.sunset),
                       localTime(times.dusk)}
            .join(u' ');
}

const GeoPoint paris{48.8566, 2.3522};
const GeoPoint tromso{69.6492, 18.9553};
const GeoPoint longyearbyen{78.2232, 15.6267};

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

} // namespace

Q_DECLARE_METATYPE(Event)
Q_DECLARE_METATYPE(GeoPoint)

class TestSunTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithReferenceCorpusInParis_data();
    void agreesWithReferenceCorpusInParis();
    void agreesWithReferenceEveryDayOf2026InParis();
    void truncatesToWholeMinutesInTheGivenZone();
    void followsDaylightSavingTime();
    void computesOtherLatitudesAndZones_data();
    void computesOtherLatitudesAndZones();
    void handlesPolarDayAndNight_data();
    void handlesPolarDayAndNight();
    void ordersEventsWithinTheDayAtMiddleLatitudes();
    void returnsNothingForInvalidInput_data();
    void returnsNothingForInvalidInput();
};

void TestSunTimes::initTestCase()
{
    for (const char *id : {"Europe/Paris", "Europe/Oslo", "Arctic/Longyearbyen", "Australia/Sydney",
                           "Indian/Reunion", "Pacific/Noumea", "Asia/Tokyo", "Pacific/Kiritimati",
                           "America/Martinique", "Antarctica/McMurdo"})
        QVERIFY2(zone(id).isValid(), id);
}

void TestSunTimes::agreesWithReferenceCorpusInParis_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("expected");

    // Every sun event that is a next_change of the rules "sunrise-sunset" and
    // "dawn-(dusk-00:00)" in shared/opening-hours/corpus.jsonl (opening_hours.js 3.15.0, Paris),
    // including both DST days of 2026 and the 2020 leap day.
    QTest::newRow("sunset 2020-02-29") << Event::Sunset << u"2020-02-29T18:33:00+01:00"_s;
    QTest::newRow("dusk 2020-02-29") << Event::Dusk << u"2020-02-29T19:04:00+01:00"_s;
    QTest::newRow("sunset 2020-04-15") << Event::Sunset << u"2020-04-15T20:42:00+02:00"_s;
    QTest::newRow("dusk 2020-04-15") << Event::Dusk << u"2020-04-15T21:16:00+02:00"_s;
    QTest::newRow("dawn 2020-11-08") << Event::Dawn << u"2020-11-08T07:15:00+01:00"_s;
    QTest::newRow("sunrise 2020-11-08") << Event::Sunrise << u"2020-11-08T07:49:00+01:00"_s;
    QTest::newRow("sunset 2020-12-25") << Event::Sunset << u"2020-12-25T16:58:00+01:00"_s;
    QTest::newRow("dusk 2020-12-25") << Event::Dusk << u"2020-12-25T17:35:00+01:00"_s;
    QTest::newRow("sunset 2026-01-01") << Event::Sunset << u"2026-01-01T17:04:00+01:00"_s;
    QTest::newRow("dusk 2026-01-01") << Event::Dusk << u"2026-01-01T17:41:00+01:00"_s;
    QTest::newRow("dawn 2026-01-12") << Event::Dawn << u"2026-01-12T08:04:00+01:00"_s;
    QTest::newRow("sunrise 2026-01-12") << Event::Sunrise << u"2026-01-12T08:40:00+01:00"_s;
    QTest::newRow("sunset 2026-01-12") << Event::Sunset << u"2026-01-12T17:17:00+01:00"_s;
    QTest::newRow("dusk 2026-01-12") << Event::Dusk << u"2026-01-12T17:53:00+01:00"_s;
    QTest::newRow("sunset 2026-01-13") << Event::Sunset << u"2026-01-13T17:18:00+01:00"_s;
    QTest::newRow("dusk 2026-01-13") << Event::Dusk << u"2026-01-13T17:54:00+01:00"_s;
    QTest::newRow("dawn 2026-01-15") << Event::Dawn << u"2026-01-15T08:02:00+01:00"_s;
    QTest::newRow("sunrise 2026-01-15") << Event::Sunrise << u"2026-01-15T08:38:00+01:00"_s;
    QTest::newRow("dawn 2026-01-16") << Event::Dawn << u"2026-01-16T08:02:00+01:00"_s;
    QTest::newRow("sunrise 2026-01-16") << Event::Sunrise << u"2026-01-16T08:38:00+01:00"_s;
    QTest::newRow("dawn 2026-01-17") << Event::Dawn << u"2026-01-17T08:01:00+01:00"_s;
    QTest::newRow("sunrise 2026-01-17") << Event::Sunrise << u"2026-01-17T08:37:00+01:00"_s;
    QTest::newRow("sunset 2026-01-17") << Event::Sunset << u"2026-01-17T17:24:00+01:00"_s;
    QTest::newRow("dusk 2026-01-17") << Event::Dusk << u"2026-01-17T18:00:00+01:00"_s;
    QTest::newRow("sunset 2026-01-18") << Event::Sunset << u"2026-01-18T17:25:00+01:00"_s;
    QTest::newRow("dusk 2026-01-18") << Event::Dusk << u"2026-01-18T18:01:00+01:00"_s;
    QTest::newRow("dawn 2026-01-19") << Event::Dawn << u"2026-01-19T08:00:00+01:00"_s;
    QTest::newRow("sunrise 2026-01-19") << Event::Sunrise << u"2026-01-19T08:35:00+01:00"_s;
    QTest::newRow("dawn 2026-03-29") << Event::Dawn << u"2026-03-29T07:03:00+02:00"_s;
    QTest::newRow("sunrise 2026-03-29") << Event::Sunrise << u"2026-03-29T07:34:00+02:00"_s;
    QTest::newRow("sunset 2026-03-29") << Event::Sunset << u"2026-03-29T20:16:00+02:00"_s;
    QTest::newRow("dusk 2026-03-29") << Event::Dusk << u"2026-03-29T20:48:00+02:00"_s;
    QTest::newRow("sunset 2026-04-03") << Event::Sunset << u"2026-04-03T20:24:00+02:00"_s;
    QTest::newRow("dusk 2026-04-03") << Event::Dusk << u"2026-04-03T20:56:00+02:00"_s;
    QTest::newRow("dawn 2026-04-06") << Event::Dawn << u"2026-04-06T06:45:00+02:00"_s;
    QTest::newRow("sunrise 2026-04-06") << Event::Sunrise << u"2026-04-06T07:18:00+02:00"_s;
    QTest::newRow("sunset 2026-04-06") << Event::Sunset << u"2026-04-06T20:28:00+02:00"_s;
    QTest::newRow("dusk 2026-04-06") << Event::Dusk << u"2026-04-06T21:01:00+02:00"_s;
    QTest::newRow("sunset 2026-05-01") << Event::Sunset << u"2026-05-01T21:05:00+02:00"_s;
    QTest::newRow("dusk 2026-05-01") << Event::Dusk << u"2026-05-01T21:41:00+02:00"_s;
    QTest::newRow("sunset 2026-05-14") << Event::Sunset << u"2026-05-14T21:24:00+02:00"_s;
    QTest::newRow("dusk 2026-05-14") << Event::Dusk << u"2026-05-14T22:02:00+02:00"_s;
    QTest::newRow("sunset 2026-06-10") << Event::Sunset << u"2026-06-10T21:53:00+02:00"_s;
    QTest::newRow("dusk 2026-06-10") << Event::Dusk << u"2026-06-10T22:35:00+02:00"_s;
    QTest::newRow("dawn 2026-06-13") << Event::Dawn << u"2026-06-13T05:04:00+02:00"_s;
    QTest::newRow("sunrise 2026-06-13") << Event::Sunrise << u"2026-06-13T05:46:00+02:00"_s;
    QTest::newRow("sunset 2026-07-13") << Event::Sunset << u"2026-07-13T21:51:00+02:00"_s;
    QTest::newRow("dusk 2026-07-13") << Event::Dusk << u"2026-07-13T22:31:00+02:00"_s;
    QTest::newRow("sunset 2026-07-14") << Event::Sunset << u"2026-07-14T21:50:00+02:00"_s;
    QTest::newRow("dusk 2026-07-14") << Event::Dusk << u"2026-07-14T22:30:00+02:00"_s;
    QTest::newRow("sunset 2026-08-05") << Event::Sunset << u"2026-08-05T21:23:00+02:00"_s;
    QTest::newRow("dusk 2026-08-05") << Event::Dusk << u"2026-08-05T21:59:00+02:00"_s;
    QTest::newRow("sunset 2026-08-15") << Event::Sunset << u"2026-08-15T21:06:00+02:00"_s;
    QTest::newRow("dusk 2026-08-15") << Event::Dusk << u"2026-08-15T21:40:00+02:00"_s;
    QTest::newRow("dawn 2026-10-25") << Event::Dawn << u"2026-10-25T06:53:00+01:00"_s;
    QTest::newRow("sunrise 2026-10-25") << Event::Sunrise << u"2026-10-25T07:26:00+01:00"_s;
    QTest::newRow("sunset 2026-10-25") << Event::Sunset << u"2026-10-25T17:42:00+01:00"_s;
    QTest::newRow("dusk 2026-10-25") << Event::Dusk << u"2026-10-25T18:14:00+01:00"_s;
    QTest::newRow("dawn 2026-12-25") << Event::Dawn << u"2026-12-25T08:05:00+01:00"_s;
    QTest::newRow("sunrise 2026-12-25") << Event::Sunrise << u"2026-12-25T08:42:00+01:00"_s;
    QTest::newRow("sunset 2026-12-25") << Event::Sunset << u"2026-12-25T16:58:00+01:00"_s;
    QTest::newRow("dusk 2026-12-25") << Event::Dusk << u"2026-12-25T17:35:00+01:00"_s;
    QTest::newRow("dawn 2027-01-01") << Event::Dawn << u"2027-01-01T08:07:00+01:00"_s;
    QTest::newRow("sunrise 2027-01-01") << Event::Sunrise << u"2027-01-01T08:44:00+01:00"_s;
    QTest::newRow("sunset 2027-02-15") << Event::Sunset << u"2027-02-15T18:10:00+01:00"_s;
    QTest::newRow("dusk 2027-02-15") << Event::Dusk << u"2027-02-15T18:43:00+01:00"_s;
    QTest::newRow("sunset 2027-03-28") << Event::Sunset << u"2027-03-28T20:15:00+02:00"_s;
    QTest::newRow("dusk 2027-03-28") << Event::Dusk << u"2027-03-28T20:46:00+02:00"_s;
    QTest::newRow("sunset 2027-03-29") << Event::Sunset << u"2027-03-29T20:16:00+02:00"_s;
    QTest::newRow("dusk 2027-03-29") << Event::Dusk << u"2027-03-29T20:48:00+02:00"_s;
    QTest::newRow("sunset 2027-07-14") << Event::Sunset << u"2027-07-14T21:50:00+02:00"_s;
    QTest::newRow("dusk 2027-07-14") << Event::Dusk << u"2027-07-14T22:31:00+02:00"_s;
}

void TestSunTimes::agreesWithReferenceCorpusInParis()
{
    QFETCH(Event, event);
    QFETCH(QString, expected);

    const QDateTime reference = QDateTime::fromString(expected, Qt::ISODate);
    QVERIFY(reference.isValid());
    const QTimeZone parisZone = zone("Europe/Paris");
    const QDateTime actual = member(
            SunTimes::forDay(reference.toTimeZone(parisZone).date(), paris, parisZone), event);
    QVERIFY(actual.isValid());
    QCOMPARE(actual.toMSecsSinceEpoch(), reference.toMSecsSinceEpoch());
    QCOMPARE(actual.offsetFromUtc(), reference.offsetFromUtc());
}

void TestSunTimes::agreesWithReferenceEveryDayOf2026InParis()
{
    const QString path = QFINDTESTDATA("../data/suntimes-paris-2026.txt");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    const QTimeZone parisZone = zone("Europe/Paris");
    int days = 0;
    QStringList differences;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QDate date = QDate::fromString(line.left(10), Qt::ISODate);
        QVERIFY2(date.isValid(), qPrintable(line));
        const QString actual = describe(SunTimes::forDay(date, paris, parisZone));
        if (actual != line.mid(11))
            differences.append(line + u" / computed "_s + actual);
        ++days;
    }
    QCOMPARE(days, 365);
    QCOMPARE(differences, QStringList());
}

void TestSunTimes::truncatesToWholeMinutesInTheGivenZone()
{
    const QTimeZone parisZone = zone("Europe/Paris");
    for (QDate date(2026, 1, 1); date.year() == 2026; date = date.addDays(7)) {
        const SunTimes times = SunTimes::forDay(date, paris, parisZone);
        for (const QDateTime &event : {times.dawn, times.sunrise, times.sunset, times.dusk}) {
            QVERIFY(event.isValid());
            QCOMPARE(event.time().second(), 0);
            QCOMPARE(event.time().msec(), 0);
            QCOMPARE(event.timeSpec(), Qt::TimeZone);
            QCOMPARE(event.timeZone(), parisZone);
            QCOMPARE(event.date(), date);
        }
    }
}

void TestSunTimes::followsDaylightSavingTime()
{
    // The Sun does not jump with the clocks: across each change the local sunrise moves by
    // about an hour while the instants move by a minute or two.
    const QTimeZone parisZone = zone("Europe/Paris");
    const SunTimes beforeSpring = SunTimes::forDay(QDate(2026, 3, 28), paris, parisZone);
    const SunTimes spring = SunTimes::forDay(QDate(2026, 3, 29), paris, parisZone);
    QCOMPARE(beforeSpring.sunrise.offsetFromUtc(), 3600);
    QCOMPARE(spring.sunrise.offsetFromUtc(), 7200);
    QCOMPARE(spring.sunrise.time(), QTime(7, 34));
    const qint64 springShift = beforeSpring.sunrise.secsTo(spring.sunrise) - 86400;
    QVERIFY2(springShift > -180 && springShift < 0, qPrintable(QString::number(springShift)));

    const SunTimes beforeAutumn = SunTimes::forDay(QDate(2026, 10, 24), paris, parisZone);
    const SunTimes autumn = SunTimes::forDay(QDate(2026, 10, 25), paris, parisZone);
    QCOMPARE(beforeAutumn.sunrise.offsetFromUtc(), 7200);
    QCOMPARE(autumn.sunrise.offsetFromUtc(), 3600);
    QCOMPARE(autumn.sunrise.time(), QTime(7, 26));
    const qint64 autumnShift = beforeAutumn.sunrise.secsTo(autumn.sunrise) - 86400;
    QVERIFY2(autumnShift > 0 && autumnShift < 180, qPrintable(QString::number(autumnShift)));
}

void TestSunTimes::computesOtherLatitudesAndZones_data()
{
    QTest::addColumn<GeoPoint>("location");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("offset");

    // Expected values: opening_hours.js 3.15.0 / SunCalc 2.0.2 with the zone as TZ, the same
    // way the corpus was produced.
    QTest::newRow("Sydney, summer (AEDT)")
            << GeoPoint{-33.8688, 151.2093} << u"Australia/Sydney"_s << QDate(2026, 1, 15)
            << u"05:31 05:59 20:09 20:37"_s << 11 * 3600;
    QTest::newRow("Sydney, winter (AEST)")
            << GeoPoint{-33.8688, 151.2093} << u"Australia/Sydney"_s << QDate(2026, 7, 15)
            << u"06:31 06:58 17:04 17:31"_s << 10 * 3600;
    QTest::newRow("Saint-Denis de La Réunion, June solstice")
            << GeoPoint{-20.8789, 55.4481} << u"Indian/Reunion"_s << QDate(2026, 6, 21)
            << u"06:29 06:54 17:45 18:10"_s << 4 * 3600;
    QTest::newRow("Nouméa, December solstice")
            << GeoPoint{-22.2758, 166.458} << u"Pacific/Noumea"_s << QDate(2026, 12, 21)
            << u"04:41 05:06 18:37 19:02"_s << 11 * 3600;
    QTest::newRow("Tokyo, June solstice")
            << GeoPoint{35.6762, 139.6503} << u"Asia/Tokyo"_s << QDate(2026, 6, 21)
            << u"03:55 04:25 19:00 19:30"_s << 9 * 3600;
    QTest::newRow("Kiritimati, UTC+14 at 157 W")
            << GeoPoint{1.87, -157.4} << u"Pacific/Kiritimati"_s << QDate(2026, 1, 15)
            << u"06:15 06:38 18:39 19:01"_s << 14 * 3600;
    QTest::newRow("Fort-de-France")
            << GeoPoint{14.6161, -61.0588} << u"America/Martinique"_s << QDate(2026, 3, 29)
            << u"05:40 06:01 18:16 18:37"_s << -4 * 3600;
    QTest::newRow("McMurdo, dusk before midnight")
            << GeoPoint{-77.85, 166.67} << u"Antarctica/McMurdo"_s << QDate(2026, 10, 4)
            << u"03:56 06:06 21:23 23:38"_s << 13 * 3600;
    QTest::newRow("Tromsø, January") << tromso << u"Europe/Oslo"_s << QDate(2026, 1, 15)
                                     << u"08:57 11:29 12:18 14:50"_s << 3600;
    QTest::newRow("Longyearbyen, white night")
            << longyearbyen << u"Arctic/Longyearbyen"_s << QDate(2026, 4, 5) << u"- 04:38 21:28 -"_s
            << 2 * 3600;
}

void TestSunTimes::computesOtherLatitudesAndZones()
{
    QFETCH(GeoPoint, location);
    QFETCH(QString, zoneId);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QFETCH(int, offset);

    const QTimeZone timeZone(zoneId.toUtf8());
    const SunTimes times = SunTimes::forDay(date, location, timeZone);
    QCOMPARE(describe(times), expected);
    for (const QDateTime &event : {times.dawn, times.sunrise, times.sunset, times.dusk}) {
        if (!event.isValid())
            continue;
        QCOMPARE(event.date(), date);
        QCOMPARE(event.offsetFromUtc(), offset);
    }
}

void TestSunTimes::handlesPolarDayAndNight_data()
{
    QTest::addColumn<GeoPoint>("location");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Tromsø, midnight sun")
            << tromso << u"Europe/Oslo"_s << QDate(2026, 6, 21) << u"- - - -"_s;
    QTest::newRow("Tromsø, polar night with civil twilight")
            << tromso << u"Europe/Oslo"_s << QDate(2026, 12, 21) << u"09:31 - - 13:53"_s;
    QTest::newRow("Longyearbyen, polar night without twilight")
            << longyearbyen << u"Arctic/Longyearbyen"_s << QDate(2026, 12, 21) << u"- - - -"_s;
    QTest::newRow("McMurdo, polar day") << GeoPoint{-77.85, 166.67} << u"Antarctica/McMurdo"_s
                                        << QDate(2026, 12, 21) << u"- - - -"_s;
    // The sunset of 16 May happens after midnight: 16 May has none, 17 May has it at 00:03.
    QTest::newRow("Tromsø, sunset after midnight")
            << tromso << u"Europe/Oslo"_s << QDate(2026, 5, 16) << u"- 01:31 - -"_s;
    QTest::newRow("Tromsø, next day")
            << tromso << u"Europe/Oslo"_s << QDate(2026, 5, 17) << u"- 01:17 00:03 -"_s;
    // The last night before the midnight sun lasts 22 minutes (00:29 to 00:51). The reference
    // finds the sunset but no sunrise (it decides with the declination at noon); a
    // minute-by-minute scan of the Sun's altitude confirms both.
    QTest::newRow("Tromsø, last short night")
            << tromso << u"Europe/Oslo"_s << QDate(2026, 5, 18) << u"- 00:51 00:29 -"_s;
    QTest::newRow("Tromsø, first day of midnight sun")
            << tromso << u"Europe/Oslo"_s << QDate(2026, 5, 19) << u"- - - -"_s;
}

void TestSunTimes::handlesPolarDayAndNight()
{
    QFETCH(GeoPoint, location);
    QFETCH(QString, zoneId);
    QFETCH(QDate, date);
    QFETCH(QString, expected);

    const SunTimes times = SunTimes::forDay(date, location, QTimeZone(zoneId.toUtf8()));
    QCOMPARE(describe(times), expected);
}

void TestSunTimes::ordersEventsWithinTheDayAtMiddleLatitudes()
{
    // Every day of eleven years in Paris has four events, in order, on that day.
    const QTimeZone parisZone = zone("Europe/Paris");
    int days = 0;
    for (QDate date(2020, 1, 1); date.year() <= 2030; date = date.addDays(1)) {
        const SunTimes times = SunTimes::forDay(date, paris, parisZone);
        const QString where = date.toString(Qt::ISODate);
        QVERIFY2(times.dawn.isValid() && times.dusk.isValid(), qPrintable(where));
        QVERIFY2(times.dawn < times.sunrise, qPrintable(where));
        QVERIFY2(times.sunrise < times.sunset, qPrintable(where));
        QVERIFY2(times.sunset < times.dusk, qPrintable(where));
        QCOMPARE(times.dawn.date(), date);
        QCOMPARE(times.dusk.date(), date);
        // Civil twilight lasts 30 to 45 minutes at this latitude.
        const qint64 twilight = times.dawn.secsTo(times.sunrise) / 60;
        QVERIFY2(twilight >= 30 && twilight <= 45, qPrintable(where));
        ++days;
    }
    QCOMPARE(days, 4018);
}

void TestSunTimes::returnsNothingForInvalidInput_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<GeoPoint>("location");
    QTest::addColumn<QString>("zoneId");

    QTest::newRow("invalid date") << QDate() << paris << u"Europe/Paris"_s;
    QTest::newRow("unknown zone") << QDate(2026, 6, 1) << paris << u"Europe/Atlantis"_s;
    QTest::newRow("latitude beyond the pole")
            << QDate(2026, 6, 1) << GeoPoint{91.0, 2.0} << u"Europe/Paris"_s;
    QTest::newRow("latitude not a number")
            << QDate(2026, 6, 1) << GeoPoint{std::numeric_limits<double>::quiet_NaN(), 2.0}
            << u"Europe/Paris"_s;
    QTest::newRow("longitude infinite")
            << QDate(2026, 6, 1) << GeoPoint{48.0, std::numeric_limits<double>::infinity()}
            << u"Europe/Paris"_s;
}

void TestSunTimes::returnsNothingForInvalidInput()
{
    QFETCH(QDate, date);
    QFETCH(GeoPoint, location);
    QFETCH(QString, zoneId);

    const SunTimes times = SunTimes::forDay(date, location, QTimeZone(zoneId.toUtf8()));
    QCOMPARE(describe(times), u"- - - -"_s);
}

QTEST_GUILESS_MAIN(TestSunTimes)
#include "tst_suntimes.moc"
