#include "openinghoursparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

constexpr int minutesPerDay = 24 * 60;
// Range ends may reach the next day up to 48:00 ("Tu 23:59-40:00+").
constexpr int latestEnd = 2 * minutesPerDay;
constexpr int firstYear = 1900;
// Far more rules than any real value has; keeps every evaluated day cheap.
constexpr int maximumRules = 256;
constexpr int lastYear = 9999;

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QLatin1Char('0'));
}

QString clockText(int minutes)
{
    return u"%1:%2"_s.arg(twoDigits(minutes / 60), twoDigits(minutes % 60));
}

const char16_t *const weekdayNames[] = {u"Mo", u"Tu", u"We", u"Th", u"Fr", u"Sa", u"Su"};
const char16_t *const monthNames[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                      u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};

} // namespace

OpeningHoursParser::OpeningHoursParser(QStringView rule, Suggestions suggestions)
    : m_rule(rule.toString())
{
    OpeningHoursLexer lexer(rule);
    if (lexer.hasError()) {
        m_error = lexer.error();
        if (m_error.suggestion.isEmpty() && suggestions == Suggestions::On)
            m_error.suggestion = suggestFix(rule);
        return;
    }
    m_tokens = lexer.tokens();
    m_warnings = lexer.warnings();
    parse();
    if (m_error.isError()) {
        m_ast = {};
        if (m_error.suggestion.isEmpty() && suggestions == Suggestions::On)
            m_error.suggestion = suggestFix(rule);
    }
}

const OpeningHoursParser::Token &OpeningHoursParser::peek(int ahead) const
{
    const int index = std::min(m_index + ahead, int(m_tokens.size()) - 1);
    return m_tokens.at(index);
}

const OpeningHoursParser::Token &OpeningHoursParser::take()
{
    const Token &token = peek();
    if (m_index < m_tokens.size() - 1)
        ++m_index;
    return token;
}

bool OpeningHoursParser::fail(OpeningHoursError::Kind kind, const Token &token,
                              const QString &suggestion)
{
    if (m_error.isError())
        return false;
    m_error.kind = token.type == TokenType::End && kind == OpeningHoursError::UnexpectedToken
                           ? OpeningHoursError::UnexpectedEnd
                           : kind;
    m_error.column = token.position + 1;
    m_error.token = QStringView(m_rule).mid(token.position, token.length).toString();
    m_error.suggestion = suggestion;
    return false;
}

void OpeningHoursParser::warn(OpeningHoursError::Kind kind, const Token &token,
                              const QString &suggestion)
{
    OpeningHoursError warning;
    warning.kind = kind;
    warning.column = token.position + 1;
    warning.token = QStringView(m_rule).mid(token.position, token.length).toString();
    warning.suggestion = suggestion;
    m_warnings.append(warning);
}

void OpeningHoursParser::parse()
{
    bool sawToken = false;
    for (const Token &token : std::as_const(m_tokens)) {
        if (token.type != TokenType::End && token.type != TokenType::Noise)
            sawToken = true;
    }
    if (!sawToken) {
        m_error.kind = OpeningHoursError::Empty;
        m_error.column = 1;
        return;
    }

    Ast::Separator separator = Ast::Separator::Normal;
    while (!at(TokenType::End)) {
        const Token &token = peek();
        if (token.type == TokenType::Semicolon || token.type == TokenType::Comma) {
            // An empty rule: ";;", a leading ";" or a trailing ",".
            warn(OpeningHoursError::RedundantSeparator, token, QString());
            take();
            if (token.type == TokenType::Semicolon)
                separator = Ast::Separator::Normal;
            continue;
        }
        if (token.type == TokenType::Fallback) {
            take();
            separator = Ast::Separator::Fallback;
            continue;
        }
        Ast::Rule rule;
        rule.separator = separator;
        rule.column = token.position + 1;
        if (!parseRule(rule))
            return;
        const bool empty = rule.groups.isEmpty() && rule.times.isEmpty() && !rule.explicitState
                           && !rule.hasComment;
        if (!empty)
            m_ast.rules.append(rule);
        if (m_ast.rules.size() > maximumRules) {
            fail(OpeningHoursError::TooComplex, token);
            return;
        }
        const Token &next = peek();
        switch (next.type) {
        case TokenType::Semicolon:
            separator = Ast::Separator::Normal;
            take();
            break;
        case TokenType::Comma:
            separator = Ast::Separator::Additional;
            take();
            if (at(TokenType::End))
                warn(OpeningHoursError::RedundantSeparator, next, QString());
            break;
        case TokenType::Fallback:
            separator = Ast::Separator::Fallback;
            take();
            break;
        case TokenType::End:
            break;
        default:
            fail(OpeningHoursError::UnexpectedToken, next);
            return;
        }
    }
    if (m_ast.rules.isEmpty() && !m_error.isError()) {
        m_error.kind = OpeningHoursError::Empty;
        m_error.column = 1;
    }
}

OpeningHoursAst::Group &OpeningHoursParser::groupOf(Ast::Rule &rule, Ast::SelectorKind kind)
{
    for (Ast::Group &group : rule.groups) {
        if (group.kind == kind)
            return group;
    }
    rule.groups.append(Ast::Group{kind, {}});
    return rule.groups.last();
}

