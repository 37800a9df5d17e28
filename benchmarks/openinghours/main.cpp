// bench_openinghours: the opening_hours engine against opening_hours.js 3.15, in one run, on
// the same work: the rules and instants of the reference corpus (tests/data/opening-hours/).
//
//   bench_openinghours --corpus FILE [--node PROGRAM --script FILE --modules DIR]
//                      [--repetitions N]
//
// Operations: parsing every distinct rule; "state + next change" (state, comment and next
// change within 366 days, OpeningHours::evaluate(), for every row, which reuses what earlier
// evaluations of the rule in the same context learnt, as the application does); the same with
// a new OpeningHoursEvaluator per row (nothing reused); "state only" (OpeningHours::state()).
// Each is run once to warm up, then N times; the median pass counts, in processor time of the
// process (both sides), so that other work on the machine does not count. The rows by
// distance to the next change are timed one by one in elapsed time.
// The Node side (opening_hours_bench.js) does the same in the corpus's context and reports
// its own medians; both sides also count how many answers agree with the corpus, which shows
// that they did the same work. Without --node, only our figures are printed.

#include "core/openinghours/evaluationcontext.h"
#include "core/openinghours/openinghours.h"
#include "core/openinghours/openinghoursevaluator.h"
#include "core/openinghours/openinghoursparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

struct Row
{
    int rule = 0;
    QDateTime at;
    OpenState state = OpenState::Unknown;
    qint64 nextChange = -1; // seconds since the epoch; -1 for none
};

struct Workload
{
    QStringList rules;
    std::vector<Row> rows;
};

struct Figures
{
    QString implementation;
    QString runtime;
    double parseNs = 0;    // median time of one pass over the rules
    double evaluateNs = 0; // median time of one pass over the rows
    double stateNs = 0;
    // State + next change with a new evaluator per row: nothing learnt by earlier evaluations
    // of the rule (zone offsets, holidays, sun times) is reused.
    double coldNs = 0;
    double agreement = 0;
    // "state + next change" by how far the corpus's next change is (bucketNames): rows and
    // total time, each row timed on its own in one more pass.
    std::vector<std::pair<qint64, double>> buckets;
};

// Limits of the buckets in days, as in opening_hours_bench.js.
constexpr int bucketLimits[] = {1, 7, 31, 366};
constexpr int bucketCount = int(std::size(bucketLimits)) + 1;
const char *const bucketNames[bucketCount]
        = {"  next change < 1 day", "  in 1 to 7 days", "  in 7 to 31 days", "  in 31 to 366 days",
           "  none within 366 days"};

int bucketOf(const Row &row)
{
    if (row.nextChange < 0)
        return bucketCount - 1;
    const double days = double(row.nextChange - row.at.toSecsSinceEpoch()) / 86400.0;
    for (int i = 0; i < bucketCount - 1; ++i) {
        if (days < bucketLimits[i])
            return i;
    }
    return bucketCount - 1;
}

OpenState stateFromName(const QString &name)
{
    if (name == u"open"_s)
        return OpenState::Open;
    if (name == u"closed"_s)
        return OpenState::Closed;
    return OpenState::Unknown;
}

bool loadWorkload(const QString &path, Workload *workload)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QHash<QString, int> index;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString rule = object.value(u"rule"_s).toString();
        auto found = index.constFind(rule);
        if (found == index.constEnd()) {
            found = index.insert(rule, int(workload->rules.size()));
            workload->rules.append(rule);
        }
        Row row;
        row.rule = found.value();
        row.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODate);
        row.state = stateFromName(object.value(u"state"_s).toString());
        const QJsonValue next = object.value(u"next_change"_s);
        if (!next.isNull())
            row.nextChange = QDateTime::fromString(next.toString(), Qt::ISODate).toSecsSinceEpoch();
        workload->rows.push_back(row);
    }
    return !workload->rows.empty();
}

// The processor time of the process (user and system), in nanoseconds: on a machine shared
// with other work, what others do does not count, as it would in elapsed time.
// opening_hours_bench.js measures the same way (process.cpuUsage()).
qint64 processorNs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

template<typename Work>
double medianNs(int repetitions, Work work)
{
    work(); // warm-up
    std::vector<qint64> times;
    for (int i = 0; i < repetitions; ++i) {
        const qint64 start = processorNs();
        work();
        times.push_back(processorNs() - start);
    }
    std::sort(times.begin(), times.end());
    return double(times.at(times.size() / 2));
}

// Kept out of the optimiser's reach.
volatile qint64 sink = 0;

