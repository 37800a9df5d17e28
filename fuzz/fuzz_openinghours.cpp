// libFuzzer target: the opening_hours engine (docs/opening-hours.md, "Fuzzing").
//
// Input: a rule in UTF-8, optionally followed by a NUL byte and parameter bytes that choose
// the zone, holiday region, school zone, location and instants of the evaluation. Without
// them: Europe/Paris, "FR", zone C, Paris, an ordinary Monday and the two DST changes of 2026.
// So the seeds are plain rules, and the fuzzer finds the parameters by itself.
//
// Besides crashes, leaks, undefined behaviour and timeouts, it checks what the engine promises
// for every rule (openinghours.h): state() and comment() say what evaluate() says; the next
// change lies after the instant and within 366 days; intervals are ordered, within the range
// asked for, never closed; an invalid rule has a column and a message.
//
// It also evaluates every rule with the reference walker (OpeningHoursReferenceEvaluator, the
// engine's first evaluator, kept as the oracle) and aborts when the optimised evaluator says
// anything else: state, comment, next change or intervals, through OpeningHours (which keeps a
// memo between evaluations) and through a fresh OpeningHoursEvaluator.
//
// With HELPLINES_FUZZ_CANONICAL=1 in the environment it also checks that normalizedRule()
// parses and says the same as the rule at the instants evaluated. Off by default: the engine
// does not keep that promise yet for every rule (docs/opening-hours.md, "Fuzzing").

#include "core/language.h"
#include "core/openinghours/openinghours.h"
#include "core/openinghours/openinghoursevaluator.h"
#include "core/openinghours/openinghoursparser.h"
#include "core/openinghours/openinghoursreferenceevaluator.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// Zones with unusual offsets and changes: 45-minute offsets, half-hour DST, DST of two hours,
// negative DST, Ramadan changes, +14:00 and -11:00, and an invalid zone (read as UTC).
constexpr std::array<const char *, 16> zones{
        "Europe/Paris",      "UTC",
        "Indian/Reunion",    "America/Cayenne",
        "Pacific/Chatham",   "Australia/Lord_Howe",
        "Antarctica/Troll",  "Europe/Dublin",
        "Africa/Casablanca", "Pacific/Kiritimati",
        "Pacific/Pago_Pago", "America/St_Johns",
        "Asia/Kathmandu",    "America/Godthab",
        "Europe/Moscow",     "Not/A_Zone",
};
constexpr std::array<const char16_t *, 12> regions{
        u"FR",     u"FR-57",  u"FR-67",  u"FR-68",  u"FR-971", u"FR-972",
        u"FR-973", u"FR-974", u"FR-975", u"FR-976", u"DE",     u"",
};
constexpr std::array<const char16_t *, 5> schoolZones{u"C", u"A", u"B", u"", u"Z"};
// Paris; midnight sun and polar night; the poles; the equator; the antimeridian.
constexpr std::array<GeoPoint, 8> locations{{
        {48.8566, 2.3522},
        {69.6496, 18.9560},
        {78.2232, 15.6267},
        {89.9, 0.0},
        {-89.9, 0.0},
        {-0.1807, -78.4678},
        {-21.1151, 55.5364},
        {0.0, 180.0},
}};
// Seconds since the epoch: 2026-01-12T09:00Z, both 2026 DST changes of Europe/Paris, and the
// edges of the calendars (holidays from 1583, school holidays 2020-2027, years 1 and 9999).
constexpr std::array<qint64, 10> baseInstants{
        1768208400, 1774745940, 1792888200, -12212553600, -2208988800,
        0,          2147483647, 4107456000, 253402257600, -62135596800,
};

constexpr qint64 horizonSeconds = 366 * 24 * 3600;

bool checksCanonicalForm()
{
    static const bool enabled = qEnvironmentVariableIntValue("HELPLINES_FUZZ_CANONICAL") == 1;
    return enabled;
}

[[noreturn]] void fail(const char *what, const QString &rule)
{
    std::fprintf(stderr, "fuzz_openinghours: %s\n  rule: %s\n", what, rule.toUtf8().constData());
    std::abort();
}

struct Parameters
{
    EvaluationContext context;
    QDateTime first;
    qint64 step = 0;
};

Parameters parametersFrom(const uint8_t *bytes, size_t size)
{
    auto byte = [&](size_t i) -> unsigned {
        return i < size ? bytes[i] : 0u;
    };
    Parameters parameters;
    EvaluationContext &context = parameters.context;
    context.timeZone = QTimeZone(zones[byte(0) % zones.size()]);
    context.holidayRegion = QString::fromUtf16(regions[byte(1) % regions.size()]);
    context.schoolZone = QString::fromUtf16(schoolZones[byte(2) % schoolZones.size()]);
    context.location = locations[byte(3) % locations.size()];
    const qint32 offset = qint32(byte(4) | byte(5) << 8 | byte(6) << 16 | byte(7) << 24);
    parameters.first = QDateTime::fromSecsSinceEpoch(
            baseInstants[byte(8) % baseInstants.size()] + offset, QTimeZone::utc());
    parameters.step = qint64(byte(9)) * 15 * 60 + byte(10);
    return parameters;
}

bool sameEvaluation(const OpeningHoursEvaluation &a, const OpeningHoursEvaluation &b)
{
    return a.state == b.state && a.comment == b.comment
           && a.nextChange.isValid() == b.nextChange.isValid()
           && (!a.nextChange.isValid()
               || (a.nextChange.toSecsSinceEpoch() == b.nextChange.toSecsSinceEpoch()
                   && a.nextChange.offsetFromUtc() == b.nextChange.offsetFromUtc()));
}

