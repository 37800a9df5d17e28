#include "core/calendar/publicholidays.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// "2026-04-06 easter-monday" per holiday: compact expected lists.
QStringList describe(const QList<Holiday> &holidays)
{
    QStringList lines;
    for (const Holiday &holiday : holidays)
        lines.append(holiday.date.toString(Qt::ISODate) + u' ' + holiday.key);
    return lines;
}

const QStringList metropolitan2026 = {
        u"2026-01-01 new-year"_s,      u"2026-04-06 easter-monday"_s, u"2026-05-01 labour-day"_s,
        u"2026-05-08 victory-day"_s,   u"2026-05-14 ascension"_s,     u"2026-05-25 whit-monday"_s,
        u"2026-07-14 national-day"_s,  u"2026-08-15 assumption"_s,    u"2026-11-01 all-saints"_s,
        u"2026-11-11 armistice-day"_s, u"2026-12-25 christmas"_s,
};

QStringList with(QStringList list, const QStringList &extra)
{
    list.append(extra);
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestPublicHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesEasterSunday_data();
    void computesEasterSunday();
    void hasNoEasterBeforeTheGregorianReform();
    void listsRegionHolidays_data();
    void listsRegionHolidays();
    void namesHolidaysAsTheReference_data();
    void namesHolidaysAsTheReference();
    void keepsHolidaysOnSundays_data();
    void keepsHolidaysOnSundays();
    void namesCoincidingHolidaysInReferenceOrder();
    void listsOverseasDaysOnlyInTheirRegion_data();
    void listsOverseasDaysOnlyInTheirRegion();
    void rejectsUnsupportedRegions_data();
    void rejectsUnsupportedRegions();
    void matchesRegionCodesCaseInsensitively();
    void listsSupportedRegions();
    void agreesDayByDayWithYearList();
};

void TestPublicHolidays::computesEasterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");

    // Published Easter dates (Gregorian), including the earliest (22 March) and latest
    // (25 April) possible ones and century years where the solar correction applies.
    const QList<QDate> known = {
            QDate(1583, 4, 10), QDate(1818, 3, 22), QDate(1900, 4, 15), QDate(1943, 4, 25),
            QDate(1954, 4, 18), QDate(1961, 4, 2),  QDate(1981, 4, 19), QDate(2000, 4, 23),
            QDate(2001, 4, 15), QDate(2002, 3, 31), QDate(2003, 4, 20), QDate(2004, 4, 11),
            QDate(2005, 3, 27), QDate(2006, 4, 16), QDate(2007, 4, 8),  QDate(2008, 3, 23),
            QDate(2009, 4, 12), QDate(2010, 4, 4),  QDate(2011, 4, 24), QDate(2012, 4, 8),
            QDate(2013, 3, 31), QDate(2014, 4, 20), QDate(2015, 4, 5),  QDate(2016, 3, 27),
            QDate(2017, 4, 16), QDate(2018, 4, 1),  QDate(2019, 4, 21), QDate(2020, 4, 12),
            QDate(2021, 4, 4),  QDate(2022, 4, 17), QDate(2023, 4, 9),  QDate(2024, 3, 31),
            QDate(2025, 4, 20), QDate(2026, 4, 5),  QDate(2027, 3, 28), QDate(2028, 4, 16),
            QDate(2029, 4, 1),  QDate(2030, 4, 21), QDate(2038, 4, 25), QDate(2049, 4, 18),
            QDate(2100, 3, 28), QDate(2285, 3, 22), QDate(4099, 4, 19),
    };
    for (const QDate &easter : known)
        QTest::addRow("%d", easter.year()) << easter.year() << easter;
}

void TestPublicHolidays::computesEasterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    const QDate computed = PublicHolidays::easterSunday(year);
    QCOMPARE(computed, easter);
    QCOMPARE(computed.dayOfWeek(), int(Qt::Sunday));
}

