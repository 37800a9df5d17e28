// libFuzzer target: phone numbers (docs/reliability.md, "Fuzzing").
//
// Input: a number as a directory would publish it, in UTF-8, optionally followed by a NUL byte
// and parameter bytes: the region it is read in (the French plan's regions, a few others and
// unsupported codes) and the kind of contact it is shown as. Without them: "FR", a phone
// contact. So the seeds are plain numbers.
//
// Besides crashes, leaks, undefined behaviour and timeouts, it checks what PhoneNumber and
// ContactPresentation promise (phonenumber.h, contactpresentation.h):
// - a valid number has a region, a dialable form of digits (with "+" for a foreign number),
//   an E.164 form or none for a short number, and its tel: and sms: URLs are exactly
//   "tel:" and "sms:" followed by those digits: nothing of the text as written ever reaches
//   a URL; read again, its dialable and displayed forms give the same number;
// - an invalid number has no dialable form and no URL, a message, and a column that points at
//   the offending character;
// - the Call and Send SMS actions of a contact open only such URLs, web actions only http(s)
//   pages, e-mail actions only mailto: addresses.

#include "core/phone/phonenumber.h"
#include "core/service.h"
#include "models/contactpresentation.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// The regions of the French ten-digit plan, where the application reads numbers and where the
// dialable form ("what a phone in France dials") reads again as the same number; then others,
// where it need not, and codes libphonenumber does not know.
constexpr std::array<const char16_t *, 6> frenchPlan{u"FR", u"RE", u"GP", u"MQ", u"GF", u"YT"};
// Saint-Pierre-et-Miquelon (its own plan: a French number read there is dialled as from France,
// "01 …", which is not a number of its plan) and others.
constexpr std::array<const char16_t *, 7> otherRegions{u"PM", u"GB", u"DE", u"US",
                                                       u"fr", u"",   u"ZZ"};
constexpr std::array<ContactKind, 6> kinds{ContactKind::Phone, ContactKind::Sms,
                                           ContactKind::Web,   ContactKind::Chat,
                                           ContactKind::Video, ContactKind::Email};
// Holiday regions as a service gives them; the contact's number is read in the region they map
// to.
constexpr std::array<const char16_t *, 8> holidays{u"FR",     u"FR-974", u"FR-971", u"FR-973",
                                                   u"FR-975", u"FR-976", u"fr-972", u"FR-57"};

[[noreturn]] void fail(const char *what, const QString &text, const QString &detail)
{
    std::fprintf(stderr, "fuzz_phonenumber: %s\n  text: %s\n  %s\n", what,
                 qPrintable(text.left(2000)), qPrintable(detail));
    std::abort();
}

void check(bool condition, const char *what, const QString &text, const QString &detail = {})
{
    if (!condition)
        fail(what, text, detail);
}

const QRegularExpression &pattern(int which)
{
    static const std::array<QRegularExpression, 4> patterns{
            QRegularExpression(u"^\\+?[0-9]{2,17}$"_s),     // dialable
            QRegularExpression(u"^\\+[1-9][0-9]{1,16}$"_s), // E.164 (libphonenumber allows 17)
            // A region; 001 for non-geographic numbers (+800, +881, ...).
            QRegularExpression(u"^([A-Z]{2}|001)$"_s),
            QRegularExpression(u"^[0-9]+$"_s), // digits
    };
    return patterns.at(which);
}

void checkUrl(const QUrl &url, const QString &scheme, const PhoneNumber &number,
              const QString &text)
{
    const QString expected
            = scheme + u':'
              + (number.international().isEmpty() ? number.dialable() : number.international());
    check(url.isValid(), "a valid number has an invalid URL", text, url.toString());
    check(url.toString(QUrl::FullyEncoded) == expected,
          "the URL is not built from the validated digits", text,
          url.toString(QUrl::FullyEncoded) + u" instead of "_s + expected);
    check(url.scheme() == scheme && !url.hasQuery() && !url.hasFragment() && url.host().isEmpty(),
          "the URL carries more than a number", text, url.toString());
}

