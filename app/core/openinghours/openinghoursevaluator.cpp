#include "openinghoursevaluator.h"

#include "core/calendar/schoolholidays.h"
#include "core/calendar/suntimes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using Ast = OpeningHoursAst;

constexpr int minutesPerDay = 24 * 60;
constexpr int lastMinute = 2 * minutesPerDay;
constexpr qint64 secondsPerDay = 86400;

// The reference decides at parse time, with fixed times for the solar events, whether a range
// that involves one ends the next day, and guesses open ends from those times too.
int defaultEventMinutes(Ast::TimeEvent event)
{
    switch (event) {
    case Ast::TimeEvent::Sunrise:
        return 6 * 60;
    case Ast::TimeEvent::Sunset:
        return 18 * 60;
    case Ast::TimeEvent::Dawn:
        return 5 * 60 + 30;
    case Ast::TimeEvent::Dusk:
        return 18 * 60 + 30;
    case Ast::TimeEvent::Clock:
        break;
    }
    return 0;
}

int defaultMinutes(const Ast::TimePoint &point)
{
    return point.isClock() ? point.minutes : defaultEventMinutes(point.event) + point.minutes;
}

// When an open end ("17:00+") is guessed to close: midnight for a start before 17:00, ten
// hours later for a start before 22:00, eight hours later otherwise (the reference's rule).
int guessedEnd(int start)
{
    if (start < 17 * 60)
        return minutesPerDay;
    if (start < 22 * 60)
        return std::min(start + 10 * 60, lastMinute);
    return std::min(start + 8 * 60, lastMinute);
}

int weekdayOf(const QDate &date)
{
    return date.dayOfWeek() - 1;
}

// 0001-01-01: from there on, days are converted with plain arithmetic.
constexpr qint64 firstCommonEraDay = 1721426;

int daysInMonth(int year, int month)
{
    static constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        return 29;
    return lengths[month - 1];
}

QDate nthWeekdayOfMonth(int year, int month, int weekday, int nth)
{
    if (nth > 0) {
        const QDate first(year, month, 1);
        const int delta = (weekday - weekdayOf(first) + 7) % 7;
        const QDate result = first.addDays(delta + 7 * (nth - 1));
        return result.month() == month ? result : QDate();
    }
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    const int delta = (weekdayOf(last) - weekday + 7) % 7;
    const QDate result = last.addDays(-delta - 7 * (-nth - 1));
    return result.month() == month ? result : QDate();
}

quint16 nthBit(int n)
{
    return quint16(1u << (n > 0 ? n - 1 : 4 - n));
}

QString translatedComment(const char *text)
{
    return QCoreApplication::translate("OpeningHoursComment", text);
}

} // namespace

OpeningHoursEvaluator::CivilDay OpeningHoursEvaluator::civilDay(qint64 julianDay)
{
    CivilDay result;
    result.julianDay = julianDay;
    // Monday is day 0 of the Julian day count's week.
    result.weekday = int(((julianDay % 7) + 7) % 7);
    if (julianDay < firstCommonEraDay) {
        // Before year 1 (only fuzzed input gets there): as QDate counts.
        const QDate date = QDate::fromJulianDay(julianDay);
        result.year = date.year();
        result.month = date.month();
        result.day = date.day();
        result.daysInMonth = date.daysInMonth();
        return result;
    }
    // The Gregorian calendar from the day count (Fliegel and Van Flandern, CACM 11, 1968).
    const qint64 a = julianDay + 32044;
    const qint64 b = (4 * a + 3) / 146097;
    const qint64 c = a - 146097 * b / 4;
    const qint64 d = (4 * c + 3) / 1461;
    const qint64 e = c - 1461 * d / 4;
    const qint64 m = (5 * e + 2) / 153;
    result.day = int(e - (153 * m + 2) / 5 + 1);
    result.month = int(m + 3 - 12 * (m / 10));
    result.year = int(100 * b + d - 4800 + m / 10);
    result.daysInMonth = daysInMonth(result.year, result.month);
    return result;
}

const OpeningHoursEvaluator::CivilDay &OpeningHoursEvaluator::dayAt(qint64 julianDay)
{
    // A day and the day before are asked for, then the next day and that day: a few slots.
    CivilDay &slot = m_days[size_t(julianDay & 3)];
    if (slot.julianDay != julianDay || slot.month == 0)
        slot = civilDay(julianDay);
    return slot;
}

