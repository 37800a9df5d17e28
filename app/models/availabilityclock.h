#ifndef HELPLINES_MODELS_AVAILABILITYCLOCK_H
#define HELPLINES_MODELS_AVAILABILITYCLOCK_H

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace Helplines {

class ServiceListModel;
class TimeSource;

// Keeps the badges of a ServiceListModel live as time passes (DESIGN §5), with one timer aimed
// at the earliest instant at which any row changes (a next change, the start of "closing
// soon", or midnight for relative day names): no polling. When the timer fires, and when the
// application tells it that it became active again, it compares the wall clock with a
// monotonic clock and the time zone with the last one seen: after a clock jump, a suspend or a
// time-zone change, every row is evaluated again.
class AvailabilityClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityClock)

public:
    // Neither is owned; both must outlive the clock.
    AvailabilityClock(TimeSource *timeSource, ServiceListModel *model, QObject *parent = nullptr);
    ~AvailabilityClock() override;

    // Evaluates every row now and starts the timer; call again after the model was reloaded.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // A clock showing a fixed instant (--at) evaluates on demand and never sets its timer.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    // When the timer will fire next; invalid when nothing will ever change.
    QDateTime nextWakeUp() const { return m_nextWakeUp; }
    // Milliseconds until the timer fires; -1 when it is not running.
    int millisecondsToWakeUp() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    // How many times the timer fired (for tests and the idle benchmark).
    int wakeUps() const { return m_wakeUps; }
    // How many full re-evaluations a clock jump or time-zone change caused.
    int resynchronisations() const { return m_resynchronisations; }

public Q_SLOTS:
    // The application became active (or resumed): checks for clock jumps and zone changes and
    // catches up.
    void checkNow();

Q_SIGNALS:
    // After each update, with the instant evaluated.
    void updated(const QDateTime &now);

private:
    void wakeUp();
    void update(bool everything);
    void schedule(const QDateTime &now, const QDateTime &earliest);

    TimeSource *m_timeSource;
    ServiceListModel *m_model;
    QTimer m_timer;
    QDateTime m_nextWakeUp;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
    QByteArray m_lastZone;
    int m_wakeUps = 0;
    int m_resynchronisations = 0;
    bool m_live = true;
};

} // namespace Helplines

#endif // HELPLINES_MODELS_AVAILABILITYCLOCK_H
