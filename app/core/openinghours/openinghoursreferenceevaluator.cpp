#include "openinghoursreferenceevaluator.h"

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

OpeningHoursReferenceEvaluator::OpeningHoursReferenceEvaluator(const OpeningHoursAst &ast,
                                                               const EvaluationContext &context)
    : m_ast(ast)
    , m_context(context)
    , m_mapper(context.timeZone)
{
    m_regionSupported = PublicHolidays::isSupportedRegion(context.holidayRegion);
    int pieceId = 0;
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
        m_entries.append(Entry{i, false, state});
        if (rule.spillsOver())
            m_entries.append(Entry{i, true, state});
        for (const Ast::Group &group : rule.groups) {
            for (const Ast::Selector &selector : group.items) {
                if (selector.kind != Ast::SelectorKind::Weekday || selector.nthMask != 0
                    || selector.dayOffset != 0)
                    m_weekly = false;
            }
        }
        if (rule.usesSun())
            m_weekly = false;
    }
}

std::optional<Holiday> OpeningHoursReferenceEvaluator::publicHoliday(const QDate &date)
{
    auto it = m_holidays.constFind(date.year());
    if (it == m_holidays.constEnd())
        it = m_holidays.insert(date.year(),
                               PublicHolidays::forYear(date.year(), m_context.holidayRegion));
    for (const Holiday &holiday : it.value()) {
        if (holiday.date == date)
            return holiday;
    }
    return std::nullopt;
}

