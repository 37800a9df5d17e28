#include "phonenumbererror.h"

using namespace Qt::StringLiterals;

namespace Helplines {

QString PhoneNumberError::message() const
{
    switch (kind) {
    case None:
        return {};
    case Empty:
        return tr("The phone number is empty.");
    case InvalidCharacter:
        return tr("The phone number “%1” contains “%2”, which is not part of a number.")
                .arg(text, detail);
    case TooShort:
        return tr("The phone number “%1” is too short: it has %n digit(s).", nullptr,
                  detail.toInt())
                .arg(text);
    case TooLong:
        return tr("The phone number “%1” is too long: it has %n digit(s).", nullptr, detail.toInt())
                .arg(text);
    case MissingTrunkPrefix:
        return tr("The phone number “%1” does not start with 0 or with a country code.").arg(text);
    case UnknownShortNumber:
        return tr("“%1” is not a known short number.").arg(text);
    case InvalidNumber:
        return tr("“%1” is not a valid phone number.").arg(text);
    case UnsupportedRegion:
        return tr("Phone numbers of the region “%1” are not supported.").arg(detail);
    }
    return {};
}

QString PhoneNumberError::hint() const
{
    switch (kind) {
    case None:
    case UnsupportedRegion:
        return {};
    case Empty:
        return tr("Write the number as its operator publishes it, such as “0 800 130 000” or "
                  "“3114”.");
    case InvalidCharacter:
        return tr("Write only digits, spaces, dots or dashes, and “+” before a country code; put "
                  "extensions, letters and explanations in the contact's “note”.");
    case TooShort:
    case TooLong:
        return tr("A French number has 10 digits and starts with 0 (“01 45 39 40 00”); short "
                  "numbers have 2 to 6 digits (“15”, “3114”, “116 111”).");
    case MissingTrunkPrefix:
        return tr("Write a French number with its leading 0 (“0 800 130 000”) or in "
                  "international form (“+33 800 130 000”).");
    case UnknownShortNumber:
        return tr("Check the number with the service; short numbers in use in France include "
                  "15, 112, 114, 119 and 3114.");
    case InvalidNumber:
        return tr("Check the number with the service: no line uses these digits in the French "
                  "numbering plan, or in the country of its code.");
    }
    return {};
}

QString PhoneNumberError::kindName() const
{
    switch (kind) {
    case None:
        return {};
    case Empty:
        return u"empty"_s;
    case InvalidCharacter:
        return u"invalid-character"_s;
    case TooShort:
        return u"too-short"_s;
    case TooLong:
        return u"too-long"_s;
    case MissingTrunkPrefix:
        return u"missing-trunk-prefix"_s;
    case UnknownShortNumber:
        return u"unknown-short-number"_s;
    case InvalidNumber:
        return u"invalid-number"_s;
    case UnsupportedRegion:
        return u"unsupported-region"_s;
    }
    return {};
}

} // namespace Helplines
