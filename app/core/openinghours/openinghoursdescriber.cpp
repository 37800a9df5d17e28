#include "openinghoursdescriber.h"

#include "core/timeformat.h"
#include "core/translations.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using Ast = OpeningHoursAst;

constexpr int minutesPerDay = 24 * 60;
constexpr char context[] = "OpeningHoursDescription";

const char *const weekdayNames[] = {
        QT_TRANSLATE_NOOP("OpeningHoursDescription", "Monday"),
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "Tuesday"),
                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "Wednesday"),
                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "Thursday"),
                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "Friday"),
                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "Saturday"),
                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "Sunday"),
};

const char *const monthNames[] = {
        QT_TRANSLATE_NOOP("OpeningHoursDescription", "January"),
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "February"),
                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "March"),
                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "April"),
                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "May"),
                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "June"),
                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "July"),
                                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "August"),
                                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "September"),
                                                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "October"),
                                                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "November"),
                                                                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "December"),
};

// "of January": French elides ("d'avril"), so each month has its own phrase.
const char *const ofMonthNames[] = {
        QT_TRANSLATE_NOOP("OpeningHoursDescription", "of January"),
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "of February"),
                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "of March"),
                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "of April"),
                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "of May"),
                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "of June"),
                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "of July"),
                                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "of August"),
                                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "of September"),
                                                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "of October"),
                                                                                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "of November"),
                                                                                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "of December"),
};

const char *const ordinals[] = {
        QT_TRANSLATE_NOOP("OpeningHoursDescription", "first"),
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "second"),
                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "third"),
                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "fourth"),
                                                  QT_TRANSLATE_NOOP("OpeningHoursDescription", "fifth"),
};

const char *const ordinalsFromEnd[] = {
        QT_TRANSLATE_NOOP("OpeningHoursDescription", "last"),
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "second to last"),
                        QT_TRANSLATE_NOOP("OpeningHoursDescription", "third to last"),
                                QT_TRANSLATE_NOOP("OpeningHoursDescription", "fourth to last"),
                                                  QT_TRANSLATE_NOOP("OpeningHoursDescription", "fifth to last"),
};

bool isAllDay(const Ast::TimeRange &range)
{
    return range.from.isClock() && range.to.isClock() && range.hasEnd && !range.openEnd
           && range.from.minutes == 0 && range.to.minutes == minutesPerDay;
}

} // namespace

OpeningHoursDescriber::OpeningHoursDescriber(const OpeningHoursAst &ast, Language language)
    : m_ast(ast)
    , m_language(language)
{}

QString OpeningHoursDescriber::translated(const char *source, const char *comment, int n) const
{
    return Translations::translate(m_language, context, source, comment, n);
}

// French grammar the phrases cannot carry: "de le" is "du", "à le" is "au", "le avant-dernier"
// is "l'avant-dernier", "de avril" is "d'avril".
QString OpeningHoursDescriber::polish(const QString &text) const
{
    if (m_language != Language::French)
        return text;
    QString result = text;
    constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
    // Articles after "du" and "au" of a range ("du le dernier dimanche") go; "de le" and
    // "à le" contract.
    static const QRegularExpression duLe(uR"(\b(du|au) les? )"_s, unicode);
    static const QRegularExpression deLe(uR"((?<!\S)de le\b)"_s, unicode);
    static const QRegularExpression aLe(uR"((?<!\S)à le\b)"_s, unicode);
    static const QRegularExpression deLes(uR"((?<!\S)de les\b)"_s, unicode);
    static const QRegularExpression aLes(uR"((?<!\S)à les\b)"_s, unicode);
    static const QRegularExpression elision(uR"((?<!\S)(de|le) ([aeiouâàéèêîïôûAEIOUÉ]))"_s,
                                            unicode);
    // First elide ("le avant-dernier" is "l’avant-dernier", "de avril" is "d’avril"; digits
    // are never elided), then contract what remains.
    QString elided;
    qsizetype last = 0;
    auto it = elision.globalMatch(result);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        elided += result.mid(last, match.capturedStart() - last);
        elided += match.captured(1).at(0) + u"’"_s + match.captured(2);
        last = match.capturedEnd();
    }
    result = elided + result.mid(last);
    result.replace(u"du l’"_s, u"de l’"_s);
    result.replace(u"au l’"_s, u"à l’"_s);
    result.replace(duLe, u"\\1 "_s);
    result.replace(deLe, u"du"_s);
    result.replace(aLe, u"au"_s);
    result.replace(deLes, u"des"_s);
    result.replace(aLes, u"aux"_s);
    return result;
}

