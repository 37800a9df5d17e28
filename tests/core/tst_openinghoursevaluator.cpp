// Differential test of the optimised OpeningHoursEvaluator against the reference walker
// (OpeningHoursReferenceEvaluator, the engine's first evaluator kept as the oracle): both must
// give the same state, comment and next change, and the same intervals, for every rule and
// instant of the reference corpus and for rules and instants generated from a fixed seed, in
// several zones and regions (DST changes of both hemispheres, a zone without DST, unsupported
// holiday regions, unknown school holidays).

#include "core/openinghours/evaluationcontext.h"
#include "core/openinghours/openinghours.h"
#include "core/openinghours/openinghoursevaluator.h"
#include "core/openinghours/openinghoursparser.h"
#include "core/openinghours/openinghoursreferenceevaluator.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

struct NamedContext
{
    QString name;
    EvaluationContext context;
};

QList<NamedContext> contexts()
{
    QList<NamedContext> result;
    result.append({u"Paris"_s, EvaluationContext::france()});
    EvaluationContext newYork;
    newYork.timeZone = QTimeZone("America/New_York");
    newYork.holidayRegion = u"US"_s; // not supported: public holidays are unknown
    newYork.schoolZone = QString();
    newYork.location = GeoPoint{40.7128, -74.0060};
    result.append({u"New York"_s, newYork});
    EvaluationContext auckland;
    auckland.timeZone = QTimeZone("Pacific/Auckland");
    auckland.holidayRegion = u"FR"_s;
    auckland.schoolZone = u"A"_s;
    auckland.location = GeoPoint{-36.8485, 174.7633};
    result.append({u"Auckland"_s, auckland});
    EvaluationContext reunion;
    reunion.timeZone = QTimeZone("Indian/Reunion");
    reunion.holidayRegion = u"FR-974"_s;
    reunion.schoolZone = QString(); // school holidays unknown
    reunion.location = GeoPoint{-21.1151, 55.5364};
    result.append({u"Reunion"_s, reunion});
    return result;
}

QDateTime at(const char *iso)
{
    const QDateTime result = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(result.isValid());
    return result;
}

// Instants around the DST changes of the four zones, year ends and leap days, in UTC or with
// the offset written.
QList<QDateTime> fixedInstants()
{
    return {
            at("2026-03-29T00:59:00Z"),      at("2026-03-29T01:00:00Z"),
            at("2026-03-29T01:30:00Z"),      at("2026-10-25T00:30:00Z"),
            at("2026-10-25T01:00:00Z"),      at("2026-10-25T01:30:00Z"),
            at("2026-03-08T06:59:00Z"),      at("2026-03-08T07:30:00Z"),
            at("2026-11-01T05:30:00Z"),      at("2026-11-01T06:30:00Z"),
            at("2026-04-04T13:30:00Z"),      at("2026-04-04T14:30:00Z"),
            at("2026-09-26T13:30:00Z"),      at("2026-09-26T14:30:00Z"),
            at("2025-12-31T23:00:00Z"),      at("2027-12-31T22:59:59Z"),
            at("2028-02-29T12:00:00Z"),      at("2026-01-12T09:00:00+01:00"),
            at("2026-08-15T11:00:00+02:00"), at("2027-06-30T23:59:00+02:00"),
    };
}

QString stateName(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return u"open"_s;
    case OpenState::Closed:
        return u"closed"_s;
    case OpenState::Unknown:
        return u"unknown"_s;
    }
    return QString();
}

QString describe(const OpeningHoursEvaluation &evaluation)
{
    return u"%1 \"%2\" next %3"_s.arg(stateName(evaluation.state), evaluation.comment,
                                      evaluation.nextChange.isValid()
                                              ? evaluation.nextChange.toString(Qt::ISODate)
                                              : u"none"_s);
}

