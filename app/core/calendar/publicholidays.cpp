#include "publicholidays.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// The holiday regions, as bits so that one rule can apply to several of them.
enum Region : unsigned {
    Metropolitan = 1u << 0,          // FR
    Moselle = 1u << 1,               // FR-57
    BasRhin = 1u << 2,               // FR-67
    HautRhin = 1u << 3,              // FR-68
    Guadeloupe = 1u << 4,            // FR-971
    Martinique = 1u << 5,            // FR-972
    Guyane = 1u << 6,                // FR-973
    Reunion = 1u << 7,               // FR-974
    SaintPierreEtMiquelon = 1u << 8, // FR-975
    Mayotte = 1u << 9,               // FR-976
};

constexpr unsigned AlsaceMoselle = Moselle | BasRhin | HautRhin;
constexpr unsigned AllRegions = (1u << 10) - 1;

struct RegionCode
{
    QStringView code;
    Region region;
};

constexpr std::array<RegionCode, 10> regionCodes{{
        {u"FR", Metropolitan},
        {u"FR-57", Moselle},
        {u"FR-67", BasRhin},
        {u"FR-68", HautRhin},
        {u"FR-971", Guadeloupe},
        {u"FR-972", Martinique},
        {u"FR-973", Guyane},
        {u"FR-974", Reunion},
        {u"FR-975", SaintPierreEtMiquelon},
        {u"FR-976", Mayotte},
}};

// 0 for an unknown region.
unsigned regionBit(QStringView code)
{
    for (const RegionCode &entry : regionCodes) {
        if (code.compare(entry.code, Qt::CaseInsensitive) == 0)
            return entry.region;
    }
    return 0;
}

// One holiday: a fixed day of the year (month > 0) or a day relative to Easter Sunday
// (month == 0).
struct HolidayRule
{
    QStringView key;
    QStringView french;
    QStringView english;
    int month;
    int day;
    int easterOffset;
    unsigned regions;
};

// The order is opening_hours.js 3.15's (its French definition, "fr" in the holiday data): when
// two holidays fall on the same day (Ascension on 1 May 2008), the first one names the day,
// as it does in the reference corpus. French names are exactly the reference's.
//
// Sources:
// - Code du travail, article L3133-1: the eleven national public holidays (1 January, Easter
//   Monday, 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November,
//   25 December). Whit Monday is the default "journée de solidarité" (article L3133-7) in many
//   workplaces but remains a public holiday in law; it stays in the list.
// - Code du travail, article L3134-13 (local law of Moselle, Bas-Rhin and Haut-Rhin): 26 December,
//   and Good Friday "dans les communes ayant un temple protestant ou une église mixte"; in
//   practice observed in the whole of the three departments, and listed so by opening_hours.js.
// - Loi n° 83-550 du 30 juin 1983 and décret n° 83-1003 du 23 novembre 1983 (as amended):
//   commemoration of the abolition of slavery, a public holiday on a date fixed per department:
//   Guadeloupe 27 May, Guyane 10 June, Martinique 22 May, Mayotte 27 April, La Réunion
//   20 December.
// - Good Friday and Victor Schœlcher Day (21 July) in Guadeloupe and Martinique are observed
//   locally (custom and collective agreements) rather than by a national statute; they are
//   listed because they are in practice days off and opening_hours.js lists them, so that rules
//   agree with the reference.
// - Saint-Pierre-et-Miquelon (FR-975) is an overseas collectivity: the Code du travail's national
//   list applies and there is no abolition day (décret n° 83-1003 does not name it), so it gets
//   exactly the metropolitan list.
constexpr std::array<HolidayRule, 19> holidayRules{{
        {u"new-year", u"Nouvel An", u"New Year's Day", 1, 1, 0, AllRegions},
        {u"easter-monday", u"Lundi de Pâques", u"Easter Monday", 0, 0, 1, AllRegions},
        {u"labour-day", u"Fête du travail", u"Labour Day", 5, 1, 0, AllRegions},
        {u"victory-day", u"Fête de la Victoire 1945", u"Victory in Europe Day", 5, 8, 0,
         AllRegions},
        {u"ascension", u"Ascension", u"Ascension Day", 0, 0, 39, AllRegions},
        {u"whit-monday", u"Lundi de Pentecôte", u"Whit Monday", 0, 0, 50, AllRegions},
        {u"national-day", u"Fête Nationale de la France", u"Bastille Day", 7, 14, 0, AllRegions},
        {u"assumption", u"Assomption", u"Assumption Day", 8, 15, 0, AllRegions},
        {u"all-saints", u"Toussaint", u"All Saints' Day", 11, 1, 0, AllRegions},
        {u"armistice-day", u"Armistice 1918", u"Armistice Day", 11, 11, 0, AllRegions},
        {u"christmas", u"Noël", u"Christmas Day", 12, 25, 0, AllRegions},
        {u"good-friday", u"Vendredi saint", u"Good Friday", 0, 0, -2,
         AlsaceMoselle | Guadeloupe | Martinique},
        {u"abolition-of-slavery", u"Abolition de l’esclavage", u"Abolition of Slavery Day", 4, 27,
         0, Mayotte},
        {u"abolition-of-slavery", u"Abolition de l’esclavage", u"Abolition of Slavery Day", 5, 22,
         0, Martinique},
        {u"abolition-of-slavery", u"Abolition de l’esclavage", u"Abolition of Slavery Day", 5, 27,
         0, Guadeloupe},
        {u"abolition-of-slavery", u"Abolition de l’esclavage", u"Abolition of Slavery Day", 6, 10,
         0, Guyane},
        {u"victor-schoelcher-day", u"Jour de Victor Schoelcher", u"Victor Schœlcher Day", 7, 21, 0,
         Guadeloupe | Martinique},
        {u"abolition-of-slavery", u"Abolition de l’esclavage", u"Abolition of Slavery Day", 12, 20,
         0, Reunion},
        {u"st-stephens-day", u"Lendemain de Noël", u"St Stephen's Day", 12, 26, 0, AlsaceMoselle},
}};