bool OpeningHoursParser::parseRule(Ast::Rule &rule)
{
    bool any = false;
    while (true) {
        const Token &token = peek();
        switch (token.type) {
        case TokenType::End:
        case TokenType::Semicolon:
        case TokenType::Fallback:
            return true;
        case TokenType::Comma:
            if (any)
                return true;
            take();
            continue;
        case TokenType::Colon:
        case TokenType::Noise:
            take();
            continue;
        case TokenType::Weekday:
        case TokenType::PublicHoliday:
        case TokenType::SchoolHoliday:
            if (!parseWeekdayList(rule))
                return false;
            break;
        case TokenType::Month:
        case TokenType::Easter:
            if (!parseDateList(rule))
                return false;
            break;
        case TokenType::Week:
            if (!parseWeekList(rule))
                return false;
            break;
        case TokenType::Number:
            if (atYear() && (at(TokenType::Month, 1) || at(TokenType::Easter, 1))) {
                if (!parseDateList(rule))
                    return false;
            } else if (atYear()) {
                if (!parseYearList(rule))
                    return false;
            } else if (!parseTimeList(rule)) {
                return false;
            }
            break;
        case TokenType::Sunrise:
        case TokenType::Sunset:
        case TokenType::Dawn:
        case TokenType::Dusk:
        case TokenType::LeftParen:
        case TokenType::Midnight:
        case TokenType::Noon:
            if (!parseTimeList(rule))
                return false;
            break;
        case TokenType::Daylight: {
            take();
            Ast::TimeRange range;
            range.from.event = Ast::TimeEvent::Sunrise;
            range.to.event = Ast::TimeEvent::Sunset;
            rule.times.append(range);
            break;
        }
        case TokenType::TwentyFourSeven: {
            take();
            Ast::TimeRange range;
            range.to.minutes = minutesPerDay;
            rule.times.append(range);
            rule.twentyFourSeven = true;
            break;
        }
        case TokenType::Open:
        case TokenType::Closed:
        case TokenType::Unknown: {
            take();
            if (rule.hasComment && !rule.explicitState) {
                // "11:00-14:00 "Lunch" open": the reference keeps the comment's meaning
                // (unknown) and ignores a state written after it.
                warn(OpeningHoursError::Other, token, QString());
                break;
            }
            const Ast::State state = token.type == TokenType::Open     ? Ast::State::Open
                                     : token.type == TokenType::Closed ? Ast::State::Closed
                                                                       : Ast::State::Unknown;
            rule.state = state;
            rule.explicitState = true;
            break;
        }
        case TokenType::Comment:
            take();
            if (rule.hasComment)
                warn(OpeningHoursError::Other, token, token.text);
            rule.comment = token.text;
            rule.hasComment = true;
            break;
        case TokenType::HourSuffix:
            return fail(OpeningHoursError::HourSuffix, token);
        case TokenType::Word:
            return fail(OpeningHoursError::UnexpectedToken, token);
        default:
            return fail(OpeningHoursError::UnexpectedToken, token);
        }
        any = true;
    }
}

// Weekdays and holidays, which one comma list may mix ("Sa,Su,PH").
bool OpeningHoursParser::parseWeekdayList(Ast::Rule &rule)
{
    const Ast::SelectorKind kind
            = at(TokenType::Weekday) ? Ast::SelectorKind::Weekday : Ast::SelectorKind::Holiday;
    QList<Ast::Selector> items;
    while (true) {
        Ast::Selector selector;
        if (at(TokenType::Weekday)) {
            if (!parseWeekday(selector))
                return false;
        } else if (at(TokenType::PublicHoliday) || at(TokenType::SchoolHoliday)) {
            if (!parseHoliday(selector))
                return false;
        } else {
            return fail(OpeningHoursError::UnexpectedToken, peek());
        }
        items.append(selector);
        if (at(TokenType::Comma)
            && (at(TokenType::Weekday, 1) || at(TokenType::PublicHoliday, 1)
                || at(TokenType::SchoolHoliday, 1))) {
            take();
            continue;
        }
        break;
    }
    groupOf(rule, kind).items.append(items);
    return true;
}

bool OpeningHoursParser::atDayOffset() const
{
    return (at(TokenType::Plus) || at(TokenType::Dash)) && at(TokenType::Number, 1)
           && at(TokenType::Day, 2);
}

bool OpeningHoursParser::parseDayOffset(qint16 &offset)
{
    const bool negative = take().type == TokenType::Dash;
    const Token &number = take();
    take(); // "day" / "days"
    if (number.value > 366)
        return fail(OpeningHoursError::InvalidDate, number);
    offset = qint16(negative ? -number.value : number.value);
    return true;
}

bool OpeningHoursParser::parseWeekday(Ast::Selector &selector)
{
    selector.kind = Ast::SelectorKind::Weekday;
    selector.first = qint16(take().value);
    selector.last = selector.first;
    if (at(TokenType::LeftBracket) && !parseNth(selector.nthMask, false, nullptr))
        return false;
    if (at(TokenType::Dash) && at(TokenType::Weekday, 1)) {
        take();
        selector.last = qint16(take().value);
        if (at(TokenType::LeftBracket) && !parseNth(selector.nthMask, false, nullptr))
            return false;
    }
    if (atDayOffset() && !parseDayOffset(selector.dayOffset))
        return false;
    return true;
}

bool OpeningHoursParser::parseHoliday(Ast::Selector &selector)
{
    selector.kind = Ast::SelectorKind::Holiday;
    selector.school = take().type == TokenType::SchoolHoliday;
    if (atDayOffset() && !parseDayOffset(selector.dayOffset))
        return false;
    return true;
}