bool sameEvaluation(const OpeningHoursEvaluation &a, const OpeningHoursEvaluation &b)
{
    if (a.state != b.state || a.comment != b.comment)
        return false;
    if (a.nextChange.isValid() != b.nextChange.isValid())
        return false;
    return !a.nextChange.isValid()
           || (a.nextChange.toSecsSinceEpoch() == b.nextChange.toSecsSinceEpoch()
               && a.nextChange.offsetFromUtc() == b.nextChange.offsetFromUtc());
}

bool sameIntervals(const QList<OpeningInterval> &a, const QList<OpeningInterval> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const OpeningInterval &x = a.at(i);
        const OpeningInterval &y = b.at(i);
        if (x.begin.toSecsSinceEpoch() != y.begin.toSecsSinceEpoch()
            || x.end.toSecsSinceEpoch() != y.end.toSecsSinceEpoch() || x.state != y.state
            || x.comment != y.comment || x.openEnd != y.openEnd)
            return false;
    }
    return true;
}

// Compares both evaluators on one rule; counts what was compared, notes the first differences.
class Comparison
{
public:
    int evaluations = 0;
    int intervalRanges = 0;
    QStringList differences;

    // hours is the same rule through the public API, which keeps a memo of the context
    // between evaluations (reused by every call made with it).
    void compare(const QString &rule, const OpeningHoursAst &ast, const OpeningHours &hours,
                 const NamedContext &context, const QList<QDateTime> &instants, bool withIntervals)
    {
        OpeningHoursEvaluator fast(ast, context.context);
        OpeningHoursReferenceEvaluator reference(ast, context.context);
        for (const QDateTime &instant : instants) {
            for (const bool withNext : {true, false}) {
                // A fresh evaluator as well as a reused one: caches must not change answers.
                const OpeningHoursEvaluation expected
                        = OpeningHoursReferenceEvaluator(ast, context.context)
                                  .evaluate(instant, withNext);
                const OpeningHoursEvaluation got = fast.evaluate(instant, withNext);
                const OpeningHoursEvaluation gotFresh
                        = OpeningHoursEvaluator(ast, context.context).evaluate(instant, withNext);
                OpeningHoursEvaluation gotPublic;
                if (withNext) {
                    gotPublic = hours.evaluate(instant, context.context);
                } else {
                    gotPublic.state = hours.state(instant, context.context);
                    gotPublic.comment = hours.comment(instant, context.context);
                }
                ++evaluations;
                // An evaluator kept for several instants reads the zone once, for a stretch
                // around the first: outside the years of explicit zone data (see
                // OpeningHours::evaluate()) QTimeZone may tell other stretches otherwise, for
                // the reference walker as well; there, only fresh evaluators are compared.
                const qint64 seconds = instant.toSecsSinceEpoch();
                const bool explicitZoneData = seconds >= 39312000 && seconds <= 2043360000;
                if (!sameEvaluation(expected, gotPublic))
                    note(u"%1 [%2] at %3%4: reference %5, OpeningHours %6"_s.arg(
                            rule, context.name, instant.toString(Qt::ISODate),
                            withNext ? QString() : u" (state only)"_s, describe(expected),
                            describe(gotPublic)));
                if ((explicitZoneData && !sameEvaluation(expected, got))
                    || !sameEvaluation(expected, gotFresh))
                    note(u"%1 [%2] at %3%4: reference %5, optimised %6"_s.arg(
                            rule, context.name, instant.toString(Qt::ISODate),
                            withNext ? QString() : u" (state only)"_s, describe(expected),
                            describe(sameEvaluation(expected, got) ? gotFresh : got)));
            }
        }
        if (withIntervals && !instants.isEmpty()) {
            const QDateTime from = instants.first();
            const qint64 seconds = from.toSecsSinceEpoch();
            const bool explicitZoneData = seconds >= 39312000 && seconds <= 2043360000;
            for (const qint64 days : {1, 9}) {
                const QDateTime to = from.addSecs(days * 86400 + 3600);
                ++intervalRanges;
                const QList<OpeningInterval> expected = reference.intervals(from, to);
                if ((explicitZoneData && !sameIntervals(expected, fast.intervals(from, to)))
                    || !sameIntervals(
                            expected,
                            OpeningHoursEvaluator(ast, context.context).intervals(from, to))
                    || !sameIntervals(expected, hours.intervals(from, to, context.context)))
                    note(u"%1 [%2] intervals from %3 for %4 days differ"_s
                                 .arg(rule, context.name, from.toString(Qt::ISODate))
                                 .arg(days));
            }
        }
    }

private:
    void note(const QString &difference)
    {
        if (differences.size() < 20)
            differences.append(difference);
        else if (differences.size() == 20)
            differences.append(u"..."_s);
    }
};

