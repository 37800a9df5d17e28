#ifndef HELPLINES_CORE_PUBLICHOLIDAYS_H
#define HELPLINES_CORE_PUBLICHOLIDAYS_H

#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Helplines {

struct Holiday
{
    QDate date;
    // Stable identifier: "new-year", "easter-monday", "labour-day", ...
    QString key;
    // French names as the reference corpus has them ("Lundi de Pâques"), English names.
    LocalizedText name;
};

// French public holidays, computed for any year (not listed): metropolitan France ("FR"),
// Alsace-Moselle ("FR-57", "FR-67", "FR-68") and the overseas departments
// ("FR-971" ... "FR-976"; "FR-975", Saint-Pierre-et-Miquelon, has the metropolitan list).
// Sources and choices: docs/calendar.md. Region codes are matched case-insensitively.
//
// Pure functions without allocation beyond the returned list (names share static storage):
// cheap enough to call per evaluated day; callers that scan many days may keep forYear().
class PublicHolidays
{
public:
    static bool isSupportedRegion(QStringView region);
    static QStringList supportedRegions();
    // The holidays of one year, sorted by date; a day with two holidays (Ascension on 1 May)
    // lists both, in the order of the reference (opening_hours.js). Empty for an unsupported
    // region or a year outside 1583-9999.
    static QList<Holiday> forYear(int year, QStringView region);
    // The holiday on a day (the first one, as in forYear(), when two coincide).
    static std::optional<Holiday> on(QDate date, QStringView region);
    // Easter Sunday (Gregorian calendar); invalid outside 1583-9999.
    static QDate easterSunday(int year);
};

} // namespace Helplines

#endif // HELPLINES_CORE_PUBLICHOLIDAYS_H
