// bench_scale: the directory at 1,000, 10,000 and 100,000 services (docs/performance.md).
//
//   bench_scale generate COUNT FILE   writes a directory file of COUNT services with varied
//                                     names, categories, scopes, contacts and opening hours
//                                     (docs/directory-format.md; check it with helplines-cli)
//   bench_scale measure FILE [LABEL]  reads it and prints the figures below
//
// Figures, each divided by the number of services too, to show how cost grows: reading and
// checking the file; importing it into a fresh data folder and loading it again from the
// cache (ServiceDirectory, files within the format's 16 MiB only); filling the real
// ServiceListModel; the first evaluation of every badge (AvailabilityClock); the first filter
// and sort of the real ServiceFilterProxy; each keystroke of searches typed letter by letter
// and deleted, through the proxy alone and through the real window's search field until its
// frame is painted (p50, p95, max); the open-now filter toggled; scrolling the real window's
// list: delegate paints per card per frame. Times at a fixed instant (Monday 23 November 2026,
// 10:00 in Paris) so that runs compare.
//
// Prints one line per figure, tab-separated: "row", figure, value, baseline, ratio, goal,
// pass; details go to standard error.

#include "core/directory/directoryreader.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "models/timesource.h"
#include "store/servicedirectory.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// --- The generator -----------------------------------------------------------------------

struct Words
{
    const char *fr;
    const char *en;
};

constexpr Words kinds[] = {
        {"Écoute", "Listening line"},        {"Ligne d’écoute", "Helpline"},
        {"Accueil", "Welcome desk"},         {"Soutien", "Support"},
        {"Permanence", "Drop-in line"},      {"Allô", "Hello"},
        {"Point écoute", "Listening point"}, {"Cellule", "Unit"},
};
constexpr Words audiences[] = {
        {"jeunes", "young people"},  {"familles", "families"},  {"agents", "staff"},
        {"aidants", "carers"},       {"étudiants", "students"}, {"victimes", "victims"},
        {"seniors", "older people"}, {"parents", "parents"},    {"soignants", "health workers"},
        {"enseignants", "teachers"},
};
constexpr const char *towns[] = {
        "Lyon",    "Besançon", "Saint-Étienne", "Orléans", "Nîmes",   "Créteil",
        "Rennes",  "Amiens",   "Valence",       "Troyes",  "Bayonne", "Évry",
        "Limoges", "Angers",   "Périgueux",     "Colmar",  "Metz",    "Brest",
};
constexpr const char *categories[] = {
        "employee-assistance",
        "suicide-prevention",
        "violence",
        "child-protection",
        "youth",
        "addiction",
        "listening",
        "psychological-support",
        "deaf-access",
};
constexpr const char *regions[] = {
        "FR-ARA", "FR-BFC", "FR-BRE", "FR-CVL", "FR-GES", "FR-HDF",
        "FR-IDF", "FR-NOR", "FR-NAQ", "FR-OCC", "FR-PDL", "FR-PAC",
};

QJsonObject text(const QString &fr, const QString &en)
{
    return QJsonObject{{u"fr"_s, fr}, {u"en"_s, en}};
}

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