Figures measureOurs(const Workload &workload, int repetitions)
{
    const EvaluationContext france = EvaluationContext::france();
    Figures figures;
    figures.implementation = u"Helplines (C++)"_s;

    std::vector<OpeningHours> parsed;
    parsed.reserve(size_t(workload.rules.size()));
    figures.parseNs = medianNs(repetitions, [&] {
        parsed.clear();
        for (const QString &rule : workload.rules)
            parsed.emplace_back(rule);
        sink = sink + qint64(parsed.back().isValid());
    });

    int agree = 0;
    for (const Row &row : workload.rows) {
        const OpeningHoursEvaluation evaluation = parsed[size_t(row.rule)].evaluate(row.at, france);
        const qint64 next
                = evaluation.nextChange.isValid() ? evaluation.nextChange.toSecsSinceEpoch() : -1;
        agree += evaluation.state == row.state && next == row.nextChange;
    }
    figures.agreement = double(agree) / double(workload.rows.size());

    figures.buckets.assign(bucketCount, {0, 0.0});
    for (const Row &row : workload.rows) {
        QElapsedTimer timer;
        timer.start();
        const OpeningHoursEvaluation evaluation = parsed[size_t(row.rule)].evaluate(row.at, france);
        const qint64 elapsed = timer.nsecsElapsed();
        sink = sink + int(evaluation.state);
        auto &bucket = figures.buckets[size_t(bucketOf(row))];
        bucket.first += 1;
        bucket.second += double(elapsed);
    }

    figures.evaluateNs = medianNs(repetitions, [&] {
        qint64 checksum = 0;
        for (const Row &row : workload.rows) {
            const OpeningHoursEvaluation evaluation
                    = parsed[size_t(row.rule)].evaluate(row.at, france);
            checksum += int(evaluation.state) + evaluation.comment.size()
                        + (evaluation.nextChange.isValid() ? 1 : 0);
        }
        sink = sink + checksum;
    });
    std::vector<OpeningHoursParser> parsers;
    parsers.reserve(size_t(workload.rules.size()));
    for (const QString &rule : workload.rules)
        parsers.emplace_back(rule);
    figures.coldNs = medianNs(repetitions, [&] {
        qint64 checksum = 0;
        for (const Row &row : workload.rows) {
            OpeningHoursEvaluator evaluator(parsers[size_t(row.rule)].ast(), france);
            const OpeningHoursEvaluation evaluation = evaluator.evaluate(row.at);
            checksum += int(evaluation.state) + evaluation.comment.size()
                        + (evaluation.nextChange.isValid() ? 1 : 0);
        }
        sink = sink + checksum;
    });
    figures.stateNs = medianNs(repetitions, [&] {
        qint64 checksum = 0;
        for (const Row &row : workload.rows)
            checksum += int(parsed[size_t(row.rule)].state(row.at, france));
        sink = sink + checksum;
    });
    return figures;
}