QString OpeningHoursDescriber::weekdayName(int weekday) const
{
    return translated(weekdayNames[weekday]);
}

QString OpeningHoursDescriber::monthName(int month) const
{
    return translated(monthNames[month - 1]);
}

QString OpeningHoursDescriber::ofMonth(int month) const
{
    return translated(ofMonthNames[month - 1]);
}

QString OpeningHoursDescriber::ordinal(int nth) const
{
    return nth > 0 ? translated(ordinals[nth - 1]) : translated(ordinalsFromEnd[-nth - 1]);
}

QString OpeningHoursDescriber::joinList(const QStringList &items) const
{
    if (items.isEmpty())
        return QString();
    if (items.size() == 1)
        return items.first();
    const QString head = items.mid(0, items.size() - 1).join(u", "_s);
    return translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 and %2",
                                         "the last two items of a list"))
            .arg(head, items.last());
}

QString OpeningHoursDescriber::withOffset(const QString &text, int days) const
{
    if (days > 0)
        return translated(QT_TRANSLATE_N_NOOP("OpeningHoursDescription", "%n day(s) after %1"),
                          nullptr, days)
                .arg(text);
    if (days < 0)
        return translated(QT_TRANSLATE_N_NOOP("OpeningHoursDescription", "%n day(s) before %1"),
                          nullptr, -days)
                .arg(text);
    return text;
}

QString OpeningHoursDescriber::weekdayText(const Ast::Selector &s, bool *needsOn,
                                           bool *everyDay) const
{
    if (s.nthMask) {
        // "the first and third Saturday of the month"
        QStringList which;
        for (int n = 1; n <= 5; ++n) {
            if (s.nthMask & (1u << (n - 1)))
                which.append(ordinal(n));
        }
        for (int n = 1; n <= 5; ++n) {
            if (s.nthMask & (1u << (4 + n)))
                which.append(ordinal(-n));
        }
        QString day = weekdayName(s.first);
        if (s.last != s.first)
            day = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 to %2",
                                                "range of weekday names without article"))
                          .arg(weekdayName(s.first), weekdayName(s.last));
        const QString text
                = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription",
                                                  "the %1 %2 of the month"))
                                     .arg(joinList(which), day);
        *needsOn = s.dayOffset == 0;
        return withOffset(text, s.dayOffset);
    }
    const int count = (s.last - s.first + 7) % 7 + 1;
    QString text;
    if (count == 7) {
        *everyDay = true;
        text = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "every day"));
    } else if (count == 1) {
        *needsOn = true;
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1",
                                             "one weekday, as in 'Monday 9:00 to 12:00'"))
                       .arg(weekdayName(s.first));
    } else if (count == 2) {
        *needsOn = true;
        const QString one
                = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1",
                                                "one weekday, as in 'Monday 9:00 to 12:00'"))
                          .arg(weekdayName(s.first));
        const QString two
                = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1",
                                                "one weekday, as in 'Monday 9:00 to 12:00'"))
                          .arg(weekdayName(s.last));
        text = joinList({one, two});
    } else {
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 to %2",
                                             "range of weekdays, as in 'Monday to Friday'"))
                       .arg(weekdayName(s.first), weekdayName(s.last));
    }
    return withOffset(text, s.dayOffset);
}

QString OpeningHoursDescriber::holidayText(const Ast::Selector &s, bool *needsOn) const
{
    if (s.school) {
        *needsOn = s.dayOffset == 0;
        return withOffset(translated(
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "school holidays")), s.dayOffset);
    }
    if (s.dayOffset == -1)
        return translated(
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "the day before public holidays"));
    if (s.dayOffset == 1)
        return translated(
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "the day after public holidays"));
    *needsOn = s.dayOffset == 0;
    return withOffset(translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "public holidays")),
                                 s.dayOffset);
}

QString OpeningHoursDescriber::datePoint(const Ast::DatePoint &point) const
{
    QString text;
    switch (point.kind) {
    case Ast::DatePoint::Kind::MonthOnly:
        text = monthName(point.month);
        break;
    case Ast::DatePoint::Kind::Fixed: {
        // French writes the first day of a month "1er".
        const QString day = (m_language == Language::French && point.day == 1)
                                    ? u"1er"_s
                                    : QString::number(point.day);
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 %2",
                                             "day and month, as in '25 December'"))
                       .arg(day, monthName(point.month));
        break;
    }
    case Ast::DatePoint::Kind::Easter:
        text = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "Easter Sunday"));
        break;
    case Ast::DatePoint::Kind::NthWeekday:
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "the %1 %2 %3",
                                             "as in 'the last Sunday of October'"))
                       .arg(ordinal(point.nth), weekdayName(point.weekday), ofMonth(point.month));
        break;
    }
    if (point.year != 0 && point.kind != Ast::DatePoint::Kind::Easter)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 %2",
                                             "a date and its year, as in '25 December 2026'"))
                       .arg(text)
                       .arg(point.year);
    else if (point.year != 0)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 %2",
                                             "Easter and its year, as in 'Easter Sunday 2026'"))
                       .arg(text)
                       .arg(point.year);
    return withOffset(text, point.dayOffset);
}

