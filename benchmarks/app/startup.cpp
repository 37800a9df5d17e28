// bench_startup: start-up time to the first painted frame, peak memory, and idle wake-ups of a
// program against bench_minimal_window, in the same run (docs/performance.md). Both programs
// print what their BenchmarkProbe saw (HELPLINES_BENCH_FIRST_FRAME); this program starts them,
// notes CLOCK_MONOTONIC just before each fork(), and reads the child's peak RSS from wait4().
//
//   bench_startup --label TEXT --minimal PROGRAM --work DIR [--runs N] [--import]
//                 [--idle SECONDS] [--goals | --no-goals] -- PROGRAM [ARGUMENTS...]
//
// The program is given "--data-dir DIR": one directory made by a warm-up run and kept (the
// usual start: the directory cached in the database), or with --import a fresh one for every
// run (the first start, which imports the directory file). Runs alternate between the two
// programs; the medians count. With --idle, both programs run side by side, the window shown
// and left alone, and count their event loop's wake-ups for SECONDS.
//
// Prints one line per figure, tab-separated: "row", figure, value, baseline, ratio, goal,
// pass; details go to standard error.

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Options
{
    std::string label;
    std::string minimal;
    std::string work;
    int runs = 15;
    bool import = false;
    int idleSeconds = 0;
    bool goals = true;
    std::vector<std::string> program;
};

struct RunResult
{
    bool ok = false;
    double firstFrameMs = 0;
    double peakRssMiB = 0;
    std::string size;
    // Idle: wake-ups, timer events, and those of the availability timer.
    int wakeUps = -1;
    int timerEvents = -1;
    int availabilityTimer = 0;
    std::string receivers;
    // The timers that ran once while the window settled after its first frame.
    std::string settleReceivers;
    std::string failure;
};

struct Child
{
    pid_t pid = -1;
    long long startNs = 0;
    std::string output;
};

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
}