void TestPublicHolidays::hasNoEasterBeforeTheGregorianReform()
{
    QVERIFY(!PublicHolidays::easterSunday(1582).isValid());
    QVERIFY(PublicHolidays::forYear(1500, u"FR").isEmpty());
    QVERIFY(!PublicHolidays::on(QDate(1500, 1, 1), u"FR").has_value());
}

void TestPublicHolidays::listsRegionHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("metropolitan 2026") << 2026 << u"FR"_s << metropolitan2026;
    QTest::newRow("metropolitan 2024, Easter in March")
            << 2024 << u"FR"_s
            << QStringList{u"2024-01-01 new-year"_s,     u"2024-04-01 easter-monday"_s,
                           u"2024-05-01 labour-day"_s,   u"2024-05-08 victory-day"_s,
                           u"2024-05-09 ascension"_s,    u"2024-05-20 whit-monday"_s,
                           u"2024-07-14 national-day"_s, u"2024-08-15 assumption"_s,
                           u"2024-11-01 all-saints"_s,   u"2024-11-11 armistice-day"_s,
                           u"2024-12-25 christmas"_s};
    QTest::newRow("metropolitan 2027, Easter on the DST Sunday")
            << 2027 << u"FR"_s
            << QStringList{u"2027-01-01 new-year"_s,     u"2027-03-29 easter-monday"_s,
                           u"2027-05-01 labour-day"_s,   u"2027-05-06 ascension"_s,
                           u"2027-05-08 victory-day"_s,  u"2027-05-17 whit-monday"_s,
                           u"2027-07-14 national-day"_s, u"2027-08-15 assumption"_s,
                           u"2027-11-01 all-saints"_s,   u"2027-11-11 armistice-day"_s,
                           u"2027-12-25 christmas"_s};
    QTest::newRow("Saint-Pierre-et-Miquelon has the metropolitan list")
            << 2026 << u"FR-975"_s << metropolitan2026;

    const QStringList alsaceMoselle2026 = with(
            metropolitan2026, {u"2026-04-03 good-friday"_s, u"2026-12-26 st-stephens-day"_s});
    QTest::newRow("Moselle 2026") << 2026 << u"FR-57"_s << alsaceMoselle2026;
    QTest::newRow("Bas-Rhin 2026") << 2026 << u"FR-67"_s << alsaceMoselle2026;
    QTest::newRow("Haut-Rhin 2026") << 2026 << u"FR-68"_s << alsaceMoselle2026;
    QTest::newRow("Haut-Rhin 2025, Good Friday in April")
            << 2025 << u"FR-68"_s
            << QStringList{u"2025-01-01 new-year"_s,       u"2025-04-18 good-friday"_s,
                           u"2025-04-21 easter-monday"_s,  u"2025-05-01 labour-day"_s,
                           u"2025-05-08 victory-day"_s,    u"2025-05-29 ascension"_s,
                           u"2025-06-09 whit-monday"_s,    u"2025-07-14 national-day"_s,
                           u"2025-08-15 assumption"_s,     u"2025-11-01 all-saints"_s,
                           u"2025-11-11 armistice-day"_s,  u"2025-12-25 christmas"_s,
                           u"2025-12-26 st-stephens-day"_s};

    QTest::newRow("Guadeloupe 2026")
            << 2026 << u"FR-971"_s
            << with(metropolitan2026,
                    {u"2026-04-03 good-friday"_s, u"2026-05-27 abolition-of-slavery"_s,
                     u"2026-07-21 victor-schoelcher-day"_s});
    QTest::newRow("Martinique 2026")
            << 2026 << u"FR-972"_s
            << with(metropolitan2026,
                    {u"2026-04-03 good-friday"_s, u"2026-05-22 abolition-of-slavery"_s,
                     u"2026-07-21 victor-schoelcher-day"_s});
    QTest::newRow("Guyane 2026") << 2026 << u"FR-973"_s
                                 << with(metropolitan2026, {u"2026-06-10 abolition-of-slavery"_s});
    QTest::newRow("La Réunion 2026")
            << 2026 << u"FR-974"_s
            << with(metropolitan2026, {u"2026-12-20 abolition-of-slavery"_s});
    QTest::newRow("Mayotte 2026") << 2026 << u"FR-976"_s
                                  << with(metropolitan2026, {u"2026-04-27 abolition-of-slavery"_s});
    QTest::newRow("Mayotte 2011, Easter Monday on 25 April")
            << 2011 << u"FR-976"_s << QStringList{u"2011-01-01 new-year"_s,
                                                  u"2011-04-25 easter-monday"_s,
                                                  u"2011-04-27 abolition-of-slavery"_s,
                                                  u"2011-05-01 labour-day"_s,
                                                  u"2011-05-08 victory-day"_s,
                                                  u"2011-06-02 ascension"_s,
                                                  u"2011-06-13 whit-monday"_s,
                                                  u"2011-07-14 national-day"_s,
                                                  u"2011-08-15 assumption"_s,
                                                  u"2011-11-01 all-saints"_s,
                                                  u"2011-11-11 armistice-day"_s,
                                                  u"2011-12-25 christmas"_s};
}