// Building blocks of generated rules: every kind of selector, time and state the engine knows.
const char *const yearParts[] = {"", "", "", "", "2026 ", "2025-2027 ", "2027+ ", "2024-2030/2 "};
const char *const dateParts[] = {"",
                                 "",
                                 "",
                                 "",
                                 "Jan-Mar ",
                                 "Jun 15-Sep 15 ",
                                 "Dec 24-Jan 02 ",
                                 "Dec 25 ",
                                 "Jul,Aug ",
                                 "easter ",
                                 "easter -2 days-easter +1 day ",
                                 "Oct Su[-1]-Mar Su[-1] ",
                                 "Feb 29 ",
                                 "Nov 01-Feb 28 ",
                                 "Mar 29 ",
                                 "Jan 01-Dec 31/3 ",
                                 "Jan 01-31/8 ",
                                 "2012 Jan 01-31/8 ",
                                 "2026 Dec 24-2027 Jan 01 ",
                                 "Aug Su[-1] +1 day "};
const char *const weekParts[] = {
        "",        "", "", "", "", "", "week 01-10 ", "week 10-40/2 ", "week 50-05 ", "week 02,04 ",
        "week 53 "};
const char *const dayParts[]
        = {"",         "",       "Mo-Fr ", "Sa,Su ",         "Mo-Fr ", "Su ",    "PH ",
           "SH ",      "Mo-Sa ", "We[2] ", "Fr[-1] ",        "Th,Sa ", "Su,PH ", "PH +1 day ",
           "Mo[1,3] ", "Fr-Mo ", "SH,PH ", "Sa[2] +3 days ", "Su[5] ", "Mo,PH "};
const char *const timeParts[] = {"",
                                 "",
                                 "09:00-18:00",
                                 "08:30-12:00,13:30-17:30",
                                 "22:00-02:00",
                                 "20:00-08:00",
                                 "17:00+",
                                 "14:00-17:00+",
                                 "sunrise-sunset",
                                 "(sunrise-00:30)-(sunset+00:30)",
                                 "dawn-dusk",
                                 "00:00-24:00",
                                 "02:00-03:30",
                                 "01:30-02:30,12:00-13:00",
                                 "18:00-sunrise",
                                 "10:00-26:00",
                                 "sunset-02:00"};
const char *const stateParts[]
        = {"",         "",      "",           " off",           " closed",
           " unknown", " open", " \"appel\"", " off \"fermé\"", " unknown \"sur rendez-vous\""};
const char *const separators[] = {"; ", "; ", "; ", ", ", " || "};

template<size_t N>
const char *pick(QRandomGenerator &random, const char *const (&parts)[N])
{
    return parts[random.bounded(int(N))];
}

QString generatedRule(QRandomGenerator &random)
{
    if (random.bounded(12) == 0)
        return random.bounded(2) ? u"24/7"_s : u"24/7; PH off"_s;
    QString rule;
    const int count = 1 + random.bounded(4);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            rule += QLatin1StringView(pick(random, separators));
        QString part = QLatin1StringView(pick(random, yearParts))
                       + QLatin1StringView(pick(random, dateParts))
                       + QLatin1StringView(pick(random, weekParts))
                       + QLatin1StringView(pick(random, dayParts))
                       + QLatin1StringView(pick(random, timeParts));
        part = part.trimmed();
        QString state = QString::fromUtf8(pick(random, stateParts));
        if (part.isEmpty() && state.isEmpty())
            part = u"Mo-Fr 10:00-16:00"_s;
        rule += part + (part.isEmpty() ? state.trimmed() : state);
    }
    return rule;
}

