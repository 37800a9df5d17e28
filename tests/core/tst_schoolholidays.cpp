#include "core/calendar/schoolholidays.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Helplines;

using Result = SchoolHolidays::Lookup::Result;

Q_DECLARE_METATYPE(SchoolHolidays::Lookup::Result)

namespace {

const QStringList zones = {u"A"_s, u"B"_s, u"C"_s};

} // namespace

class TestSchoolHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAtHolidayBoundaries_data();
    void answersAtHolidayBoundaries();
    void distinguishesZones_data();
    void distinguishesZones();
    void isUnknownOutsideTheSourcedYears_data();
    void isUnknownOutsideTheSourcedYears();
    void isUnknownForUnpublishedAscensionBridges_data();
    void isUnknownForUnpublishedAscensionBridges();
    void namesHolidaysInBothLanguages_data();
    void namesHolidaysInBothLanguages();
    void rejectsUnsupportedZones_data();
    void rejectsUnsupportedZones();
    void acceptsLowerCaseZones();
    void reportsWholeRunsOfEqualAnswers_data();
    void reportsWholeRunsOfEqualAnswers();
    void hasEveryKindOfHolidayEachSchoolYear();
};

void TestSchoolHolidays::answersAtHolidayBoundaries_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Result>("result");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    // Christmas 2025: classes end on Saturday 20 December and resume on Monday 5 January. The
    // Saturday is a school day for SH, as in opening_hours.js; Sunday 4 January is a holiday.
    QTest::newRow("C, Saturday classes end") << u"C"_s << QDate(2025, 12, 20) << Result::NotHoliday
                                             << QDate(2025, 11, 3) << QDate(2025, 12, 20);
    QTest::newRow("C, first day of Christmas holidays")
            << u"C"_s << QDate(2025, 12, 21) << Result::Holiday << QDate(2025, 12, 21)
            << QDate(2026, 1, 4);
    QTest::newRow("C, New Year's Day within the holidays")
            << u"C"_s << QDate(2026, 1, 1) << Result::Holiday << QDate(2025, 12, 21)
            << QDate(2026, 1, 4);
    QTest::newRow("C, last day of Christmas holidays")
            << u"C"_s << QDate(2026, 1, 4) << Result::Holiday << QDate(2025, 12, 21)
            << QDate(2026, 1, 4);
    QTest::newRow("C, Monday classes resume") << u"C"_s << QDate(2026, 1, 5) << Result::NotHoliday
                                              << QDate(2026, 1, 5) << QDate(2026, 2, 21);
    // Spring 2023 in zone B ends on Monday 1 May (a public holiday): classes resume on Tuesday.
    QTest::newRow("B, spring 2023 ends on a Monday")
            << u"B"_s << QDate(2023, 5, 1) << Result::Holiday << QDate(2023, 4, 16)
            << QDate(2023, 5, 1);
    QTest::newRow("B, Tuesday after spring 2023")
            << u"B"_s << QDate(2023, 5, 2) << Result::NotHoliday << QDate(2023, 5, 2)
            << QDate(2023, 5, 17);
    QTest::newRow("A, Ascension bridge 2023, Thursday")
            << u"A"_s << QDate(2023, 5, 18) << Result::Holiday << QDate(2023, 5, 18)
            << QDate(2023, 5, 21);
    QTest::newRow("A, Wednesday before the bridge")
            << u"A"_s << QDate(2023, 5, 17) << Result::NotHoliday << QDate(2023, 4, 24)
            << QDate(2023, 5, 17);
    QTest::newRow("C, summer 2026, first day") << u"C"_s << QDate(2026, 7, 5) << Result::Holiday
                                               << QDate(2026, 7, 5) << QDate(2026, 8, 31);
    QTest::newRow("C, rentrée 2026 (Tuesday)") << u"C"_s << QDate(2026, 9, 1) << Result::NotHoliday
                                               << QDate(2026, 9, 1) << QDate(2026, 10, 17);
    QTest::newRow("A, summer 2023 ends on Sunday 3 September")
            << u"A"_s << QDate(2023, 9, 3) << Result::Holiday << QDate(2023, 7, 9)
            << QDate(2023, 9, 3);
    QTest::newRow("C, last known day (classes end 3 July 2027)")
            << u"C"_s << QDate(2027, 7, 3) << Result::NotHoliday << QDate(2027, 5, 10)
            << QDate(2027, 7, 3);
    QTest::newRow("B, first known day (summer 2020)")
            << u"B"_s << QDate(2020, 7, 5) << Result::Holiday << QDate(2020, 7, 5)
            << QDate(2020, 8, 31);
}

