#include "openinghours.h"

#include "core/openinghours/openinghoursast.h"
#include "core/openinghours/openinghoursdescriber.h"
#include "core/openinghours/openinghoursevaluator.h"
#include "core/openinghours/openinghoursparser.h"

#include <QMutex>
#include <QSharedData>

namespace Helplines {

class OpeningHoursData : public QSharedData
{
public:
    OpeningHoursData() = default;
    // A copy starts without memo (the mutex cannot be copied, and nothing is lost).
    OpeningHoursData(const OpeningHoursData &other)
        : QSharedData(other)
        , rule(other.rule)
        , ast(other.ast)
        , error(other.error)
        , warnings(other.warnings)
    {}

    QString rule;
    OpeningHoursAst ast;
    OpeningHoursError error;
    QList<OpeningHoursError> warnings;

    // What the last evaluation learnt about its context (zone offsets, holidays, sun times),
    // reused by the next one in the same context: the same rule is evaluated again and again
    // (availability badges every minute, a week's schedule, the list). Guarded by the mutex,
    // as parsed rules may be evaluated from several threads.
    mutable QMutex memoMutex;
    mutable std::optional<EvaluationContext> memoContext;
    mutable OpeningHoursEvaluator::Memo memo;

    // safe: the evaluation's instants are in the years where the memo is known to change
    // nothing (see safeToShare()).
    OpeningHoursEvaluator evaluator(const EvaluationContext &context, bool safe) const;
    void remember(const OpeningHoursEvaluator &evaluator, const EvaluationContext &context,
                  bool safe) const;
};

namespace {

// The zone offsets and sun times an evaluation learns depend on the stretch of time it read
// the zone's transitions for (LocalTimeMapper), as QTimeZone does not always give the same
// transitions for different stretches outside the years of the zone database's explicit
// entries (after 2037, long ago). Between April 1971 and October 2034 every stretch an
// evaluation may read (up to two years ahead) is inside those years, and they are shared;
// elsewhere each evaluation reads its own, as the reference walker does. Holidays depend on
// nothing else and are always shared.
bool safeToShare(const QDateTime &from, const QDateTime &to)
{
    constexpr qint64 first = 39312000;  // 1971-04-01T00:00Z
    constexpr qint64 last = 2043360000; // 2034-10-01T00:00Z
    if (!from.isValid() || !to.isValid())
        return false;
    const qint64 a = from.toSecsSinceEpoch();
    const qint64 b = to.toSecsSinceEpoch();
    return a >= first && a <= last && b >= first && b <= last;
}

bool sameContext(const EvaluationContext &a, const EvaluationContext &b)
{
    return a.holidayRegion == b.holidayRegion && a.schoolZone == b.schoolZone
           && a.location == b.location && a.timeZone == b.timeZone;
}

} // namespace

OpeningHoursEvaluator OpeningHoursData::evaluator(const EvaluationContext &context, bool safe) const
{
    QMutexLocker locker(&memoMutex);
    if (memoContext && sameContext(*memoContext, context)) {
        // Implicitly shared containers: copying them costs a few reference counts.
        OpeningHoursEvaluator::Memo copy = memo;
        locker.unlock();
        if (!safe) {
            copy.mapper.reset();
            copy.sun.clear();
        }
        return OpeningHoursEvaluator(ast, context, &copy);
    }
    locker.unlock();
    return OpeningHoursEvaluator(ast, context);
}

void OpeningHoursData::remember(const OpeningHoursEvaluator &evaluator,
                                const EvaluationContext &context, bool safe) const
{
    OpeningHoursEvaluator::Memo kept;
    evaluator.keep(kept);
    // A zone with one offset reads it at the first instant asked: that reading is the
    // evaluation's own.
    if (!safe || (kept.mapper && kept.mapper->hasFixedOffset())) {
        kept.mapper.reset();
        kept.sun.clear();
    }
    QMutexLocker locker(&memoMutex);
    memo = std::move(kept);
    if (!memoContext || !sameContext(*memoContext, context))
        memoContext = context;
}

OpeningHours::OpeningHours()
    : d(new OpeningHoursData)
{
    d->error.kind = OpeningHoursError::Empty;
    d->error.column = 1;
}

OpeningHours::OpeningHours(const QString &rule)
    : d(new OpeningHoursData)
{
    d->rule = rule;
    OpeningHoursParser parser(rule);
    d->error = parser.error();
    d->warnings = parser.warnings();
    if (parser.isValid())
        d->ast = parser.ast();
}

OpeningHours::OpeningHours(const OpeningHours &other) = default;
OpeningHours::OpeningHours(OpeningHours &&other) noexcept = default;
OpeningHours &OpeningHours::operator=(const OpeningHours &other) = default;
OpeningHours &OpeningHours::operator=(OpeningHours &&other) noexcept = default;
OpeningHours::~OpeningHours() = default;

QString OpeningHours::rule() const
{
    return d->rule;
}

bool OpeningHours::isValid() const
{
    return !d->error.isError();
}

OpeningHoursError OpeningHours::error() const
{
    return d->error;
}

QList<OpeningHoursError> OpeningHours::warnings() const
{
    return d->warnings;
}

QString OpeningHours::normalizedRule() const
{
    return isValid() ? OpeningHoursParser::format(d->ast) : QString();
}

OpeningHoursEvaluation OpeningHours::evaluate(const QDateTime &at,
                                              const EvaluationContext &context) const
{
    if (!isValid()) {
        OpeningHoursEvaluation unknown;
        unknown.state = OpenState::Unknown;
        return unknown;
    }
    const bool safe = safeToShare(at, at);
    OpeningHoursEvaluator evaluator = d->evaluator(context, safe);
    const OpeningHoursEvaluation result = evaluator.evaluate(at);
    d->remember(evaluator, context, safe);
    return result;
}

OpenState OpeningHours::state(const QDateTime &at, const EvaluationContext &context) const
{
    if (!isValid())
        return OpenState::Unknown;
    const bool safe = safeToShare(at, at);
    OpeningHoursEvaluator evaluator = d->evaluator(context, safe);
    const OpenState result = evaluator.evaluate(at, false).state;
    d->remember(evaluator, context, safe);
    return result;
}

QString OpeningHours::comment(const QDateTime &at, const EvaluationContext &context) const
{
    if (!isValid())
        return QString();
    const bool safe = safeToShare(at, at);
    OpeningHoursEvaluator evaluator = d->evaluator(context, safe);
    const QString result = evaluator.evaluate(at, false).comment;
    d->remember(evaluator, context, safe);
    return result;
}

QDateTime OpeningHours::nextChange(const QDateTime &at, const EvaluationContext &context) const
{
    return evaluate(at, context).nextChange;
}

QList<OpeningInterval> OpeningHours::intervals(const QDateTime &from, const QDateTime &to,
                                               const EvaluationContext &context) const
{
    if (!isValid())
        return {};
    const bool safe = safeToShare(from, to);
    OpeningHoursEvaluator evaluator = d->evaluator(context, safe);
    const QList<OpeningInterval> result = evaluator.intervals(from, to);
    d->remember(evaluator, context, safe);
    return result;
}

QString OpeningHours::describe(Language language) const
{
    if (!isValid())
        return QString();
    return OpeningHoursDescriber(d->ast, language).describe();
}

} // namespace Helplines
