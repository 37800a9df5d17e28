#include "benchmarkprobe.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

qint64 clockNanoseconds([[maybe_unused]] int clock)
{
#if defined(Q_OS_LINUX)
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    return -1;
#endif
}

// Milliseconds since the kernel started this process; -1 where /proc cannot tell.
double millisecondsSinceProcessStart()
{
#if defined(Q_OS_LINUX)
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // Field 22, "starttime", in clock ticks since boot; fields[0] is field 3.
    constexpr int startTimeIndex = 22 - 3;
    if (fields.size() <= startTimeIndex)
        return -1;
    const double ticks = fields.at(startTimeIndex).toDouble();
    const double startMs = ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(clockNanoseconds(CLOCK_BOOTTIME)) / 1e6 - startMs;
#else
    return -1;
#endif
}

void printLine(const QByteArray &line)
{
    std::fputs("helplines-bench: ", stdout);
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

void BenchmarkProbe::installIfRequested(QWidget *window)
{
    const QByteArray mode = qgetenv("HELPLINES_BENCH_FIRST_FRAME");
    if (mode.isEmpty() || !window)
        return;
    const int idleSeconds = qEnvironmentVariableIntValue("HELPLINES_BENCH_IDLE_SECONDS");
    auto *probe = new BenchmarkProbe(window, mode == "quit", idleSeconds);
    window->installEventFilter(probe);
}

BenchmarkProbe::BenchmarkProbe(QWidget *window, bool quitAfterFirstFrame, int idleSeconds)
    : QObject(window)
    , m_window(window)
    , m_quitAfterFirstFrame(quitAfterFirstFrame)
    , m_idleSeconds(idleSeconds)
    , m_quitSeconds(qMax(0, qEnvironmentVariableIntValue("HELPLINES_BENCH_QUIT_SECONDS")))
{}

bool BenchmarkProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_counting && event->type() == QEvent::Timer) {
        ++m_timerEvents;
        QString receiver = QString::fromLatin1(watched->metaObject()->className());
        if (!watched->objectName().isEmpty())
            receiver += u' ' + watched->objectName();
        ++m_timersByReceiver[receiver];
    } else if (!m_painted && watched == m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        // Once the event that paints the window (and its children) has been handled.
        QMetaObject::invokeMethod(this, &BenchmarkProbe::firstFrameShown, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void BenchmarkProbe::firstFrameShown()
{
    const qint64 monotonic = clockNanoseconds(CLOCK_MONOTONIC);
    printLine(QByteArray("first-frame monotonic_ns=") + QByteArray::number(monotonic)
              + " since_start_ms=" + QByteArray::number(millisecondsSinceProcessStart(), 'f', 1)
              + " size=" + QByteArray::number(m_window->width()) + 'x'
              + QByteArray::number(m_window->height()));
    if (m_idleSeconds > 0)
        startCounting();
    else if (m_quitAfterFirstFrame && m_quitSeconds > 0)
        QTimer::singleShot(std::chrono::seconds(m_quitSeconds), qApp, &QCoreApplication::quit);
    else if (m_quitAfterFirstFrame)
        QCoreApplication::quit();
}

void BenchmarkProbe::startCounting()
{
    if (qEnvironmentVariableIsSet("HELPLINES_BENCH_SETTLE_SECONDS"))
        m_settleSeconds = qMax(0, qEnvironmentVariableIntValue("HELPLINES_BENCH_SETTLE_SECONDS"));
    m_window->removeEventFilter(this);
    QCoreApplication::instance()->installEventFilter(this);
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance()) {
        connect(dispatcher, &QAbstractEventDispatcher::awake, this, [this] {
            if (m_counting)
                ++m_wakeUps;
        });
    }
    m_counting = true;
    // The timers of the probe; their own wake-ups are not counted.
    QTimer::singleShot(std::chrono::seconds(m_settleSeconds), Qt::PreciseTimer, this,
                       &BenchmarkProbe::settled);
}

void BenchmarkProbe::printCounts(const char *phase)
{
    // The probe's own timer was counted as a timer event of this phase. The wake-up it caused
    // falls in this phase or the next, depending on the event dispatcher: it is left in, as it
    // is in the baseline's count, which has the same probe.
    m_timerEvents = qMax(0, m_timerEvents - 1);
    QStringList receivers;
    for (auto it = m_timersByReceiver.cbegin(); it != m_timersByReceiver.cend(); ++it) {
        const int count = it.key() == u"QSingleShotTimer"_s ? it.value() - 1 : it.value();
        if (count > 0)
            receivers.append(u"%1:%2"_s.arg(QString(it.key()).replace(u' ', u'/')).arg(count));
    }
    receivers.sort();
    printLine(QByteArray(phase) + " seconds="
              + QByteArray::number(qstrcmp(phase, "idle") == 0 ? m_idleSeconds : m_settleSeconds)
              + " wakeups=" + QByteArray::number(m_wakeUps)
              + " timer_events=" + QByteArray::number(m_timerEvents) + " receivers="
              + (receivers.isEmpty() ? QByteArray("-") : receivers.join(u',').toUtf8()));
    m_wakeUps = 0;
    m_timerEvents = 0;
    m_timersByReceiver.clear();
}

void BenchmarkProbe::settled()
{
    printCounts("settle");
    QTimer::singleShot(std::chrono::seconds(m_idleSeconds), Qt::PreciseTimer, this,
                       &BenchmarkProbe::finishIdle);
}

void BenchmarkProbe::finishIdle()
{
    m_counting = false;
    printCounts("idle");
    QCoreApplication::quit();
}

} // namespace Helplines