void TestSchoolHolidays::answersAtHolidayBoundaries()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(Result, result);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(date, zone);
    QCOMPARE(lookup.result, result);
    QCOMPARE(lookup.first, first);
    QCOMPARE(lookup.last, last);
    QCOMPARE(lookup.name.isEmpty(), result != Result::Holiday);
}

void TestSchoolHolidays::distinguishesZones_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("holidayZones");

    // Winter 2026: A 8-22 February, B 15 February-1 March, C 22 February-8 March.
    QTest::newRow("7 Feb 2026, none yet") << QDate(2026, 2, 7) << QString();
    QTest::newRow("8 Feb 2026, A") << QDate(2026, 2, 8) << u"A"_s;
    QTest::newRow("15 Feb 2026, A and B") << QDate(2026, 2, 15) << u"AB"_s;
    QTest::newRow("22 Feb 2026, A's last day, B, C's first") << QDate(2026, 2, 22) << u"ABC"_s;
    QTest::newRow("23 Feb 2026, B and C") << QDate(2026, 2, 23) << u"BC"_s;
    QTest::newRow("2 Mar 2026, C") << QDate(2026, 3, 2) << u"C"_s;
    QTest::newRow("9 Mar 2026, none") << QDate(2026, 3, 9) << QString();
    // Spring 2021: the three zones had the same dates (changed during the pandemic).
    QTest::newRow("12 Apr 2021, all") << QDate(2021, 4, 12) << u"ABC"_s;
    // Spring 2027: C 4-18 April, A 11-25 April, B 18 April-2 May.
    QTest::newRow("18 Apr 2027, all three") << QDate(2027, 4, 18) << u"ABC"_s;
    QTest::newRow("30 Apr 2027, B") << QDate(2027, 4, 30) << u"B"_s;
}

void TestSchoolHolidays::distinguishesZones()
{
    QFETCH(QDate, date);
    QFETCH(QString, holidayZones);

    QString actual;
    for (const QString &zone : zones) {
        const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(date, zone);
        QVERIFY(lookup.result != Result::Unknown);
        if (lookup.result == Result::Holiday)
            actual += zone;
    }
    QCOMPARE(actual, holidayZones);
}

void TestSchoolHolidays::isUnknownOutsideTheSourcedYears_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("2019") << QDate(2019, 12, 25) << QDate() << QDate(2020, 7, 4);
    QTest::newRow("day before the known range")
            << QDate(2020, 7, 4) << QDate() << QDate(2020, 7, 4);
    QTest::newRow("summer 2027 (end not published)")
            << QDate(2027, 7, 4) << QDate(2027, 7, 4) << QDate();
    QTest::newRow("14 July 2027 (the corpus's SH rows throw there)")
            << QDate(2027, 7, 14) << QDate(2027, 7, 4) << QDate();
    QTest::newRow("2030") << QDate(2030, 1, 1) << QDate(2027, 7, 4) << QDate();
}