void TestPublicHolidays::listsRegionHolidays()
{
    QFETCH(int, year);
    QFETCH(QString, region);
    QFETCH(QStringList, expected);

    const QList<Holiday> holidays = PublicHolidays::forYear(year, region);
    QCOMPARE(describe(holidays), expected);
    for (const Holiday &holiday : holidays) {
        QCOMPARE(holiday.date.year(), year);
        QVERIFY(!holiday.name.fr.isEmpty());
        QVERIFY(!holiday.name.en.isEmpty());
    }
}

void TestPublicHolidays::namesHolidaysAsTheReference_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("english");

    // French names: opening_hours.js 3.15.0, as in the corpus's comments (the first seven
    // appear there verbatim; the others are from the same holiday definition).
    QTest::newRow("new year") << QDate(2026, 1, 1) << u"FR"_s << u"new-year"_s << u"Nouvel An"_s
                              << u"New Year's Day"_s;
    QTest::newRow("easter monday") << QDate(2026, 4, 6) << u"FR"_s << u"easter-monday"_s
                                   << u"Lundi de Pâques"_s << u"Easter Monday"_s;
    QTest::newRow("labour day") << QDate(2026, 5, 1) << u"FR"_s << u"labour-day"_s
                                << u"Fête du travail"_s << u"Labour Day"_s;
    QTest::newRow("victory day") << QDate(2026, 5, 8) << u"FR"_s << u"victory-day"_s
                                 << u"Fête de la Victoire 1945"_s << u"Victory in Europe Day"_s;
    QTest::newRow("ascension") << QDate(2026, 5, 14) << u"FR"_s << u"ascension"_s << u"Ascension"_s
                               << u"Ascension Day"_s;
    QTest::newRow("whit monday") << QDate(2026, 5, 25) << u"FR"_s << u"whit-monday"_s
                                 << u"Lundi de Pentecôte"_s << u"Whit Monday"_s;
    QTest::newRow("national day") << QDate(2026, 7, 14) << u"FR"_s << u"national-day"_s
                                  << u"Fête Nationale de la France"_s << u"Bastille Day"_s;
    QTest::newRow("assumption") << QDate(2026, 8, 15) << u"FR"_s << u"assumption"_s
                                << u"Assomption"_s << u"Assumption Day"_s;
    QTest::newRow("all saints") << QDate(2026, 11, 1) << u"FR"_s << u"all-saints"_s
                                << u"Toussaint"_s << u"All Saints' Day"_s;
    QTest::newRow("armistice") << QDate(2026, 11, 11) << u"FR"_s << u"armistice-day"_s
                               << u"Armistice 1918"_s << u"Armistice Day"_s;
    QTest::newRow("christmas") << QDate(2026, 12, 25) << u"FR"_s << u"christmas"_s << u"Noël"_s
                               << u"Christmas Day"_s;
    QTest::newRow("good friday") << QDate(2026, 4, 3) << u"FR-67"_s << u"good-friday"_s
                                 << u"Vendredi saint"_s << u"Good Friday"_s;
    QTest::newRow("st stephen") << QDate(2026, 12, 26) << u"FR-57"_s << u"st-stephens-day"_s
                                << u"Lendemain de Noël"_s << u"St Stephen's Day"_s;
    QTest::newRow("abolition, Réunion")
            << QDate(2026, 12, 20) << u"FR-974"_s << u"abolition-of-slavery"_s
            << u"Abolition de l’esclavage"_s << u"Abolition of Slavery Day"_s;
    QTest::newRow("schoelcher") << QDate(2026, 7, 21) << u"FR-972"_s << u"victor-schoelcher-day"_s
                                << u"Jour de Victor Schoelcher"_s << u"Victor Schœlcher Day"_s;
}

