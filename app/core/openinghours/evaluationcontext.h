#ifndef HELPLINES_CORE_EVALUATIONCONTEXT_H
#define HELPLINES_CORE_EVALUATIONCONTEXT_H

#include "core/service.h"

#include <QString>
#include <QTimeZone>

namespace Helplines {

// Where a rule is evaluated: no global clock, zone or region is ever read by the engine.
struct EvaluationContext
{
    QTimeZone timeZone;
    // Public holidays: "FR" (metropolitan France), "FR-57", "FR-67", "FR-68" (Alsace-Moselle),
    // "FR-971" ... "FR-976" (overseas departments).
    QString holidayRegion;
    // French school holiday zone: "A", "B" or "C"; empty when not known, which makes SH unknown.
    QString schoolZone;
    // For sunrise, sunset, dawn and dusk.
    GeoPoint location;

    // Metropolitan France as the reference corpus sees it: Europe/Paris, holidays of "FR",
    // school zone C (Île-de-France), Paris for sun times.
    static EvaluationContext france();
};

} // namespace Helplines

#endif // HELPLINES_CORE_EVALUATIONCONTEXT_H
