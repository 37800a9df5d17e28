#include "timesource.h"

namespace Helplines {

TimeSource::~TimeSource() = default;

SystemTimeSource::SystemTimeSource()
{
    m_monotonic.start();
}

QDateTime SystemTimeSource::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemTimeSource::monotonicMilliseconds() const
{
    return m_monotonic.elapsed();
}

QTimeZone SystemTimeSource::timeZone() const
{
    return QTimeZone::systemTimeZone();
}

FixedTimeSource::FixedTimeSource(QDateTime now, QTimeZone timeZone)
    : m_now(std::move(now))
    , m_timeZone(std::move(timeZone))
{}

void FixedTimeSource::setNow(const QDateTime &now)
{
    m_monotonic += m_now.msecsTo(now);
    m_now = now;
}

void FixedTimeSource::jumpTo(const QDateTime &now)
{
    m_now = now;
}

} // namespace Helplines
