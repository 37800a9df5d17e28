#ifndef HELPLINES_CORE_OPENINGHOURSAST_H
#define HELPLINES_CORE_OPENINGHOURSAST_H

#include <QList>
#include <QString>
#include <QtGlobal>

namespace Helplines {

// The parsed form of an opening_hours value: a list of rules, each a conjunction of selector
// groups (every group must match the day; inside a group any item may match), a list of time
// ranges (empty: the whole day), a state and a comment. Built once by OpeningHoursParser and
// only read afterwards (by the evaluator and the describer). Plain values, no pointers.
struct OpeningHoursAst
{
    enum class State : quint8 { Open, Closed, Unknown };
    enum class Separator : quint8 { Normal, Additional, Fallback };
    enum class TimeEvent : quint8 { Clock, Sunrise, Sunset, Dawn, Dusk };

    // A time of day: minutes after midnight for a clock time (up to 48:00 for range ends), or
    // an offset in minutes from a solar event.
    struct TimePoint
    {
        TimeEvent event = TimeEvent::Clock;
        qint16 minutes = 0;

        bool isClock() const { return event == TimeEvent::Clock; }
        friend bool operator==(TimePoint a, TimePoint b)
        {
            return a.event == b.event && a.minutes == b.minutes;
        }
    };

    // "09:00-18:00", "22:00-02:00" (the end is then stored past 24:00), "17:00+" (no end,
    // open end), "14:00-17:00+" (end and open end).
    struct TimeRange
    {
        TimePoint from;
        TimePoint to;
        bool hasEnd = true;
        bool openEnd = false;
    };

    enum class SelectorKind : quint8 { Year, Month, Date, Week, Weekday, Holiday };

    // A day of the year, possibly relative: "Dec 25", "2026 Dec 24", "easter", "Oct Su[-1]",
    // each with an optional day offset ("easter -2 days"). A point with no day stands for the
    // whole month (first day as a range start, last day as a range end).
    struct DatePoint
    {
        enum class Kind : quint8 { MonthOnly, Fixed, Easter, NthWeekday };
        Kind kind = Kind::Fixed;
        qint16 year = 0;   // 0: every year
        qint8 month = 0;   // 1..12
        qint8 day = 0;     // Fixed: 1..31
        qint8 weekday = 0; // NthWeekday: 0 = Monday
        qint8 nth = 0;     // NthWeekday: 1..5 or -1..-5
        qint16 dayOffset = 0;
    };

    // One item of a selector group. Which fields are used depends on the kind:
    // Year: first..last (last 0 with openEnded for "2020+"), step.
    // Month, Date: from..to dates (to equal to from for a single date), step in days.
    // Week: first..last ISO weeks, step.
    // Weekday: first..last weekdays (0 = Monday, may wrap), nth mask, day offset.
    // Holiday: school or public, day offset.
    struct Selector
    {
        SelectorKind kind = SelectorKind::Weekday;
        bool school = false;
        bool openEnded = false;
        qint16 first = 0;
        qint16 last = 0;
        qint16 step = 1;
        // Bits 0..4: [1]..[5]; bits 5..9: [-1]..[-5].
        quint16 nthMask = 0;
        qint16 dayOffset = 0;
        DatePoint from;
        DatePoint to;
    };

    struct Group
    {
        SelectorKind kind = SelectorKind::Weekday;
        QList<Selector> items;
    };

    struct Rule
    {
        QList<Group> groups;
        QList<TimeRange> times;
        State state = State::Open;
        // The state was written ("open", "off", ...) rather than implied.
        bool explicitState = false;
        bool hasComment = false;
        // "24/7" was written (for the description; its time is in times).
        bool twentyFourSeven = false;
        Separator separator = Separator::Normal;
        QString comment;
        // 1-based column of the rule's first token.
        int column = 1;

        // Some time range ends after midnight: the rule also acts on the next day.
        bool spillsOver() const;
        bool usesSun() const;
    };

    QList<Rule> rules;
};

inline bool OpeningHoursAst::Rule::spillsOver() const
{
    for (const TimeRange &range : times) {
        // Solar events and clock times can be mixed: a range whose end is before its start
        // (evaluated per day) also spills, so any non-clock range is treated as possibly
        // spilling.
        if (!range.from.isClock() || (range.hasEnd && !range.to.isClock()))
            return true;
        if (range.hasEnd && range.to.minutes > 24 * 60)
            return true;
        if (range.openEnd)
            return true;
    }
    return false;
}

inline bool OpeningHoursAst::Rule::usesSun() const
{
    for (const TimeRange &range : times) {
        if (!range.from.isClock() || (range.hasEnd && !range.to.isClock()))
            return true;
    }
    return false;
}

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSAST_H
