#ifndef HELPLINES_CORE_LOCALTIMEMAPPER_H
#define HELPLINES_CORE_LOCALTIMEMAPPER_H

#include <QList>
#include <QTimeZone>

namespace Helplines {

// Converts between instants (seconds since the epoch, UTC) and wall-clock times of one zone
// (Julian day and second of the day) with plain arithmetic: the zone's offsets and transitions
// are read once for a window of time and kept, so that evaluating a rule over a year costs no
// QDateTime or QTimeZone call per day. Wall-clock times follow the reference's (JavaScript
// Date's) reading: a time that happens twice (autumn) is its first occurrence, a time that
// does not happen (spring gap) is read with the offset before the gap (02:30 becomes 03:30).
// An invalid zone is UTC. Not thread-safe: one mapper per evaluation.
class LocalTimeMapper
{
public:
    explicit LocalTimeMapper(const QTimeZone &zone);

    struct LocalTime
    {
        qint64 julianDay = 0;
        int second = 0; // of the day, 0..86399
    };

    LocalTime toLocal(qint64 utcSeconds);
    // The instant of a wall-clock time; second may exceed a day (it then counts into the next
    // days). With later, the second occurrence of a repeated time.
    qint64 toUtc(qint64 julianDay, qint64 second, bool later = false);
    // The offset from UTC in force at an instant.
    int offsetAt(qint64 utcSeconds);
    // The wall-clock minutes [from, to) that a spring-forward change skips on a local day
    // (120 and 180 for 02:00-03:00); false when nothing is skipped that day.
    bool skippedMinutes(qint64 julianDay, int *from, int *to);

    const QTimeZone &zone() const { return m_zone; }
    // The zone has one offset for all times (read at the first instant asked).
    bool hasFixedOffset() const { return m_fixed; }

private:
    void loadWindow(qint64 utcSeconds);

    struct Transition
    {
        qint64 at; // UTC seconds
        int offsetAfter;
    };

    QTimeZone m_zone;
    bool m_fixed = true;
    bool m_fixedLoaded = false;
    int m_fixedOffset = 0;
    qint64 m_windowBegin = 0;
    qint64 m_windowEnd = -1;
    int m_offsetBeforeWindow = 0;
    QList<Transition> m_transitions;
};

} // namespace Helplines

#endif // HELPLINES_CORE_LOCALTIMEMAPPER_H