// "[1]", "[1,3]", "[-1]", "[1-2]". With single, exactly one value is allowed (date points).
bool OpeningHoursParser::parseNth(quint16 &mask, bool single, int *value)
{
    take(); // '['
    auto readValue = [this](int &result) {
        bool negative = false;
        if (at(TokenType::Dash)) {
            take();
            negative = true;
        }
        if (!at(TokenType::Number))
            return fail(OpeningHoursError::InvalidNth, peek());
        const Token &number = take();
        result = negative ? -number.value : number.value;
        if (result == 0 || result < -5 || result > 5)
            return fail(OpeningHoursError::InvalidNth, number);
        return true;
    };
    auto bit = [](int n) {
        return quint16(1u << (n > 0 ? n - 1 : 4 - n));
    };
    while (true) {
        const Token &first = peek();
        int from = 0;
        if (!readValue(from))
            return false;
        int to = from;
        if (at(TokenType::Dash) && !single) {
            take();
            if (!readValue(to))
                return false;
            if ((from > 0) != (to > 0) || to < from)
                return fail(OpeningHoursError::InvalidNth, first);
        }
        for (int n = from; n <= to; ++n) {
            if (n != 0)
                mask |= bit(n);
        }
        if (value)
            *value = from;
        if (at(TokenType::Comma) && !single) {
            take();
            continue;
        }
        break;
    }
    if (!at(TokenType::RightBracket))
        return fail(OpeningHoursError::UnexpectedToken, peek());
    take();
    return true;
}

bool OpeningHoursParser::atYear(int ahead) const
{
    const Token &token = peek(ahead);
    return token.type == TokenType::Number && token.digits == 4 && token.value >= firstYear
           && !token.lookAlike && !atClockColon(ahead);
}

// "12:00": a colon followed by minutes, rather than the ":" that ends wide selectors
// ("Jan 23-Feb 12: 00:00-24:00").
bool OpeningHoursParser::atClockColon(int ahead) const
{
    return at(TokenType::Colon, ahead + 1) && at(TokenType::Number, ahead + 2)
           && !peek(ahead + 2).spaced && !peek(ahead + 1).spaced;
}

// A day of the month after a month name ("Dec 25", "Dec 25."), not a time ("Apr 08:00").
bool OpeningHoursParser::atDayNumber(int ahead) const
{
    const Token &token = peek(ahead);
    if (token.type != TokenType::Number || token.digits > 2 || token.value < 1 || token.value > 31)
        return false;
    if (atClockColon(ahead) || at(TokenType::Am, ahead + 1) || at(TokenType::Pm, ahead + 1)
        || at(TokenType::HourSuffix, ahead + 1))
        return false;
    if (at(TokenType::Dot, ahead + 1) && at(TokenType::Number, ahead + 2)
        && peek(ahead + 2).digits == 2 && !peek(ahead + 2).spaced)
        return false; // "10.00"
    return true;
}

bool OpeningHoursParser::parseDateList(Ast::Rule &rule)
{
    QList<Ast::Selector> items;
    while (true) {
        Ast::Selector selector;
        bool allowsBareDays = false;
        if (!parseDateItem(selector, allowsBareDays))
            return false;
        items.append(selector);
        // Continue with "Dec 24,25" (more days of the last month) or another date.
        while (allowsBareDays && at(TokenType::Comma) && atDayNumber(1)) {
            take();
            const Ast::DatePoint &previous = items.last().to;
            Ast::Selector day;
            day.kind = Ast::SelectorKind::Date;
            if (!parseDatePoint(day.from, previous.month, previous.year, false))
                return false;
            day.to = day.from;
            if (at(TokenType::Dash) && atDayNumber(1)) {
                take();
                if (!parseDatePoint(day.to, previous.month, previous.year, true))
                    return false;
            }
            if (at(TokenType::Slash) && at(TokenType::Number, 1)) {
                take();
                day.step = qint16(std::max(1, std::min(take().value, 366)));
            }
            items.append(day);
        }
        if (at(TokenType::Comma)
            && (at(TokenType::Month, 1) || at(TokenType::Easter, 1)
                || (atYear(1) && (at(TokenType::Month, 2) || at(TokenType::Easter, 2))))) {
            take();
            continue;
        }
        break;
    }

    // "Oct Su[-1]" alone is the month and an nth weekday, as two selectors; in a range or a
    // list it is one date.
    if (items.size() == 1 && items.first().kind == Ast::SelectorKind::Date
        && items.first().from.kind == Ast::DatePoint::Kind::NthWeekday
        && items.first().to.kind == Ast::DatePoint::Kind::NthWeekday
        && items.first().from.month == items.first().to.month
        && items.first().from.nth == items.first().to.nth
        && items.first().from.dayOffset == items.first().to.dayOffset
        && items.first().from.year == 0) {
        const Ast::DatePoint point = items.first().from;
        Ast::Selector month;
        month.kind = Ast::SelectorKind::Month;
        month.from.kind = Ast::DatePoint::Kind::MonthOnly;
        month.from.month = point.month;
        month.to = month.from;
        groupOf(rule, Ast::SelectorKind::Month).items.append(month);
        Ast::Selector weekday;
        weekday.kind = Ast::SelectorKind::Weekday;
        weekday.first = weekday.last = point.weekday;
        weekday.nthMask = quint16(1u << (point.nth > 0 ? point.nth - 1 : 4 - point.nth));
        weekday.dayOffset = point.dayOffset;
        groupOf(rule, Ast::SelectorKind::Weekday).items.append(weekday);
        return true;
    }
    const Ast::SelectorKind kind = items.first().kind;
    groupOf(rule, kind).items.append(items);
    return true;
}

