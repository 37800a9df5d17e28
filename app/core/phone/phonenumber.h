#ifndef HELPLINES_CORE_PHONENUMBER_H
#define HELPLINES_CORE_PHONENUMBER_H

#include "core/phone/phonenumbererror.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Helplines {

// A phone number as a directory publishes it ("0 800 130 000", "3114", "+33 1 45 39 40 00"),
// checked against the numbering plan with libphonenumber and given in the forms the
// application needs: shown, copied, dialled by a tel: or sms: link, searched.
//
// Numbers are read in a region: "FR" by default, or the overseas department of a service
// ("RE" for Réunion; see regionForHolidays()). The French numbering plan is one plan for
// metropolitan France and the overseas departments: a number valid in another of them is
// accepted ("0262 …" is a Réunion number even for a national service, "3114" answers in
// Réunion too), and geographic and mobile numbers of the overseas departments are given
// their own country code (+262 262 …), not +33.
//
// Only digits, spaces (including no-break spaces), dots, dashes, parentheses and a leading
// "+" are accepted: letters, extensions, "tel:", ";" or "?" make the number invalid, so that
// nothing but validated digits ever reaches a URL.
class PhoneNumber
{
public:
    enum class Type {
        Unknown,
        FixedLine,
        Mobile,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        UniversalAccess, // "0 806 …" to "0 809 …" in France: charged as a local call
        Voicemail,
        ShortNumber,     // "3114", "119", "116 111"
        EmergencyNumber, // "15", "17", "18", "112", "114"
    };

    // An invalid number with an Empty error.
    PhoneNumber();

    // Reads a number as published, in a region (ISO 3166-1 code, "FR", "RE", ...).
    static PhoneNumber parse(const QString &text, QStringView region = u"FR");
    // The region whose numbering plan a service with these public holidays uses:
    // "FR-971" -> "GP", "FR-972" -> "MQ", "FR-973" -> "GF", "FR-974" -> "RE", "FR-975" -> "PM",
    // "FR-976" -> "YT"; "FR" for anything else.
    static QString regionForHolidays(QStringView holidayRegion);

    bool isValid() const { return !m_error.isError(); }
    const PhoneNumberError &error() const { return m_error; }

    Type type() const { return m_type; }
    bool isShortNumber() const
    {
        return m_type == Type::ShortNumber || m_type == Type::EmergencyNumber;
    }
    bool isEmergencyNumber() const { return m_type == Type::EmergencyNumber; }
    // Free to call: a toll-free number, or a short number known to be free.
    bool isTollFree() const { return m_tollFree; }
    // Charged above the normal rate: a premium-rate number or premium short number ("118 …").
    bool isPremiumRate() const { return m_premiumRate; }

    // The region the number belongs to ("FR", "RE", "GB"); empty when invalid.
    QString regionCode() const { return m_regionCode; }
    // The text as given.
    QString text() const { return m_text; }
    // What a phone in France dials, for copying: "0800130000", "3114", "+442079460000" for a
    // foreign number. Empty when invalid.
    QString dialable() const { return m_dialable; }
    // E.164: "+33800130000", "+262262123456"; empty for short numbers and when invalid.
    QString international() const { return m_international; }
    // For reading: the text as published when it has the same digits as dialable()
    // ("0 800 130 000"), else libphonenumber's national format ("0 800 13 00 00"; the
    // international format for a foreign number). Short numbers stay as they are. The text as
    // given when invalid.
    QString display() const { return m_display; }
    // The digits of dialable(), for search: "0800130000". Empty when invalid.
    QString digits() const;

    // tel: and sms: URLs (RFC 3966, RFC 5724) built from the validated digits only: the
    // international form when there is one ("tel:+33800130000"), else the short number
    // ("tel:3114"). Empty when invalid.
    QUrl telUrl() const;
    QUrl smsUrl() const;

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b);
    friend bool operator!=(const PhoneNumber &a, const PhoneNumber &b) { return !(a == b); }

private:
    // Saves and restores every field (phonenumbercache.cpp).
    friend class PhoneNumberCache;

    QString m_text;
    QString m_regionCode;
    QString m_dialable;
    QString m_international;
    QString m_display;
    PhoneNumberError m_error;
    Type m_type = Type::Unknown;
    bool m_tollFree = false;
    bool m_premiumRate = false;
};

} // namespace Helplines

#endif // HELPLINES_CORE_PHONENUMBER_H
