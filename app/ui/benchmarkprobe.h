#ifndef HELPLINES_UI_BENCHMARKPROBE_H
#define HELPLINES_UI_BENCHMARKPROBE_H

#include <QHash>
#include <QObject>
#include <QString>

class QWidget;

namespace Helplines {

// What benchmarks/ measures from outside a running program (docs/performance.md): when the
// first frame of its top-level window was painted, and how often it wakes up while nothing
// happens. Installed only when HELPLINES_BENCH_FIRST_FRAME is set; otherwise
// installIfRequested() reads that one variable and returns, and the program runs as usual.
//
//   HELPLINES_BENCH_FIRST_FRAME=1     print the first frame's time, keep running
//   HELPLINES_BENCH_FIRST_FRAME=quit  print it and quit (start-up and peak memory)
//   HELPLINES_BENCH_QUIT_SECONDS=N    with "quit": quit N seconds after the first frame, the
//                                     work done once the window is up included (a session
//                                     before the one measured)
//   HELPLINES_BENCH_IDLE_SECONDS=N    then count the event loop's wake-ups and the timer events
//                                     of each receiver for N seconds, print them and quit;
//                                     counted after the window settled (the timers that run
//                                     once after the first frame, printed apart):
//   HELPLINES_BENCH_SETTLE_SECONDS=S  how long that is (default 3)
//
// The lines go to standard output, each starting with "helplines-bench:". The first frame is
// the end of the window's first paint (the event that painted it has been handled); its time
// is printed as CLOCK_MONOTONIC (for a parent that noted when it started the process) and as
// the time since the process started, after /proc/self/stat (10 ms resolution).
class BenchmarkProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkProbe)

public:
    // `window` owns the probe when it is installed.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchmarkProbe(QWidget *window, bool quitAfterFirstFrame, int idleSeconds);
    void firstFrameShown();
    void startCounting();
    void printCounts(const char *phase);
    void settled();
    void finishIdle();

    QWidget *m_window;
    bool m_quitAfterFirstFrame;
    int m_idleSeconds;
    int m_settleSeconds = 3;
    int m_quitSeconds = 0;
    bool m_painted = false;
    bool m_counting = false;
    int m_wakeUps = 0;
    int m_timerEvents = 0;
    // Timer events by receiver ("QTimer availabilityTimer", "QLineEdit searchLineEdit").
    QHash<QString, int> m_timersByReceiver;
};

} // namespace Helplines

#endif // HELPLINES_UI_BENCHMARKPROBE_H