void checkNumber(const QString &text, QStringView region, bool frenchRegion)
{
    const PhoneNumber number = PhoneNumber::parse(text, region);
    check(number.text() == text, "text() is not the text given", text);
    if (!number.isValid()) {
        const PhoneNumberError &error = number.error();
        check(number.dialable().isEmpty() && number.international().isEmpty()
                      && number.regionCode().isEmpty() && number.digits().isEmpty(),
              "an invalid number has a dialable form", text, number.dialable());
        check(number.telUrl().isEmpty() && number.smsUrl().isEmpty(), "an invalid number has a URL",
              text, number.telUrl().toString());
        check(!error.message().isEmpty() && !error.kindName().isEmpty(),
              "an error without a message", text, error.kindName());
        check(error.column >= 0 && error.column <= text.size(), "a column outside the text", text,
              QString::number(error.column));
        if (error.kind == PhoneNumberError::InvalidCharacter) {
            check(error.column >= 1 && text.mid(error.column - 1).startsWith(error.detail)
                          && !error.detail.isEmpty(),
                  "the invalid character is not at its column", text,
                  error.detail + u" at "_s + QString::number(error.column));
        }
        return;
    }

    check(number.error().kind == PhoneNumberError::None, "a valid number with an error", text);
    check(pattern(0).match(number.dialable()).hasMatch(), "a dialable form that is not digits",
          text, number.dialable());
    check(number.international().isEmpty() || pattern(1).match(number.international()).hasMatch(),
          "an international form that is not E.164", text, number.international());
    check(!number.isShortNumber() || number.international().isEmpty(),
          "a short number with an international form", text, number.international());
    check(number.isShortNumber() || !number.international().isEmpty(),
          "a long number without an international form", text, number.dialable());
    check(pattern(2).match(number.regionCode()).hasMatch(), "a region that is not a code", text,
          number.regionCode());
    check(pattern(3).match(number.digits()).hasMatch()
                  && number.dialable().endsWith(number.digits()),
          "digits() are not the dialable digits", text, number.digits());
    check(!number.display().trimmed().isEmpty(), "nothing to display", text);
    check(!(number.isTollFree() && number.isPremiumRate()), "free and premium-rate at once", text);
    checkUrl(number.telUrl(), u"tel"_s, number, text);
    checkUrl(number.smsUrl(), u"sms"_s, number, text);

    if (frenchRegion) {
        // What is shown and copied is the same number when read again. The overseas
        // departments share the French plan, but libphonenumber gives each its own copy of the
        // special ranges: a metropolitan "08 09 …" read again in Réunion is Réunion's
        // "+262 809 …", a toll-free number there rather than a universal-access one. The digits
        // dialled are the same; the type is compared only where the number belongs to the
        // region it is read in (found by this fuzzer: "0033 0809901408" in RE, and the other
        // way round "+262 808 30 39 19" read in FR).
        const bool sameRegion = number.regionCode() == region;
        for (const QString &form : {number.dialable(), number.display()}) {
            const PhoneNumber again = PhoneNumber::parse(form, region);
            check(again.isValid() && again.dialable() == number.dialable()
                          && (!sameRegion || again.type() == number.type()),
                  "a form of the number does not read as the same number", text,
                  form + u" -> "_s
                          + (again.isValid() ? again.dialable() : again.error().message()));
        }
    }
}

void checkContact(const QString &text, ContactKind kind, QStringView holidayRegion)
{
    Contact contact;
    contact.kind = kind;
    contact.value = text;
    Service service;
    service.holidays = holidayRegion.toString();
    const ContactPresentation presentation = ContactPresentation::of(contact, service);
    const QUrl &url = presentation.actionUrl;
    (void)presentation.copyLabel();
    (void)presentation.actionLabel(kind);
    (void)presentation.copiedMessage();

    if (!presentation.valid) {
        check(presentation.action == ContactPresentation::NoAction && url.isEmpty(),
              "an action for a value that is not valid", text, url.toString());
        return;
    }
    switch (kind) {
    case ContactKind::Phone:
    case ContactKind::Sms: {
        const PhoneNumber number
                = PhoneNumber::parse(text, PhoneNumber::regionForHolidays(holidayRegion));
        check(number.isValid(), "an action for an invalid number", text, url.toString());
        check(presentation.action
                      == (kind == ContactKind::Phone ? ContactPresentation::Call
                                                     : ContactPresentation::SendSms),
              "a number's action is neither Call nor Send SMS", text);
        check(url == (kind == ContactKind::Phone ? number.telUrl() : number.smsUrl()),
              "the action's URL is not the validated number's", text, url.toString());
        check(presentation.copyText == number.dialable(), "Copy does not copy the dialable form",
              text, presentation.copyText);
        break;
    }
    case ContactKind::Web:
    case ContactKind::Chat:
    case ContactKind::Video:
        check(presentation.action == ContactPresentation::OpenPage
                      && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
                      && !url.host().isEmpty(),
              "a web action that is not an http(s) page", text, url.toString());
        break;
    case ContactKind::Email:
        check(presentation.action == ContactPresentation::WriteEmail && url.scheme() == u"mailto"_s
                      && !url.hasQuery() && !url.hasFragment(),
              "an e-mail action that is not a plain mailto: address", text, url.toString());
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(bytes, 0, size);
    const size_t textSize = nul ? size_t(static_cast<const char *>(nul) - bytes) : size;
    const QString text = QString::fromUtf8(bytes, qsizetype(textSize));
    const auto parameter = [&](size_t index) -> unsigned {
        const size_t at = textSize + 1 + index;
        return at < size ? data[at] : 0;
    };

    const unsigned regionChoice = parameter(0);
    const bool french = regionChoice < 128;
    const QStringView region
            = french ? QStringView(frenchPlan.at(regionChoice % frenchPlan.size()))
                     : QStringView(otherRegions.at(regionChoice % otherRegions.size()));
    checkNumber(text, region, french);
    if (region != u"FR")
        checkNumber(text, u"FR", true);

    const unsigned contactChoice = parameter(1);
    checkContact(text, kinds.at(contactChoice % kinds.size()),
                 holidays.at((contactChoice / kinds.size()) % holidays.size()));
    return 0;
}