void TestSchoolHolidays::isUnknownOutsideTheSourcedYears()
{
    QFETCH(QDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    for (const QString &zone : zones) {
        const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(date, zone);
        QCOMPARE(lookup.result, Result::Unknown);
        QCOMPARE(lookup.first, first);
        QCOMPARE(lookup.last, last);
        QVERIFY(lookup.name.isEmpty());
        QVERIFY(date < SchoolHolidays::knownFrom(zone) || date > SchoolHolidays::knownUntil(zone));
    }
}

void TestSchoolHolidays::isUnknownForUnpublishedAscensionBridges_data()
{
    QTest::addColumn<QDate>("thursday");

    QTest::newRow("2024") << QDate(2024, 5, 9);
    QTest::newRow("2025") << QDate(2025, 5, 29);
    QTest::newRow("2026") << QDate(2026, 5, 14);
}

void TestSchoolHolidays::isUnknownForUnpublishedAscensionBridges()
{
    QFETCH(QDate, thursday);

    QCOMPARE(thursday.dayOfWeek(), int(Qt::Thursday));
    for (const QString &zone : zones) {
        for (int offset = 0; offset < 4; ++offset) {
            const SchoolHolidays::Lookup lookup
                    = SchoolHolidays::lookup(thursday.addDays(offset), zone);
            QCOMPARE(lookup.result, Result::Unknown);
            QCOMPARE(lookup.first, thursday);
            QCOMPARE(lookup.last, thursday.addDays(3));
        }
        QCOMPARE(SchoolHolidays::lookup(thursday.addDays(-1), zone).result, Result::NotHoliday);
        QCOMPARE(SchoolHolidays::lookup(thursday.addDays(4), zone).result, Result::NotHoliday);
    }
}

void TestSchoolHolidays::namesHolidaysInBothLanguages_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("english");

    // French names: opening_hours.js 3.15.0's, which it gives as the comment of an SH rule.
    QTest::newRow("All Saints") << QDate(2025, 10, 25) << u"Vacances de la Toussaint"_s
                                << u"All Saints' holidays"_s;
    QTest::newRow("Christmas") << QDate(2025, 12, 25) << u"Vacances de Noël"_s
                               << u"Christmas holidays"_s;
    QTest::newRow("winter") << QDate(2026, 3, 1) << u"Vacances d'hiver"_s << u"Winter holidays"_s;
    QTest::newRow("spring") << QDate(2026, 4, 25) << u"Vacances de printemps"_s
                            << u"Spring holidays"_s;
    QTest::newRow("Ascension") << QDate(2027, 5, 7) << u"Pont de l'Ascension"_s
                               << u"Ascension long weekend"_s;
    QTest::newRow("summer") << QDate(2026, 8, 15) << u"Vacances d'été"_s << u"Summer holidays"_s;
}

void TestSchoolHolidays::namesHolidaysInBothLanguages()
{
    QFETCH(QDate, date);
    QFETCH(QString, french);
    QFETCH(QString, english);

    const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(date, u"C");
    QCOMPARE(lookup.result, Result::Holiday);
    QCOMPARE(lookup.name.fr, french);
    QCOMPARE(lookup.name.en, english);
}

void TestSchoolHolidays::rejectsUnsupportedZones_data()
{
    QTest::addColumn<QString>("zone");

    QTest::newRow("empty") << QString();
    QTest::newRow("D") << u"D"_s;
    QTest::newRow("Zone C spelled out") << u"Zone C"_s;
    QTest::newRow("Corse") << u"Corse"_s;
    QTest::newRow("two letters") << u"AB"_s;
}

void TestSchoolHolidays::rejectsUnsupportedZones()
{
    QFETCH(QString, zone);

    QVERIFY(!SchoolHolidays::isSupportedZone(zone));
    QVERIFY(!SchoolHolidays::knownFrom(zone).isValid());
    QVERIFY(!SchoolHolidays::knownUntil(zone).isValid());
    const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(QDate(2025, 12, 25), zone);
    QCOMPARE(lookup.result, Result::Unknown);
    QVERIFY(!lookup.first.isValid());
    QVERIFY(!lookup.last.isValid());
}

void TestSchoolHolidays::acceptsLowerCaseZones()
{
    QVERIFY(SchoolHolidays::isSupportedZone(u"c"));
    QCOMPARE(SchoolHolidays::lookup(QDate(2026, 2, 23), u"c").result, Result::Holiday);
    QCOMPARE(SchoolHolidays::lookup(QDate(2026, 2, 23), u"a").result, Result::NotHoliday);
}

