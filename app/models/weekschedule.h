#ifndef HELPLINES_MODELS_WEEKSCHEDULE_H
#define HELPLINES_MODELS_WEEKSCHEDULE_H

#include "core/language.h"
#include "core/openinghours/openinghours.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Helplines {

// The week ahead of a service, day by day, for the details pane: when it is open (or its
// hours uncertain), with nights past midnight shown on the day they start, today marked and
// public holidays named.
class WeekSchedule
{
    Q_DECLARE_TR_FUNCTIONS(WeekSchedule)

public:
    struct Entry
    {
        QDateTime begin;
        QDateTime end;
        OpenState state = OpenState::Open;
        QString comment;
        bool openEnd = false;
    };

    struct Day
    {
        QDate date;
        bool today = false;
        // The public holiday of that day in the service's region, in the chosen language.
        QString holiday;
        QList<Entry> entries;
    };

    // `days` days from the start of today in displayZone, where times are shown.
    static QList<Day> compute(const OpeningHours &hours, const EvaluationContext &context,
                              const QDateTime &now, const QTimeZone &displayZone, Language language,
                              int days = 7);

    // "Monday 12 January", with "today" marked.
    static QString dayLabel(const Day &day, Language language);
    // "9:00 to 18:00", "20:00 to 2:00 the next day", "24 hours", "Closed".
    static QString entriesText(const Day &day, const QTimeZone &displayZone, Language language);
};

} // namespace Helplines

#endif // HELPLINES_MODELS_WEEKSCHEDULE_H
