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

    OpeningHoursEvaluator evaluator(const EvaluationContext &context) const;
    void remember(const OpeningHoursEvaluator &evaluator, const EvaluationContext &context) const;
};

namespace {

bool sameContext(const EvaluationContext &a, const EvaluationContext &b)
{
    return a.holidayRegion == b.holidayRegion && a.schoolZone == b.schoolZone
           && a.location == b.location && a.timeZone == b.timeZone;
}

} // namespace

OpeningHoursEvaluator OpeningHoursData::evaluator(const EvaluationContext &context) const
{
    QMutexLocker locker(&memoMutex);
    if (memoContext && sameContext(*memoContext, context)) {
        // Implicitly shared containers: copying them costs a few reference counts.
        const OpeningHoursEvaluator::Memo copy = memo;
        locker.unlock();
        return OpeningHoursEvaluator(ast, context, &copy);
    }
    locker.unlock();
    return OpeningHoursEvaluator(ast, context);
}

void OpeningHoursData::remember(const OpeningHoursEvaluator &evaluator,
                                const EvaluationContext &context) const
{
    OpeningHoursEvaluator::Memo kept;
    evaluator.keep(kept);
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
    OpeningHoursEvaluator evaluator = d->evaluator(context);
    const OpeningHoursEvaluation result = evaluator.evaluate(at);
    d->remember(evaluator, context);
    return result;
}

OpenState OpeningHours::state(const QDateTime &at, const EvaluationContext &context) const
{
    if (!isValid())
        return OpenState::Unknown;
    OpeningHoursEvaluator evaluator = d->evaluator(context);
    const OpenState result = evaluator.evaluate(at, false).state;
    d->remember(evaluator, context);
    return result;
}

QString OpeningHours::comment(const QDateTime &at, const EvaluationContext &context) const
{
    if (!isValid())
        return QString();
    OpeningHoursEvaluator evaluator = d->evaluator(context);
    const QString result = evaluator.evaluate(at, false).comment;
    d->remember(evaluator, context);
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
    OpeningHoursEvaluator evaluator = d->evaluator(context);
    const QList<OpeningInterval> result = evaluator.intervals(from, to);
    d->remember(evaluator, context);
    return result;
}

QString OpeningHours::describe(Language language) const
{
    if (!isValid())
        return QString();
    return OpeningHoursDescriber(d->ast, language).describe();
}

} // namespace Helplines