// Varied rules: week days, split days, past midnight, holidays, months, nth weekdays, open
// ends, fallbacks, comments, sunrise; hours drawn at random so that rules repeat little.
QString rule(std::mt19937 &random, bool *needsLocation)
{
    const auto pick = [&random](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    const QString open = twoDigits(pick(7, 10));
    const QString close = twoDigits(pick(16, 21));
    switch (pick(0, 15)) {
    case 0:
        return u"24/7"_s;
    case 1:
        return u"Mo-Fr %1:00-%2:00"_s.arg(open, close);
    case 2:
        return u"Mo-Fr %1:00-12:30,13:30-%2:00; PH off"_s.arg(open, close);
    case 3:
        return u"Mo-Su %1:00-02:00"_s.arg(open);
    case 4:
        return u"Mo-Sa %1:00-%2:00; Su off"_s.arg(open, close);
    case 5:
        return u"Mo,We,Fr 14:00-%1:30"_s.arg(close);
    case 6:
        return u"Tu-Th 18:00-23:00; PH off"_s;
    case 7:
        return u"Mo-Fr %1:30-19:30; Sa 09:00-13:00"_s.arg(open);
    case 8:
        return u"Mo-Fr %1:00-%2:00; Jul-Aug off"_s.arg(open, close);
    case 9:
        return u"Mo-Fr %1:00-%2:00; Su[-1] 10:00-16:00"_s.arg(open, close);
    case 10:
        return u"Sa,Su 10:00-22:00; PH 10:00-18:00"_s;
    case 11:
        return u"Mo-Fr 19:00-%1:00"_s.arg(twoDigits(pick(1, 7)));
    case 12:
        return u"Mo-Fr %1:00-%2:00 \"sur rendez-vous\"; PH off"_s.arg(open, close);
    case 13:
        return u"Mo-Fr %1:00-%2:00 || \"sur rendez-vous\""_s.arg(open, close);
    case 14:
        *needsLocation = true;
        return u"Mo-Su sunrise-sunset"_s;
    default:
        return u"Mo-Th %1:00-%2:00; Fr %1:00-16:00; easter off"_s.arg(open, close);
    }
}

QJsonObject service(int index, std::mt19937 &random)
{
    const auto pick = [&random](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    const Words &kind = kinds[pick(0, std::size(kinds) - 1)];
    const Words &audience = audiences[pick(0, std::size(audiences) - 1)];
    const QString town = QString::fromUtf8(towns[pick(0, std::size(towns) - 1)]);
    const QString number = QString::number(index);
    QJsonObject record{
            {u"id"_s, u"svc-%1"_s.arg(index, 6, 10, QChar(u'0'))},
            {u"name"_s,
             text(u"%1 %2 %3 %4"_s.arg(QString::fromUtf8(kind.fr), QString::fromUtf8(audience.fr),
                                       town, number),
                  u"%1 for %2, %3 %4"_s.arg(QString::fromUtf8(kind.en),
                                            QString::fromUtf8(audience.en), town, number))},
            {u"description"_s,
             text(u"Des professionnels à l’écoute des %1 de %2, de façon confidentielle."_s.arg(
                          QString::fromUtf8(audience.fr), town),
                  u"Professionals listening to %1 in %2, in confidence."_s.arg(
                          QString::fromUtf8(audience.en), town))},
            {u"audience"_s,
             text(u"Les %1"_s.arg(QString::fromUtf8(audience.fr)), QString::fromUtf8(audience.en))},
            {u"organisation"_s, text(u"Association d’entraide de %1"_s.arg(town),
                                     u"Mutual aid association of %1"_s.arg(town))},
            {u"category"_s, QString::fromLatin1(categories[index % std::size(categories)])},
            {u"source"_s, u"https://www.example.org/services/%1"_s.arg(number)},
            {u"verified"_s, u"20%1-%2-%3"_s.arg(pick(24, 26))
                                    .arg(twoDigits(pick(1, 10)))
                                    .arg(twoDigits(pick(1, 28)))},
            {u"cost"_s, pick(0, 3) == 0 ? u"local-rate"_s : u"free"_s},
            {u"anonymous"_s, pick(0, 1) == 1},
            {u"languages"_s, pick(0, 4) == 0 ? QJsonArray{u"fr"_s, u"en"_s} : QJsonArray{u"fr"_s}},
    };
    const int scope = pick(0, 9);
    if (scope < 5) {
        record.insert(u"scope"_s, u"national"_s);
    } else if (scope < 9) {
        record.insert(u"scope"_s, u"regional"_s);
        record.insert(u"region"_s, QString::fromLatin1(regions[pick(0, std::size(regions) - 1)]));
    } else {
        record.insert(u"scope"_s, u"organisation"_s);
    }
    // Overseas lines: their own zone, holidays and numbering plan.
    const int place = pick(0, 19);
    QString phone;
    if (place == 0) {
        record.insert(u"timezone"_s, u"Indian/Reunion"_s);
        record.insert(u"holidays"_s, u"FR-974"_s);
        phone = u"0262 2%1 %2 %3"_s.arg(pick(0, 9))
                        .arg(twoDigits(pick(0, 99)), twoDigits(pick(0, 99)));
    } else if (place == 1) {
        record.insert(u"timezone"_s, u"America/Guadeloupe"_s);
        record.insert(u"holidays"_s, u"FR-971"_s);
        phone = u"0590 9%1 %2 %3"_s.arg(pick(0, 9))
                        .arg(twoDigits(pick(0, 99)), twoDigits(pick(0, 99)));
    } else {
        if (place == 2)
            record.insert(u"holidays"_s, u"FR-57"_s);
        phone = pick(0, 1) == 0 ? u"0 800 1%1 %2"_s.arg(twoDigits(pick(0, 99))).arg(pick(100, 999))
                                : u"01 4%1 %2 %3 %4"_s.arg(pick(0, 9))
                                          .arg(twoDigits(pick(0, 99)), twoDigits(pick(0, 99)),
                                               twoDigits(pick(0, 99)));
    }
    QJsonArray contacts{QJsonObject{{u"kind"_s, u"phone"_s},
                                    {u"value"_s, phone},
                                    {u"label"_s, text(u"Ligne d’écoute"_s, u"Phone line"_s)}}};
    if (pick(0, 2) == 0) {
        contacts.append(QJsonObject{{u"kind"_s, u"chat"_s},
                                    {u"value"_s, u"https://chat.example.org/%1"_s.arg(number)},
                                    {u"label"_s, text(u"Messagerie"_s, u"Chat"_s)},
                                    {u"hours"_s, u"Mo-Fr 14:00-24:00"_s}});
    }
    if (pick(0, 3) == 0) {
        contacts.append(QJsonObject{{u"kind"_s, u"email"_s},
                                    {u"value"_s, u"contact-%1@example.org"_s.arg(number)}});
    }
    if (pick(0, 5) == 0) {
        contacts.append(QJsonObject{{u"kind"_s, u"video"_s},
                                    {u"value"_s, u"https://visio.example.org/%1"_s.arg(number)}});
        record.insert(u"accessibility"_s, QJsonArray{u"sign-language"_s});
    }
    record.insert(u"contacts"_s, contacts);
    // A few have unknown hours.
    if (pick(0, 29) != 0) {
        bool needsLocation = false;
        record.insert(u"hours"_s, rule(random, &needsLocation));
        if (needsLocation)
            record.insert(u"location"_s, QJsonObject{{u"lat"_s, 45.76}, {u"lon"_s, 4.84}});
    }
    if (pick(0, 19) == 0) {
        record.insert(u"status"_s, u"unverified"_s);
        record.insert(u"status_note"_s,
                      text(u"Horaires à confirmer."_s, u"Hours to be confirmed."_s));
    }
    return record;
}

int generate(int count, const QString &file)
{
    std::mt19937 random(20261123u + unsigned(count));
    QJsonArray services;
    for (int i = 0; i < count; ++i)
        services.append(service(i, random));
    const QJsonObject document{
            {u"format"_s, 1},
            {u"publisher"_s,
             QJsonObject{{u"name"_s, text(u"Annuaire de test"_s, u"Test directory"_s)},
                         {u"updated"_s, u"2026-11-01"_s}}},
            {u"emergency"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"samu"_s},
                                    {u"number"_s, u"15"_s},
                                    {u"kind"_s, u"phone"_s},
                                    {u"name"_s, text(u"SAMU"_s, u"SAMU"_s)}},
                        QJsonObject{{u"id"_s, u"112"_s},
                                    {u"number"_s, u"112"_s},
                                    {u"kind"_s, u"phone"_s},
                                    {u"name"_s, text(u"Urgences"_s, u"Emergencies"_s)}}}},
            {u"services"_s, services},
    };
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_scale: cannot write %s\n", qPrintable(file));
        return 1;
    }
    out.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    return out.error() == QFileDevice::NoError ? 0 : 1;
}