bool OpeningHoursParser::parseDateItem(Ast::Selector &selector, bool &allowsBareDays)
{
    const Token &start = peek();
    if (!parseDatePoint(selector.from, 0, 0, false))
        return false;
    selector.to = selector.from;
    const bool monthOnly = selector.from.kind == Ast::DatePoint::Kind::MonthOnly;
    selector.kind = monthOnly ? Ast::SelectorKind::Month : Ast::SelectorKind::Date;

    if (at(TokenType::Dash)
        && (at(TokenType::Month, 1) || at(TokenType::Easter, 1) || atYear(1)
            || (!monthOnly && selector.from.kind == Ast::DatePoint::Kind::Fixed
                && atDayNumber(1)))) {
        const Token &dash = take();
        if (monthOnly) {
            // "Jan-Mar", "2020 Oct-Dec": the end is a month too ("Apr-Oct Su[2]" is the
            // months and the weekday).
            if (atYear() && at(TokenType::Month, 1))
                selector.to.year = qint16(take().value);
            if (!at(TokenType::Month))
                return fail(OpeningHoursError::InvalidRange, dash);
            selector.to.kind = Ast::DatePoint::Kind::MonthOnly;
            selector.to.month = qint8(take().value);
        } else if (!parseDatePoint(selector.to, selector.from.month, selector.from.year, true)) {
            return false;
        }
        const bool toMonthOnly = selector.to.kind == Ast::DatePoint::Kind::MonthOnly;
        if (monthOnly != toMonthOnly)
            return fail(OpeningHoursError::InvalidRange, dash);
        if (selector.from.year != 0 && selector.to.year == 0)
            selector.to.year = selector.from.year;
        if (selector.from.year != 0 && selector.to.year != 0
            && selector.to.year < selector.from.year)
            return fail(OpeningHoursError::InvalidRange, start);
    }
    if (at(TokenType::Slash) && at(TokenType::Number, 1) && !monthOnly) {
        take();
        const Token &step = take();
        if (step.value < 1 || step.value > 366)
            return fail(OpeningHoursError::InvalidDate, step);
        selector.step = qint16(step.value);
    }
    // "Dec 24,25" continues with days of the same month, but not after a range spanning
    // several months ("Dec 24-Jan 1,6" is ambiguous).
    allowsBareDays = selector.from.kind == Ast::DatePoint::Kind::Fixed
                     && selector.to.kind == Ast::DatePoint::Kind::Fixed
                     && selector.from.month == selector.to.month;
    return true;
}

bool OpeningHoursParser::parseDatePoint(Ast::DatePoint &point, int defaultMonth, int defaultYear,
                                        bool isEnd)
{
    point = {};
    if (atYear() && (at(TokenType::Month, 1) || at(TokenType::Easter, 1))) {
        const Token &year = take();
        if (year.value > lastYear)
            return fail(OpeningHoursError::InvalidYear, year);
        point.year = qint16(year.value);
    }
    const Token &token = peek();
    if (token.type == TokenType::Easter) {
        take();
        point.kind = Ast::DatePoint::Kind::Easter;
    } else if (token.type == TokenType::Month) {
        take();
        point.month = qint8(token.value);
        if (atDayNumber()) {
            const Token &day = take();
            point.kind = Ast::DatePoint::Kind::Fixed;
            point.day = qint8(day.value);
            if (at(TokenType::Dot) && !at(TokenType::Number, 1))
                take(); // "Dec 24."
        } else if (at(TokenType::Weekday) && at(TokenType::LeftBracket, 1)) {
            point.kind = Ast::DatePoint::Kind::NthWeekday;
            point.weekday = qint8(take().value);
            quint16 mask = 0;
            int nth = 0;
            if (!parseNth(mask, true, &nth))
                return false;
            point.nth = qint8(nth);
        } else {
            point.kind = Ast::DatePoint::Kind::MonthOnly;
        }
    } else if (defaultMonth > 0 && atDayNumber()) {
        const Token &day = take();
        point.kind = Ast::DatePoint::Kind::Fixed;
        point.month = qint8(defaultMonth);
        point.year = qint16(defaultYear);
        point.day = qint8(day.value);
        if (at(TokenType::Dot) && !at(TokenType::Number, 1))
            take();
    } else {
        return fail(OpeningHoursError::InvalidDate, token);
    }
    if (point.kind == Ast::DatePoint::Kind::Fixed) {
        static constexpr int daysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (point.day > daysInMonth[point.month - 1])
            return fail(OpeningHoursError::InvalidDate, token);
    }
    if (point.kind != Ast::DatePoint::Kind::MonthOnly && atDayOffset()
        && !parseDayOffset(point.dayOffset))
        return false;
    Q_UNUSED(isEnd);
    return true;
}

bool OpeningHoursParser::parseYearList(Ast::Rule &rule)
{
    QList<Ast::Selector> items;
    while (true) {
        const Token &first = take();
        if (first.value > lastYear)
            return fail(OpeningHoursError::InvalidYear, first);
        Ast::Selector selector;
        selector.kind = Ast::SelectorKind::Year;
        selector.first = selector.last = qint16(first.value);
        if (at(TokenType::Plus)) {
            take();
            selector.openEnded = true;
        } else if (at(TokenType::Dash) && atYear(1)) {
            take();
            const Token &last = take();
            if (last.value > lastYear)
                return fail(OpeningHoursError::InvalidYear, last);
            if (last.value < first.value)
                return fail(OpeningHoursError::InvalidYear, first,
                            u"%1-%2"_s.arg(last.value).arg(first.value));
            selector.last = qint16(last.value);
        }
        if (at(TokenType::Slash) && at(TokenType::Number, 1)) {
            take();
            const Token &step = take();
            if (step.value < 1 || step.value > 1000)
                return fail(OpeningHoursError::InvalidYear, step);
            selector.step = qint16(step.value);
            if (selector.first == selector.last)
                selector.openEnded = true; // "2016/5": every fifth year from 2016
        }
        items.append(selector);
        if (at(TokenType::Comma) && atYear(1)
            && !(at(TokenType::Month, 2) || at(TokenType::Easter, 2))) {
            take();
            continue;
        }
        break;
    }
    groupOf(rule, Ast::SelectorKind::Year).items.append(items);
    return true;
}

