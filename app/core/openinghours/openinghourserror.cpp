#include "openinghourserror.h"

#include <QCoreApplication>

namespace Helplines {

QString OpeningHoursError::message() const
{
    const QString at = QString::number(column);
    switch (kind) {
    case None:
        return QString();
    case Empty:
        return QCoreApplication::translate("OpeningHoursError", "The opening hours are empty.");
    case UnexpectedToken:
        return QCoreApplication::translate("OpeningHoursError",
                                           "“%1” is not understood at column %2.")
                .arg(token, at);
    case UnexpectedEnd:
        return QCoreApplication::translate("OpeningHoursError",
                                           "The opening hours stop too early, at column %1.")
                .arg(at);
    case InvalidTime:
        return QCoreApplication::translate("OpeningHoursError",
                                           "“%1” at column %2 is not a valid time.")
                .arg(token, at);
    case InvalidDate:
        return QCoreApplication::translate("OpeningHoursError",
                                           "“%1” at column %2 is not a valid date.")
                .arg(token, at);
    case InvalidWeekday:
        return QCoreApplication::translate("OpeningHoursError",
                                           "“%1” at column %2 is not a valid weekday.")
                .arg(token, at);
    case InvalidRange:
        return QCoreApplication::translate("OpeningHoursError",
                                           "The range at column %1 does not fit together.")
                .arg(at);
    case UnterminatedComment:
        return QCoreApplication::translate("OpeningHoursError",
                                           "The comment that starts at column %1 is not closed.")
                .arg(at);
    case TooLong:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "The opening hours are too long (more than %1 characters).")
                .arg(column - 1);
    case TooComplex:
        return QCoreApplication::translate("OpeningHoursError",
                                           "The opening hours are too complex.");
    case HourSuffix:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "Times are written with a colon, not with “h” (column %1).")
                .arg(at);
    case FrenchAbbreviation:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "“%1” at column %2 is French, not the opening hours syntax.")
                .arg(token, at);
    case AmPm:
        return QCoreApplication::translate("OpeningHoursError",
                                           "“%1” at column %2 uses the 12-hour clock.")
                .arg(token, at);
    case MissingMinutes:
        return QCoreApplication::translate("OpeningHoursError",
                                           "The time “%1” at column %2 has no minutes.")
                .arg(token, at);
    case Other:
        return QCoreApplication::translate("OpeningHoursError", "“%1” at column %2 is unusual.")
                .arg(token, at);
    case LookAlikeCharacter:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "“%1” at column %2 looks like a character of the syntax but is another one.")
                .arg(token, at);
    case NonCanonicalWord:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "“%1” at column %2 is not a word of the opening hours syntax.")
                .arg(token, at);
    case DotSeparator:
        return QCoreApplication::translate("OpeningHoursError",
                                           "Hours and minutes are separated by a dot at column %1.")
                .arg(at);
    case RedundantSeparator:
        return QCoreApplication::translate("OpeningHoursError",
                                           "There is an empty rule at column %1.")
                .arg(at);
    case PointInTime:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "A time range is needed at column %1, not a single time.")
                .arg(at);
    case TimePeriod:
        return QCoreApplication::translate("OpeningHoursError",
                                           "Repeated times (“/”) are not supported, at column %1.")
                .arg(at);
    case InvalidNth:
        return QCoreApplication::translate(
                       "OpeningHoursError",
                       "The weekday number at column %1 must be 1 to 5 or -1 to -5.")
                .arg(at);
    case InvalidWeek:
        return QCoreApplication::translate("OpeningHoursError",
                                           "Week numbers go from 1 to 53, at column %1.")
                .arg(at);
    case InvalidYear:
        return QCoreApplication::translate("OpeningHoursError",
                                           "The year at column %1 is not valid.")
                .arg(at);
    }
    return QString();
}

QString OpeningHoursError::hint() const
{
    QString advice;
    switch (kind) {
    case None:
        return QString();
    case Empty:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Write the hours, for example “Mo-Fr 09:00-18:00”, or “24/7”.");
        break;
    case UnexpectedToken:
    case UnexpectedEnd:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Use the opening_hours syntax, for example “Mo-Fr 09:00-12:00,14:00-18:00; "
                "PH off”; put free text in double quotes.");
        break;
    case InvalidTime:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Write times as hours and minutes from 00:00 to 24:00, for example “09:30”.");
        break;
    case InvalidDate:
        advice = QCoreApplication::translate(
                "OpeningHoursError", "Write dates as a month and a day, for example “Dec 25”.");
        break;
    case InvalidWeekday:
        advice = QCoreApplication::translate("OpeningHoursError",
                                             "Use Mo, Tu, We, Th, Fr, Sa and Su.");
        break;
    case InvalidRange:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Give both ends of a range in the same form, for example “Jan-Mar” or "
                "“Jan 10-Mar 15”.");
        break;
    case UnterminatedComment:
        advice = QCoreApplication::translate("OpeningHoursError",
                                             "End the comment with a double quote (\").");
        break;
    case TooLong:
    case TooComplex:
        advice = QCoreApplication::translate("OpeningHoursError", "Shorten the opening hours.");
        break;
    case HourSuffix:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Write “09:00-18:00” rather than “9h-18h”, and “24/7” for every hour of "
                "every day.");
        break;
    case FrenchAbbreviation:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Use Mo, Tu, We, Th, Fr, Sa, Su for the days and “24/7” for “7j/7 24h/24”.");
        break;
    case AmPm:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Write times on the 24-hour clock, for example “13:00” for 1pm.");
        break;
    case MissingMinutes:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Write hours with minutes, for example “09:00-18:00” for “9-18”.");
        break;
    case Other:
        break;
    case LookAlikeCharacter:
        advice = QCoreApplication::translate("OpeningHoursError",
                                             "Use the plain characters “-”, “:” and \"…\".");
        break;
    case NonCanonicalWord:
        break;
    case DotSeparator:
        advice = QCoreApplication::translate("OpeningHoursError",
                                             "Write “10:00” rather than “10.00”.");
        break;
    case RedundantSeparator:
        advice = QCoreApplication::translate("OpeningHoursError", "Remove the extra separator.");
        break;
    case PointInTime:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Give a start and an end, for example “10:00-12:00”, or an open end "
                "“10:00+”.");
        break;
    case TimePeriod:
        advice = QCoreApplication::translate("OpeningHoursError",
                                             "Give the time ranges themselves.");
        break;
    case InvalidNth:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "For example “Su[-1]” is the last Sunday of the month, “Mo[1,3]” the first "
                "and third Mondays.");
        break;
    case InvalidWeek:
        advice = QCoreApplication::translate("OpeningHoursError", "For example “week 01-26”.");
        break;
    case InvalidYear:
        advice = QCoreApplication::translate(
                "OpeningHoursError",
                "Write years with four digits, a range from the earlier year, for example "
                "“2020-2025”.");
        break;
    }
    if (!suggestion.isEmpty()) {
        const QString proposal
                = QCoreApplication::translate("OpeningHoursError", "Suggested: “%1”.")
                          .arg(suggestion);
        return advice.isEmpty() ? proposal : advice + u' ' + proposal;
    }
    return advice;
}

} // namespace Helplines