const OpeningHoursReferenceEvaluator::SunMinutes &OpeningHoursReferenceEvaluator::sunOn(
        const QDate &date)
{
    const qint64 julianDay = date.toJulianDay();
    auto it = m_sun.constFind(julianDay);
    if (it != m_sun.constEnd())
        return it.value();
    if (m_sun.size() > 64)
        m_sun.clear();
    const SunTimes times = SunTimes::forDay(date, m_context.location, m_mapper.zone());
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

int OpeningHoursReferenceEvaluator::resolveTime(const Ast::TimePoint &point, const QDate &date,
                                                bool *valid)
{
    if (point.isClock())
        return point.minutes;
    const SunMinutes &sun = sunOn(date);
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
void OpeningHoursReferenceEvaluator::piecesOf(const Ast::Rule &rule, int ruleIndex,
                                              const QDate &date, const QDate &nextDate,
                                              QVarLengthArray<Piece, 8> &pieces)
{
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

void OpeningHoursReferenceEvaluator::paint(Day &day, int begin, int end, OpenState state, int entry,
                                           CommentEffect effect, int piece, bool fallback,
                                           int reportedEnd)
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

OpeningHoursReferenceEvaluator::Match OpeningHoursReferenceEvaluator::matchSelector(
        const Ast::Selector &selector, const QDate &date, QString *holidayName, QString *reason)
{
    switch (selector.kind) {
    case Ast::SelectorKind::Year: {
        const int year = date.year();
        if (year < selector.first || (!selector.openEnded && year > selector.last))
            return Match::No;
        return (year - selector.first) % selector.step == 0 ? Match::Yes : Match::No;
    }
    case Ast::SelectorKind::Month:
    case Ast::SelectorKind::Date:
        return matchDate(selector, date) ? Match::Yes : Match::No;
    case Ast::SelectorKind::Week: {
        const int week = date.weekNumber();
        const int first = selector.first;
        const int last = selector.last;
        if (first <= last) {
            if (week < first || week > last)
                return Match::No;
            return (week - first) % selector.step == 0 ? Match::Yes : Match::No;
        }
        // Wrapping over the year end ("week 50-02").
        if (week >= first)
            return (week - first) % selector.step == 0 ? Match::Yes : Match::No;
        if (week <= last)
            return (week + 53 - first) % selector.step == 0 ? Match::Yes : Match::No;
        return Match::No;
    }
    case Ast::SelectorKind::Weekday: {
        const QDate day = selector.dayOffset ? date.addDays(-selector.dayOffset) : date;
        const int weekday = weekdayOf(day);
        const bool inRange = selector.first <= selector.last
                                     ? weekday >= selector.first && weekday <= selector.last
                                     : weekday >= selector.first || weekday <= selector.last;
        if (!inRange)
            return Match::No;
        if (!selector.nthMask)
            return Match::Yes;
        const int fromStart = (day.day() - 1) / 7 + 1;
        const int fromEnd = (day.daysInMonth() - day.day()) / 7 + 1;
        return (selector.nthMask & (nthBit(fromStart) | nthBit(-fromEnd))) ? Match::Yes : Match::No;
    }
    case Ast::SelectorKind::Holiday: {
        const QDate day = selector.dayOffset ? date.addDays(-selector.dayOffset) : date;
        if (selector.school) {
            if (!SchoolHolidays::isSupportedZone(m_context.schoolZone)) {
                if (reason && reason->isEmpty())
                    *reason = translatedComment(
                            QT_TRANSLATE_NOOP(
                            "OpeningHoursComment",
                            "School holidays are not known for this place."));
                return Match::Undetermined;
            }
            const SchoolHolidays::Lookup lookup = SchoolHolidays::lookup(day, m_context.schoolZone);
            if (lookup.result == SchoolHolidays::Lookup::Unknown) {
                if (reason && reason->isEmpty())
                    *reason = QCoreApplication::translate(
                                      "OpeningHoursComment",
                                      "School holidays of %1 are not known yet.")
                                      .arg(day.year());
                return Match::Undetermined;
            }
            if (lookup.result == SchoolHolidays::Lookup::NotHoliday)
                return Match::No;
            if (holidayName)
                *holidayName = lookup.name.value(Language::French);
            return Match::Yes;
        }
        if (!m_regionSupported) {
            if (reason && reason->isEmpty())
                *reason = translatedComment(QT_TRANSLATE_NOOP(
                        "OpeningHoursComment", "Public holidays are not known for this place."));
            return Match::Undetermined;
        }
        const std::optional<Holiday> holiday = publicHoliday(day);
        if (!holiday)
            return Match::No;
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

QDate OpeningHoursReferenceEvaluator::resolve(const Ast::DatePoint &point, int year, bool isEnd,
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

bool OpeningHoursReferenceEvaluator::matchDate(const Ast::Selector &selector, const QDate &date)
{
    const int step = selector.step;
    const bool isRange = selector.from.kind != selector.to.kind
                         || selector.from.month != selector.to.month
                         || selector.from.day != selector.to.day;
    auto stepOk = [&](const QDate &start) {
        return step <= 1 || start.daysTo(date) % step == 0;
    };
    if (selector.from.year != 0) {
        // Absolute dates ("2026 Dec 24-2027 Jan 01").
        const QDate start = resolve(selector.from, selector.from.year, false, false);
        const int endYear = selector.to.year ? selector.to.year : selector.from.year;
        QDate end = resolve(selector.to, endYear, true, isRange);
        if (!start.isValid() || !end.isValid())
            return false;
        if (end < start && !selector.to.year)
            end = resolve(selector.to, endYear + 1, true, isRange);
        return date >= start && date <= end && stepOk(start);
    }
    const int year = date.year();
    const QDate start = resolve(selector.from, year, false, false);
    const QDate end = resolve(selector.to, year, true, isRange);
    if (!start.isValid() || !end.isValid())
        return false;
    if (start <= end)
        return date >= start && date <= end && stepOk(start);
    // Over the year end: the part of this year's range after its start, and the part of last
    // year's range before this year's end.
    if (date >= start)
        return stepOk(start);
    if (date <= end) {
        const QDate previousStart = resolve(selector.from, year - 1, false, false);
        return previousStart.isValid() ? stepOk(previousStart) : step <= 1;
    }
    return false;
}

OpeningHoursReferenceEvaluator::Match OpeningHoursReferenceEvaluator::matchRule(
        const Ast::Rule &rule, const QDate &date, QString *holidayName, QString *reason)
{
    bool undetermined = false;
    for (const Ast::Group &group : rule.groups) {
        bool yes = false;
        bool maybe = false;
        for (const Ast::Selector &selector : group.items) {
            // Every item is looked at: a holiday also matched by a weekday still names the day.
            const Match match = matchSelector(selector, date, holidayName, reason);
            if (match == Match::Yes)
                yes = true;
            else if (match == Match::Undetermined)
                maybe = true;
            if (yes && selector.kind != Ast::SelectorKind::Holiday && !holidayName)
                break;
        }
        if (!yes && !maybe)
            return Match::No;
        if (!yes)
            undetermined = true;
    }
    return undetermined ? Match::Undetermined : Match::Yes;
}

void OpeningHoursReferenceEvaluator::computeDay(qint64 julianDay, Day &day)
{
    day.julianDay = julianDay;
    day.segments.clear();
    day.holidayName.clear();
    day.holidayEntry = -1;
    day.undetermined.clear();
    day.segments.append(Segment{});
    day.segments.first().end = minutesPerDay;

    const QDate today = QDate::fromJulianDay(julianDay);
    const QDate yesterday = today.addDays(-1);

    // The entries that select the day, after the reference's replacement rule.
    QVarLengthArray<int, 16> active;
    for (int k = 0; k < m_entries.size(); ++k) {
        const Entry &entry = m_entries.at(k);
        const Ast::Rule &rule = m_ast.rules.at(entry.rule);
        QString name;
        QString reason;
        const Match match = matchRule(rule, entry.wrapped ? yesterday : today, &name, &reason);
        if (match == Match::No)
            continue;
        if (!name.isEmpty()) {
            day.holidayEntry = k;
            day.holidayName = name;
        }
        if (match == Match::Undetermined) {
            // Unknown unless a later rule replaces the whole day.
            day.undetermined = reason;
            continue;
        }
        const bool meaning = entry.state == OpenState::Open;
        const bool replaces
                = !entry.wrapped && rule.separator == Ast::Separator::Normal
                  && (meaning || entry.state == OpenState::Unknown)
                  && (!rule.groups.isEmpty()
                      || (k > 0 && meaning
                          && m_ast.rules.at(m_entries.at(k - 1).rule).groups.isEmpty()));
        if (replaces) {
            active.clear();
            day.undetermined.clear();
        }
        active.append(k);
    }
    if (!day.undetermined.isEmpty()) {
        day.segments.first().state = OpenState::Unknown;
        return;
    }

    QVarLengthArray<Piece, 8> pieces;
    for (int a = 0; a < active.size(); ++a) {
        const int k = active.at(a);
        const Entry &entry = m_entries.at(k);
        const Ast::Rule &rule = m_ast.rules.at(entry.rule);
        const bool fallback = rule.separator == Ast::Separator::Fallback;
        if (rule.times.isEmpty()) {
            paint(day, 0, minutesPerDay, entry.state, k, CommentEffect::Keep, -1, fallback);
            continue;
        }
        // A wrapped entry paints the part of yesterday's ranges that reaches into today,
        // in the same order.
        piecesOf(rule, entry.rule, entry.wrapped ? yesterday : today,
                 entry.wrapped ? today : today.addDays(1), pieces);
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
    int gapFrom = 0;
    int gapTo = 0;
    if (m_mapper.skippedMinutes(julianDay, &gapFrom, &gapTo))
        moveOutOfGap(day, gapFrom, gapTo);
}

// A time that the spring change skips moves by the length of the gap (the reference's reading:
// 02:30 is 03:30 that day), for the state as for the next change.
void OpeningHoursReferenceEvaluator::moveOutOfGap(Day &day, int gapFrom, int gapTo)
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

QString OpeningHoursReferenceEvaluator::commentOf(const Day &day, const Segment &segment) const
{
    if (!day.undetermined.isEmpty())
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

qint64 OpeningHoursReferenceEvaluator::boundaryInstant(qint64 julianDay, int minute, qint64 after)
{
    const qint64 first = m_mapper.toUtc(julianDay, qint64(minute) * 60);
    if (first > after)
        return first;
    // In a repeated hour, the boundary may be ahead in its second occurrence.
    return m_mapper.toUtc(julianDay, qint64(minute) * 60, true);
}

OpeningHoursEvaluation OpeningHoursReferenceEvaluator::evaluate(const QDateTime &at,
                                                                bool withNextChange)
{
    OpeningHoursEvaluation result;
    if (!at.isValid())
        return result;
    const qint64 now = at.toSecsSinceEpoch();
    const LocalTimeMapper::LocalTime local = m_mapper.toLocal(now);
    const int minute = local.second / 60;

    Day day;
    computeDay(local.julianDay, day);
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
    int quietDays = 0;
    while (true) {
        if (position >= day.segments.size()) {
            ++julianDay;
            if ((julianDay - local.julianDay - 2) * secondsPerDay > horizonSeconds)
                break;
            computeDay(julianDay, day);
            position = 0;
            if (m_weekly && day.undetermined.isEmpty()) {
                // A schedule that only depends on the weekday repeats after a week.
                if (day.segments.size() == 1 && day.segments.first().state == current.state)
                    ++quietDays;
                else
                    quietDays = 0;
                if (quietDays > 7)
                    break;
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

QList<OpeningInterval> OpeningHoursReferenceEvaluator::intervals(const QDateTime &from,
                                                                 const QDateTime &to)
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
        computeDay(julianDay, day);
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
