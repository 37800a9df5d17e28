#ifndef HELPLINES_MODELS_AVAILABILITY_H
#define HELPLINES_MODELS_AVAILABILITY_H

#include "core/language.h"
#include "core/openinghours/openinghours.h"
#include "core/service.h"
#include "models/serviceroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Helplines {

// What a service's hours say at one instant, and when that must be looked at again.
struct Availability
{
    OpenState state = OpenState::Unknown;
    // The next change of state within 366 days; invalid when there is none.
    QDateTime nextChange;
    QString comment;
    BadgeKind kind = BadgeKind::Unknown;
    // The first instant at which this availability or its badge may change: the next change,
    // or the start of "closing soon". Invalid when nothing will change.
    QDateTime revisit;

    friend bool operator==(const Availability &a, const Availability &b)
    {
        return a.state == b.state && a.nextChange == b.nextChange && a.comment == b.comment
               && a.kind == b.kind && a.revisit == b.revisit;
    }
    friend bool operator!=(const Availability &a, const Availability &b) { return !(a == b); }
};

// A badge as two parts, "Open now" and "until 18:00", joined for the eye ("Open now · until
// 18:00") or for the ear ("open now, until 18:00").
struct BadgeText
{
    QString headline;
    QString detail;

    QString display() const;
    QString spoken() const;
};

// The availability of services (DESIGN §5): open, closed or unknown now, the next change, and
// the badge that says it. Shared by the window and helplines-cli. Pure functions: "now", the
// user's time zone and the language are parameters.
class ServiceAvailability
{
    Q_DECLARE_TR_FUNCTIONS(ServiceAvailability)

public:
    // The last minutes of an opening during which the badge says "Closing soon".
    static constexpr int closingSoonMinutes = 30;

    // Where a service's rules are evaluated: its time zone, holiday region and location (the
    // time zone's main place when the record has none).
    static EvaluationContext contextFor(const Service &service);

    // Evaluates the rule for a record of the given status. A rule that is empty or does not
    // parse, and a historical record, are Unknown: a badge never claims "open" when the record
    // cannot tell.
    static Availability evaluate(const OpeningHours &hours, const EvaluationContext &context,
                                 ServiceStatus status, const QDateTime &now);

    // "Open now · until 18:00", "Closed · opens tomorrow at 9:00", "Open 24 hours", "Hours
    // unknown"... Times are in the user's zone; when the service's zone has another offset, the
    // service's local time is added: "Closed · opens at 6:00 (9:00 in Réunion)".
    static BadgeText badgeText(const Availability &availability, const QDateTime &now,
                               const QTimeZone &userZone, const QTimeZone &serviceZone,
                               Language language);

    // "Last checked March 2025" for records verified more than a year before today; empty
    // otherwise.
    static QString staleText(QDate verified, QDate today, Language language);

    // A place name for a time zone ("Réunion", "Guadeloupe"), or the zone's own name.
    static QString placeName(const QTimeZone &zone, Language language);

    // The JSON key of a state: "open", "closed", "unknown".
    static QString stateKey(OpenState state);
    // The JSON key of a badge kind: "open", "open-24-hours", "closing-soon", "closed",
    // "unknown", "unverified".
    static QString badgeKindKey(BadgeKind kind);
};

} // namespace Helplines

#endif // HELPLINES_MODELS_AVAILABILITY_H