bool OpeningHoursParser::parseWeekList(Ast::Rule &rule)
{
    take(); // "week"
    QList<Ast::Selector> items;
    while (true) {
        if (!at(TokenType::Number))
            return fail(OpeningHoursError::InvalidWeek, peek());
        const Token &first = take();
        if (first.value < 1 || first.value > 53)
            return fail(OpeningHoursError::InvalidWeek, first);
        Ast::Selector selector;
        selector.kind = Ast::SelectorKind::Week;
        selector.first = selector.last = qint16(first.value);
        if (at(TokenType::Dash) && at(TokenType::Number, 1)) {
            take();
            const Token &last = take();
            if (last.value < 1 || last.value > 53)
                return fail(OpeningHoursError::InvalidWeek, last);
            selector.last = qint16(last.value);
        }
        if (at(TokenType::Slash) && at(TokenType::Number, 1)) {
            take();
            const Token &step = take();
            if (step.value < 1 || step.value > 53)
                return fail(OpeningHoursError::InvalidWeek, step);
            selector.step = qint16(step.value);
        }
        items.append(selector);
        if (at(TokenType::Comma) && at(TokenType::Number, 1)) {
            take();
            continue;
        }
        if (at(TokenType::Comma) && at(TokenType::Week, 1) && at(TokenType::Number, 2)) {
            take();
            take();
            continue;
        }
        break;
    }
    groupOf(rule, Ast::SelectorKind::Week).items.append(items);
    return true;
}

bool OpeningHoursParser::atTimeStart(int ahead) const
{
    switch (peek(ahead).type) {
    case TokenType::Number:
        return !atYear(ahead);
    case TokenType::Sunrise:
    case TokenType::Sunset:
    case TokenType::Dawn:
    case TokenType::Dusk:
    case TokenType::LeftParen:
    case TokenType::Midnight:
    case TokenType::Noon:
        return true;
    default:
        return false;
    }
}

bool OpeningHoursParser::parseTimeList(Ast::Rule &rule)
{
    while (true) {
        Ast::TimeRange range;
        if (!parseTimeRange(range))
            return false;
        rule.times.append(range);
        if (at(TokenType::Comma) && atTimeStart(1)) {
            take();
            continue;
        }
        break;
    }
    return true;
}

bool OpeningHoursParser::parseTimeRange(Ast::TimeRange &range)
{
    const Token &start = peek();
    if (!parseTimePoint(range.from, false))
        return false;
    if (range.from.isClock() && range.from.minutes >= minutesPerDay)
        return fail(OpeningHoursError::InvalidTime, start);

    if (at(TokenType::Plus) || at(TokenType::OpenEnd)) {
        take();
        range.hasEnd = false;
        range.openEnd = true;
        range.to = range.from;
        return true;
    }
    if (!at(TokenType::Dash)) {
        if (at(TokenType::Slash))
            return fail(OpeningHoursError::TimePeriod, peek());
        return fail(OpeningHoursError::PointInTime, start);
    }
    take();
    if (at(TokenType::Plus) || at(TokenType::OpenEnd)) {
        // "17:00-late", "17:00-open end"
        warn(OpeningHoursError::NonCanonicalWord, peek(), u"+"_s);
        take();
        range.hasEnd = false;
        range.openEnd = true;
        range.to = range.from;
        return true;
    }
    const bool fromHourOnly = m_lastClockHourOnly;
    if (!parseTimePoint(range.to, true))
        return false;
    if (at(TokenType::Plus)) {
        take();
        range.openEnd = true;
    }
    if (at(TokenType::Slash))
        return fail(OpeningHoursError::TimePeriod, peek());
    if (fromHourOnly && m_lastClockHourOnly && range.from.isClock() && range.to.isClock()
        && range.from.minutes == range.to.minutes && !range.openEnd) {
        // "8-8": an empty range for the reference (unlike "08:00-08:00", a whole day).
        return true;
    }
    if (range.from.isClock() && range.to.isClock() && range.to.minutes <= range.from.minutes) {
        // "22:00-02:00" ends the next day; "22:00-22:00" lasts 24 hours.
        range.to.minutes = qint16(range.to.minutes + minutesPerDay);
        if (range.to.minutes > latestEnd)
            return fail(OpeningHoursError::InvalidTime, start);
    }
    return true;
}

bool OpeningHoursParser::parseTimePoint(Ast::TimePoint &point, bool isEnd)
{
    point = {};
    m_lastClockHourOnly = false;
    const Token &token = peek();
    auto eventOf = [](TokenType type) {
        switch (type) {
        case TokenType::Sunrise:
            return Ast::TimeEvent::Sunrise;
        case TokenType::Sunset:
            return Ast::TimeEvent::Sunset;
        case TokenType::Dawn:
            return Ast::TimeEvent::Dawn;
        case TokenType::Dusk:
            return Ast::TimeEvent::Dusk;
        default:
            return Ast::TimeEvent::Clock;
        }
    };
    switch (token.type) {
    case TokenType::Sunrise:
    case TokenType::Sunset:
    case TokenType::Dawn:
    case TokenType::Dusk:
        take();
        point.event = eventOf(token.type);
        return true;
    case TokenType::LeftParen: {
        take();
        point.event = eventOf(peek().type);
        if (point.event == Ast::TimeEvent::Clock)
            return fail(OpeningHoursError::UnexpectedToken, peek());
        take();
        if (!at(TokenType::Plus) && !at(TokenType::Dash))
            return fail(OpeningHoursError::UnexpectedToken, peek());
        const bool negative = take().type == TokenType::Dash;
        int minutes = 0;
        if (!parseClock(minutes, false, true))
            return false;
        point.minutes = qint16(negative ? -minutes : minutes);
        if (!at(TokenType::RightParen))
            return fail(OpeningHoursError::UnexpectedToken, peek());
        take();
        return true;
    }
    case TokenType::Midnight:
        take();
        point.minutes = qint16(isEnd ? minutesPerDay : 0);
        return true;
    case TokenType::Noon:
        take();
        point.minutes = 12 * 60;
        return true;
    case TokenType::Number: {
        int minutes = 0;
        if (!parseClock(minutes, isEnd, false))
            return false;
        point.minutes = qint16(minutes);
        return true;
    }
    default:
        return fail(OpeningHoursError::UnexpectedToken, token);
    }
}

