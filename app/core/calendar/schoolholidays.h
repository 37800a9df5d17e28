#ifndef HELPLINES_CORE_SCHOOLHOLIDAYS_H
#define HELPLINES_CORE_SCHOOLHOLIDAYS_H

#include "core/localizedtext.h"

#include <QDate>
#include <QStringView>

namespace Helplines {

// French school holidays (zones A, B and C) for the school years whose official calendar is
// known: summer 2020 to 3 July 2027 (sources and choices: docs/calendar.md). Outside them the
// answer is Unknown, never a guess; so is the Ascension long weekend of 2024, 2025 and 2026,
// which the source does not give. A holiday runs from the day after classes end to the day
// before they resume (the Saturday on which classes end is not a holiday day), as in
// opening_hours.js. Zones are "A", "B" or "C" (case-insensitive).
//
// Pure functions over constant data, no allocation (names share static storage).
class SchoolHolidays
{
public:
    struct Lookup
    {
        enum Result { NotHoliday, Holiday, Unknown };
        Result result = Unknown;
        // For Holiday: "Vacances de Noël" / "Christmas holidays" (the French name is the
        // reference's comment text). Empty otherwise.
        LocalizedText name;
        // The whole run of consecutive days with this answer, first and last inclusive: the
        // holiday's days; the school days between two holidays; an unpublished stretch.
        // Before knownFrom() first is invalid, after knownUntil() last is invalid; both are
        // invalid for an unsupported zone or an invalid date.
        QDate first;
        QDate last;
    };

    static bool isSupportedZone(QStringView zone);
    static Lookup lookup(QDate date, QStringView zone);
    // The first and last day for which lookup() knows the answer in a zone.
    static QDate knownFrom(QStringView zone);
    static QDate knownUntil(QStringView zone);
};

} // namespace Helplines

#endif // HELPLINES_CORE_SCHOOLHOLIDAYS_H
