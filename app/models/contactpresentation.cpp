#include "contactpresentation.h"

#include "core/phone/phonenumbercache.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
           && !url.host().isEmpty();
}

bool isEmailAddress(const QString &value)
{
    // No control or format characters either (\p{C}): they would make the mailto: URL invalid.
    static const QRegularExpression address(
            u"^[^@\\s\\p{C}:/?#]+@[^@\\s\\p{C}:/?#]+\\.[^@\\s\\p{C}:/?#]+$"_s);
    return address.match(value).hasMatch();
}

} // namespace

ContactPresentation ContactPresentation::of(const Contact &contact, const Service &service)
{
    ContactPresentation p;
    p.display = contact.value;
    p.copyText = contact.value;

    switch (contact.kind) {
    case ContactKind::Phone:
    case ContactKind::Sms: {
        // From the numbers kept from the last run when they are there (PhoneNumberCache).
        const auto key = PhoneNumberCache::keyOf(contact, service);
        const PhoneNumber number = PhoneNumberCache::parse(key->first, key->second);
        if (!number.isValid())
            break;
        p.valid = true;
        p.display = number.display();
        p.copyText = number.dialable();
        p.international = number.international();
        // Built from the validated digits only, never from the text as published.
        p.actionUrl = contact.kind == ContactKind::Sms ? number.smsUrl() : number.telUrl();
        p.action = contact.kind == ContactKind::Sms ? SendSms : Call;
        break;
    }
    case ContactKind::Chat:
    case ContactKind::Video:
    case ContactKind::Web: {
        const QUrl url(contact.value, QUrl::StrictMode);
        if (!isWebUrl(url))
            break;
        p.valid = true;
        p.actionUrl = url;
        p.action = OpenPage;
        break;
    }
    case ContactKind::Email: {
        if (!isEmailAddress(contact.value))
            break;
        // Valid only with a URL to open: an address is never shown as valid without an action.
        const QUrl url(u"mailto:"_s + contact.value, QUrl::StrictMode);
        if (!url.isValid())
            break;
        p.valid = true;
        p.actionUrl = url;
        p.action = WriteEmail;
        break;
    }
    }
    return p;
}

QString ContactPresentation::copyLabel() const
{
    //: Button and accessible name: copy one number or address, e.g. "Copy 3114"
    return tr("Copy %1").arg(display);
}

QString ContactPresentation::actionLabel(ContactKind kind) const
{
    switch (action) {
    case Call:
        return tr("Call %1").arg(display);
    case SendSms:
        return tr("Send a text message to %1").arg(display);
    case OpenPage:
        switch (kind) {
        case ContactKind::Chat:
            return tr("Open the chat");
        case ContactKind::Video:
            return tr("Open the video call");
        default:
            return tr("Open the website");
        }
    case WriteEmail:
        return tr("Write to %1").arg(display);
    case NoAction:
        break;
    }
    return {};
}

QString ContactPresentation::copiedMessage() const
{
    //: Status bar and screen reader, after a number or address was copied
    return tr("%1 copied").arg(display);
}

} // namespace Helplines
