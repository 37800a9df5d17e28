#include "weekschedule.h"

#include "core/calendar/publicholidays.h"
#include "core/timeformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

QDateTime startOfDay(QDate date, const QTimeZone &zone)
{
    return date.startOfDay(zone);
}

QLocale localeOf(Language language)
{
    return language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool continues(const WeekSchedule::Entry &a, const WeekSchedule::Entry &b)
{
    return a.end == b.begin && a.state == b.state && a.comment == b.comment && !a.openEnd;
}

} // namespace

QList<WeekSchedule::Day> WeekSchedule::compute(const OpeningHours &hours,
                                               const EvaluationContext &context,
                                               const QDateTime &now, const QTimeZone &displayZone,
                                               Language language, int days)
{
    const QDate today = now.toTimeZone(displayZone).date();
    QList<Day> result;
    for (int i = 0; i < days; ++i) {
        Day day;
        day.date = today.addDays(i);
        day.today = i == 0;
        if (const auto holiday = PublicHolidays::on(day.date, context.holidayRegion))
            day.holiday = holiday->name.value(language);
        result.append(day);
    }
    if (!hours.isValid() || hours.rule().isEmpty())
        return result;

    // One more day, so that a night starting on the last day is complete.
    const QDateTime from = startOfDay(today, displayZone);
    const QDateTime to = startOfDay(today.addDays(days + 1), displayZone);
    QList<Entry> merged;
    for (const OpeningInterval &interval : hours.intervals(from, to, context)) {
        Entry entry{interval.begin, interval.end, interval.state, interval.comment,
                    interval.openEnd};
        if (!merged.isEmpty() && continues(merged.last(), entry))
            merged.last().end = entry.end;
        else
            merged.append(entry);
    }

    // Cut at each midnight; the early hours of a night stay with the day it started on
    // ("20:00 to 2:00 the next day").
    for (const Entry &entry : merged) {
        QDateTime begin = entry.begin;
        while (begin < entry.end) {
            const QDate date = begin.toTimeZone(displayZone).date();
            const QDateTime midnight = startOfDay(date.addDays(1), displayZone);
            QDateTime end = qMin(entry.end, midnight);
            // A stretch that starts during a day (not at its midnight) and ends the next
            // morning is one night.
            const bool startsDuringTheDay = begin.toTimeZone(displayZone).time() > QTime(0, 0);
            if (startsDuringTheDay && entry.end > midnight
                && entry.end <= startOfDay(date.addDays(1), displayZone).addSecs(12 * 3600))
                end = entry.end;
            const qint64 index = today.daysTo(date);
            if (index >= 0 && index < days) {
                result[index].entries.append(Entry{begin, end, entry.state, entry.comment,
                                                   entry.openEnd && end == entry.end});
            }
            begin = end;
        }
    }
    return result;
}

QString WeekSchedule::dayLabel(const Day &day, Language language)
{
    const QString date = localeOf(language).toString(day.date, u"dddd d MMMM"_s);
    if (!day.today)
        return date;
    //: A day of the week schedule: "Monday 12 January (today)"
    return tr("%1 (today)").arg(date);
}

QString WeekSchedule::entriesText(const Day &day, const QTimeZone &displayZone, Language language)
{
    if (day.entries.isEmpty())
        return tr("Closed");
    QStringList parts;
    for (const Entry &entry : day.entries) {
        const QDateTime begin = entry.begin.toTimeZone(displayZone);
        const QDateTime end = entry.end.toTimeZone(displayZone);
        QString text;
        if (begin.time() == QTime(0, 0) && end == day.date.addDays(1).startOfDay(displayZone)) {
            text = tr("24 hours");
        } else {
            const QString from = TimeFormat::time(begin.time(), language);
            const int endMinutes = end.date() > day.date && end.time() == QTime(0, 0)
                                           ? 24 * 60
                                           : end.time().hour() * 60 + end.time().minute();
            const QString until = TimeFormat::time(endMinutes, language);
            if (end.date() > day.date && end.time() != QTime(0, 0))
                //: A night opening: "20:00 to 2:00 the next day"
                text = tr("%1 to %2 the next day").arg(from, until);
            else
                //: An opening within a day: "9:00 to 18:00"
                text = tr("%1 to %2").arg(from, until);
        }
        if (entry.openEnd)
            //: An opening whose end is not known: "17:00 to about 3:00 (end not known)"
            text = tr("%1 (end not known)").arg(text);
        if (entry.state == OpenState::Unknown)
            text = tr("%1 (hours uncertain)").arg(text);
        if (!entry.comment.isEmpty())
            text = tr("%1: %2").arg(text, entry.comment);
        parts.append(text);
    }
    //: Between the openings of one day: "9:00 to 12:00, 14:00 to 18:00"
    return parts.join(tr(", "));
}

} // namespace Helplines
