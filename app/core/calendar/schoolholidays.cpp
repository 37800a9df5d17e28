#include "schoolholidays.h"

#include <array>

namespace Helplines {

namespace {

enum Zone : unsigned {
    ZoneA = 1u << 0,
    ZoneB = 1u << 1,
    ZoneC = 1u << 2,
};
constexpr unsigned AllZones = ZoneA | ZoneB | ZoneC;

unsigned zoneBit(QStringView zone)
{
    if (zone.size() != 1)
        return 0;
    switch (zone.front().toUpper().unicode()) {
    case u'A':
        return ZoneA;
    case u'B':
        return ZoneB;
    case u'C':
        return ZoneC;
    default:
        return 0;
    }
}

enum class Period { AllSaints, Christmas, Winter, Spring, Ascension, Summer, NotPublished };

struct PeriodName
{
    QStringView french;
    QStringView english;
};

// French names as opening_hours.js 3.15 has them (they become the comment of an SH rule).
constexpr std::array<PeriodName, 6> periodNames{{
        {u"Vacances de la Toussaint", u"All Saints' holidays"},
        {u"Vacances de Noël", u"Christmas holidays"},
        {u"Vacances d'hiver", u"Winter holidays"},
        {u"Vacances de printemps", u"Spring holidays"},
        {u"Pont de l'Ascension", u"Ascension long weekend"},
        {u"Vacances d'été", u"Summer holidays"},
}};

// A day as yyyymmdd, so that the table is plain constant data and compares as integers.
constexpr int day(int year, int month, int dayOfMonth)
{
    return year * 10000 + month * 100 + dayOfMonth;
}

int dayKey(QDate date)
{
    return day(date.year(), date.month(), date.day());
}

QDate dateOf(int key)
{
    return QDate(key / 10000, key / 100 % 100, key % 100);
}

struct SchoolPeriod
{
    int first;
    int last;
    Period period;
    unsigned zones;
};

// The days without school, first and last inclusive: from the day after classes end (the
// calendar's "fin des cours", usually a Saturday, is not counted) to the day before they
// resume. This is how opening_hours.js 3.15 counts them, and the dates are its French data
// (npm package opening_hours 3.15.0, "Zone A/B/C" of its holiday definitions; its README says
// they are sourced from the OpenHolidays API, openholidaysapi.org, which publishes the
// calendars of the Ministère de l'Éducation nationale), for the school years 2020-2021 to
// 2026-2027 and the summer before them. The source has no Ascension bridge for 2024, 2025 and 2026:
// those Thursday to Sunday stretches are NotPublished (lookup() says Unknown) rather than guessed.
// Summer 2027 starts on 4 July (classes end on Saturday 3 July), but its end is not published:
// the known range stops on 3 July 2027.
// Sorted by first day; the periods of one zone never overlap (tests check both).
constexpr SchoolPeriod schoolPeriods[] = {
        {day(2020, 7, 5), day(2020, 8, 31), Period::Summer, AllZones},
        {day(2020, 10, 18), day(2020, 11, 1), Period::AllSaints, AllZones},
        {day(2020, 12, 20), day(2021, 1, 3), Period::Christmas, AllZones},
        {day(2021, 2, 7), day(2021, 2, 21), Period::Winter, ZoneA},
        {day(2021, 2, 14), day(2021, 2, 28), Period::Winter, ZoneC},
        {day(2021, 2, 21), day(2021, 3, 7), Period::Winter, ZoneB},
        {day(2021, 4, 11), day(2021, 4, 25), Period::Spring, AllZones},
        {day(2021, 5, 13), day(2021, 5, 16), Period::Ascension, AllZones},
        {day(2021, 7, 7), day(2021, 9, 1), Period::Summer, AllZones},
        {day(2021, 10, 24), day(2021, 11, 7), Period::AllSaints, AllZones},
        {day(2021, 12, 19), day(2022, 1, 2), Period::Christmas, AllZones},
        {day(2022, 2, 6), day(2022, 2, 20), Period::Winter, ZoneB},
        {day(2022, 2, 13), day(2022, 2, 27), Period::Winter, ZoneA},
        {day(2022, 2, 20), day(2022, 3, 6), Period::Winter, ZoneC},
        {day(2022, 4, 10), day(2022, 4, 24), Period::Spring, ZoneB},
        {day(2022, 4, 17), day(2022, 5, 1), Period::Spring, ZoneA},
        {day(2022, 4, 24), day(2022, 5, 8), Period::Spring, ZoneC},
        {day(2022, 5, 26), day(2022, 5, 29), Period::Ascension, AllZones},
        {day(2022, 7, 8), day(2022, 8, 31), Period::Summer, AllZones},
        {day(2022, 10, 23), day(2022, 11, 6), Period::AllSaints, AllZones},
        {day(2022, 12, 18), day(2023, 1, 2), Period::Christmas, AllZones},
        {day(2023, 2, 5), day(2023, 2, 19), Period::Winter, ZoneA},
        {day(2023, 2, 12), day(2023, 2, 26), Period::Winter, ZoneB},
        {day(2023, 2, 19), day(2023, 3, 5), Period::Winter, ZoneC},
        {day(2023, 4, 9), day(2023, 4, 23), Period::Spring, ZoneA},
        {day(2023, 4, 16), day(2023, 5, 1), Period::Spring, ZoneB},
        {day(2023, 4, 23), day(2023, 5, 8), Period::Spring, ZoneC},
        {day(2023, 5, 18), day(2023, 5, 21), Period::Ascension, AllZones},
        {day(2023, 7, 9), day(2023, 9, 3), Period::Summer, AllZones},
        {day(2023, 10, 22), day(2023, 11, 5), Period::AllSaints, AllZones},
        {day(2023, 12, 24), day(2024, 1, 7), Period::Christmas, AllZones},
        {day(2024, 2, 11), day(2024, 2, 25), Period::Winter, ZoneC},
        {day(2024, 2, 18), day(2024, 3, 3), Period::Winter, ZoneA},
        {day(2024, 2, 25), day(2024, 3, 10), Period::Winter, ZoneB},
        {day(2024, 4, 7), day(2024, 4, 21), Period::Spring, ZoneC},
        {day(2024, 4, 14), day(2024, 4, 28), Period::Spring, ZoneA},
        {day(2024, 4, 21), day(2024, 5, 5), Period::Spring, ZoneB},
        {day(2024, 5, 9), day(2024, 5, 12), Period::NotPublished, AllZones},
        {day(2024, 7, 7), day(2024, 9, 1), Period::Summer, AllZones},
        {day(2024, 10, 20), day(2024, 11, 3), Period::AllSaints, AllZones},
        {day(2024, 12, 22), day(2025, 1, 5), Period::Christmas, AllZones},
        {day(2025, 2, 9), day(2025, 2, 23), Period::Winter, ZoneB},
        {day(2025, 2, 16), day(2025, 3, 2), Period::Winter, ZoneC},
        {day(2025, 2, 23), day(2025, 3, 9), Period::Winter, ZoneA},
        {day(2025, 4, 6), day(2025, 4, 21), Period::Spring, ZoneB},
        {day(2025, 4, 13), day(2025, 4, 27), Period::Spring, ZoneC},
        {day(2025, 4, 20), day(2025, 5, 4), Period::Spring, ZoneA},
        {day(2025, 5, 29), day(2025, 6, 1), Period::NotPublished, AllZones},
        {day(2025, 7, 6), day(2025, 8, 31), Period::Summer, AllZones},
        {day(2025, 10, 19), day(2025, 11, 2), Period::AllSaints, AllZones},
        {day(2025, 12, 21), day(2026, 1, 4), Period::Christmas, AllZones},
        {day(2026, 2, 8), day(2026, 2, 22), Period::Winter, ZoneA},
        {day(2026, 2, 15), day(2026, 3, 1), Period::Winter, ZoneB},
        {day(2026, 2, 22), day(2026, 3, 8), Period::Winter, ZoneC},
        {day(2026, 4, 5), day(2026, 4, 19), Period::Spring, ZoneA},
        {day(2026, 4, 12), day(2026, 4, 26), Period::Spring, ZoneB},
        {day(2026, 4, 19), day(2026, 5, 3), Period::Spring, ZoneC},
        {day(2026, 5, 14), day(2026, 5, 17), Period::NotPublished, AllZones},
        {day(2026, 7, 5), day(2026, 8, 31), Period::Summer, AllZones},
        {day(2026, 10, 18), day(2026, 11, 1), Period::AllSaints, AllZones},
        {day(2026, 12, 20), day(2027, 1, 3), Period::Christmas, AllZones},
        {day(2027, 2, 7), day(2027, 2, 21), Period::Winter, ZoneC},
        {day(2027, 2, 14), day(2027, 2, 28), Period::Winter, ZoneA},
        {day(2027, 2, 21), day(2027, 3, 7), Period::Winter, ZoneB},
        {day(2027, 4, 4), day(2027, 4, 18), Period::Spring, ZoneC},
        {day(2027, 4, 11), day(2027, 4, 25), Period::Spring, ZoneA},
        {day(2027, 4, 18), day(2027, 5, 2), Period::Spring, ZoneB},
        {day(2027, 5, 6), day(2027, 5, 9), Period::Ascension, AllZones},
};

constexpr int knownFromKey = day(2020, 7, 5);
constexpr int knownUntilKey = day(2027, 7, 3);

// Every zone's periods in order, without overlaps, inside the known range.
constexpr bool isWellFormed()
{
    for (unsigned zone : {ZoneA, ZoneB, ZoneC}) {
        int previousLast = knownFromKey - 1;
        for (const SchoolPeriod &period : schoolPeriods) {
            if (!(period.zones & zone))
                continue;
            if (period.first > period.last || period.first <= previousLast
                || period.last > knownUntilKey)
                return false;
            previousLast = period.last;
        }
    }
    return true;
}
static_assert(isWellFormed(), "school periods must be sorted, disjoint and in the known range");

QString staticString(QStringView text)
{
    return QString::fromRawData(text.data(), text.size());
}

SchoolHolidays::Lookup stretch(SchoolHolidays::Lookup::Result result, int first, int last)
{
    SchoolHolidays::Lookup lookup;
    lookup.result = result;
    if (first > 0)
        lookup.first = dateOf(first);
    if (last > 0)
        lookup.last = dateOf(last);
    return lookup;
}

int dayBefore(int key)
{
    return dayKey(dateOf(key).addDays(-1));
}

int dayAfter(int key)
{
    return dayKey(dateOf(key).addDays(1));
}

} // namespace

bool SchoolHolidays::isSupportedZone(QStringView zone)
{
    return zoneBit(zone) != 0;
}

QDate SchoolHolidays::knownFrom(QStringView zone)
{
    return isSupportedZone(zone) ? dateOf(knownFromKey) : QDate();
}

QDate SchoolHolidays::knownUntil(QStringView zone)
{
    return isSupportedZone(zone) ? dateOf(knownUntilKey) : QDate();
}

SchoolHolidays::Lookup SchoolHolidays::lookup(QDate date, QStringView zone)
{
    const unsigned bit = zoneBit(zone);
    if (bit == 0 || !date.isValid())
        return {};
    const int key = dayKey(date);
    if (key < knownFromKey)
        return stretch(Lookup::Unknown, 0, dayBefore(knownFromKey));
    if (key > knownUntilKey)
        return stretch(Lookup::Unknown, dayAfter(knownUntilKey), 0);

    // Between two periods of the zone (or a period and an end of the known range) lie school
    // days.
    int schoolFrom = knownFromKey;
    for (const SchoolPeriod &period : schoolPeriods) {
        if (!(period.zones & bit))
            continue;
        if (key < period.first)
            return stretch(Lookup::NotHoliday, schoolFrom, dayBefore(period.first));
        if (key <= period.last) {
            if (period.period == Period::NotPublished)
                return stretch(Lookup::Unknown, period.first, period.last);
            Lookup lookup = stretch(Lookup::Holiday, period.first, period.last);
            const PeriodName &name = periodNames[std::size_t(period.period)];
            lookup.name = LocalizedText{staticString(name.french), staticString(name.english)};
            return lookup;
        }
        schoolFrom = dayAfter(period.last);
    }
    return stretch(Lookup::NotHoliday, schoolFrom, knownUntilKey);
}

} // namespace Helplines
