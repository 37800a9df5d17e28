#ifndef HELPLINES_CORE_SCHOOLHOLIDAYS_H
#define HELPLINES_CORE_SCHOOLHOLIDAYS_H

#include "core/localizedtext.h"

#include <QDate>
#include <QStringView>

namespace Helplines {

// French school holidays (zones A, B and C) for the school years whose official calendar is
// known. Outside them the answer is Unknown, never a guess.
class SchoolHolidays
{
public:
    struct Lookup
    {
        enum Result { NotHoliday, Holiday, Unknown };
        Result result = Unknown;
        // For Holiday: "Vacances de Noël" / "Christmas holidays" and the holiday's days.
        LocalizedText name;
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
