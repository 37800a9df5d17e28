#ifndef HELPLINES_CLI_HOURSREGION_H
#define HELPLINES_CLI_HOURSREGION_H

#include "core/openinghours/evaluationcontext.h"

#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace Helplines {

// The places `helplines-cli hours` evaluates rules for: a holiday region ("FR", "FR-57",
// "FR-971", ...; see PublicHolidays) gives the public holidays and the French school holiday
// zone, in a time zone given separately. Sun times are those of Paris unless the caller sets
// another location, as the reference corpus was computed.
class HoursRegion
{
public:
    // Whether `code` is a holiday region (case-insensitive).
    static bool isSupported(QStringView code);
    // "FR, FR-57, FR-67, ...", for hints.
    static QString supportedList();
    // The school holiday zone of a region: "C" for "FR" (Paris, as the corpus), "B" for
    // Alsace-Moselle (académies of Strasbourg and Nancy-Metz); empty for the overseas
    // departments, whose own calendars are not known (SH is then unknown).
    static QString schoolZone(QStringView code);
    // The context of a region in a zone: EvaluationContext::france() for "FR" in
    // Europe/Paris, otherwise the same with the region's holidays and school zone.
    static EvaluationContext context(QStringView code, const QTimeZone &zone);
};

} // namespace Helplines

#endif // HELPLINES_CLI_HOURSREGION_H
