#include "openinghours.h"

#include "core/openinghours/openinghoursast.h"
#include "core/openinghours/openinghoursdescriber.h"
#include "core/openinghours/openinghoursevaluator.h"
#include "core/openinghours/openinghoursparser.h"

#include <QSharedData>

namespace Helplines {

class OpeningHoursData : public QSharedData
{
public:
    QString rule;
    OpeningHoursAst ast;
    OpeningHoursError error;
    QList<OpeningHoursError> warnings;
};

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
    OpeningHoursEvaluator evaluator(d->ast, context);
    return evaluator.evaluate(at);
}

OpenState OpeningHours::state(const QDateTime &at, const EvaluationContext &context) const
{
    if (!isValid())
        return OpenState::Unknown;
    OpeningHoursEvaluator evaluator(d->ast, context);
    return evaluator.evaluate(at, false).state;
}

QString OpeningHours::comment(const QDateTime &at, const EvaluationContext &context) const
{
    if (!isValid())
        return QString();
    OpeningHoursEvaluator evaluator(d->ast, context);
    return evaluator.evaluate(at, false).comment;
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
    OpeningHoursEvaluator evaluator(d->ast, context);
    return evaluator.intervals(from, to);
}

QString OpeningHours::describe(Language language) const
{
    if (!isValid())
        return QString();
    return OpeningHoursDescriber(d->ast, language).describe();
}

} // namespace Helplines
