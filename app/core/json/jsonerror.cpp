#include "jsonerror.h"

using namespace Qt::StringLiterals;

namespace Helplines {

QString JsonError::message() const
{
    switch (kind) {
    case None:
        return {};
    case CannotOpen:
        return tr("The file cannot be read: %1.").arg(detail);
    case FileTooLarge:
        return tr("The file is larger than the limit of %1 bytes.").arg(detail);
    case UnsupportedEncoding:
        return tr("The file is not encoded in UTF-8 (it looks like UTF-16 or UTF-32).");
    case InvalidUtf8:
        return tr("The file contains bytes that are not valid UTF-8.");
    case EmptyDocument:
        return tr("The file is empty.");
    case UnexpectedCharacter:
        return tr("Unexpected character “%1”.").arg(detail);
    case UnexpectedEnd:
        return tr("The file ends in the middle of a value.");
    case ExpectedValue:
        return tr("A value is expected here.");
    case ExpectedKey:
        return tr("A key in double quotes is expected here.");
    case ExpectedColon:
        return tr("A colon “:” is expected after the key.");
    case ExpectedCommaOrBracket:
        return tr("A comma “,” or a closing “%1” is expected here.").arg(detail);
    case TrailingComma:
        return tr("A comma is followed by no value.");
    case TrailingGarbage:
        return tr("There is more text after the end of the document.");
    case Comment:
        return tr("Comments are not allowed in JSON.");
    case SingleQuotes:
        return tr("Strings must be written in double quotes, not single quotes.");
    case TypographicQuotes:
        return tr("Strings must be written in straight double quotes (\"), not typographic "
                  "quotes (%1).")
                .arg(detail);
    case InvalidLiteral:
        return tr("“%1” is not a JSON value.").arg(detail);
    case UnterminatedString:
        return tr("The string is never closed.");
    case ControlCharacter:
        return tr("A string contains the control character %1.").arg(detail);
    case InvalidEscape:
        return tr("“%1” is not a valid escape sequence.").arg(detail);
    case LoneSurrogate:
        return tr("The escape “%1” is half of a surrogate pair without the other half.")
                .arg(detail);
    case InvalidNumber:
        return tr("“%1” is not a valid JSON number.").arg(detail);
    case NumberOutOfRange:
        return tr("The number “%1” is too large or too small to be represented.").arg(detail);
    case DuplicateKey:
        return tr("The key “%1” appears twice in the same object.").arg(detail);
    case TooDeep:
        return tr("Values are nested more than %1 levels deep.").arg(detail);
    case StringTooLong:
        return tr("A string is longer than the limit of %1 characters.").arg(detail);
    case TooManyValues:
        return tr("The file contains more than %1 values.").arg(detail);
    }
    return {};
}

QString JsonError::hint() const
{
    switch (kind) {
    case None:
    case CannotOpen:
        return {};
    case EmptyDocument:
        return tr("Check that this is the right file and that it was saved completely: a JSON "
                  "document starts with { or [.");
    case FileTooLarge:
        return tr("Split the directory into smaller files or check that this is the right file.");
    case UnsupportedEncoding:
        return tr("Save the file again with the encoding “UTF-8”.");
    case InvalidUtf8:
        return tr("Save the file again with the encoding “UTF-8”; it may have been saved as "
                  "Latin-1 or Windows-1252.");
    case UnexpectedCharacter:
    case ExpectedValue:
        return tr("A value is a string in double quotes, a number, an object {…}, an array […], "
                  "true, false or null.");
    case UnexpectedEnd:
        if (relatedLine > 0) {
            return tr("The “%1” on line %2, column %3 is never closed; the file may be "
                      "truncated.")
                    .arg(detail)
                    .arg(relatedLine)
                    .arg(relatedColumn);
        }
        return tr("Check that every “{”, “[” and “\"” is closed; the file may be truncated.");
    case ExpectedKey:
        return tr("Write the key in double quotes: \"key\": value.");
    case ExpectedColon:
        return tr("Write the key and its value as \"key\": value.");
    case ExpectedCommaOrBracket:
        return tr("Separate values with commas; a comma may be missing at the end of the "
                  "previous line.");
    case TrailingComma:
        return tr("Remove the comma after the last value.");
    case TrailingGarbage:
        return tr("A JSON file holds one value; remove what follows it or put everything in "
                  "one object.");
    case Comment:
        return tr("Remove the comment; a field such as \"note\" can hold text for people.");
    case SingleQuotes:
        return tr("Replace the single quotes around the string with double quotes.");
    case TypographicQuotes:
        return tr("A word processor may have replaced the quotes; edit the file in a plain text "
                  "editor and type straight double quotes.");
    case InvalidLiteral:
        return tr("Write strings in double quotes; the only bare words in JSON are true, false "
                  "and null (in lower case).");
    case UnterminatedString:
        return tr("Add the closing double quote; a double quote inside a string is written \\\".");
    case ControlCharacter:
        return tr("Write a line break as \\n and a tab as \\t inside strings, or close the string "
                  "before the end of the line.");
    case InvalidEscape:
        return tr("The escapes are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u followed by "
                  "four hexadecimal digits; write a backslash as \\\\.");
    case LoneSurrogate:
        return tr("Write the character itself in UTF-8, or both halves of the pair "
                  "(\\ud83d\\ude00).");
    case InvalidNumber:
        return tr("Numbers are written like -12, 3.5 or 1e6, without leading zeros, a “+” sign "
                  "or a trailing point; write other values in double quotes.");
    case NumberOutOfRange:
        return tr("Write the number in double quotes if it is an identifier.");
    case DuplicateKey:
        return tr("Remove one of them; the first one is on line %1, column %2.")
                .arg(relatedLine)
                .arg(relatedColumn);
    case TooDeep:
    case StringTooLong:
    case TooManyValues:
        return tr("Check that this is the right file; directory files never come close to "
                  "this limit.");
    }
    return {};
}

QString JsonError::kindName() const
{
    switch (kind) {
    case None:
        return {};
    case CannotOpen:
        return u"cannot-open"_s;
    case FileTooLarge:
        return u"file-too-large"_s;
    case UnsupportedEncoding:
        return u"unsupported-encoding"_s;
    case InvalidUtf8:
        return u"invalid-utf8"_s;
    case EmptyDocument:
        return u"empty-document"_s;
    case UnexpectedCharacter:
        return u"unexpected-character"_s;
    case UnexpectedEnd:
        return u"unexpected-end"_s;
    case ExpectedValue:
        return u"expected-value"_s;
    case ExpectedKey:
        return u"expected-key"_s;
    case ExpectedColon:
        return u"expected-colon"_s;
    case ExpectedCommaOrBracket:
        return u"expected-comma-or-bracket"_s;
    case TrailingComma:
        return u"trailing-comma"_s;
    case TrailingGarbage:
        return u"trailing-garbage"_s;
    case Comment:
        return u"comment"_s;
    case SingleQuotes:
        return u"single-quotes"_s;
    case TypographicQuotes:
        return u"typographic-quotes"_s;
    case InvalidLiteral:
        return u"invalid-literal"_s;
    case UnterminatedString:
        return u"unterminated-string"_s;
    case ControlCharacter:
        return u"control-character"_s;
    case InvalidEscape:
        return u"invalid-escape"_s;
    case LoneSurrogate:
        return u"lone-surrogate"_s;
    case InvalidNumber:
        return u"invalid-number"_s;
    case NumberOutOfRange:
        return u"number-out-of-range"_s;
    case DuplicateKey:
        return u"duplicate-key"_s;
    case TooDeep:
        return u"too-deep"_s;
    case StringTooLong:
        return u"string-too-long"_s;
    case TooManyValues:
        return u"too-many-values"_s;
    }
    return {};
}

} // namespace Helplines
