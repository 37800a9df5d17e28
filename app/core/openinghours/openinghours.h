#ifndef HELPLINES_CORE_OPENINGHOURS_H
#define HELPLINES_CORE_OPENINGHOURS_H

#include "core/language.h"
#include "core/openinghours/evaluationcontext.h"
#include "core/openinghours/openinghourserror.h"

#include <QDateTime>
#include <QList>
#include <QSharedDataPointer>
#include <QString>

namespace Helplines {

class OpeningHoursData;

enum class OpenState { Closed, Open, Unknown };

// What a rule says at one instant.
struct OpeningHoursEvaluation
{
    OpenState state = OpenState::Unknown;
    // The comment in force, or a null string.
    QString comment;
    // The first instant after the evaluated one at which the state changes, within 366 days;
    // invalid when there is none.
    QDateTime nextChange;
};

// A stretch of time with one state and comment, as returned by OpeningHours::intervals().
struct OpeningInterval
{
    QDateTime begin;
    QDateTime end;
    OpenState state = OpenState::Open;
    QString comment;
    // True when the end is an open end ("17:00+") whose closing time was guessed.
    bool openEnd = false;
};

// An OpenStreetMap opening_hours rule, parsed once and evaluated at any instant in a given
// context (DESIGN §4). Cheap to copy (implicitly shared); safe to evaluate from several threads.
class OpeningHours
{
public:
    OpeningHours();
    explicit OpeningHours(const QString &rule);
    OpeningHours(const OpeningHours &other);
    OpeningHours(OpeningHours &&other) noexcept;
    OpeningHours &operator=(const OpeningHours &other);
    OpeningHours &operator=(OpeningHours &&other) noexcept;
    ~OpeningHours();

    QString rule() const;
    bool isValid() const;
    // The parse error; error().kind is OpeningHoursError::None for a valid rule.
    OpeningHoursError error() const;
    // Tolerated sloppiness ("9h-18h" accepted as "09:00-18:00"), with the corrected form.
    QList<OpeningHoursError> warnings() const;
    // The rule in canonical syntax (warnings corrected); empty for an invalid rule.
    QString normalizedRule() const;

    OpeningHoursEvaluation evaluate(const QDateTime &at, const EvaluationContext &context) const;
    OpenState state(const QDateTime &at, const EvaluationContext &context) const;
    QString comment(const QDateTime &at, const EvaluationContext &context) const;
    QDateTime nextChange(const QDateTime &at, const EvaluationContext &context) const;

    // The open and unknown stretches between two instants, in order, closed time left out.
    QList<OpeningInterval> intervals(const QDateTime &from, const QDateTime &to,
                                     const EvaluationContext &context) const;

    // The rule in plain words: "Every day, 9:00 to 18:00", "Tous les jours, de 9 h à 18 h".
    QString describe(Language language) const;

private:
    QSharedDataPointer<OpeningHoursData> d;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURS_H