QList<QDateTime> randomInstants(QRandomGenerator &random, int count)
{
    // 2024-01-01 to 2028-12-31, to the second, and often on a minute or a quarter hour.
    const qint64 first = 1704067200;
    const qint64 last = 1861920000;
    QList<QDateTime> result;
    for (int i = 0; i < count; ++i) {
        qint64 seconds = first + qint64(random.bounded(double(last - first)));
        const int rounding = random.bounded(3);
        if (rounding == 0)
            seconds -= seconds % 60;
        else if (rounding == 1)
            seconds -= seconds % 900;
        result.append(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()));
    }
    return result;
}

} // namespace

class TestOpeningHoursEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheReferenceOnTheCorpus();
    void agreesWithTheReferenceOnGeneratedRules();
    void agreesWithTheReferenceAroundChanges();
    void agreesWithTheReferenceFarFromNow();
};

// Every corpus rule at its own instants (Paris) and at the fixed instants in every zone.
void TestOpeningHoursEvaluator::agreesWithTheReferenceOnTheCorpus()
{
    QFile file(QFINDTESTDATA("../data/opening-hours/corpus.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList rules;
    QHash<QString, QList<QDateTime>> instants;
    int rows = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const QString rule = row.value(u"rule").toString();
        if (!instants.contains(rule))
            rules.append(rule);
        instants[rule].append(QDateTime::fromString(row.value(u"at").toString(), Qt::ISODate));
        ++rows;
    }
    QCOMPARE(rows, 35952);

    const QList<NamedContext> zones = contexts();
    const QList<QDateTime> fixed = fixedInstants();
    Comparison comparison;
    for (const QString &rule : std::as_const(rules)) {
        const OpeningHoursParser parser(rule);
        QVERIFY2(parser.isValid(), qPrintable(rule));
        const OpeningHours hours(rule);
        comparison.compare(rule, parser.ast(), hours, zones.first(), instants.value(rule), true);
        for (const NamedContext &zone : zones)
            comparison.compare(rule, parser.ast(), hours, zone, fixed, zone.name != u"Paris"_s);
    }
    qInfo("Corpus: %d rules, %d evaluations and %d interval ranges compared, %d differences",
          int(rules.size()), comparison.evaluations, comparison.intervalRanges,
          int(comparison.differences.size()));
    QVERIFY2(comparison.differences.isEmpty(), qPrintable(comparison.differences.join(u'\n')));
    // Each corpus row twice (with and without the next change), and the fixed instants.
    QCOMPARE(comparison.evaluations,
             2 * rows + 2 * int(rules.size() * zones.size() * fixed.size()));
}

// Rules made of random selectors, times, states and separators, at random instants.
void TestOpeningHoursEvaluator::agreesWithTheReferenceOnGeneratedRules()
{
    QRandomGenerator random(20261123);
    const QList<NamedContext> zones = contexts();
    Comparison comparison;
    int valid = 0;
    int generated = 0;
    while (valid < 1500) {
        const QString rule = generatedRule(random);
        ++generated;
        const OpeningHoursParser parser(rule);
        if (!parser.isValid())
            continue;
        ++valid;
        const NamedContext &zone = zones.at(random.bounded(int(zones.size())));
        comparison.compare(rule, parser.ast(), OpeningHours(rule), zone, randomInstants(random, 12),
                           true);
    }
    qInfo("Generated: %d rules (%d valid), %d evaluations and %d interval ranges compared, "
          "%d differences",
          generated, valid, comparison.evaluations, comparison.intervalRanges,
          int(comparison.differences.size()));
    QVERIFY2(comparison.differences.isEmpty(), qPrintable(comparison.differences.join(u'\n')));
    // The generator must mostly produce rules the parser accepts, or it tests little.
    QVERIFY2(valid * 10 >= generated * 6, qPrintable(u"%1 of %2"_s.arg(valid).arg(generated)));
}

// At each next change and just before it, where the walks are most likely to part ways.
void TestOpeningHoursEvaluator::agreesWithTheReferenceAroundChanges()
{
    QRandomGenerator random(42);
    const QList<NamedContext> zones = contexts();
    Comparison comparison;
    int chains = 0;
    for (int i = 0; i < 600; ++i) {
        const QString rule = generatedRule(random);
        const OpeningHoursParser parser(rule);
        if (!parser.isValid())
            continue;
        const NamedContext &zone = zones.at(i % zones.size());
        QDateTime instant = randomInstants(random, 1).first();
        QList<QDateTime> instants;
        OpeningHoursReferenceEvaluator reference(parser.ast(), zone.context);
        for (int step = 0; step < 6 && instant.isValid(); ++step) {
            instants.append(instant);
            const QDateTime next = reference.evaluate(instant).nextChange;
            if (next.isValid()) {
                instants.append(next.addSecs(-1));
                instants.append(next.addSecs(-60));
            }
            instant = next;
        }
        ++chains;
        comparison.compare(rule, parser.ast(), OpeningHours(rule), zone, instants, false);
    }
    qInfo("Around changes: %d rules, %d evaluations compared, %d differences", chains,
          comparison.evaluations, int(comparison.differences.size()));
    QVERIFY2(comparison.differences.isEmpty(), qPrintable(comparison.differences.join(u'\n')));
    QVERIFY(comparison.evaluations > 3000);
}

// One OpeningHours, and so one memo, evaluated at instants years apart, in zones whose
// offsets QTimeZone reads differently for different stretches after 2037 (Antarctica/Troll),
// that changed their standard offset (Europe/Moscow in 2011 and 2014), or never had DST.
void TestOpeningHoursEvaluator::agreesWithTheReferenceFarFromNow()
{
    QList<NamedContext> zones;
    for (const char *name : {"Antarctica/Troll", "Europe/Moscow", "Pacific/Auckland",
                             "Indian/Reunion", "Europe/Paris"}) {
        EvaluationContext context = EvaluationContext::france();
        context.timeZone = QTimeZone(name);
        zones.append({QString::fromLatin1(name), context});
    }
    const QList<QDateTime> instants = {
            at("2038-01-25T09:14:07Z"), at("2038-04-01T00:00:00Z"), at("2038-03-31T23:59:00Z"),
            at("2012-06-01T12:00:00Z"), at("2026-03-29T00:30:00Z"), at("2040-10-01T00:00:00Z"),
            at("1960-01-01T00:00:00Z"), at("2035-12-31T23:00:00Z"), at("2013-03-31T00:30:00Z"),
            at("2026-10-25T00:30:00Z"), at("2037-03-28T00:30:00Z"), at("2099-03-29T00:30:00Z"),
    };
    const QStringList rules = {u"2=20 Apr 01-2020Dec 31 24/7"_s,
                               u"Mo-Fr 09:00-18:00; PH off"_s,
                               u"Apr 01-Dec 31 00:00-24:00,02:00-20:00"_s,
                               u"sunrise-sunset"_s,
                               u"Mo-Su 01:30-02:30"_s,
                               u"Dec 24-Jan 02 off; 24/7"_s};
    Comparison comparison;
    for (const QString &rule : rules) {
        const OpeningHoursParser parser(rule);
        QVERIFY2(parser.isValid(), qPrintable(rule));
        const OpeningHours hours(rule);
        for (const NamedContext &zone : std::as_const(zones))
            comparison.compare(rule, parser.ast(), hours, zone, instants, true);
    }
    qInfo("Far from now: %d evaluations and %d interval ranges compared, %d differences",
          comparison.evaluations, comparison.intervalRanges, int(comparison.differences.size()));
    QVERIFY2(comparison.differences.isEmpty(), qPrintable(comparison.differences.join(u'\n')));
    QCOMPARE(comparison.evaluations, int(rules.size() * zones.size() * instants.size() * 2));
}

QTEST_GUILESS_MAIN(TestOpeningHoursEvaluator)
#include "tst_openinghoursevaluator.moc"
