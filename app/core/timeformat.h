#ifndef HELPLINES_CORE_TIMEFORMAT_H
#define HELPLINES_CORE_TIMEFORMAT_H

#include "core/language.h"

#include <QString>
#include <QTime>

namespace Helplines {

// Times of day and durations as people read them: "9:00" and "18:30" in English, "9 h",
// "9 h 30" and "18 h" in French (the French typographic usage). Shared by the descriptions of
// opening hours and the availability badges.
class TimeFormat
{
public:
    // A time given in minutes after midnight; 24 * 60 is "24:00" / "24 h" (the end of a day),
    // other values are taken within the day (26:00 is "2:00").
    static QString time(int minutes, Language language);
    static QString time(QTime time, Language language);
    // A length of time: "30 min", "1 h", "1 h 05", "2 h 30" (the same in both languages).
    static QString duration(int minutes, Language language);
};

} // namespace Helplines

#endif // HELPLINES_CORE_TIMEFORMAT_H
