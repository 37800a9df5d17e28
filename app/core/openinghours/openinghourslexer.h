#ifndef HELPLINES_CORE_OPENINGHOURSLEXER_H
#define HELPLINES_CORE_OPENINGHOURSLEXER_H

#include "core/openinghours/openinghourserror.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Helplines {

// Splits an opening_hours value into canonical tokens. The tolerance for sloppy values lives
// here: look-alike characters (typographic dashes, full-width and superscript digits, curly
// quotes) are read as their ASCII forms, and weekday and month names of several languages,
// "to", "and", "daily", "public holidays" ... become the tokens of the canonical syntax. Each
// tolerated form is reported as a warning with the canonical text; words that mean nothing are
// kept as Word tokens for the parser to reject with a hint.
class OpeningHoursLexer
{
public:
    enum class TokenType : quint8 {
        End,
        Number,
        Word,    // not understood
        Weekday, // value 0 = Monday
        Month,   // value 1..12
        Colon,
        Dash,
        Comma,
        Semicolon,
        Plus,
        Slash,
        LeftBracket,
        RightBracket,
        LeftParen,
        RightParen,
        Dot,
        Fallback, // "||"
        Comment,  // text is the comment
        Open,
        Closed,
        Unknown,
        PublicHoliday,
        SchoolHoliday,
        Week,
        Easter,
        Sunrise,
        Sunset,
        Dawn,
        Dusk,
        Day, // "day" or "days" after an offset
        Am,
        Pm,
        TwentyFourSeven,
        Midnight,
        Noon,
        OpenEnd,    // "late", "open end": the end of a time range is not known
        Daylight,   // sunrise-sunset
        HourSuffix, // "h" as in "9h" or "18:00h"
        Noise, // words without meaning that sloppy values carry ("Uhr", "on", a "key =" prefix)
    };

    struct Token
    {
        TokenType type = TokenType::End;
        // Number: its value; Weekday: 0..6; Month: 1..12.
        int value = 0;
        // Number: how many digits were written ("09" has 2).
        int digits = 0;
        // Position in the original value (0-based) and length there.
        int position = 0;
        int length = 0;
        // Whitespace precedes the token.
        bool spaced = false;
        // A Number written with look-alike digits ("₀₀₃₀").
        bool lookAlike = false;
        // Comment text, or the original text of a Word.
        QString text;
    };

    // Longest accepted value, in UTF-16 code units (OSM limits tag values to 255 characters).
    static constexpr int maximumLength = 4096;

    explicit OpeningHoursLexer(QStringView rule);

    bool hasError() const { return m_error.isError(); }
    OpeningHoursError error() const { return m_error; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<OpeningHoursError> &warnings() const { return m_warnings; }

    static QString tokenName(TokenType type);

private:
    void tokenize();
    void scanWord(int begin, int end, bool spaced);
    bool scanComment(int &index, bool spaced);
    void addToken(TokenType type, int position, int length, bool spaced, int value = 0);
    void warn(OpeningHoursError::Kind kind, int position, int length, const QString &suggestion);
    void applyPhrases();

    QStringView m_original;
    QString m_text; // m_original with look-alike characters replaced, same length
    QList<Token> m_tokens;
    QList<OpeningHoursError> m_warnings;
    OpeningHoursError m_error;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSLEXER_H
