#ifndef HELPLINES_CORE_OPENINGHOURSERROR_H
#define HELPLINES_CORE_OPENINGHOURSERROR_H

#include <QString>

namespace Helplines {

// A parse error or warning of an opening_hours rule, as a value: its kind, the 1-based column
// of the offending token and what to write instead. message() and hint() translate it at the
// time they are called (context "OpeningHoursError").
struct OpeningHoursError
{
    enum Kind {
        None,
        // The engine's kinds; each gets a message in message().
        Empty,
        UnexpectedToken,
        UnexpectedEnd,
        InvalidTime,
        InvalidDate,
        InvalidWeekday,
        InvalidRange,
        UnterminatedComment,
        TooLong,
        TooComplex,
        HourSuffix,         // "9h-18h"
        FrenchAbbreviation, // "24h/24 7j/7", "lun-ven"
        AmPm,               // "10am-12pm"
        MissingMinutes,     // "Mo-Fr 9-18"
        Other,
        // Added with the engine.
        LookAlikeCharacter, // "12:00–14:00" (en dash), "１２：００", curly quotes
        NonCanonicalWord,   // "monday", "to", "daily", "public holidays", "mo-fr"
        DotSeparator,       // "10.00-12.00"
        RedundantSeparator, // ";;", a trailing ","
        PointInTime,        // "10:00" alone: a time range is needed
        TimePeriod,         // "10:00-16:00/1:30": repeated points in time are not supported
        InvalidNth,         // "Mo[6]", "We[4-2]"
        InvalidWeek,        // "week 54"
        InvalidYear,        // "2020-2000"
    };

    Kind kind = None;
    int column = 0;
    // The text at the column that the error is about.
    QString token;
    // A corrected rule or fragment, when the engine can propose one ("24/7", "09:00-18:00").
    QString suggestion;

    bool isError() const { return kind != None; }
    QString message() const;
    QString hint() const;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSERROR_H
