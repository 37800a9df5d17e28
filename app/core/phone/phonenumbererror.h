#ifndef HELPLINES_CORE_PHONENUMBERERROR_H
#define HELPLINES_CORE_PHONENUMBERERROR_H

#include <QCoreApplication>
#include <QString>

namespace Helplines {

// Why a number as published could not be used, as a value. message() and hint() translate it
// when called (context "PhoneNumberError").
struct PhoneNumberError
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberError)

public:
    enum Kind {
        None,
        Empty,              // nothing, or no digit at all
        InvalidCharacter,   // detail: the character; column: where it is in the text
        TooShort,           // detail: the number of digits
        TooLong,            // detail: the number of digits
        MissingTrunkPrefix, // a French number written without its leading 0 or +33
        UnknownShortNumber, // "3115": short, but not a known short number
        InvalidNumber,      // not a number in use in the numbering plan
        UnsupportedRegion,  // detail: the region code asked for
    };

    Kind kind = None;
    // 1-based position in the text (UTF-16 units) of the offending character; 0 when the
    // error concerns the whole number.
    int column = 0;
    // The number as given, for the message.
    QString text;
    QString detail;

    bool isError() const { return kind != None; }
    // "“0 800 130” is not a complete French number: it has 7 digits instead of 10."
    QString message() const;
    // How to write it instead.
    QString hint() const;
    // A stable name for tests and machine-readable output: "invalid-character".
    QString kindName() const;
};

} // namespace Helplines

#endif // HELPLINES_CORE_PHONENUMBERERROR_H