void TestPublicHolidays::namesHolidaysAsTheReference()
{
    QFETCH(QDate, date);
    QFETCH(QString, region);
    QFETCH(QString, key);
    QFETCH(QString, french);
    QFETCH(QString, english);

    const std::optional<Holiday> holiday = PublicHolidays::on(date, region);
    QVERIFY(holiday.has_value());
    QCOMPARE(holiday->date, date);
    QCOMPARE(holiday->key, key);
    QCOMPARE(holiday->name.fr, french);
    QCOMPARE(holiday->name.en, english);
}

void TestPublicHolidays::keepsHolidaysOnSundays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("key");

    // France never moves a holiday that falls on a weekend to the next working day.
    QTest::newRow("8 May 2022 is a Sunday") << QDate(2022, 5, 8) << u"victory-day"_s;
    QTest::newRow("14 July 2024 is a Sunday") << QDate(2024, 7, 14) << u"national-day"_s;
    QTest::newRow("15 August 2026 is a Saturday") << QDate(2026, 8, 15) << u"assumption"_s;
    QTest::newRow("25 December 2022 is a Sunday") << QDate(2022, 12, 25) << u"christmas"_s;
}

void TestPublicHolidays::keepsHolidaysOnSundays()
{
    QFETCH(QDate, date);
    QFETCH(QString, key);

    QVERIFY(date.dayOfWeek() >= Qt::Saturday);
    const std::optional<Holiday> holiday = PublicHolidays::on(date, u"FR");
    QVERIFY(holiday.has_value());
    QCOMPARE(holiday->key, key);
    QVERIFY(!PublicHolidays::on(date.addDays(date.dayOfWeek() == Qt::Sunday ? 1 : 2), u"FR"));
}

void TestPublicHolidays::namesCoincidingHolidaysInReferenceOrder()
{
    // Ascension fell on 1 May in 2008: both are listed, and the day is named "Fête du travail"
    // as opening_hours.js names it.
    const QList<Holiday> holidays = PublicHolidays::forYear(2008, u"FR");
    QCOMPARE(holidays.size(), 11);
    QCOMPARE(describe(holidays.mid(2, 2)),
             QStringList({u"2008-05-01 labour-day"_s, u"2008-05-01 ascension"_s}));
    const std::optional<Holiday> holiday = PublicHolidays::on(QDate(2008, 5, 1), u"FR");
    QVERIFY(holiday.has_value());
    QCOMPARE(holiday->name.fr, u"Fête du travail"_s);
}

void TestPublicHolidays::listsOverseasDaysOnlyInTheirRegion_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("region");

    QTest::newRow("27 April, Mayotte") << QDate(2026, 4, 27) << u"FR-976"_s;
    QTest::newRow("22 May, Martinique") << QDate(2026, 5, 22) << u"FR-972"_s;
    QTest::newRow("27 May, Guadeloupe") << QDate(2026, 5, 27) << u"FR-971"_s;
    QTest::newRow("10 June, Guyane") << QDate(2026, 6, 10) << u"FR-973"_s;
    QTest::newRow("20 December, La Réunion") << QDate(2026, 12, 20) << u"FR-974"_s;
    QTest::newRow("26 December, Moselle") << QDate(2026, 12, 26) << u"FR-57"_s;
}