// "09:00", tolerated "9:00", "9", "10.00", "10am", "10:30 p.m.", "18:00h", "14 Uhr".
bool OpeningHoursParser::parseClock(int &minutes, bool isEnd, bool isOffset)
{
    const Token &number = peek();
    if (number.type != TokenType::Number)
        return fail(OpeningHoursError::UnexpectedToken, number);
    take();
    if (number.digits == 4 && number.lookAlike && number.value % 100 < 60) {
        // "₀₀₃₀" written with sub- or superscript digits: hours and minutes.
        warn(OpeningHoursError::LookAlikeCharacter, number,
             clockText((number.value / 100) * 60 + number.value % 100));
        const int total = (number.value / 100) * 60 + number.value % 100;
        if (total > (isEnd ? latestEnd : minutesPerDay))
            return fail(OpeningHoursError::InvalidTime, number);
        minutes = total;
        return true;
    }
    if (number.digits > 2) {
        // "0600-1800": the corrected value is proposed by suggestFix().
        return fail(OpeningHoursError::InvalidTime, number);
    }
    int hours = number.value;
    int mins = 0;
    bool hasMinutes = false;
    if (at(TokenType::Colon) && at(TokenType::Number, 1) && peek(1).digits <= 2) {
        take();
        const Token &m = take();
        mins = m.value;
        hasMinutes = true;
        if (mins > 59)
            return fail(OpeningHoursError::InvalidTime, m);
        if (m.digits == 1)
            warn(OpeningHoursError::MissingMinutes, m, twoDigits(mins));
    } else if (at(TokenType::Colon) && at(TokenType::Number, 1)) {
        return fail(OpeningHoursError::InvalidTime, peek(1));
    } else if (at(TokenType::Dot) && at(TokenType::Number, 1) && peek(1).digits == 2
               && !peek(1).spaced) {
        const Token &dot = take();
        const Token &m = take();
        mins = m.value;
        hasMinutes = true;
        if (mins > 59)
            return fail(OpeningHoursError::InvalidTime, m);
        warn(OpeningHoursError::DotSeparator, dot, u":"_s);
    } else if (at(TokenType::HourSuffix)) {
        // "9h", "09h00", "24h/24": French notation, refused with the corrected form.
        return fail(OpeningHoursError::HourSuffix, peek());
    }
    if (at(TokenType::Am) || at(TokenType::Pm)) {
        const Token &suffix = take();
        if (hours < 1 || hours > 12)
            return fail(OpeningHoursError::AmPm, number);
        if (suffix.type == TokenType::Am)
            hours = hours == 12 ? 0 : hours;
        else
            hours = hours == 12 ? 12 : hours + 12;
        warn(OpeningHoursError::AmPm, suffix, clockText(hours * 60 + mins));
    } else if (!hasMinutes && !isOffset) {
        warn(OpeningHoursError::MissingMinutes, number, clockText(std::min(hours, 48) * 60));
    }
    if (at(TokenType::HourSuffix) && hasMinutes)
        warn(OpeningHoursError::HourSuffix, take(), QString()); // "18:00h": the "h" goes
    while (at(TokenType::Noise))
        take();
    const int total = hours * 60 + mins;
    if (total > (isEnd ? latestEnd : minutesPerDay))
        return fail(OpeningHoursError::InvalidTime, number);
    minutes = total;
    m_lastClockHourOnly = !hasMinutes;
    return true;
}