// --- The measures -------------------------------------------------------------------------

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int count = 0;
};

Stats stats(std::vector<double> values)
{
    Stats result;
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    const auto at = [&values](double fraction) {
        // Nearest rank.
        const size_t rank = size_t(std::ceil(fraction * double(values.size())));
        return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
    };
    result.p50 = at(0.50);
    result.p95 = at(0.95);
    result.max = values.back();
    result.count = int(values.size());
    return result;
}

QString ms(double value)
{
    return u"%1 ms"_s.arg(value, 0, 'f', value < 10 ? 2 : 1);
}

void row(const QString &figure, const QString &value, const QString &baseline = u"-"_s,
         const QString &ratio = u"-"_s, const QString &goal = u"-"_s, const QString &pass = u"-"_s)
{
    QTextStream out(stdout);
    out << "row\t" << figure << '\t' << value << '\t' << baseline << '\t' << ratio << '\t' << goal
        << '\t' << pass << '\n';
}

// The cost of a one-off step, and per service.
void stepRow(const QString &label, const QString &what, double milliseconds, qsizetype services)
{
    row(u"%1, %2"_s.arg(what, label),
        u"%1 (%2 us/service)"_s.arg(ms(milliseconds))
                .arg(milliseconds * 1000.0 / double(std::max<qsizetype>(1, services)), 0, 'f', 2));
}