void TestPublicHolidays::listsOverseasDaysOnlyInTheirRegion()
{
    QFETCH(QDate, date);
    QFETCH(QString, region);

    const QStringList regions = PublicHolidays::supportedRegions();
    for (const QString &other : regions) {
        const bool isHoliday = PublicHolidays::on(date, other).has_value();
        const bool alsaceMoselle = region == u"FR-57" && (other == u"FR-67" || other == u"FR-68");
        QCOMPARE(isHoliday, other == region || alsaceMoselle);
    }
}

void TestPublicHolidays::rejectsUnsupportedRegions_data()
{
    QTest::addColumn<QString>("region");

    QTest::newRow("empty") << QString();
    QTest::newRow("Paris department") << u"FR-75"_s;
    QTest::newRow("Germany") << u"DE"_s;
    QTest::newRow("prefix only") << u"FR-"_s;
    QTest::newRow("trailing space") << u"FR "_s;
    QTest::newRow("Saint-Barthélemy (not covered)") << u"FR-977"_s;
}

void TestPublicHolidays::rejectsUnsupportedRegions()
{
    QFETCH(QString, region);

    QVERIFY(!PublicHolidays::isSupportedRegion(region));
    QVERIFY(PublicHolidays::forYear(2026, region).isEmpty());
    QVERIFY(!PublicHolidays::on(QDate(2026, 1, 1), region).has_value());
}

void TestPublicHolidays::matchesRegionCodesCaseInsensitively()
{
    QVERIFY(PublicHolidays::isSupportedRegion(u"fr"));
    QCOMPARE(describe(PublicHolidays::forYear(2026, u"fr-57")),
             describe(PublicHolidays::forYear(2026, u"FR-57")));
}

void TestPublicHolidays::listsSupportedRegions()
{
    const QStringList regions = PublicHolidays::supportedRegions();
    QCOMPARE(regions,
             QStringList({u"FR"_s, u"FR-57"_s, u"FR-67"_s, u"FR-68"_s, u"FR-971"_s, u"FR-972"_s,
                          u"FR-973"_s, u"FR-974"_s, u"FR-975"_s, u"FR-976"_s}));
    for (const QString &region : regions)
        QVERIFY(PublicHolidays::isSupportedRegion(region));
}

void TestPublicHolidays::agreesDayByDayWithYearList()
{
    // on() takes a shortcut (no list); it must say exactly what forYear() says, every day of
    // 60 years in every region.
    int holidayDays = 0;
    for (const QString &region : PublicHolidays::supportedRegions()) {
        for (int year = 1990; year < 2050; ++year) {
            const QList<Holiday> holidays = PublicHolidays::forYear(year, region);
            QVERIFY(std::is_sorted(
                    holidays.cbegin(), holidays.cend(),
                    [](const Holiday &a, const Holiday &b) { return a.date < b.date; }));
            qsizetype next = 0;
            for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
                const std::optional<Holiday> holiday = PublicHolidays::on(day, region);
                if (next < holidays.size() && holidays.at(next).date == day) {
                    QVERIFY2(holiday.has_value(), qPrintable(day.toString(Qt::ISODate) + region));
                    QCOMPARE(holiday->key, holidays.at(next).key);
                    QCOMPARE(holiday->name, holidays.at(next).name);
                    while (next < holidays.size() && holidays.at(next).date == day)
                        ++next;
                    ++holidayDays;
                } else {
                    QVERIFY2(!holiday.has_value(), qPrintable(day.toString(Qt::ISODate) + region));
                }
            }
            QCOMPARE(next, holidays.size());
        }
    }
    QVERIFY(holidayDays > 10 * 60 * 10);
}

QTEST_GUILESS_MAIN(TestPublicHolidays)
#include "tst_publicholidays.moc"