QString OpeningHoursDescriber::dateText(const Ast::Selector &s, bool *needsOn) const
{
    const bool single = s.from.kind == s.to.kind && s.from.month == s.to.month
                        && s.from.day == s.to.day && s.from.year == s.to.year
                        && s.from.nth == s.to.nth && s.from.weekday == s.to.weekday
                        && s.from.dayOffset == s.to.dayOffset;
    QString text;
    if (s.from.kind == Ast::DatePoint::Kind::MonthOnly) {
        if (single) {
            text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "in %1",
                                                 "a month, as in 'in December'"))
                           .arg(datePoint(s.from));
        } else {
            text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "from %1 to %2",
                                                 "range of months, as in 'from January to March'"))
                           .arg(datePoint(s.from), datePoint(s.to));
        }
    } else if (single && (s.from.kind != Ast::DatePoint::Kind::Fixed || s.from.dayOffset)) {
        // "Easter Sunday", "the last Sunday of October", "2 days before ...": their own words.
        text = datePoint(s.from);
    } else if (single) {
        *needsOn = true;
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1",
                                             "one date, as in '25 December 9:00 to 12:00'"))
                       .arg(datePoint(s.from));
    } else {
        text = translated(
                       QT_TRANSLATE_NOOP3("OpeningHoursDescription", "from %1 to %2",
                                          "range of dates, as in 'from 24 December to 1 January'"))
                       .arg(datePoint(s.from), datePoint(s.to));
    }
    if (s.step > 1)
        text = translated(QT_TRANSLATE_N_NOOP("OpeningHoursDescription", "%1, every %n day(s)"),
                          nullptr, s.step)
                       .arg(text);
    return text;
}

QString OpeningHoursDescriber::weekText(const Ast::Selector &s) const
{
    QString text;
    if (s.first == s.last)
        text = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "in week %1")).arg(s.first);
    else
        text = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "in weeks %1 to %2"))
                                  .arg(s.first)
                                  .arg(s.last);
    if (s.step > 1)
        text = translated(QT_TRANSLATE_N_NOOP("OpeningHoursDescription", "%1, every %n week(s)"),
                          nullptr, s.step)
                       .arg(text);
    return text;
}

QString OpeningHoursDescriber::yearText(const Ast::Selector &s) const
{
    QString text;
    if (s.openEnded)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "from %1",
                                             "from a year on, as in 'from 2020'"))
                       .arg(s.first);
    else if (s.first == s.last)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "in %1",
                                             "a year, as in 'in 2020'"))
                       .arg(s.first);
    else
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "from %1 to %2",
                                             "range of years, as in 'from 2020 to 2022'"))
                       .arg(s.first)
                       .arg(s.last);
    if (s.step > 1)
        text = translated(QT_TRANSLATE_N_NOOP("OpeningHoursDescription", "%1, every %n year(s)"),
                          nullptr, s.step)
                       .arg(text);
    return text;
}