// The processor time of this thread, in milliseconds: what a step costs, whatever else the
// machine runs (on a shared machine, the wall clock also counts the time spent waiting for a
// core).
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Latencies of steps, in processor time and wall-clock time.
struct Latencies
{
    std::vector<double> cpu;
    std::vector<double> wall;

    template<typename Step>
    void time(Step step)
    {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        step();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
};

// Judged on processor time; the wall-clock figures of the same steps are printed beside.
void latencyRow(const QString &label, const QString &what, const Latencies &latencies,
                qsizetype services, bool goal)
{
    const Stats figures = stats(latencies.cpu);
    const Stats wall = stats(latencies.wall);
    const bool pass = figures.p95 <= 16.0;
    row(u"%1, %2 (p50 / p95 / max of %3)"_s.arg(what, label).arg(figures.count),
        u"%1 / %2 / %3"_s.arg(ms(figures.p50), ms(figures.p95), ms(figures.max))
                + u" (p50 %1 us/service; wall %2 / %3 / %4)"_s
                          .arg(figures.p50 * 1000.0 / double(services), 0, 'f', 3)
                          .arg(ms(wall.p50), ms(wall.p95), ms(wall.max)),
        u"-"_s, u"-"_s, goal ? u"p95 <= 16 ms"_s : u"-"_s,
        goal ? (pass ? u"pass"_s : u"FAIL"_s) : u"-"_s);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What people type: words (accents left out, as people do) and a number, letter by letter,
// then deleted letter by letter.
const QStringList searches{u"ecoute"_s, u"familles"_s, u"besancon"_s, u"0800 1"_s};

template<typename Type>
Latencies typeSearches(Type typeText)
{
    Latencies latencies;
    for (const QString &word : searches) {
        QStringList steps;
        for (qsizetype length = 1; length <= word.size(); ++length)
            steps.append(word.left(length));
        for (qsizetype length = word.size() - 1; length >= 0; --length)
            steps.append(word.left(length));
        for (const QString &text : std::as_const(steps))
            latencies.time([&typeText, &text] { typeText(text); });
    }
    return latencies;
}

// Forwards to the window's delegate, counting its paints per card within each frame of the
// view (a paint event of its viewport).
class CountingDelegate final : public QStyledItemDelegate
{
public:
    CountingDelegate(QAbstractItemDelegate *delegate, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_delegate(delegate)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const int paints = ++m_paintsThisFrame[index.row()];
        m_mostPaintsOfOneCard = std::max(m_mostPaintsOfOneCard, paints);
        if (paints == 2)
            ++m_cardsPaintedTwice;
        ++m_paints;
        m_delegate->paint(painter, option, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_delegate->sizeHint(option, index);
    }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        return m_delegate->helpEvent(event, view, option, index);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++m_frames;
            m_paintsThisFrame.clear();
        }
        return QStyledItemDelegate::eventFilter(watched, event);
    }

    void reset()
    {
        m_frames = 0;
        m_paints = 0;
        m_mostPaintsOfOneCard = 0;
        m_cardsPaintedTwice = 0;
        m_paintsThisFrame.clear();
    }
    int frames() const { return m_frames; }
    int paints() const { return m_paints; }
    int mostPaintsOfOneCard() const { return m_mostPaintsOfOneCard; }
    int cardsPaintedTwice() const { return m_cardsPaintedTwice; }

private:
    QAbstractItemDelegate *m_delegate;
    mutable QHash<int, int> m_paintsThisFrame;
    mutable int m_paints = 0;
    mutable int m_mostPaintsOfOneCard = 0;
    mutable int m_cardsPaintedTwice = 0;
    int m_frames = 0;
};

void settle()
{
    // Posted events, zero-timers (the view's delayed layout) and the paint they cause.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

int measure(const QString &file, QString label)
{
    const QDateTime at = QDateTime::fromString(u"2026-11-23T10:00:00+01:00"_s, Qt::ISODate);
    const QTimeZone paris("Europe/Paris");
    const QDate today = at.date();

    // Reading and checking, with limits large enough for any of the generated files.
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_scale: cannot read %s\n", qPrintable(file));
        return 1;
    }
    const QByteArray bytes = input.readAll();
    DirectoryReader::Options readerOptions;
    readerOptions.today = today;
    readerOptions.limits.maxBytes = qint64(1) << 31;
    readerOptions.limits.maxValues = qsizetype(1) << 30;
    QElapsedTimer timer;
    timer.start();
    const DirectoryReader::Result read = DirectoryReader(readerOptions).read(bytes, file);
    const double readMs = elapsedMs(timer);
    const QList<Service> services = read.directory.services;
    const qsizetype count = services.size();
    if (label.isEmpty())
        label = u"%1 services"_s.arg(count);
    if (read.hasErrors() || count == 0) {
        std::fprintf(stderr, "bench_scale: %s has %lld errors, %lld services\n", qPrintable(file),
                     qlonglong(read.errorCount()), qlonglong(count));
        return 1;
    }
    std::fprintf(stderr, "%s: %lld services, %.1f MiB\n", qPrintable(label), qlonglong(count),
                 double(bytes.size()) / 1048576.0);
    stepRow(label, u"read and check the file"_s, readMs, count);

    // The import, as the application does it: a fresh data folder, then again from the cache.
    if (bytes.size() <= JsonReader::Limits().maxBytes) {
        QTemporaryDir data;
        ServiceDirectory::Options options;
        options.dataDirectory = data.path();
        options.directoryFile = file;
        options.today = today;
        double importMs = 0;
        double cachedMs = 0;
        bool fromCache = false;
        {
            options.connectionName = u"bench-import"_s;
            ServiceDirectory directory(options);
            timer.start();
            const ServiceDirectory::LoadResult loaded = directory.load();
            importMs = elapsedMs(timer);
            if (!loaded.loaded || directory.services().size() != count) {
                std::fprintf(stderr, "bench_scale: the import of %s failed\n", qPrintable(file));
                return 1;
            }
        }
        {
            options.connectionName = u"bench-cached"_s;
            ServiceDirectory directory(options);
            timer.start();
            const ServiceDirectory::LoadResult loaded = directory.load();
            cachedMs = elapsedMs(timer);
            fromCache = loaded.fromCache;
        }
        stepRow(label, u"import into a fresh data folder"_s, importMs, count);
        stepRow(label, fromCache ? u"load from the cache"_s : u"load again (not cached)"_s,
                cachedMs, count);
    } else {
        row(u"import, %1"_s.arg(label),
            u"not possible: %1 MiB, beyond the format's 16 MiB bound"_s.arg(
                    double(bytes.size()) / 1048576.0, 0, 'f', 1));
    }

    ServiceListModel model;
    model.setLanguage(Language::French);
    timer.start();
    model.setServices(services);
    stepRow(label, u"fill the list model"_s, elapsedMs(timer), count);

    FixedTimeSource time(at, paris);
    AvailabilityClock clock(&time, &model);
    clock.setLive(false);
    timer.start();
    clock.start();
    stepRow(label, u"evaluate every badge"_s, elapsedMs(timer), count);

    ServiceFilterProxy proxy;
    proxy.setSortLocale(QLocale(QLocale::French, QLocale::France));
    timer.start();
    proxy.setSourceModel(&model);
    stepRow(label, u"first filter and sort"_s, elapsedMs(timer), count);

    const Latencies keystrokes = typeSearches([&proxy](const QString &text) {
        proxy.setSearchText(text);
        // The proxy may map lazily: the step ends when the rows shown are known.
        proxy.rowCount();
        proxy.index(0, 0).data(ServiceIdRole);
    });
    // The goal is set at 10,000 services; above, the figures show how the cost grows.
    const bool goal = count <= 10000;
    latencyRow(label, u"search keystroke, proxy"_s, keystrokes, count, goal);

    Latencies toggles;
    for (int i = 0; i < 10; ++i) {
        for (const bool on : {true, false})
            toggles.time([&proxy, on] {
                proxy.setOpenNowOnly(on);
                proxy.rowCount();
                proxy.index(0, 0).data(ServiceIdRole);
            });
    }
    latencyRow(label, u"open-now toggle, proxy"_s, toggles, count, goal);

    // The real window, offscreen.
    MainWindow window(&model, &proxy, nullptr);
    window.setLanguage(Language::French);
    window.setAvailabilityClock(&clock);
    // A common laptop window, so that a frame holds a dozen cards.
    window.resize(1280, 800);
    auto *list = window.findChild<QListView *>(u"serviceListView"_s);
    if (!list) {
        std::fprintf(stderr, "bench_scale: the window has no list\n");
        return 1;
    }
    auto *counting = new CountingDelegate(list->itemDelegate(), list);
    list->setItemDelegate(counting);
    list->viewport()->installEventFilter(counting);
    timer.start();
    window.show();
    settle();
    stepRow(label, u"window shown and painted"_s, elapsedMs(timer), count);
    row(u"cards painted in the window's first frames, %1"_s.arg(label),
        QString::number(counting->paints()), u"-"_s, u"-"_s, u"> 0"_s,
        counting->paints() > 0 ? u"pass"_s : u"FAIL"_s);

    auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
    if (!search) {
        std::fprintf(stderr, "bench_scale: the window has no search field or list\n");
        return 1;
    }
    const Latencies windowKeystrokes = typeSearches([search](const QString &text) {
        search->setText(text);
        settle();
    });
    latencyRow(label, u"search keystroke, window to painted frame"_s, windowKeystrokes, count,
               false);

    settle();
    counting->reset();
    QScrollBar *bar = list->verticalScrollBar();
    Latencies frames;
    const int step = std::max(1, list->viewport()->height() / 4);
    for (int i = 0; i < 200 && bar->value() < bar->maximum(); ++i) {
        frames.time([bar, step] {
            bar->setValue(bar->value() + step);
            settle();
        });
    }
    const Stats scroll = stats(frames.cpu);
    const double perFrame
            = counting->frames() > 0 ? double(counting->paints()) / counting->frames() : 0;
    std::fprintf(stderr,
                 "%s: scrolled %d steps of %d px: %d frames, %d delegate paints (%.1f per "
                 "frame), at most %d paint(s) of one card in a frame\n",
                 qPrintable(label), scroll.count, step, counting->frames(), counting->paints(),
                 perFrame, counting->mostPaintsOfOneCard());
    row(u"scrolling, %1: delegate paints of one card in one frame (max)"_s.arg(label),
        u"%1 (%2 cards painted twice; %3 paints/frame over %4 frames)"_s
                .arg(counting->mostPaintsOfOneCard())
                .arg(counting->cardsPaintedTwice())
                .arg(perFrame, 0, 'f', 1)
                .arg(counting->frames()),
        u"-"_s, u"-"_s, u"<= 1"_s,
        counting->frames() > 0 && counting->mostPaintsOfOneCard() <= 1 ? u"pass"_s : u"FAIL"_s);
    latencyRow(label, u"scroll step to painted frame"_s, frames, count, false);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "generate") == 0) {
        QCoreApplication application(argc, argv);
        const int count = QString::fromLocal8Bit(argv[2]).toInt();
        if (count <= 0)
            return 2;
        return generate(count, QString::fromLocal8Bit(argv[3]));
    }
    if ((argc == 3 || argc == 4) && qstrcmp(argv[1], "measure") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication application(argc, argv);
        return measure(QString::fromLocal8Bit(argv[2]),
                       argc == 4 ? QString::fromLocal8Bit(argv[3]) : QString());
    }
    std::fputs("usage: bench_scale generate COUNT FILE\n"
               "       bench_scale measure FILE [LABEL]\n",
               stderr);
    return 2;
}