// The optimised evaluator against the reference walker, at one instant.
void checkAgainstReference(const OpeningHours &hours, const OpeningHoursAst &ast,
                           const QDateTime &at, const EvaluationContext &context,
                           const OpeningHoursEvaluation &evaluation)
{
    const OpeningHoursEvaluation expected
            = OpeningHoursReferenceEvaluator(ast, context).evaluate(at);
    if (!sameEvaluation(expected, evaluation))
        fail("OpeningHours::evaluate() differs from the reference walker", hours.rule());
    if (!sameEvaluation(expected, OpeningHoursEvaluator(ast, context).evaluate(at)))
        fail("OpeningHoursEvaluator differs from the reference walker", hours.rule());
    const OpeningHoursEvaluation expectedState
            = OpeningHoursReferenceEvaluator(ast, context).evaluate(at, false);
    if (!sameEvaluation(expectedState, OpeningHoursEvaluator(ast, context).evaluate(at, false)))
        fail("OpeningHoursEvaluator's state differs from the reference walker", hours.rule());
}

void checkEvaluation(const OpeningHours &hours, const OpeningHoursAst &ast,
                     const OpeningHours &canonical, const QDateTime &at,
                     const EvaluationContext &context, QDateTime *next)
{
    const OpeningHoursEvaluation evaluation = hours.evaluate(at, context);
    checkAgainstReference(hours, ast, at, context, evaluation);
    if (canonical.isValid()) {
        const OpeningHoursEvaluation same = canonical.evaluate(at, context);
        if (same.state != evaluation.state || same.comment != evaluation.comment
            || same.nextChange != evaluation.nextChange)
            fail("the canonical form says something else", hours.rule());
    }
    if (hours.state(at, context) != evaluation.state)
        fail("state() differs from evaluate().state", hours.rule());
    if (hours.comment(at, context) != evaluation.comment)
        fail("comment() differs from evaluate().comment", hours.rule());
    if (evaluation.nextChange.isValid()) {
        const qint64 after = at.secsTo(evaluation.nextChange);
        if (after <= 0 || after >= horizonSeconds + 1)
            fail("the next change is not within 366 days after the instant", hours.rule());
    }
    *next = evaluation.nextChange;
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

void checkIntervals(const OpeningHours &hours, const OpeningHoursAst &ast, const QDateTime &from,
                    const EvaluationContext &context)
{
    const QDateTime to = from.addSecs(8 * 24 * 3600);
    const QList<OpeningInterval> intervals = hours.intervals(from, to, context);
    if (!sameIntervals(intervals, OpeningHoursReferenceEvaluator(ast, context).intervals(from, to)))
        fail("intervals differ from the reference walker's", hours.rule());
    QDateTime previousEnd = from;
    for (const OpeningInterval &interval : intervals) {
        if (!interval.begin.isValid() || !interval.end.isValid() || interval.begin >= interval.end)
            fail("an interval is empty or invalid", hours.rule());
        if (interval.begin < previousEnd || interval.end > to)
            fail("intervals overlap or leave the range asked for", hours.rule());
        if (interval.state == OpenState::Closed)
            fail("intervals list a closed stretch", hours.rule());
        previousEnd = interval.end;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *separator = static_cast<const uint8_t *>(std::memchr(data, 0, size));
    const size_t ruleSize = separator ? size_t(separator - data) : size;
    const QString rule
            = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(ruleSize));

    const OpeningHours hours(rule);
    for (const OpeningHoursError &warning : hours.warnings()) {
        if (warning.column < 1 || warning.message().isEmpty())
            fail("a warning has no column or no message", rule);
        (void)warning.hint();
    }
    if (!hours.isValid()) {
        const OpeningHoursError error = hours.error();
        if (error.column < 1 || error.message().isEmpty())
            fail("an error has no column or no message", rule);
        (void)error.hint();
        return 0;
    }
    const OpeningHoursParser parser(rule);
    if (!parser.isValid())
        fail("OpeningHoursParser rejects what OpeningHours accepts", rule);
    const OpeningHoursAst &ast = parser.ast();
    const QString normalized = hours.normalizedRule();
    OpeningHours canonical;
    if (checksCanonicalForm()) {
        canonical = OpeningHours(normalized);
        if (!canonical.isValid())
            fail("the canonical form does not parse", rule);
    }
    (void)hours.describe(Language::English);
    (void)hours.describe(Language::French);

    std::array<Parameters, 3> runs;
    if (separator) {
        runs[0] = parametersFrom(separator + 1, size - ruleSize - 1);
    } else {
        // 2026-01-12T09:00Z, 2026-03-29T00:59Z, 2026-10-25T00:30Z in Paris.
        const EvaluationContext france = EvaluationContext::france();
        for (size_t i = 0; i < runs.size(); ++i) {
            runs[i].context = france;
            runs[i].first = QDateTime::fromSecsSinceEpoch(baseInstants[i], QTimeZone::utc());
            runs[i].step = 90 * 60;
        }
    }
    const size_t count = separator ? 1 : runs.size();
    for (size_t i = 0; i < count; ++i) {
        const Parameters &run = runs[i];
        // The instant, a little later, and the next change found (its boundary).
        QDateTime next;
        checkEvaluation(hours, ast, canonical, run.first, run.context, &next);
        QDateTime ignored;
        checkEvaluation(hours, ast, canonical, run.first.addSecs(run.step), run.context, &ignored);
        if (next.isValid()) {
            checkEvaluation(hours, ast, canonical, next, run.context, &ignored);
            // Just before the change, where a skipped stretch would show.
            checkEvaluation(hours, ast, canonical, next.addSecs(-60), run.context, &ignored);
        }
        checkIntervals(hours, ast, run.first, run.context);
    }
    return 0;
}