QString OpeningHoursDescriber::groupText(const Ast::Group &group, bool *needsOn,
                                         bool *everyDay) const
{
    QStringList items;
    bool allNeedOn = true;
    bool all = false;
    // "Sa[1],Sa[3]" is said once: "the first and third Saturday of the month".
    QList<Ast::Selector> selectors;
    for (const Ast::Selector &s : group.items) {
        if (s.kind == Ast::SelectorKind::Weekday && s.nthMask && !selectors.isEmpty()) {
            Ast::Selector &previous = selectors.last();
            if (previous.kind == Ast::SelectorKind::Weekday && previous.nthMask
                && previous.first == s.first && previous.last == s.last
                && previous.dayOffset == s.dayOffset) {
                previous.nthMask |= s.nthMask;
                continue;
            }
        }
        // In a list, "Sa-Su" reads as two days ("Monday, Saturday and Sunday").
        const int count = (s.last - s.first + 7) % 7 + 1;
        if (group.items.size() > 1 && s.kind == Ast::SelectorKind::Weekday && !s.nthMask
            && !s.dayOffset && count == 2) {
            Ast::Selector first = s;
            first.last = first.first;
            Ast::Selector second = s;
            second.first = second.last;
            selectors.append(first);
            selectors.append(second);
            continue;
        }
        selectors.append(s);
    }
    for (const Ast::Selector &s : std::as_const(selectors)) {
        bool on = false;
        bool every = false;
        switch (s.kind) {
        case Ast::SelectorKind::Weekday:
            items.append(weekdayText(s, &on, &every));
            break;
        case Ast::SelectorKind::Holiday:
            items.append(holidayText(s, &on));
            break;
        case Ast::SelectorKind::Month:
        case Ast::SelectorKind::Date:
            items.append(dateText(s, &on));
            break;
        case Ast::SelectorKind::Week:
            items.append(weekText(s));
            break;
        case Ast::SelectorKind::Year:
            items.append(yearText(s));
            break;
        }
        allNeedOn = allNeedOn && on;
        all = all || every;
    }
    items.removeDuplicates();
    *needsOn = allNeedOn;
    *everyDay = all && selectors.size() == 1;
    return joinList(items);
}

OpeningHoursDescriber::Heading OpeningHoursDescriber::heading(const Ast::Rule &rule) const
{
    Heading result;
    // Wide selectors first, as a reader expects ("In 2020, 17 March to 10 May, ...").
    static constexpr Ast::SelectorKind order[]
            = {Ast::SelectorKind::Year, Ast::SelectorKind::Month,   Ast::SelectorKind::Date,
               Ast::SelectorKind::Week, Ast::SelectorKind::Holiday, Ast::SelectorKind::Weekday};
    bool first = true;
    for (Ast::SelectorKind kind : order) {
        for (const Ast::Group &group : rule.groups) {
            if (group.kind != kind)
                continue;
            bool needsOn = false;
            bool everyDay = false;
            const QString text = groupText(group, &needsOn, &everyDay);
            // "Mo-Su" adds nothing after other selectors.
            if (everyDay && rule.groups.size() > 1)
                continue;
            if (first)
                result.needsOn = needsOn;
            first = false;
            result.everyDay = everyDay;
            result.parts.append(text);
        }
    }
    if (result.parts.size() > 1)
        result.everyDay = false;
    return result;
}

QString OpeningHoursDescriber::timePoint(const Ast::TimePoint &point, bool isEnd) const
{
    if (point.isClock()) {
        if (point.minutes == 0 || (isEnd && point.minutes == minutesPerDay))
            return translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "midnight"));
        return TimeFormat::time(point.minutes, m_language);
    }
    QString event;
    switch (point.event) {
    case Ast::TimeEvent::Sunrise:
        event = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "sunrise"));
        break;
    case Ast::TimeEvent::Sunset:
        event = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "sunset"));
        break;
    case Ast::TimeEvent::Dawn:
        event = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "dawn"));
        break;
    case Ast::TimeEvent::Dusk:
        event = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "dusk"));
        break;
    case Ast::TimeEvent::Clock:
        break;
    }
    if (point.minutes > 0)
        return translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 after %2",
                                             "a length of time after a solar event"))
                .arg(TimeFormat::duration(point.minutes, m_language), event);
    if (point.minutes < 0)
        return translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 before %2",
                                             "a length of time before a solar event"))
                .arg(TimeFormat::duration(point.minutes, m_language), event);
    return event;
}

QString OpeningHoursDescriber::timeRange(const Ast::TimeRange &range) const
{
    const QString from = timePoint(range.from, false);
    if (!range.hasEnd)
        return translated(
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "from %1, closing time not given"))
                        .arg(from);
    QString text;
    const bool clock = range.from.isClock() && range.to.isClock();
    if (clock && range.to.minutes > minutesPerDay) {
        text = translated(
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "%1 to %2 the next morning"))
                        .arg(from,
                             timePoint(Ast::TimePoint{Ast::TimeEvent::Clock,
                                                      qint16(range.to.minutes - minutesPerDay)},
                                       true));
    } else if (clock && range.to.minutes == range.from.minutes) {
        // "8-8" reads as an empty range.
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 to %2",
                                             "time range, as in '9:00 to 18:00'"))
                       .arg(from, timePoint(range.to, true));
    } else {
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 to %2",
                                             "time range, as in '9:00 to 18:00'"))
                       .arg(from, timePoint(range.to, true));
    }
    if (range.openEnd)
        text = translated(
                QT_TRANSLATE_NOOP("OpeningHoursDescription", "%1, possibly later")).arg(text);
    return text;
}

