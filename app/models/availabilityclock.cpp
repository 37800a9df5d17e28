#include "availabilityclock.h"

#include "models/servicelistmodel.h"
#include "models/timesource.h"

#include <QDate>
#include <QTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// A wall clock that moved this much more or less than the monotonic clock has jumped.
constexpr qint64 jumpToleranceMs = 2000;
// QTimer takes an int: longer waits are cut and resumed.
constexpr qint64 longestWaitMs = std::numeric_limits<int>::max() / 2;

QDateTime nextMidnight(const QDateTime &now, const QTimeZone &zone)
{
    const QDate tomorrow = now.toTimeZone(zone).date().addDays(1);
    QDateTime midnight(tomorrow, QTime(0, 0), zone);
    // A day that starts inside a gap (a zone that moves its clocks at midnight): the first
    // valid instant of it.
    for (int minutes = 1; !midnight.isValid() && minutes <= 180; ++minutes)
        midnight = QDateTime(tomorrow, QTime(0, 0).addSecs(minutes * 60), zone);
    return midnight;
}

} // namespace

AvailabilityClock::AvailabilityClock(TimeSource *timeSource, ServiceListModel *model,
                                     QObject *parent)
    : QObject(parent)
    , m_timeSource(timeSource)
    , m_model(model)
{
    // Named: the idle benchmark tells its wake-ups from others (docs/performance.md).
    m_timer.setObjectName(u"availabilityTimer"_s);
    m_timer.setSingleShot(true);
    // A badge that turns at 9:00 must turn at 9:00, not a few minutes later.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AvailabilityClock::wakeUp);
}

AvailabilityClock::~AvailabilityClock() = default;

void AvailabilityClock::start()
{
    update(true);
}

void AvailabilityClock::stop()
{
    m_timer.stop();
    m_nextWakeUp = QDateTime();
}

void AvailabilityClock::setLive(bool live)
{
    m_live = live;
    if (!live)
        stop();
}

void AvailabilityClock::wakeUp()
{
    ++m_wakeUps;
    checkNow();
}

void AvailabilityClock::checkNow()
{
    const QDateTime wall = m_timeSource->now();
    const qint64 monotonic = m_timeSource->monotonicMilliseconds();
    bool everything = false;
    if (m_lastWall.isValid()) {
        const qint64 wallElapsed = m_lastWall.msecsTo(wall);
        const qint64 monotonicElapsed = monotonic - m_lastMonotonic;
        if (qAbs(wallElapsed - monotonicElapsed) > jumpToleranceMs)
            everything = true;
    }
    if (m_timeSource->timeZone().id() != m_lastZone)
        everything = true;
    if (everything)
        ++m_resynchronisations;
    update(everything);
}

void AvailabilityClock::update(bool everything)
{
    const QDateTime now = m_timeSource->now();
    const QTimeZone zone = m_timeSource->timeZone();
    m_lastWall = now;
    m_lastMonotonic = m_timeSource->monotonicMilliseconds();
    m_lastZone = zone.id();

    QDateTime earliest = m_model->updateAvailability(now, zone, everything);
    // Relative day names ("tomorrow", "Monday") change at midnight.
    const QDateTime midnight = nextMidnight(now, zone);
    if (m_model->rowCount() > 0 && (!earliest.isValid() || midnight < earliest))
        earliest = midnight;
    schedule(now, earliest);
    Q_EMIT updated(now);
}

void AvailabilityClock::schedule(const QDateTime &now, const QDateTime &earliest)
{
    m_nextWakeUp = earliest;
    if (!earliest.isValid() || !m_live) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0, now.msecsTo(earliest), longestWaitMs);
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace Helplines