void sleepMs(int ms)
{
    timespec pause{0, ms * 1000000L};
    nanosleep(&pause, nullptr);
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Starts `argv` with these variables set, its standard output to `output`.
Child spawn(const std::vector<std::string> &argv, const std::map<std::string, std::string> &env,
            const std::string &output, const std::string &errors)
{
    Child child;
    child.output = output;
    child.startNs = monotonicNs();
    child.pid = fork();
    if (child.pid == 0) {
        for (const auto &[name, value] : env)
            setenv(name.c_str(), value.c_str(), 1);
        const int out = open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = open(errors.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (out < 0 || err < 0)
            _exit(126);
        dup2(out, STDOUT_FILENO);
        dup2(err, STDERR_FILENO);
        std::vector<char *> args;
        for (const std::string &arg : argv)
            args.push_back(const_cast<char *>(arg.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    return child;
}

// Waits for the child (killed after `timeoutSeconds`) and reads what its probe printed.
RunResult finish(const Child &child, int timeoutSeconds)
{
    RunResult result;
    if (child.pid < 0) {
        result.failure = "fork failed";
        return result;
    }
    int status = 0;
    rusage usage{};
    const long long deadline = monotonicNs() + (long long)timeoutSeconds * 1000000000LL;
    for (;;) {
        const pid_t done = wait4(child.pid, &status, WNOHANG, &usage);
        if (done == child.pid)
            break;
        if (done < 0 && errno != EINTR) {
            result.failure = std::strerror(errno);
            return result;
        }
        if (monotonicNs() > deadline) {
            kill(child.pid, SIGKILL);
            wait4(child.pid, &status, 0, &usage);
            result.failure = "timed out";
            return result;
        }
        sleepMs(1);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        result.failure = "exit status "
                         + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status)
                                                            : 128 + WTERMSIG(status));
    }
    result.peakRssMiB = double(usage.ru_maxrss) / 1024.0;
    std::istringstream lines(readFile(child.output));
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string word;
        words >> word;
        if (word != "helplines-bench:")
            continue;
        std::string kind;
        words >> kind;
        while (words >> word) {
            const auto equals = word.find('=');
            if (equals == std::string::npos)
                continue;
            const std::string key = word.substr(0, equals);
            const std::string value = word.substr(equals + 1);
            if (kind == "first-frame" && key == "monotonic_ns") {
                result.firstFrameMs = double(std::stoll(value) - child.startNs) / 1e6;
                result.ok = result.failure.empty();
            } else if (kind == "first-frame" && key == "size") {
                result.size = value;
            } else if (kind == "idle" && key == "wakeups") {
                result.wakeUps = std::stoi(value);
            } else if (kind == "idle" && key == "timer_events") {
                result.timerEvents = std::stoi(value);
            } else if (kind == "settle" && key == "receivers") {
                result.settleReceivers = value;
            } else if (kind == "idle" && key == "receivers") {
                result.receivers = value;
                const std::string name = "QTimer/availabilityTimer:";
                const auto at = value.find(name);
                if (at != std::string::npos)
                    result.availabilityTimer = std::stoi(value.substr(at + name.size()));
            }
        }
    }
    if (!result.ok && result.failure.empty())
        result.failure = "no first frame reported";
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::string fixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

void row(const std::string &figure, const std::string &value, const std::string &baseline,
         const std::string &ratio, const std::string &goal, const std::string &pass)
{
    std::printf("row\t%s\t%s\t%s\t%s\t%s\t%s\n", figure.c_str(), value.c_str(), baseline.c_str(),
                ratio.c_str(), goal.c_str(), pass.c_str());
    std::fflush(stdout);
}

bool parse(int argc, char *argv[], Options *options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--") {
            for (++i; i < argc; ++i)
                options->program.emplace_back(argv[i]);
        } else if (arg == "--label" && hasValue) {
            options->label = argv[++i];
        } else if (arg == "--minimal" && hasValue) {
            options->minimal = argv[++i];
        } else if (arg == "--work" && hasValue) {
            options->work = argv[++i];
        } else if (arg == "--runs" && hasValue) {
            options->runs = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--idle" && hasValue) {
            options->idleSeconds = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--import") {
            options->import = true;
        } else if (arg == "--no-goals") {
            options->goals = false;
        } else if (arg == "--goals") {
            options->goals = true;
        } else {
            return false;
        }
    }
    return !options->label.empty() && !options->minimal.empty() && !options->work.empty()
           && !options->program.empty();
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    if (!parse(argc, argv, &options)) {
        std::fputs("usage: bench_startup --label TEXT --minimal PROGRAM --work DIR [--runs N] "
                   "[--import] [--idle SECONDS] [--no-goals] -- PROGRAM [ARGUMENTS...]\n",
                   stderr);
        return 2;
    }
    mkdir(options.work.c_str(), 0755);
    // Both programs see the same environment; the settings and data of the desktop's user are
    // left alone.
    std::map<std::string, std::string> env{
            {"HELPLINES_BENCH_FIRST_FRAME", "quit"},
            {"XDG_CONFIG_HOME", options.work + "/config"},
            {"XDG_DATA_HOME", options.work + "/data"},
    };
    const std::string output = options.work + "/probe.txt";
    const std::string errors = options.work + "/stderr.txt";
    const std::string platform = getenv("QT_QPA_PLATFORM") ? getenv("QT_QPA_PLATFORM") : "";
    const std::string keptDataDir = options.work + "/data-dir";

    const auto programArgs = [&](int run) {
        std::vector<std::string> args = options.program;
        std::string dataDir = keptDataDir;
        if (options.import && run >= 0) {
            dataDir = options.work + "/import-" + std::to_string(run);
            std::system(("rm -rf '" + dataDir + "'").c_str());
        }
        args.push_back("--data-dir");
        args.push_back(dataDir);
        return args;
    };
    const auto runOne = [&](const std::vector<std::string> &args) {
        return finish(spawn(args, env, output, errors), 600);
    };

    // Warm-up: the kept data directory imports the directory, the page cache holds both
    // programs; the window's size is the minimal program's. It is a session of a few
    // seconds, as a user's previous one: what the program does once its window is up (the
    // numbers kept formatted for the next start) is done.
    std::map<std::string, std::string> sessionEnv = env;
    sessionEnv["HELPLINES_BENCH_QUIT_SECONDS"] = "3";
    const RunResult warmApp = finish(spawn(programArgs(-1), sessionEnv, output, errors), 600);
    if (!warmApp.ok) {
        std::fprintf(stderr, "bench_startup: %s did not show its window (%s); see %s\n",
                     options.program[0].c_str(), warmApp.failure.c_str(), errors.c_str());
        return 1;
    }
    const std::vector<std::string> minimalArgs{options.minimal, "--size", warmApp.size};
    const RunResult warmMinimal = runOne(minimalArgs);
    if (!warmMinimal.ok) {
        std::fprintf(stderr, "bench_startup: %s did not show its window (%s)\n",
                     options.minimal.c_str(), warmMinimal.failure.c_str());
        return 1;
    }

    if (options.idleSeconds > 0) {
        env["HELPLINES_BENCH_FIRST_FRAME"] = "1";
        env["HELPLINES_BENCH_IDLE_SECONDS"] = std::to_string(options.idleSeconds);
        const Child app = spawn(programArgs(-1), env, options.work + "/idle-app.txt", errors);
        const Child minimal = spawn(minimalArgs, env, options.work + "/idle-minimal.txt", errors);
        const int timeout = options.idleSeconds + 120;
        const RunResult appResult = finish(app, timeout);
        const RunResult minimalResult = finish(minimal, timeout);
        if (appResult.wakeUps < 0 || minimalResult.wakeUps < 0) {
            std::fprintf(stderr, "bench_startup: no idle figures (%s / %s); see %s\n",
                         appResult.failure.c_str(), minimalResult.failure.c_str(), errors.c_str());
            return 1;
        }
        std::fprintf(stderr,
                     "idle %s, %d s: %s: %d wake-ups, %d timer events (%s); minimal: %d "
                     "wake-ups, %d timer events (%s). Timers while settling: %s / %s\n",
                     options.label.c_str(), options.idleSeconds, options.program[0].c_str(),
                     appResult.wakeUps, appResult.timerEvents, appResult.receivers.c_str(),
                     minimalResult.wakeUps, minimalResult.timerEvents,
                     minimalResult.receivers.c_str(), appResult.settleReceivers.c_str(),
                     minimalResult.settleReceivers.c_str());
        const int beyondChanges = appResult.wakeUps - appResult.availabilityTimer;
        row("idle wake-ups in " + std::to_string(options.idleSeconds) + " s, " + options.label,
            std::to_string(appResult.wakeUps) + " (" + std::to_string(appResult.availabilityTimer)
                    + " changes due)",
            std::to_string(minimalResult.wakeUps), "-", "0 beyond changes due + baseline",
            beyondChanges <= minimalResult.wakeUps ? "pass" : "FAIL");
        row("idle timer events in " + std::to_string(options.idleSeconds) + " s, " + options.label,
            std::to_string(appResult.timerEvents), std::to_string(minimalResult.timerEvents), "-",
            "0 beyond changes due + baseline",
            appResult.timerEvents - appResult.availabilityTimer <= minimalResult.timerEvents
                    ? "pass"
                    : "FAIL");
        // Of those, the timers of our own objects (named by us, or of our classes), the
        // availability timer aside; Qt's own (its pixmap cache) are in the rows above.
        int ours = 0;
        std::istringstream receivers(appResult.receivers);
        std::string receiver;
        while (std::getline(receivers, receiver, ',')) {
            const auto colon = receiver.rfind(':');
            if (colon == std::string::npos || receiver.rfind("QTimer/availabilityTimer:", 0) == 0)
                continue;
            const std::string name = receiver.substr(0, colon);
            if (name.find('/') != std::string::npos || name.rfind("Helplines::", 0) == 0)
                ours += std::stoi(receiver.substr(colon + 1));
        }
        row("idle timer events of our objects in " + std::to_string(options.idleSeconds) + " s, "
                    + options.label,
            std::to_string(ours) + " (all: " + appResult.receivers + ")", "-", "-", "0",
            ours == 0 ? "pass" : "FAIL");
        return 0;
    }

    std::vector<double> appMs, minimalMs, appRss, minimalRss;
    for (int run = 0; run < options.runs; ++run) {
        const RunResult app = runOne(programArgs(run));
        const RunResult minimal = runOne(minimalArgs);
        if (!app.ok || !minimal.ok) {
            std::fprintf(stderr, "bench_startup: run %d failed (%s / %s); see %s\n", run,
                         app.failure.c_str(), minimal.failure.c_str(), errors.c_str());
            return 1;
        }
        appMs.push_back(app.firstFrameMs);
        minimalMs.push_back(minimal.firstFrameMs);
        appRss.push_back(app.peakRssMiB);
        minimalRss.push_back(minimal.peakRssMiB);
        if (options.import)
            std::system(
                    ("rm -rf '" + options.work + "/import-" + std::to_string(run) + "'").c_str());
    }
    const double appTime = median(appMs);
    const double minimalTime = median(minimalMs);
    const double timeRatio = appTime / minimalTime;
    const double appMemory = median(appRss);
    const double minimalMemory = median(minimalRss);
    const double memoryRatio = appMemory / minimalMemory;
    std::fprintf(stderr,
                 "%s (%s, %d runs, window %s): first frame %.1f ms [%.1f..%.1f] vs %.1f ms "
                 "[%.1f..%.1f]; peak RSS %.1f MiB vs %.1f MiB\n",
                 options.label.c_str(), platform.c_str(), options.runs, warmApp.size.c_str(),
                 appTime, *std::min_element(appMs.begin(), appMs.end()),
                 *std::max_element(appMs.begin(), appMs.end()), minimalTime,
                 *std::min_element(minimalMs.begin(), minimalMs.end()),
                 *std::max_element(minimalMs.begin(), minimalMs.end()), appMemory, minimalMemory);
    const std::string what = options.import ? "first start (import), " : "start-up, ";
    const std::string runs = " (median of " + std::to_string(options.runs) + ")";
    row(what + options.label + runs, fixed(appTime, 1) + " ms", fixed(minimalTime, 1) + " ms",
        fixed(timeRatio, 2) + "x", options.goals ? "<= 1.3x" : "-",
        options.goals ? (timeRatio <= 1.3 ? "pass" : "FAIL") : "-");
    row("peak RSS, " + options.label, fixed(appMemory, 1) + " MiB",
        fixed(minimalMemory, 1) + " MiB", fixed(memoryRatio, 2) + "x",
        options.goals ? "<= 1.5x" : "-",
        options.goals ? (memoryRatio <= 1.5 ? "pass" : "FAIL") : "-");
    return 0;
}
