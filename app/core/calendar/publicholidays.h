#ifndef HELPLINES_CORE_PUBLICHOLIDAYS_H
#define HELPLINES_CORE_PUBLICHOLIDAYS_H

#include "core/localizedtext.h"

#include <QDate>
#include <QList>
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
// ("FR-971" ... "FR-976").
class PublicHolidays
{
public:
    static bool isSupportedRegion(QStringView region);
    static QStringList supportedRegions();
    // The holidays of one year, sorted by date.
    static QList<Holiday> forYear(int year, QStringView region);
    static std::optional<Holiday> on(QDate date, QStringView region);
    // Easter Sunday (Gregorian calendar).
    static QDate easterSunday(int year);
};

} // namespace Helplines

#endif // HELPLINES_CORE_PUBLICHOLIDAYS_H