bool measureNode(const QString &node, const QString &script, const QString &modules,
                 const QString &corpus, int repetitions, Figures *figures, QString *error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The zone the corpus was made in: opening_hours.js works in the process's zone.
    environment.insert(u"TZ"_s, u"Europe/Paris"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(node, {script, corpus, modules, QString::number(repetitions)});
    if (!process.waitForStarted(30000) || !process.waitForFinished(30 * 60 * 1000)) {
        *error = u"%1 did not run: %2"_s.arg(node, process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 %2 failed (exit code %3)"_s.arg(node, script).arg(process.exitCode());
        return false;
    }
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    figures->implementation = result.value(u"implementation"_s).toString();
    figures->runtime = result.value(u"runtime"_s).toString();
    figures->parseNs = result.value(u"parse_ns"_s).toDouble();
    figures->evaluateNs = result.value(u"evaluate_ns"_s).toDouble();
    figures->stateNs = result.value(u"state_ns"_s).toDouble();
    figures->agreement = result.value(u"agreement"_s).toDouble();
    for (const QJsonValue bucket : result.value(u"buckets"_s).toArray()) {
        figures->buckets.emplace_back(qint64(bucket.toArray().at(0).toDouble()),
                                      bucket.toArray().at(1).toDouble());
    }
    if (figures->evaluateNs <= 0) {
        *error = u"%1 printed no figures"_s.arg(script);
        return false;
    }
    return true;
}

QString cell(double nsPerPass, qsizetype operations)
{
    if (nsPerPass <= 0 || operations <= 0)
        return u"%1 %2"_s.arg(u"-"_s, 12).arg(u"-"_s, 10);
    const double perOperationUs = nsPerPass / 1000.0 / double(operations);
    const double perSecond = double(operations) * 1e9 / nsPerPass;
    return u"%1 %2"_s.arg(perSecond, 12, 'f', 0).arg(perOperationUs, 10, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString corpus;
    QString node;
    QString script;
    QString modules;
    int repetitions = 5;
    const QStringList arguments = application.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        const QString &value = arguments.at(i + 1);
        if (name == u"--corpus"_s)
            corpus = value;
        else if (name == u"--node"_s)
            node = value;
        else if (name == u"--script"_s)
            script = value;
        else if (name == u"--modules"_s)
            modules = value;
        else if (name == u"--repetitions"_s)
            repetitions = std::max(1, value.toInt());
    }
    Workload workload;
    if (corpus.isEmpty() || !loadWorkload(corpus, &workload)) {
        err << "usage: bench_openinghours --corpus corpus.jsonl [--node node --script "
               "opening_hours_bench.js --modules node_modules] [--repetitions N]\n";
        return 2;
    }

    out << "Opening hours: " << workload.rules.size() << " rules, " << workload.rows.size()
        << " evaluations (rules x instants of the reference corpus), Europe/Paris; median of "
        << repetitions << " passes after a warm-up pass\n";
    out.flush();

    const Figures ours = measureOurs(workload, repetitions);
    Figures theirs;
    QString nodeError;
    const bool haveNode
            = !node.isEmpty()
              && measureNode(node, script, modules, corpus, repetitions, &theirs, &nodeError);
    if (!node.isEmpty() && !haveNode)
        err << "bench_openinghours: " << nodeError << '\n';

    const qsizetype rules = workload.rules.size();
    const qsizetype rows = qsizetype(workload.rows.size());
    const QString theirName = haveNode ? theirs.implementation : u"(Node not run)"_s;
    out << '\n'
        << u"%1 %2 %3\n"_s.arg(QString(), -32).arg(ours.implementation, -24).arg(theirName, -24)
        << u"%1 %2 %3 %4\n"_s.arg(u"operation (rows)"_s, -32)
                    .arg(u"       ops/s      us/op"_s, -24)
                    .arg(u"       ops/s      us/op"_s, -24)
                    .arg(u"ratio"_s, 7);
    struct Line
    {
        QString name;
        double ours;
        double theirs;
        qsizetype operations;
    };
    QList<Line> lines = {
            {u"parse"_s, ours.parseNs, theirs.parseNs, rules},
            {u"state + next change"_s, ours.evaluateNs, theirs.evaluateNs, rows},
    };
    for (int i = 0; i < bucketCount; ++i) {
        const auto &mine = ours.buckets.at(size_t(i));
        const double other = haveNode && size_t(i) < theirs.buckets.size()
                                     ? theirs.buckets.at(size_t(i)).second
                                     : 0.0;
        lines.append({QString::fromLatin1(bucketNames[i]) + u" (%1)"_s.arg(mine.first), mine.second,
                      other, mine.first});
    }
    lines.append({u"  (each row a new evaluator)"_s, ours.coldNs, theirs.evaluateNs, rows});
    lines.append({u"state only"_s, ours.stateNs, theirs.stateNs, rows});
    for (const Line &line : std::as_const(lines)) {
        const QString ratio = haveNode && line.ours > 0 && line.theirs > 0
                                      ? u"%1x"_s.arg(line.theirs / line.ours, 0, 'f', 1)
                                      : u"-"_s;
        out << u"%1 %2 %3 %4\n"_s.arg(line.name, -32)
                        .arg(cell(line.ours, line.operations), -24)
                        .arg(cell(haveNode ? line.theirs : 0, line.operations), -24)
                        .arg(ratio, 7);
    }
    out << u"\nRows by distance to the next change (in the corpus): each row timed on its own, "
           "in one more pass.\n"
           "Each row a new evaluator: nothing learnt by earlier evaluations of the rule (zone "
           "offsets, holidays, sun times) is reused, against the same opening_hours.js figure.\n"_s;
    if (haveNode)
        out << u"opening_hours.js ran on %1.\n"_s.arg(theirs.runtime);
    out << '\n'
        << u"Answers (state and next change) agreeing with the corpus: Helplines %1 %"_s.arg(
                   100.0 * ours.agreement, 0, 'f', 3);
    if (haveNode)
        out << u", opening_hours.js %1 %"_s.arg(100.0 * theirs.agreement, 0, 'f', 3);
    out << '\n';
    if (haveNode) {
        const double ratio = theirs.evaluateNs / ours.evaluateNs;
        out << u"Goal: at least 20x on state + next change: %1 (%2x)\n"_s.arg(
                ratio >= 20.0 ? u"met"_s : u"NOT met"_s, QString::number(ratio, 'f', 1));
    }
    out.flush();
    return haveNode || node.isEmpty() ? 0 : 1;
}
