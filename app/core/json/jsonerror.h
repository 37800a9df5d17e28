#ifndef HELPLINES_CORE_JSONERROR_H
#define HELPLINES_CORE_JSONERROR_H

#include <QCoreApplication>
#include <QString>

namespace Helplines {

// Why a JSON text could not be read, as a value: the kind, where (1-based line and column, the
// column counted in characters, as an editor counts them; 0 when the error concerns the whole
// file) and the piece of text it is about. message() and hint() translate it when called
// (context "JsonError").
struct JsonError
{
    Q_DECLARE_TR_FUNCTIONS(JsonError)

public:
    enum Kind {
        None,
        // The file itself.
        CannotOpen,          // detail: the system's reason
        FileTooLarge,        // detail: the limit in bytes
        UnsupportedEncoding, // UTF-16 or UTF-32 (byte order mark or NUL bytes)
        InvalidUtf8,
        EmptyDocument,
        // Syntax.
        UnexpectedCharacter, // detail: the character
        UnexpectedEnd,       // inside a value; detail and related*: the innermost unclosed bracket
        ExpectedValue,
        ExpectedKey,
        ExpectedColon,
        ExpectedCommaOrBracket, // detail: "]" or "}"
        TrailingComma,
        TrailingGarbage,
        Comment,
        SingleQuotes,
        TypographicQuotes, // detail: the quote (“, «, ’, ...)
        InvalidLiteral,    // detail: the word ("True", "NaN", "undefined")
        UnterminatedString,
        ControlCharacter, // detail: the character's code, "U+0009"
        InvalidEscape,    // detail: the escape ("\x")
        LoneSurrogate,    // detail: the escape ("\ud83d")
        InvalidNumber,    // detail: the number as written
        NumberOutOfRange, // detail: the number as written
        DuplicateKey,     // detail: the key; relatedLine/relatedColumn: the first one
        // Limits.
        TooDeep,       // detail: the limit
        StringTooLong, // detail: the limit
        TooManyValues, // detail: the limit
    };

    Kind kind = None;
    int line = 0;
    int column = 0;
    // Byte offset in the file (after a byte order mark, if any, is counted); -1 when unknown.
    qint64 offset = -1;
    QString detail;
    // DuplicateKey: where the key was first seen; UnexpectedEnd: the unclosed bracket.
    int relatedLine = 0;
    int relatedColumn = 0;

    bool isError() const { return kind != None; }
    // One sentence: "The key “name” appears twice in the same object."
    QString message() const;
    // How to fix it: "Remove one of them; the first one is on line 12." Empty when obvious.
    QString hint() const;
    // A stable name for tests and machine-readable output: "duplicate-key".
    QString kindName() const;
};

} // namespace Helplines

#endif // HELPLINES_CORE_JSONERROR_H
