#ifndef HELPLINES_MODELS_TIMESOURCE_H
#define HELPLINES_MODELS_TIMESOURCE_H

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace Helplines {

// The one place that reads the clock (STYLE: no hidden clock). Injected into whatever needs
// "now", so that tests, demonstrations (--at) and screenshots control time.
class TimeSource
{
public:
    virtual ~TimeSource();
    // The current instant.
    virtual QDateTime now() const = 0;
    // A clock that never jumps (suspend and clock changes aside), to detect jumps of now().
    virtual qint64 monotonicMilliseconds() const = 0;
    // The user's time zone, in which times are shown.
    virtual QTimeZone timeZone() const = 0;
};

// The system's clock and time zone.
class SystemTimeSource final : public TimeSource
{
public:
    SystemTimeSource();
    QDateTime now() const override;
    qint64 monotonicMilliseconds() const override;
    QTimeZone timeZone() const override;

private:
    QElapsedTimer m_monotonic;
};

// A clock set by hand: "--at 2026-01-12T09:00+01:00", and tests. The monotonic clock follows
// setNow() unless the change is declared a jump, as a system clock change would be.
class FixedTimeSource final : public TimeSource
{
public:
    explicit FixedTimeSource(QDateTime now, QTimeZone timeZone = QTimeZone::systemTimeZone());
    QDateTime now() const override { return m_now; }
    qint64 monotonicMilliseconds() const override { return m_monotonic; }
    QTimeZone timeZone() const override { return m_timeZone; }

    // Time passes: now and the monotonic clock advance together.
    void setNow(const QDateTime &now);
    // The wall clock is changed (by the user, NTP, a resume): the monotonic clock does not move.
    void jumpTo(const QDateTime &now);
    void setTimeZone(const QTimeZone &timeZone) { m_timeZone = timeZone; }

private:
    QDateTime m_now;
    QTimeZone m_timeZone;
    qint64 m_monotonic = 0;
};

} // namespace Helplines

#endif // HELPLINES_MODELS_TIMESOURCE_H