qint64 OpeningHoursEvaluator::julianDayOf(int year, int month, int day)
{
    if (year < 1)
        return QDate(year, month, day).toJulianDay();
    const int a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

int OpeningHoursEvaluator::isoWeek(const CivilDay &day)
{
    // The week of a day is the week of its Thursday, counted in the Thursday's year.
    const qint64 thursday = day.julianDay - day.weekday + 3;
    const CivilDay thursdayDay = civilDay(thursday);
    return int((thursday - julianDayOf(thursdayDay.year, 1, 1)) / 7 + 1);
}

OpeningHoursEvaluator::OpeningHoursEvaluator(const OpeningHoursAst &ast,
                                             const EvaluationContext &context, const Memo *memo)
    : m_ast(ast)
    , m_context(context)
    , m_mapper(memo && memo->mapper ? *memo->mapper : LocalTimeMapper(context.timeZone))
{
    if (memo) {
        m_holidays = memo->holidays;
        m_sun = memo->sun;
    }
    m_regionSupported = PublicHolidays::isSupportedRegion(context.holidayRegion);
    m_schoolZoneSupported = SchoolHolidays::isSupportedZone(context.schoolZone);
    int pieceId = 0;
    int selectors = 0;
    for (int i = 0; i < ast.rules.size(); ++i) {
        const Ast::Rule &rule = ast.rules.at(i);
        OpenState state = OpenState::Open;
        if (rule.explicitState) {
            state = rule.state == Ast::State::Open     ? OpenState::Open
                    : rule.state == Ast::State::Closed ? OpenState::Closed
                                                       : OpenState::Unknown;
        } else if (rule.hasComment) {
            state = OpenState::Unknown;
        }
        m_pieceBase.append(pieceId);
        pieceId += int(rule.times.size());
        const bool sun = rule.usesSun();
        m_entries.append(Entry{i, false, state, sun, selectors});
        if (rule.spillsOver())
            m_entries.append(Entry{i, true, state, sun, selectors});
        for (const Ast::Group &group : rule.groups) {
            selectors += int(group.items.size());
            for (const Ast::Selector &selector : group.items) {
                if (selector.kind != Ast::SelectorKind::Weekday || selector.nthMask != 0
                    || selector.dayOffset != 0)
                    m_weekly = false;
            }
        }
        if (sun)
            m_weekly = false;
    }
    m_ranges.resize(selectors);
}

void OpeningHoursEvaluator::keep(Memo &memo) const
{
    memo.mapper = m_mapper;
    memo.holidays = m_holidays;
    memo.sun = m_sun;
}

const QList<Holiday> &OpeningHoursEvaluator::publicHolidays(int year)
{
    auto it = m_holidays.constFind(year);
    if (it == m_holidays.constEnd())
        it = m_holidays.insert(year, PublicHolidays::forYear(year, m_context.holidayRegion));
    return it.value();
}

const Holiday *OpeningHoursEvaluator::publicHoliday(qint64 julianDay, int year)
{
    for (const Holiday &holiday : publicHolidays(year)) {
        if (holiday.date.toJulianDay() == julianDay)
            return &holiday;
    }
    return nullptr;
}

// The first holiday after a day, looked for in the day's year; the next 1 January when there
// is none left (the next year is looked at from there).
qint64 OpeningHoursEvaluator::nextPublicHoliday(qint64 julianDay, int year)
{
    qint64 next = julianDayOf(year + 1, 1, 1);
    for (const Holiday &holiday : publicHolidays(year)) {
        const qint64 day = holiday.date.toJulianDay();
        if (day > julianDay && day < next)
            next = day;
    }
    return next;
}

const OpeningHoursEvaluator::SunMinutes &OpeningHoursEvaluator::sunOn(qint64 julianDay)
{
    auto it = m_sun.constFind(julianDay);
    if (it != m_sun.constEnd())
        return it.value();
    // Enough for a year's walk and then some, kept between evaluations (about 40 kB).
    if (m_sun.size() > 1024)
        m_sun.clear();
    const SunTimes times = SunTimes::forDay(QDate::fromJulianDay(julianDay), m_context.location,
                                            m_mapper.zone());
    SunMinutes minutes;
    // Minutes of the local day, seconds dropped (the reference works in whole minutes).
    auto minuteOf = [&](const QDateTime &instant) {
        if (!instant.isValid())
            return -1;
        const LocalTimeMapper::LocalTime local = m_mapper.toLocal(instant.toSecsSinceEpoch());
        return int((local.julianDay - julianDay) * minutesPerDay + local.second / 60);
    };
    minutes.dawn = minuteOf(times.dawn);
    minutes.sunrise = minuteOf(times.sunrise);
    minutes.sunset = minuteOf(times.sunset);
    minutes.dusk = minuteOf(times.dusk);
    return m_sun.insert(julianDay, minutes).value();
}

int OpeningHoursEvaluator::resolveTime(const Ast::TimePoint &point, qint64 julianDay, bool *valid)
{
    if (point.isClock())
        return point.minutes;
    const SunMinutes &sun = sunOn(julianDay);
    int base = -1;
    switch (point.event) {
    case Ast::TimeEvent::Sunrise:
        base = sun.sunrise;
        break;
    case Ast::TimeEvent::Sunset:
        base = sun.sunset;
        break;
    case Ast::TimeEvent::Dawn:
        base = sun.dawn;
        break;
    case Ast::TimeEvent::Dusk:
        base = sun.dusk;
        break;
    case Ast::TimeEvent::Clock:
        break;
    }
    if (base < 0) {
        *valid = false;
        return 0;
    }
    return base + point.minutes;
}

// The time pieces of a rule on a day, in the reference's order: a range "A-B+" is its open
// end from B followed by its plain part A-B.
void OpeningHoursEvaluator::piecesOf(const Ast::Rule &rule, int ruleIndex, qint64 date,
                                     QVarLengthArray<Piece, 8> &pieces)
{
    const qint64 nextDate = date + 1;
    pieces.clear();
    for (int i = 0; i < rule.times.size(); ++i) {
        const Ast::TimeRange &range = rule.times.at(i);
        bool valid = true;
        const int from = resolveTime(range.from, date, &valid);
        int to = from;
        int reportedTo = -1;
        if (range.hasEnd) {
            to = resolveTime(range.to, date, &valid);
            if (!range.from.isClock() || !range.to.isClock()) {
                // Ends the next day when it does with the events' usual times; an end at a
                // solar event is then the next day's event.
                if (defaultMinutes(range.to) < defaultMinutes(range.from)) {
                    to += minutesPerDay;
                    if (!range.to.isClock()) {
                        reportedTo = to;
                        to = minutesPerDay + resolveTime(range.to, nextDate, &valid);
                    }
                }
            }
        }
        if (!valid)
            continue;
        const int id = m_pieceBase.at(ruleIndex) + i;
        if (range.openEnd) {
            // The guess starts from the written time; for a solar event, from its usual time.
            const int start = range.hasEnd ? to : from;
            int guessFrom = start;
            if (range.hasEnd && !range.to.isClock())
                guessFrom = defaultMinutes(range.to) + (to >= minutesPerDay ? minutesPerDay : 0);
            else if (!range.hasEnd && !range.from.isClock())
                guessFrom = defaultMinutes(range.from);
            const int end = std::min(guessedEnd(guessFrom), lastMinute);
            if (end > start)
                pieces.append(Piece{start, end, true, id});
        }
        if (range.hasEnd && to > from)
            pieces.append(Piece{from, std::min(to, lastMinute), false, -1, reportedTo});
    }
}

void OpeningHoursEvaluator::paint(Day &day, int begin, int end, OpenState state, int entry,
                                  CommentEffect effect, int piece, bool fallback, int reportedEnd)
{
    begin = std::max(begin, 0);
    end = std::min(end, minutesPerDay);
    if (begin >= end)
        return;
    auto &segments = day.segments;
    for (int i = 0; i < segments.size(); ++i) {
        Segment segment = segments.at(i);
        if (segment.end <= begin || segment.begin >= end)
            continue;
        if (fallback && segment.state != OpenState::Closed)
            continue;
        Segment painted = segment;
        painted.begin = qint16(std::max<int>(segment.begin, begin));
        painted.end = qint16(std::min<int>(segment.end, end));
        painted.state = state;
        painted.entry = qint16(entry);
        painted.openEnd = effect == CommentEffect::OpenEnd;
        if (effect != CommentEffect::Keep)
            painted.openEndComment = effect == CommentEffect::OpenEnd;
        painted.piece = qint16(piece);
        painted.reportedEnd = qint16(reportedEnd);
        QVarLengthArray<Segment, 3> replacement;
        if (segment.begin < painted.begin) {
            Segment left = segment;
            left.end = painted.begin;
            replacement.append(left);
        }
        replacement.append(painted);
        if (painted.end < segment.end) {
            Segment right = segment;
            right.begin = painted.end;
            replacement.append(right);
        }
        segments.remove(i);
        segments.insert(i, replacement.size(), Segment());
        for (int k = 0; k < replacement.size(); ++k)
            segments[i + k] = replacement.at(k);
        i += int(replacement.size()) - 1;
    }
}

OpeningHoursEvaluator::Match OpeningHoursEvaluator::matchSelector(
        const Ast::Selector &selector, int selectorIndex, const CivilDay &date,
        QString *holidayName, QString *reason, qint64 *stableUntil)
{
    // stableUntil, when asked for, is lowered to a day up to which the answer stays the same
    // (the next day is always safe).
    const qint64 today = date.julianDay;
    auto stableTo = [&](qint64 day) {
        if (stableUntil && day < *stableUntil)
            *stableUntil = std::max(day, today + 1);
    };
    switch (selector.kind) {
    case Ast::SelectorKind::Year: {
        if (stableUntil)
            stableTo(julianDayOf(date.year + 1, 1, 1));
        const int year = date.year;
        if (year < selector.first || (!selector.openEnded && year > selector.last))
            return Match::No;
        return (year - selector.first) % selector.step == 0 ? Match::Yes : Match::No;
    }
    case Ast::SelectorKind::Month:
    case Ast::SelectorKind::Date:
        return matchDate(selector, selectorIndex, date, stableUntil) ? Match::Yes : Match::No;
    case Ast::SelectorKind::Week: {
        auto weekMatches = [&](const CivilDay &day) {
            const int week = day.julianDay < firstCommonEraDay + 7
                                     ? QDate::fromJulianDay(day.julianDay).weekNumber()
                                     : isoWeek(day);
            const int first = selector.first;
            const int last = selector.last;
            if (first <= last) {
                if (week < first || week > last)
                    return false;
                return (week - first) % selector.step == 0;
            }
            // Wrapping over the year end ("week 50-02").
            if (week >= first)
                return (week - first) % selector.step == 0;
            if (week <= last)
                return (week + 53 - first) % selector.step == 0;
            return false;
        };
        const bool matches = weekMatches(date);
        if (stableUntil) {
            // The answer holds until the first Monday of a week that says otherwise.
            qint64 monday = today + 7 - date.weekday;
            for (int i = 0; i < 60 && weekMatches(civilDay(monday)) == matches; ++i)
                monday += 7;
            stableTo(monday);
        }
        return matches ? Match::Yes : Match::No;
    }
    case Ast::SelectorKind::Weekday: {
        const CivilDay shifted = selector.dayOffset ? civilDay(today - selector.dayOffset) : date;
        auto inRange = [&](int weekday) {
            return selector.first <= selector.last
                           ? weekday >= selector.first && weekday <= selector.last
                           : weekday >= selector.first || weekday <= selector.last;
        };
        const bool inWeekdays = inRange(shifted.weekday);
        bool matches = inWeekdays;
        if (matches && selector.nthMask) {
            const int fromStart = (shifted.day - 1) / 7 + 1;
            const int fromEnd = (shifted.daysInMonth - shifted.day) / 7 + 1;
            matches = (selector.nthMask & (nthBit(fromStart) | nthBit(-fromEnd))) != 0;
        }
        if (stableUntil) {
            if (selector.nthMask && matches) {
                stableTo(today + 1);
            } else if (selector.nthMask) {
                // Only a day of the range can match: no until the next one.
                int k = 1;
                while (k <= 7 && !inRange((shifted.weekday + k) % 7))
                    ++k;
                stableTo(today + k);
            } else {
                int k = 1;
                while (k <= 7 && inRange((shifted.weekday + k) % 7) == matches)
                    ++k;
                stableTo(k > 7 ? today + farAhead : today + k);
            }
        }
        return matches ? Match::Yes : Match::No;
    }
    case Ast::SelectorKind::Holiday: {
        const qint64 day = today - selector.dayOffset;
        if (selector.school) {
            if (!m_schoolZoneSupported) {
                stableTo(today + farAhead);
                if (reason && reason->isEmpty())
                    *reason = translatedComment(
                            QT_TRANSLATE_NOOP("OpeningHoursComment",
                                              "School holidays are not known for this place."));
                return Match::Undetermined;
            }
            stableTo(today + 1);
            const QDate date_ = QDate::fromJulianDay(day);
            const SchoolHolidays::Lookup lookup
                    = SchoolHolidays::lookup(date_, m_context.schoolZone);
            if (lookup.result == SchoolHolidays::Lookup::Unknown) {
                if (reason && reason->isEmpty())
                    *reason = QCoreApplication::translate(
                                      "OpeningHoursComment",
                                      "School holidays of %1 are not known yet.")
                                      .arg(date_.year());
                return Match::Undetermined;
            }
            if (lookup.result == SchoolHolidays::Lookup::NotHoliday)
                return Match::No;
            if (holidayName)
                *holidayName = lookup.name.value(Language::French);
            return Match::Yes;
        }
        if (!m_regionSupported) {
            stableTo(today + farAhead);
            if (reason && reason->isEmpty())
                *reason = translatedComment(QT_TRANSLATE_NOOP(
                        "OpeningHoursComment", "Public holidays are not known for this place."));
            return Match::Undetermined;
        }
        const int year = selector.dayOffset ? civilDay(day).year : date.year;
        const Holiday *holiday = publicHoliday(day, year);
        if (!holiday) {
            if (stableUntil)
                stableTo(nextPublicHoliday(day, year) + selector.dayOffset);
            return Match::No;
        }
        stableTo(today + 1);
        if (holidayName) {
            const QString name = holiday->name.value(Language::French);
            if (selector.dayOffset == -1)
                *holidayName = QCoreApplication::translate("OpeningHoursComment", "Day before %1")
                                       .arg(name);
            else if (selector.dayOffset == 1)
                *holidayName = QCoreApplication::translate("OpeningHoursComment", "Day after %1")
                                       .arg(name);
            else if (selector.dayOffset < 0)
                *holidayName
                        = QCoreApplication::translate("OpeningHoursComment", "%n day(s) before %1",
                                                      nullptr, -selector.dayOffset)
                                  .arg(name);
            else if (selector.dayOffset > 0)
                *holidayName
                        = QCoreApplication::translate("OpeningHoursComment", "%n day(s) after %1",
                                                      nullptr, selector.dayOffset)
                                  .arg(name);
            else
                *holidayName = name;
        }
        return Match::Yes;
    }
    }
    return Match::No;
}

QDate OpeningHoursEvaluator::resolve(const Ast::DatePoint &point, int year, bool isEnd,
                                     bool rangeEnd)
{
    QDate date;
    switch (point.kind) {
    case Ast::DatePoint::Kind::MonthOnly: {
        const QDate first(year, point.month, 1);
        date = isEnd ? QDate(year, point.month, first.daysInMonth()) : first;
        break;
    }
    case Ast::DatePoint::Kind::Fixed:
        date = QDate(year, point.month, point.day);
        if (!date.isValid() && point.month == 2 && point.day == 29 && rangeEnd)
            // 29 Feb as the end of a range, in a common year: the range ends on 28 Feb.
            date = QDate(year, 2, 28);
        // Otherwise invalid in a common year: a single 29 Feb does not happen.
        break;
    case Ast::DatePoint::Kind::Easter:
        date = PublicHolidays::easterSunday(year);
        break;
    case Ast::DatePoint::Kind::NthWeekday:
        date = nthWeekdayOfMonth(year, point.month, point.weekday, point.nth);
        break;
    }
    if (date.isValid() && point.dayOffset)
        date = date.addDays(point.dayOffset);
    return date;
}

bool OpeningHoursEvaluator::matchDate(const Ast::Selector &selector, int selectorIndex,
                                      const CivilDay &date, qint64 *stableUntil)
{
    const qint64 today = date.julianDay;
    auto stableTo = [&](qint64 day) {
        if (stableUntil && day < *stableUntil)
            *stableUntil = std::max(day, today + 1);
    };
    const int step = selector.step;
    const bool isRange = selector.from.kind != selector.to.kind
                         || selector.from.month != selector.to.month
                         || selector.from.day != selector.to.day;
    auto stepOk = [&](qint64 start) {
        return step <= 1 || (today - start) % step == 0;
    };
    auto dayOf = [](const QDate &value) {
        return value.isValid() ? value.toJulianDay() : invalidDay;
    };
    ResolvedRange &range = m_ranges[selectorIndex];
    if (selector.from.year != 0) {
        // Absolute dates ("2026 Dec 24-2027 Jan 01"), resolved once.
        if (range.year != 0) {
            range.year = 0;
            const QDate start = resolve(selector.from, selector.from.year, false, false);
            const int endYear = selector.to.year ? selector.to.year : selector.from.year;
            QDate end = resolve(selector.to, endYear, true, isRange);
            if (start.isValid() && end.isValid() && end < start && !selector.to.year)
                end = resolve(selector.to, endYear + 1, true, isRange);
            range.start = dayOf(start);
            range.end = start.isValid() ? dayOf(end) : invalidDay;
        }
        if (range.start == invalidDay || range.end == invalidDay) {
            stableTo(today + farAhead);
            return false;
        }
        if (stableUntil) {
            if (today < range.start)
                stableTo(range.start);
            else if (today > range.end)
                stableTo(today + farAhead);
            else
                stableTo(step > 1 ? today + 1 : range.end + 1);
        }
        return today >= range.start && today <= range.end && stepOk(range.start);
    }
    const int year = date.year;
    if (range.year != year) {
        range.year = year;
        range.start = dayOf(resolve(selector.from, year, false, false));
        range.end = dayOf(resolve(selector.to, year, true, isRange));
        range.previousStart = dayOf(resolve(selector.from, year - 1, false, false));
    }
    // Each year's answer depends on that year's dates only; within a range with a step, it
    // may change every day.
    if (stableUntil)
        stableTo(julianDayOf(year + 1, 1, 1));
    const qint64 start = range.start;
    const qint64 end = range.end;
    if (start == invalidDay || end == invalidDay)
        return false;
    if (start <= end) {
        if (today < start)
            stableTo(start);
        else if (today <= end)
            stableTo(step > 1 ? today + 1 : end + 1);
        return today >= start && today <= end && stepOk(start);
    }
    // Over the year end: the part of this year's range after its start, and the part of last
    // year's range before this year's end.
    if (today >= start) {
        if (step > 1)
            stableTo(today + 1);
        return stepOk(start);
    }
    if (today <= end) {
        stableTo(step > 1 ? today + 1 : end + 1);
        return range.previousStart != invalidDay ? stepOk(range.previousStart) : step <= 1;
    }
    stableTo(start);
    return false;
}

OpeningHoursEvaluator::Match OpeningHoursEvaluator::matchRule(const Entry &entry,
                                                              const CivilDay &date,
                                                              QString *holidayName, QString *reason,
                                                              qint64 *stableUntil)
{
    const Ast::Rule &rule = m_ast.rules.at(entry.rule);
    const qint64 today = date.julianDay;
    bool undetermined = false;
    bool no = false;
    int selectorIndex = entry.firstSelector;
    // How long the answer lasts (with stableUntil): a group says yes as long as one of its
    // yes items does, and no as long as all its items do; a rule says no as long as one of its
    // no groups does, and anything else as long as all its groups say the same.
    qint64 noUntil = today + 1;
    qint64 allUntil = today + farAhead;
    for (const Ast::Group &group : rule.groups) {
        bool yes = false;
        bool maybe = false;
        qint64 yesItemsUntil = today + 1;
        qint64 itemsUntil = today + farAhead;
        const int groupEnd = selectorIndex + int(group.items.size());
        for (const Ast::Selector &selector : group.items) {
            // Every item is looked at: a holiday also matched by a weekday still names the day.
            qint64 until = today + farAhead;
            const Match match = matchSelector(selector, selectorIndex++, date, holidayName, reason,
                                              stableUntil ? &until : nullptr);
            itemsUntil = std::min(itemsUntil, until);
            if (match == Match::Yes) {
                yes = true;
                yesItemsUntil = std::max(yesItemsUntil, until);
            } else if (match == Match::Undetermined) {
                maybe = true;
            }
            if (yes && selector.kind != Ast::SelectorKind::Holiday && !holidayName)
                break;
        }
        selectorIndex = groupEnd;
        const qint64 groupUntil = yes ? yesItemsUntil : itemsUntil;
        allUntil = std::min(allUntil, groupUntil);
        if (!yes && !maybe) {
            if (!stableUntil)
                return Match::No;
            no = true;
            noUntil = std::max(noUntil, groupUntil);
        } else if (!yes) {
            undetermined = true;
        }
    }
    if (stableUntil)
        *stableUntil = std::min(*stableUntil, no ? noUntil : allUntil);
    if (no)
        return Match::No;
    return undetermined ? Match::Undetermined : Match::Yes;
}

void OpeningHoursEvaluator::selectDay(qint64 julianDay, Day &day, bool names)
{
    day.active.clear();
    day.unknown = false;
    day.holidayName.clear();
    day.holidayEntry = -1;
    day.undetermined.clear();
    const CivilDay &today = dayAt(julianDay);
    const CivilDay &yesterday = dayAt(julianDay - 1);

    // The entries that select the day, after the reference's replacement rule.
    QString name;
    QString reason;
    for (int k = 0; k < m_entries.size(); ++k) {
        const Entry &entry = m_entries[k];
        const Ast::Rule &rule = m_ast.rules.at(entry.rule);
        if (names) {
            name.clear();
            reason.clear();
        }
        const Match match = matchRule(entry, entry.wrapped ? yesterday : today,
                                      names ? &name : nullptr, names ? &reason : nullptr, nullptr);
        if (match == Match::No)
            continue;
        if (names && !name.isEmpty()) {
            day.holidayEntry = k;
            day.holidayName = name;
        }
        if (match == Match::Undetermined) {
            // Unknown unless a later rule replaces the whole day.
            day.unknown = true;
            if (names)
                day.undetermined = reason;
            continue;
        }
        const bool meaning = entry.state == OpenState::Open;
        const bool replaces = !entry.wrapped && rule.separator == Ast::Separator::Normal
                              && (meaning || entry.state == OpenState::Unknown)
                              && (!rule.groups.isEmpty()
                                  || (k > 0 && meaning
                                      && m_ast.rules.at(m_entries[k - 1].rule).groups.isEmpty()));
        if (replaces) {
            day.active.clear();
            day.unknown = false;
            day.undetermined.clear();
        }
        day.active.append(qint16(k));
    }
}

qint64 OpeningHoursEvaluator::selectionStableUntil(qint64 julianDay)
{
    const CivilDay &today = dayAt(julianDay);
    const CivilDay &yesterday = dayAt(julianDay - 1);
    qint64 until = julianDay + farAhead;
    for (const Entry &entry : std::as_const(m_entries)) {
        // A wrapped entry reads yesterday: it stays the same one day longer than it says.
        qint64 entryUntil = julianDay + farAhead;
        matchRule(entry, entry.wrapped ? yesterday : today, nullptr, nullptr, &entryUntil);
        until = std::min(until, entry.wrapped ? entryUntil + 1 : entryUntil);
        if (until <= julianDay + 1)
            return julianDay + 1;
    }
    return until;
}

void OpeningHoursEvaluator::computeDay(qint64 julianDay, Day &day, bool names)
{
    const QVarLengthArray<qint16, 16> previousActive = day.active;
    const bool previousUnknown = day.unknown;
    const bool previousDependent = day.dateDependent;
    selectDay(julianDay, day, names);

    int gapFrom = 0;
    int gapTo = 0;
    const bool gap = m_mapper.skippedMinutes(julianDay, &gapFrom, &gapTo);
    bool sun = false;
    for (const qint16 k : std::as_const(day.active))
        sun = sun || m_entries[k].usesSun;
    const bool dependent = gap || sun;
    const bool same = !names && !previousDependent && !dependent && !day.segments.isEmpty()
                      && previousUnknown == day.unknown
                      && (day.unknown || previousActive == day.active);
    day.julianDay = julianDay;
    day.dateDependent = dependent;
    if (same)
        return; // painted from the same entries: the same segments
    day.segments.clear();
    day.segments.append(Segment{});
    day.segments.first().end = minutesPerDay;
    if (day.unknown) {
        day.segments.first().state = OpenState::Unknown;
        return;
    }

    QVarLengthArray<Piece, 8> pieces;
    for (int a = 0; a < day.active.size(); ++a) {
        const int k = day.active.at(a);
        const Entry &entry = m_entries[k];
        const Ast::Rule &rule = m_ast.rules.at(entry.rule);
        const bool fallback = rule.separator == Ast::Separator::Fallback;
        if (rule.times.isEmpty()) {
            paint(day, 0, minutesPerDay, entry.state, k, CommentEffect::Keep, -1, fallback);
            continue;
        }
        // A wrapped entry paints the part of yesterday's ranges that reaches into today,
        // in the same order.
        piecesOf(rule, entry.rule, entry.wrapped ? julianDay - 1 : julianDay, pieces);
        const int shift = entry.wrapped ? minutesPerDay : 0;
        if (entry.wrapped) {
            QVarLengthArray<Piece, 8> kept;
            for (const Piece &piece : std::as_const(pieces)) {
                if (piece.to > minutesPerDay)
                    kept.append(piece);
            }
            pieces = kept;
        }
        for (int i = 0; i < pieces.size(); ++i) {
            const Piece &piece = pieces.at(i);
            const int from = piece.from - shift;
            const int to = piece.to - shift;
            if (!piece.openEnd) {
                const int reported = piece.reportedTo > piece.to ? piece.reportedTo - shift : -1;
                paint(day, from, to, entry.state, k, CommentEffect::Reset, -1, fallback, reported);
                continue;
            }
            if (entry.state == OpenState::Closed) {
                paint(day, from, to, OpenState::Closed, k, CommentEffect::Reset, -1, fallback);
                continue;
            }
            // The reference's handling of an open end followed by another range of the same
            // rule: after its first minute, the open end counts as closed (keeping its
            // comment) wherever that next range does not apply.
            if (i + 1 < pieces.size() && !entry.wrapped) {
                const Piece &next = pieces.at(i + 1);
                const int nextFrom = next.from - shift;
                const int nextTo = next.to - shift;
                paint(day, from, from + 1, OpenState::Unknown, k, CommentEffect::OpenEnd, piece.id,
                      fallback);
                const int cursor = from + 1;
                // [cursor, to) split by [nextFrom, nextTo).
                const int a1 = std::max(cursor, std::min(nextFrom, to));
                const int b1 = std::max(cursor, std::min(nextTo, to));
                paint(day, cursor, a1, OpenState::Closed, k, CommentEffect::OpenEnd, piece.id,
                      fallback);
                paint(day, a1, b1, OpenState::Unknown, k, CommentEffect::OpenEnd, piece.id,
                      fallback);
                paint(day, std::max(b1, cursor), to, OpenState::Closed, k, CommentEffect::OpenEnd,
                      piece.id, fallback);
                continue;
            }
            paint(day, from, to, OpenState::Unknown, k, CommentEffect::OpenEnd, piece.id, fallback);
        }
    }
    if (gap)
        moveOutOfGap(day, gapFrom, gapTo);
}

// A time that the spring change skips moves by the length of the gap (the reference's reading:
// 02:30 is 03:30 that day), for the state as for the next change.
void OpeningHoursEvaluator::moveOutOfGap(Day &day, int gapFrom, int gapTo)
{
    QVarLengthArray<Segment, 8> moved;
    int floor = 0;
    for (int i = 0; i < day.segments.size(); ++i) {
        Segment segment = day.segments.at(i);
        auto move = [&](int minute) {
            return (minute > gapFrom && minute < gapTo) ? minute + (gapTo - gapFrom) : minute;
        };
        const int begin = std::max(floor, std::min(move(segment.begin), minutesPerDay));
        const int end = std::max(begin, std::min(move(segment.end), minutesPerDay));
        floor = end;
        if (end <= begin && i + 1 < day.segments.size())
            continue;
        segment.begin = qint16(begin);
        segment.end = qint16(i + 1 < day.segments.size() ? end : minutesPerDay);
        if (segment.end > segment.begin)
            moved.append(segment);
    }
    if (!moved.isEmpty())
        day.segments = moved;
}

QString OpeningHoursEvaluator::commentOf(const Day &day, const Segment &segment) const
{
    if (day.unknown)
        return day.undetermined;
    if (segment.entry < 0)
        return QString();
    const Ast::Rule &rule = m_ast.rules.at(m_entries.at(segment.entry).rule);
    if (rule.hasComment)
        return rule.comment;
    if (segment.openEndComment) {
        if (!segment.openEnd)
            return QString();
        return translatedComment(QT_TRANSLATE_NOOP(
                "OpeningHoursComment", "Specified as open end. Closing time was guessed."));
    }
    return segment.entry == day.holidayEntry ? day.holidayName : QString();
}

qint64 OpeningHoursEvaluator::boundaryInstant(qint64 julianDay, int minute, qint64 after)
{
    const qint64 first = m_mapper.toUtc(julianDay, qint64(minute) * 60);
    if (first > after)
        return first;
    // In a repeated hour, the boundary may be ahead in its second occurrence.
    return m_mapper.toUtc(julianDay, qint64(minute) * 60, true);
}

OpeningHoursEvaluation OpeningHoursEvaluator::evaluate(const QDateTime &at, bool withNextChange)
{
    OpeningHoursEvaluation result;
    if (!at.isValid())
        return result;
    const qint64 now = at.toSecsSinceEpoch();
    const LocalTimeMapper::LocalTime local = m_mapper.toLocal(now);
    const int minute = local.second / 60;

    Day day;
    computeDay(local.julianDay, day, true);
    int index = 0;
    while (index + 1 < day.segments.size() && day.segments.at(index).end <= minute)
        ++index;
    const Segment current = day.segments.at(index);
    result.state = current.state;
    result.comment = commentOf(day, current);
    if (!withNextChange)
        return result;

    // Next change: walk the following segments and days.
    const qint64 limit = now + horizonSeconds;
    Segment previous = current;
    qint64 julianDay = local.julianDay;
    int position = index + 1;
    // Days in a row with one segment in the current state (a weekly schedule with eight of
    // them never changes), as the reference walker counts them.
    int quietDays = 0;
    bool quiet = false;
    // The next day to look at; later than the day after when days are skipped.
    qint64 nextDay = julianDay + 1;
    while (true) {
        if (position >= day.segments.size()) {
            if (m_weekly && !day.unknown && quiet && nextDay > julianDay + 1) {
                // Skipped days are as quiet as the day before them.
                quietDays += int(std::min<qint64>(nextDay - julianDay - 1, 8));
                if (quietDays > 7)
                    break;
            }
            julianDay = nextDay;
            if ((julianDay - local.julianDay - 2) * secondsPerDay > horizonSeconds)
                break;
            computeDay(julianDay, day, false);
            position = 0;
            nextDay = julianDay + 1;
            quiet = day.segments.size() == 1 && day.segments.first().state == current.state;
            if (m_weekly && !day.unknown) {
                // A schedule that only depends on the weekday repeats after a week.
                if (quiet)
                    ++quietDays;
                else
                    quietDays = 0;
                if (quietDays > 7)
                    break;
            }
            bool unchanged = !day.dateDependent;
            for (int i = 0; unchanged && i < day.segments.size(); ++i)
                unchanged = day.segments.at(i).state == current.state;
            if (unchanged) {
                // The state holds all day: so it does on the following days as long as the
                // same entries select them (the segments only depend on those here).
                nextDay = std::max(nextDay, selectionStableUntil(julianDay));
            }
        }
        const Segment &segment = day.segments.at(position++);
        // Moving within one open end (the reference jumps over its guessed end).
        const bool samePiece = segment.piece >= 0 && segment.piece == previous.piece;
        if (segment.state == current.state || samePiece) {
            previous = segment;
            continue;
        }
        int beginMinute = segment.begin;
        if (julianDay > local.julianDay && position >= 2) {
            // The reference, looking from an earlier day, expects a spill that ends at a
            // solar event to end at the previous day's event time when that is later.
            const Segment &before = day.segments.at(position - 2);
            if (before.reportedEnd > segment.begin)
                beginMinute = std::min<int>(before.reportedEnd, segment.end);
        }
        const qint64 begin = boundaryInstant(julianDay, beginMinute, now);
        if (begin >= limit)
            break;
        if (begin <= now) {
            previous = segment;
            continue;
        }
        // A stretch that falls in a spring-forward gap does not exist.
        const qint64 end = m_mapper.toUtc(julianDay, qint64(segment.end) * 60);
        if (end <= begin) {
            previous = segment;
            continue;
        }
        result.nextChange = QDateTime::fromSecsSinceEpoch(begin, m_mapper.zone());
        break;
    }
    return result;
}

QList<OpeningInterval> OpeningHoursEvaluator::intervals(const QDateTime &from, const QDateTime &to)
{
    QList<OpeningInterval> result;
    if (!from.isValid() || !to.isValid() || to <= from)
        return result;
    const qint64 begin = from.toSecsSinceEpoch();
    const qint64 end = to.toSecsSinceEpoch();
    const qint64 firstDay = m_mapper.toLocal(begin).julianDay;
    const qint64 lastDay = m_mapper.toLocal(end).julianDay;
    Day day;
    for (qint64 julianDay = firstDay; julianDay <= lastDay; ++julianDay) {
        computeDay(julianDay, day, true);
        for (const Segment &segment : std::as_const(day.segments)) {
            if (segment.state == OpenState::Closed)
                continue;
            qint64 a = m_mapper.toUtc(julianDay, qint64(segment.begin) * 60);
            qint64 b = m_mapper.toUtc(julianDay, qint64(segment.end) * 60);
            a = std::max(a, begin);
            b = std::min(b, end);
            if (b <= a)
                continue;
            const QString comment = commentOf(day, segment);
            if (!result.isEmpty()) {
                OpeningInterval &last = result.last();
                if (last.end.toSecsSinceEpoch() == a && last.state == segment.state
                    && last.comment == comment && last.openEnd == segment.openEnd) {
                    last.end = QDateTime::fromSecsSinceEpoch(b, m_mapper.zone());
                    continue;
                }
            }
            OpeningInterval interval;
            interval.begin = QDateTime::fromSecsSinceEpoch(a, m_mapper.zone());
            interval.end = QDateTime::fromSecsSinceEpoch(b, m_mapper.zone());
            interval.state = segment.state;
            interval.comment = comment;
            interval.openEnd = segment.openEnd;
            result.append(interval);
        }
    }
    return result;
}

} // namespace Helplines