QString OpeningHoursParser::suggestFix(QStringView rule)
{
    QString text = rule.toString().simplified();
    // Nothing to correct (a service whose hours are not known); its patterns are not compiled.
    if (text.isEmpty())
        return {};
    const QString original = text;
    static const QRegularExpression allDay(
            uR"((?i)^(?:h\s*24|24\s*h?\s*/\s*24\s*h?)(?:\s*(?:,|et|and)?\s*7\s*j?\s*/\s*7\s*j?)?$)"_s);
    if (allDay.match(text).hasMatch())
        return u"24/7"_s;

    // French phrasing of what the syntax says with selectors and rules.
    struct Rewrite
    {
        QRegularExpression pattern;
        QString replacement;
    };
    static const Rewrite rewrites[] = {
            {QRegularExpression(
                     uR"((?i)\s*,?\s*\b(?:sauf|fermée?s?)\s+(?:les\s+)?jours?\s+fériés?)"_s),
             u"; PH off"_s},
            {QRegularExpression(uR"((?i)\s*,?\s*\bfermée?s?\s+(?:le\s+|les\s+)?week-?ends?)"_s),
             u"; Sa,Su off"_s},
            {QRegularExpression(uR"((?i)\s*,?\s*\bsauf\s+(?:le\s+)?(\d{1,2})\s+(\p{L}+))"_s),
             u"; \\2 \\1 off"_s},
            {QRegularExpression(uR"((?i)\btous\s+les\s+jours\b)"_s), u"Mo-Su"_s},
            {QRegularExpression(uR"((?i)\b7\s*j\s*/\s*7\s*j?)"_s), u"Mo-Su"_s},
            {QRegularExpression(uR"((?i)\b24\s*h\s*/\s*24\s*h?)"_s), u"00:00-24:00"_s},
            {QRegularExpression(uR"((?i)\b(?:du|de)\s+)"_s), QString()},
            // "0900-1800"
            {QRegularExpression(uR"(\b([01]\d|2[0-4])([0-5]\d)\s*-\s*([0-4]\d)([0-5]\d)\b)"_s),
             u"\\1:\\2-\\3:\\4"_s},
    };
    for (const Rewrite &rewrite : rewrites)
        text.replace(rewrite.pattern, rewrite.replacement);

    auto pad = [](const QString &digits) {
        return digits.size() == 1 ? u"0"_s + digits : digits;
    };
    // Replaces every match by what make() returns for it.
    auto rewriteEach = [&text](const QRegularExpression &pattern, auto make) {
        QString result;
        qsizetype last = 0;
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString replacement = make(match);
            if (replacement.isNull())
                continue;
            result += text.mid(last, match.capturedStart() - last) + replacement;
            last = match.capturedEnd();
        }
        text = result + text.mid(last);
    };
    // "09h00", "9h30", then "9h", then "9-18".
    static const QRegularExpression hourMinute(uR"((?i)\b(\d{1,2})\s*h\s*(\d{2})\b)"_s);
    rewriteEach(hourMinute, [&](const QRegularExpressionMatch &match) {
        return pad(match.captured(1)) + u':' + match.captured(2);
    });
    static const QRegularExpression hourOnly(uR"((?i)\b(\d{1,2})\s*h\b)"_s);
    rewriteEach(hourOnly, [&](const QRegularExpressionMatch &match) {
        return pad(match.captured(1)) + u":00"_s;
    });
    static const QRegularExpression bareRange(
            uR"((?<![\d:.])(\d{1,2})\s*-\s*(\d{1,2})(?![\d:.]))"_s);
    rewriteEach(bareRange, [&](const QRegularExpressionMatch &match) {
        if (match.captured(1).toInt() > 24 || match.captured(2).toInt() > 48)
            return QString();
        return pad(match.captured(1)) + u":00-"_s + pad(match.captured(2)) + u":00"_s;
    });

    // Only propose a result that parses.
    if (text == original)
        return QString();
    OpeningHoursParser parser(text, Suggestions::Off);
    return parser.isValid() ? format(parser.ast()) : QString();
}

namespace {

QString formatTimePoint(const OpeningHoursAst::TimePoint &point)
{
    using Event = OpeningHoursAst::TimeEvent;
    QString name;
    switch (point.event) {
    case Event::Clock:
        return clockText(point.minutes);
    case Event::Sunrise:
        name = u"sunrise"_s;
        break;
    case Event::Sunset:
        name = u"sunset"_s;
        break;
    case Event::Dawn:
        name = u"dawn"_s;
        break;
    case Event::Dusk:
        name = u"dusk"_s;
        break;
    }
    if (point.minutes == 0)
        return name;
    const int offset = std::abs(point.minutes);
    return u"(%1%2%3)"_s.arg(name, point.minutes < 0 ? u"-"_s : u"+"_s, clockText(offset));
}

QString formatOffset(int days)
{
    if (days == 0)
        return QString();
    return u" %1%2 %3"_s.arg(days < 0 ? u"-"_s : u"+"_s)
            .arg(std::abs(days))
            .arg(std::abs(days) == 1 ? u"day"_s : u"days"_s);
}

QString formatNth(quint16 mask)
{
    QStringList parts;
    for (int n = 1; n <= 5; ++n) {
        if (mask & (1u << (n - 1)))
            parts.append(QString::number(n));
    }
    for (int n = 1; n <= 5; ++n) {
        if (mask & (1u << (4 + n)))
            parts.append(QString::number(-n));
    }
    return u"["_s + parts.join(u',') + u"]"_s;
}

QString formatDatePoint(const OpeningHoursAst::DatePoint &point,
                        const OpeningHoursAst::DatePoint *previous)
{
    using Kind = OpeningHoursAst::DatePoint::Kind;
    QString text;
    if (point.year != 0 && (!previous || previous->year != point.year))
        text += QString::number(point.year) + u' ';
    switch (point.kind) {
    case Kind::Easter:
        text += u"easter"_s;
        break;
    case Kind::MonthOnly:
        text += QString::fromUtf16(monthNames[point.month - 1]);
        break;
    case Kind::Fixed:
        if (previous && previous->kind == Kind::Fixed && previous->month == point.month
            && previous->year == point.year && previous->dayOffset == 0)
            text += twoDigits(point.day);
        else
            text += QString::fromUtf16(monthNames[point.month - 1]) + u' ' + twoDigits(point.day);
        break;
    case Kind::NthWeekday:
        text += QString::fromUtf16(monthNames[point.month - 1]) + u' '
                + QString::fromUtf16(weekdayNames[point.weekday]) + u'['
                + QString::number(point.nth) + u']';
        break;
    }
    return text + formatOffset(point.dayOffset);
}

} // namespace

