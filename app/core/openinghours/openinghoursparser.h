#ifndef HELPLINES_CORE_OPENINGHOURSPARSER_H
#define HELPLINES_CORE_OPENINGHOURSPARSER_H

#include "core/openinghours/openinghoursast.h"
#include "core/openinghours/openinghourserror.h"
#include "core/openinghours/openinghourslexer.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Helplines {

// Builds the OpeningHoursAst of a value from the lexer's tokens, without recursion (the only
// nesting, "(sunset+01:00)", is one level deep) and in one pass, so that any input is parsed or
// rejected in time linear in its length. Selectors may come in any order inside a rule, as real
// values have them ("10:00-16:00 We open"); selectors of one kind written apart ("Mo Tu Fr")
// are alternatives, selectors of different kinds must all match.
class OpeningHoursParser
{
public:
    // With Suggestions::On, an error carries a corrected value when one can be found.
    enum class Suggestions { On, Off };
    explicit OpeningHoursParser(QStringView rule, Suggestions suggestions = Suggestions::On);

    bool isValid() const { return !m_error.isError(); }
    const OpeningHoursError &error() const { return m_error; }
    const QList<OpeningHoursError> &warnings() const { return m_warnings; }
    const OpeningHoursAst &ast() const { return m_ast; }

    // The canonical text of a parsed value ("Mo-Fr 09:00-18:00; PH off").
    static QString format(const OpeningHoursAst &ast);
    // A corrected value for common French and sloppy notations ("9h-18h" -> "09:00-18:00",
    // "24h/24 7j/7" -> "24/7"); empty when nothing applies.
    static QString suggestFix(QStringView rule);

private:
    using Token = OpeningHoursLexer::Token;
    using TokenType = OpeningHoursLexer::TokenType;
    using Ast = OpeningHoursAst;

    const Token &peek(int ahead = 0) const;
    const Token &take();
    bool at(TokenType type, int ahead = 0) const { return peek(ahead).type == type; }
    bool fail(OpeningHoursError::Kind kind, const Token &token, const QString &suggestion = {});
    void warn(OpeningHoursError::Kind kind, const Token &token, const QString &suggestion);

    void parse();
    bool parseRule(Ast::Rule &rule);
    Ast::Group &groupOf(Ast::Rule &rule, Ast::SelectorKind kind);
    bool parseWeekdayList(Ast::Rule &rule);
    bool parseWeekday(Ast::Selector &selector);
    bool parseHoliday(Ast::Selector &selector);
    bool parseNth(quint16 &mask, bool single, int *value);
    bool parseDayOffset(qint16 &offset);
    bool atDayOffset() const;
    bool parseDateList(Ast::Rule &rule);
    bool parseDateItem(Ast::Selector &selector, bool &allowsBareDays);
    bool parseDatePoint(Ast::DatePoint &point, int defaultMonth, int defaultYear, bool isEnd);
    bool parseYearList(Ast::Rule &rule);
    bool parseWeekList(Ast::Rule &rule);
    bool parseTimeList(Ast::Rule &rule);
    bool parseTimeRange(Ast::TimeRange &range);
    bool parseTimePoint(Ast::TimePoint &point, bool isEnd);
    bool parseClock(int &minutes, bool isEnd, bool isOffset);
    bool atTimeStart(int ahead = 0) const;
    bool atYear(int ahead = 0) const;
    bool atClockColon(int ahead) const;
    bool atDayNumber(int ahead = 0) const;

    QString m_rule;
    QList<Token> m_tokens;
    int m_index = 0;
    bool m_lastClockHourOnly = false;
    Ast m_ast;
    OpeningHoursError m_error;
    QList<OpeningHoursError> m_warnings;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSPARSER_H
