#include "hoursregion.h"

#include "core/calendar/publicholidays.h"

using namespace Qt::StringLiterals;

namespace Helplines {

bool HoursRegion::isSupported(QStringView code)
{
    return PublicHolidays::isSupportedRegion(code);
}

QString HoursRegion::supportedList()
{
    return PublicHolidays::supportedRegions().join(u", "_s);
}

QString HoursRegion::schoolZone(QStringView code)
{
    // Zones since 2016: Strasbourg and Nancy-Metz are in zone B, Paris in zone C
    // (https://www.education.gouv.fr/calendrier-scolaire-100148).
    if (code.compare(u"FR", Qt::CaseInsensitive) == 0)
        return u"C"_s;
    if (code.compare(u"FR-57", Qt::CaseInsensitive) == 0
        || code.compare(u"FR-67", Qt::CaseInsensitive) == 0
        || code.compare(u"FR-68", Qt::CaseInsensitive) == 0)
        return u"B"_s;
    return QString();
}

EvaluationContext HoursRegion::context(QStringView code, const QTimeZone &zone)
{
    EvaluationContext context = EvaluationContext::france();
    context.timeZone = zone;
    context.holidayRegion = code.toString().toUpper();
    context.schoolZone = schoolZone(code);
    return context;
}

} // namespace Helplines