QString OpeningHoursParser::format(const OpeningHoursAst &ast)
{
    using Kind = OpeningHoursAst::SelectorKind;
    QString result;
    bool firstRule = true;
    // The text written so far ends with a time range, which a ", " and another time continue.
    bool previousEndsWithTime = false;
    for (const OpeningHoursAst::Rule &rule : ast.rules) {
        if (!firstRule) {
            switch (rule.separator) {
            case OpeningHoursAst::Separator::Normal:
                result += u"; "_s;
                break;
            case OpeningHoursAst::Separator::Additional:
                result += u", "_s;
                break;
            case OpeningHoursAst::Separator::Fallback:
                result += u" || "_s;
                break;
            }
        }
        firstRule = false;
        QStringList parts;
        // Wide selectors first, in the order of the specification.
        static constexpr Kind order[]
                = {Kind::Year, Kind::Month, Kind::Date, Kind::Week, Kind::Holiday, Kind::Weekday};
        for (Kind kind : order) {
            for (const OpeningHoursAst::Group &group : rule.groups) {
                if (group.kind != kind)
                    continue;
                QStringList items;
                for (const OpeningHoursAst::Selector &s : group.items) {
                    switch (s.kind) {
                    case Kind::Year: {
                        QString text = QString::number(s.first);
                        if (s.last != s.first)
                            text += u'-' + QString::number(s.last);
                        if (s.step > 1)
                            text += u'/' + QString::number(s.step);
                        else if (s.openEnded)
                            text += u'+';
                        items.append(text);
                        break;
                    }
                    case Kind::Month:
                    case Kind::Date: {
                        QString text = formatDatePoint(s.from, nullptr);
                        const bool single = s.from.kind == s.to.kind && s.from.month == s.to.month
                                            && s.from.day == s.to.day && s.from.year == s.to.year
                                            && s.from.nth == s.to.nth
                                            && s.from.weekday == s.to.weekday
                                            && s.from.dayOffset == s.to.dayOffset;
                        if (!single)
                            text += u'-' + formatDatePoint(s.to, &s.from);
                        if (s.step > 1)
                            text += u'/' + QString::number(s.step);
                        items.append(text);
                        break;
                    }
                    case Kind::Week: {
                        QString text = twoDigits(s.first);
                        if (s.last != s.first)
                            text += u'-' + twoDigits(s.last);
                        if (s.step > 1)
                            text += u'/' + QString::number(s.step);
                        items.append(text);
                        break;
                    }
                    case Kind::Weekday: {
                        QString text = QString::fromUtf16(weekdayNames[s.first]);
                        if (s.last != s.first)
                            text += u'-' + QString::fromUtf16(weekdayNames[s.last]);
                        if (s.nthMask)
                            text += formatNth(s.nthMask);
                        text += formatOffset(s.dayOffset);
                        items.append(text);
                        break;
                    }
                    case Kind::Holiday:
                        items.append((s.school ? u"SH"_s : u"PH"_s) + formatOffset(s.dayOffset));
                        break;
                    }
                }
                parts.append((kind == Kind::Week ? u"week "_s : QString()) + items.join(u','));
            }
        }
        QStringList times;
        bool allDay = false;
        for (const OpeningHoursAst::TimeRange &range : rule.times) {
            if (rule.twentyFourSeven && range.from.isClock() && range.from.minutes == 0
                && range.to.isClock() && range.to.minutes == minutesPerDay && !range.openEnd) {
                allDay = true;
                continue;
            }
            if (range.hasEnd && !range.openEnd && range.from.isClock() && range.to.isClock()
                && range.from.minutes == range.to.minutes && range.from.minutes % 60 == 0) {
                // An empty range, which only "8-8" gives (the reference reads it so, while
                // "08:00-08:00" lasts 24 hours): written as it came, to keep its meaning.
                const QString hour = QString::number(range.from.minutes / 60);
                times.append(hour + u'-' + hour);
                continue;
            }
            QString text = formatTimePoint(range.from);
            if (range.hasEnd)
                text += u'-' + formatTimePoint(range.to);
            if (range.openEnd)
                text += u'+';
            times.append(text);
        }
        if (allDay && parts.isEmpty() && times.isEmpty())
            parts.append(u"24/7"_s);
        else if (allDay)
            times.prepend(u"00:00-24:00"_s);
        QString state;
        if (rule.explicitState) {
            switch (rule.state) {
            case OpeningHoursAst::State::Open:
                state = u"open"_s;
                break;
            case OpeningHoursAst::State::Closed:
                state = u"off"_s;
                break;
            case OpeningHoursAst::State::Unknown:
                state = u"unknown"_s;
                break;
            }
        }
        const QString comment = rule.hasComment ? u"\"%1\""_s.arg(rule.comment) : QString();
        // An additional rule that would start with a time after a rule that ends with one
        // ("Mo-Sa 10:00-17:00, 12:00-13:00 off") would be read as more times of that rule:
        // its state or comment goes first ("..., off 12:00-13:00"), and a rule with neither
        // says "open", which it means anyway.
        const bool startsWithTime = parts.isEmpty() && !times.isEmpty();
        if (rule.separator == OpeningHoursAst::Separator::Additional && startsWithTime
            && previousEndsWithTime) {
            if (!state.isEmpty())
                parts.append(state);
            else if (!comment.isEmpty())
                parts.append(comment);
            else
                parts.append(u"open"_s);
            parts.append(times.join(u','));
            previousEndsWithTime = true;
            if (!state.isEmpty() && !comment.isEmpty()) {
                parts.append(comment);
                previousEndsWithTime = false;
            }
        } else {
            if (!times.isEmpty())
                parts.append(times.join(u','));
            if (!state.isEmpty())
                parts.append(state);
            if (!comment.isEmpty())
                parts.append(comment);
            previousEndsWithTime = !times.isEmpty() && state.isEmpty() && comment.isEmpty();
        }
        result += parts.join(u' ');
    }
    return result;
}

} // namespace Helplines
