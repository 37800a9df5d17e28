#include "evaluationcontext.h"

using namespace Qt::StringLiterals;

namespace Helplines {

EvaluationContext EvaluationContext::france()
{
    EvaluationContext context;
    context.timeZone = QTimeZone("Europe/Paris");
    context.holidayRegion = u"FR"_s;
    context.schoolZone = u"C"_s;
    // Paris (Notre-Dame), as the reference corpus was computed.
    context.location = GeoPoint{48.8566, 2.3522};
    return context;
}

} // namespace Helplines