// The rule tables live in static storage: the strings handed out share it (no allocation).
QString staticString(QStringView text)
{
    return QString::fromRawData(text.data(), text.size());
}

Holiday makeHoliday(const HolidayRule &rule, QDate date)
{
    return Holiday{date, staticString(rule.key),
                   LocalizedText{staticString(rule.french), staticString(rule.english)}};
}

// Gregorian computus (the "anonymous" algorithm published by Meeus, after Jones and
// Butcher), returned as a day of March: 22 is 22 March, 32 is 1 April.
int easterDayOfMarch(int year)
{
    const int golden = year % 19; // position in the 19-year Metonic cycle
    const int century = year / 100;
    const int yearOfCentury = year % 100;
    const int leapCenturies = century / 4;
    const int skippedCenturyLeaps = century % 4;
    const int moonCorrection = (century + 8) / 25;
    const int lunarCorrection = (century - moonCorrection + 1) / 3;
    const int epact = (19 * golden + century - leapCenturies - lunarCorrection + 15) % 30;
    const int leapYearsOfCentury = yearOfCentury / 4;
    const int yearInLeapCycle = yearOfCentury % 4;
    const int weekdayShift
            = (32 + 2 * skippedCenturyLeaps + 2 * leapYearsOfCentury - epact - yearInLeapCycle) % 7;
    const int exception = (golden + 11 * epact + 22 * weekdayShift) / 451;
    return epact + weekdayShift - 7 * exception + 22;
}

bool isComputableYear(int year)
{
    // The Gregorian computus means nothing before the reform of 1582.
    return year >= 1583 && year <= 9999;
}

} // namespace

bool PublicHolidays::isSupportedRegion(QStringView region)
{
    return regionBit(region) != 0;
}

QStringList PublicHolidays::supportedRegions()
{
    QStringList regions;
    regions.reserve(qsizetype(regionCodes.size()));
    for (const RegionCode &entry : regionCodes)
        regions.append(entry.code.toString());
    return regions;
}

QDate PublicHolidays::easterSunday(int year)
{
    if (!isComputableYear(year))
        return {};
    const int dayOfMarch = easterDayOfMarch(year);
    return dayOfMarch <= 31 ? QDate(year, 3, dayOfMarch) : QDate(year, 4, dayOfMarch - 31);
}

QList<Holiday> PublicHolidays::forYear(int year, QStringView region)
{
    const unsigned bit = regionBit(region);
    if (bit == 0 || !isComputableYear(year))
        return {};
    const QDate easter = easterSunday(year);
    QList<Holiday> holidays;
    holidays.reserve(qsizetype(holidayRules.size()));
    for (const HolidayRule &rule : holidayRules) {
        if (!(rule.regions & bit))
            continue;
        const QDate date = rule.month > 0 ? QDate(year, rule.month, rule.day)
                                          : easter.addDays(rule.easterOffset);
        holidays.append(makeHoliday(rule, date));
    }
    // Stable: a day with two holidays keeps the table's order.
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return holidays;
}

std::optional<Holiday> PublicHolidays::on(QDate date, QStringView region)
{
    const unsigned bit = regionBit(region);
    if (bit == 0 || !date.isValid() || !isComputableYear(date.year()))
        return std::nullopt;
    // No list is built: fixed days compare month and day, movable ones the distance to Easter,
    // computed only if a movable holiday can fall in this month (March to June).
    const int month = date.month();
    const bool mayBeMovable = month >= 3 && month <= 6;
    const qint64 fromEaster = mayBeMovable ? easterSunday(date.year()).daysTo(date) : 0;
    for (const HolidayRule &rule : holidayRules) {
        if (!(rule.regions & bit))
            continue;
        const bool matches = rule.month > 0 ? rule.month == month && rule.day == date.day()
                                            : mayBeMovable && fromEaster == rule.easterOffset;
        if (matches)
            return makeHoliday(rule, date);
    }
    return std::nullopt;
}

} // namespace Helplines
