#include "core/openinghours/localtimemapper.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

qint64 secondsOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

qint64 julianDay(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay();
}

} // namespace

class TestLocalTimeMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWallClockTimes_data();
    void readsWallClockTimes();
    void mapsWallClockTimesToInstants_data();
    void mapsWallClockTimesToInstants();
    void findsTheSkippedHour();
    void keepsOneOffsetWithoutDaylightSavingTime();
    void treatsAnInvalidZoneAsUtc();
};

void TestLocalTimeMapper::readsWallClockTimes_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("second");

    QTest::newRow("winter") << u"2026-01-12T09:00:00+01:00"_s << QDate(2026, 1, 12) << 9 * 3600;
    QTest::newRow("summer") << u"2026-06-10T10:00:30+02:00"_s << QDate(2026, 6, 10)
                            << 10 * 3600 + 30;
    QTest::newRow("from UTC") << u"2026-06-10T23:30:00Z"_s << QDate(2026, 6, 11) << 5400;
    QTest::newRow("spring transition")
            << u"2026-03-29T03:00:00+02:00"_s << QDate(2026, 3, 29) << 3 * 3600;
    QTest::newRow("autumn first pass")
            << u"2026-10-25T02:30:00+02:00"_s << QDate(2026, 10, 25) << 9000;
    QTest::newRow("autumn second pass")
            << u"2026-10-25T02:30:00+01:00"_s << QDate(2026, 10, 25) << 9000;
    QTest::newRow("before 1970") << u"1969-12-31T23:00:00+01:00"_s << QDate(1969, 12, 31)
                                 << 23 * 3600;
}

void TestLocalTimeMapper::readsWallClockTimes()
{
    QFETCH(QString, instant);
    QFETCH(QDate, date);
    QFETCH(int, second);
    LocalTimeMapper mapper(QTimeZone("Europe/Paris"));
    const LocalTimeMapper::LocalTime local = mapper.toLocal(secondsOf(instant));
    QCOMPARE(QDate::fromJulianDay(local.julianDay), date);
    QCOMPARE(local.second, second);
}

void TestLocalTimeMapper::mapsWallClockTimesToInstants_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("second");
    QTest::addColumn<bool>("later");
    QTest::addColumn<QString>("instant");

    QTest::newRow("plain") << QDate(2026, 1, 12) << 9 * 3600 << false
                           << u"2026-01-12T09:00:00+01:00"_s;
    QTest::newRow("in the spring gap: moved by the gap")
            << QDate(2026, 3, 29) << 9000 << false << u"2026-03-29T03:30:00+02:00"_s;
    QTest::newRow("start of the spring gap")
            << QDate(2026, 3, 29) << 7200 << false << u"2026-03-29T03:00:00+02:00"_s;
    QTest::newRow("repeated hour: first pass")
            << QDate(2026, 10, 25) << 9000 << false << u"2026-10-25T02:30:00+02:00"_s;
    QTest::newRow("repeated hour: second pass")
            << QDate(2026, 10, 25) << 9000 << true << u"2026-10-25T02:30:00+01:00"_s;
    QTest::newRow("after the repeated hour")
            << QDate(2026, 10, 25) << 3 * 3600 << false << u"2026-10-25T03:00:00+01:00"_s;
    QTest::newRow("past the end of the day")
            << QDate(2026, 1, 12) << 26 * 3600 << false << u"2026-01-13T02:00:00+01:00"_s;
}

void TestLocalTimeMapper::mapsWallClockTimesToInstants()
{
    QFETCH(QDate, date);
    QFETCH(int, second);
    QFETCH(bool, later);
    QFETCH(QString, instant);
    LocalTimeMapper mapper(QTimeZone("Europe/Paris"));
    QCOMPARE(mapper.toUtc(date.toJulianDay(), second, later), secondsOf(instant));
}

void TestLocalTimeMapper::findsTheSkippedHour()
{
    LocalTimeMapper mapper(QTimeZone("Europe/Paris"));
    int from = 0;
    int to = 0;
    QVERIFY(mapper.skippedMinutes(julianDay(2026, 3, 29), &from, &to));
    QCOMPARE(from, 120);
    QCOMPARE(to, 180);
    QVERIFY(!mapper.skippedMinutes(julianDay(2026, 3, 28), &from, &to));
    QVERIFY(!mapper.skippedMinutes(julianDay(2026, 10, 25), &from, &to)); // repeated, not skipped
    // A later year: the window of offsets moves.
    QVERIFY(mapper.skippedMinutes(julianDay(2027, 3, 28), &from, &to));
    QCOMPARE(from, 120);
}

void TestLocalTimeMapper::keepsOneOffsetWithoutDaylightSavingTime()
{
    LocalTimeMapper reunion(QTimeZone("Indian/Reunion"));
    QCOMPARE(reunion.offsetAt(secondsOf(u"2026-01-12T00:00:00Z"_s)), 4 * 3600);
    QCOMPARE(reunion.offsetAt(secondsOf(u"2026-07-12T00:00:00Z"_s)), 4 * 3600);
    int from = 0;
    int to = 0;
    QVERIFY(!reunion.skippedMinutes(julianDay(2026, 3, 29), &from, &to));
    QCOMPARE(reunion.toUtc(julianDay(2026, 3, 29), 9000),
             secondsOf(u"2026-03-29T02:30:00+04:00"_s));
}

void TestLocalTimeMapper::treatsAnInvalidZoneAsUtc()
{
    LocalTimeMapper mapper{QTimeZone()};
    QCOMPARE(mapper.offsetAt(secondsOf(u"2026-06-10T12:00:00Z"_s)), 0);
    const LocalTimeMapper::LocalTime local = mapper.toLocal(secondsOf(u"2026-06-10T12:00:00Z"_s));
    QCOMPARE(local.second, 12 * 3600);
}

QTEST_GUILESS_MAIN(TestLocalTimeMapper)
#include "tst_localtimemapper.moc"