QString OpeningHoursDescriber::timesText(const Ast::Rule &rule) const
{
    QStringList ranges;
    for (const Ast::TimeRange &range : rule.times) {
        if (isAllDay(range))
            ranges.append(translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "all day")));
        else
            ranges.append(timeRange(range));
    }
    ranges.removeDuplicates();
    return joinList(ranges);
}

QString OpeningHoursDescriber::describeRule(const Ast::Rule &rule, const Ast::Rule *previous,
                                            bool *isClosedClause) const
{
    // A rule for every day after another one for every day replaces it (the reference's
    // reading): say so, a list of both would read as a sum.
    const bool replacesEverything = previous && rule.separator == Ast::Separator::Normal
                                    && rule.groups.isEmpty() && previous->groups.isEmpty()
                                    && (!rule.explicitState || rule.state == Ast::State::Open);
    const Heading days = heading(rule);
    const bool allDay
            = rule.times.isEmpty() || std::all_of(rule.times.cbegin(), rule.times.cend(), isAllDay);
    const Ast::State state = rule.explicitState
                                     ? rule.state
                                     : (rule.hasComment ? Ast::State::Unknown : Ast::State::Open);
    *isClosedClause = state == Ast::State::Closed;

    QString text;
    if (state == Ast::State::Closed) {
        // "closed on public holidays", "closed on Monday 12:00 to 14:00"
        QStringList parts = days.parts;
        if (!parts.isEmpty() && days.needsOn)
            parts.first() = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "on %1",
                                                          "a day after 'closed', as in 'closed on "
                                                          "Sunday'; French needs no word"))
                                    .arg(parts.first());
        QString what = parts.join(u", "_s);
        if (!allDay) {
            const QString times = timesText(rule);
            what = what.isEmpty()
                           ? times
                           : translated(QT_TRANSLATE_NOOP3(
                                                "OpeningHoursDescription", "%1 %2",
                                                "closed days, then hours: 'on Monday 12:00 to "
                                                "14:00'"))
                                     .arg(what, times);
        }
        text = what.isEmpty()
                ? translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "closed"))
                : translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "closed %1")).arg(what);
    } else if (days.parts.isEmpty() || days.everyDay) {
        if (allDay) {
            text = translated(
                    QT_TRANSLATE_NOOP("OpeningHoursDescription", "24 hours a day, 7 days a week"));
        } else {
            text = translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "every day, %1"))
                                      .arg(timesText(rule));
        }
    } else {
        const QString what = days.parts.join(u", "_s);
        if (allDay)
            text = translated(
                    QT_TRANSLATE_NOOP("OpeningHoursDescription", "%1, all day")).arg(what);
        else
            text = translated(
                           QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 %2",
                                              "days, then hours: 'Monday to Friday 9:00 to 18:00'"))
                           .arg(what, timesText(rule));
    }
    if (state == Ast::State::Unknown) {
        // A rule that only gives a comment says nothing of days or hours.
        const bool nothingElse = rule.groups.isEmpty() && rule.times.isEmpty();
        text = nothingElse
                ? translated(QT_TRANSLATE_NOOP("OpeningHoursDescription", "opening not certain"))
                : translated(
                        QT_TRANSLATE_NOOP("OpeningHoursDescription",
                                                  "%1, opening not certain"))
                                .arg(text);
    }
    text = polish(text);
    if (rule.hasComment && !rule.comment.isEmpty())
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "%1 (“%2”)",
                                             "a description and the rule's own comment"))
                       .arg(text, rule.comment);
    if (rule.separator == Ast::Separator::Additional)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "also %1",
                                             "a rule that adds hours to the previous ones"))
                       .arg(text);
    if (replacesEverything)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "instead: %1",
                                             "a rule that replaces all the previous ones"))
                       .arg(text);
    if (rule.separator == Ast::Separator::Fallback)
        text = translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "otherwise: %1",
                                             "a fallback rule, used when the others say closed"))
                       .arg(text);
    return text;
}

QString OpeningHoursDescriber::describe() const
{
    QString result;
    for (int i = 0; i < m_ast.rules.size(); ++i) {
        bool closedClause = false;
        const QString text = describeRule(m_ast.rules.at(i),
                                          i > 0 ? &m_ast.rules.at(i - 1) : nullptr, &closedClause);
        if (i > 0) {
            // A closing rule reads as a restriction of what precedes it.
            result += closedClause ? u", "_s
                                   : translated(QT_TRANSLATE_NOOP3("OpeningHoursDescription", "; ",
                                                                   "separator between two rules"));
        }
        result += text;
    }
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

} // namespace Helplines
