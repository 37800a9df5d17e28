#include "localtimemapper.h"

#include <QDateTime>

#include <limits>

namespace Helplines {

namespace {

constexpr qint64 secondsPerDay = 86400;
// Julian day of 1970-01-01.
constexpr qint64 epochJulianDay = 2440588;
// Offsets are read for this long around the first instant asked for (a little over the
// 366-day horizon of a next-change search, both ways for intervals that start earlier).
constexpr qint64 windowBefore = 40 * secondsPerDay;
constexpr qint64 windowAfter = 420 * secondsPerDay;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

LocalTimeMapper::LocalTimeMapper(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    // A zone that never had daylight saving time keeps one offset around any instant we look
    // at; QTimeZone reports a made-up far-future transition for some of them, so their
    // transitions are not read at all (the offset is read once, at the first instant asked).
    m_fixed = !m_zone.hasDaylightTime();
}

void LocalTimeMapper::loadWindow(qint64 utcSeconds)
{
    m_windowBegin = utcSeconds - windowBefore;
    m_windowEnd = utcSeconds + windowAfter;
    if (m_fixed) {
        if (!m_fixedLoaded) {
            m_fixedOffset = m_zone.offsetFromUtc(
                    QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
            m_fixedLoaded = true;
        }
        // One offset for all times.
        m_windowBegin = std::numeric_limits<qint64>::min();
        m_windowEnd = std::numeric_limits<qint64>::max();
        return;
    }
    const QDateTime begin = QDateTime::fromSecsSinceEpoch(m_windowBegin, QTimeZone::utc());
    const QDateTime end = QDateTime::fromSecsSinceEpoch(m_windowEnd, QTimeZone::utc());
    m_offsetBeforeWindow = m_zone.offsetFromUtc(begin);
    m_transitions.clear();
    const QTimeZone::OffsetDataList list = m_zone.transitions(begin, end);
    for (const QTimeZone::OffsetData &data : list) {
        const qint64 at = data.atUtc.toSecsSinceEpoch();
        if (at <= m_windowBegin || at > m_windowEnd)
            continue;
        m_transitions.append(Transition{at, data.offsetFromUtc});
    }
}

int LocalTimeMapper::offsetAt(qint64 utcSeconds)
{
    if (utcSeconds < m_windowBegin || utcSeconds > m_windowEnd)
        loadWindow(utcSeconds);
    if (m_fixed)
        return m_fixedOffset;
    int offset = m_offsetBeforeWindow;
    // A handful of transitions per window: a linear scan beats anything cleverer.
    for (const Transition &transition : std::as_const(m_transitions)) {
        if (transition.at > utcSeconds)
            break;
        offset = transition.offsetAfter;
    }
    return offset;
}

bool LocalTimeMapper::skippedMinutes(qint64 julianDay, int *from, int *to)
{
    const qint64 dayStart = (julianDay - epochJulianDay) * secondsPerDay;
    // Make sure the window covers the day.
    offsetAt(dayStart);
    if (m_fixed)
        return false;
    offsetAt(dayStart + secondsPerDay);
    int before = m_offsetBeforeWindow;
    for (const Transition &transition : std::as_const(m_transitions)) {
        const int after = transition.offsetAfter;
        if (after > before) {
            // The wall clock jumps from (at + before) to (at + after).
            const qint64 local = transition.at + before;
            if (floorDiv(local, secondsPerDay) + epochJulianDay == julianDay) {
                *from = int((local - dayStart) / 60);
                *to = std::min(int((local + (after - before) - dayStart) / 60), 24 * 60);
                return true;
            }
        }
        before = after;
    }
    return false;
}

LocalTimeMapper::LocalTime LocalTimeMapper::toLocal(qint64 utcSeconds)
{
    const qint64 local = utcSeconds + offsetAt(utcSeconds);
    const qint64 day = floorDiv(local, secondsPerDay);
    return LocalTime{day + epochJulianDay, int(local - day * secondsPerDay)};
}

qint64 LocalTimeMapper::toUtc(qint64 julianDay, qint64 second, bool later)
{
    const qint64 local = (julianDay - epochJulianDay) * secondsPerDay + second;
    if (m_fixed)
        return local - offsetAt(local);
    // The offsets in force shortly before and after this wall-clock time; transitions are
    // far more than a day apart.
    const int before = offsetAt(local - secondsPerDay);
    const int after = offsetAt(local + secondsPerDay);
    const qint64 first = local - before;
    const qint64 second_ = local - after;
    const bool firstValid = offsetAt(first) == before;
    const bool secondValid = offsetAt(second_) == after;
    if (firstValid && secondValid && first != second_)
        return later ? std::max(first, second_) : std::min(first, second_);
    if (firstValid)
        return first;
    if (secondValid)
        return second_;
    // In a gap: read with the offset before it, which lands after the transition.
    return first;
}

} // namespace Helplines
