// bench_minimal_window: the baseline of the start-up, memory and idle figures
// (docs/performance.md): a Qt Widgets program that shows one empty window, with the same
// probe as helplines (HELPLINES_BENCH_FIRST_FRAME) and nothing else.
//
//   bench_minimal_window [--size WIDTHxHEIGHT]   the size of helplines' window, for a fair paint

#include "ui/benchmarkprobe.h"

#include <QApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QWidget window;
    QSize size(800, 600);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype sizeIndex = arguments.indexOf(u"--size"_s);
    if (sizeIndex > 0 && sizeIndex + 1 < arguments.size()) {
        const QStringList parts = arguments.at(sizeIndex + 1).split(u'x');
        if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.resize(size);
    Helplines::BenchmarkProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