void TestSchoolHolidays::reportsWholeRunsOfEqualAnswers_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("holidayDays");
    QTest::addColumn<int>("runs");

    // Counts over 2020-07-05..2027-07-03, so that a lost or mistyped period shows. Zone B has
    // two 16-day spring holidays ending on a public-holiday Monday (2023, 2025), zone C one.
    QTest::newRow("A") << u"A"_s << 836 << 84;
    QTest::newRow("B") << u"B"_s << 838 << 84;
    QTest::newRow("C") << u"C"_s << 837 << 84;
}

void TestSchoolHolidays::reportsWholeRunsOfEqualAnswers()
{
    QFETCH(QString, zone);
    QFETCH(int, holidayDays);
    QFETCH(int, runs);

    // For every known day: the run contains the day, the run's last day has the same answer
    // and run, and the days just outside it answer differently (or name another holiday).
    const QDate from = SchoolHolidays::knownFrom(zone);
    const QDate until = SchoolHolidays::knownUntil(zone);
    QCOMPARE(from, QDate(2020, 7, 5));
    QCOMPARE(until, QDate(2027, 7, 3));
    int holidays = 0;
    int unknown = 0;
    int runCount = 0;
    for (QDate date = from; date <= until; date = date.addDays(1)) {
        const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(date, zone);
        const QString where = zone + u' ' + date.toString(Qt::ISODate);
        QVERIFY2(lookup.first.isValid() && lookup.last.isValid(), qPrintable(where));
        QVERIFY2(lookup.first <= date && date <= lookup.last, qPrintable(where));
        if (date == lookup.first) {
            ++runCount;
            const SchoolHolidays::Lookup end = SchoolHolidays::lookup(lookup.last, zone);
            QCOMPARE(end.result, lookup.result);
            QCOMPARE(end.name, lookup.name);
            QCOMPARE(end.first, lookup.first);
            const SchoolHolidays::Lookup before
                    = SchoolHolidays::lookup(lookup.first.addDays(-1), zone);
            const SchoolHolidays::Lookup after
                    = SchoolHolidays::lookup(lookup.last.addDays(1), zone);
            QVERIFY2(before.result != lookup.result || before.name != lookup.name,
                     qPrintable(where));
            QVERIFY2(after.result != lookup.result || after.name != lookup.name, qPrintable(where));
        }
        holidays += lookup.result == Result::Holiday;
        unknown += lookup.result == Result::Unknown;
    }
    QCOMPARE(holidays, holidayDays);
    // Three unpublished Ascension bridges of four days.
    QCOMPARE(unknown, 12);
    QCOMPARE(runCount, runs);
}

void TestSchoolHolidays::hasEveryKindOfHolidayEachSchoolYear()
{
    // Each school year from 2020-2021 to 2025-2026 has one Toussaint, Christmas, winter,
    // spring and summer holiday in each zone; 2026-2027 all but summer.
    for (const QString &zone : zones) {
        for (int year = 2020; year <= 2026; ++year) {
            QStringList names;
            // From mid-September: summer 2021 and 2023 end in September.
            QDate date(year, 9, 15);
            const QDate end = std::min(QDate(year + 1, 9, 14), SchoolHolidays::knownUntil(zone));
            while (date <= end) {
                const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(date, zone);
                QVERIFY(lookup.last.isValid());
                if (lookup.result == Result::Holiday)
                    names.append(lookup.name.en);
                date = lookup.last.addDays(1);
            }
            const QString where = zone + u' ' + QString::number(year);
            QVERIFY2(names.size() >= 4, qPrintable(where));
            QCOMPARE(names.mid(0, 4),
                     QStringList({u"All Saints' holidays"_s, u"Christmas holidays"_s,
                                  u"Winter holidays"_s, u"Spring holidays"_s}));
            QCOMPARE(names.contains(u"Summer holidays"_s), year < 2026);
        }
    }
}

QTEST_GUILESS_MAIN(TestSchoolHolidays)
#include "tst_schoolholidays.moc"
