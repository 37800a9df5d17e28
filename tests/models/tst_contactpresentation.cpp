// What a contact shows, copies and opens (ContactPresentation): the Call and Send SMS actions
// open only a tel: or sms: URL built from the validated number's digits, never the text as
// published; a value that does not validate has no action at all (issue 9, "Bad input").

#include "core/phone/phonenumber.h"
#include "models/contactpresentation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

Q_DECLARE_METATYPE(Helplines::ContactKind)
Q_DECLARE_METATYPE(Helplines::ContactPresentation::Action)

namespace {

Contact contactOf(ContactKind kind, const QString &value)
{
    Contact contact;
    contact.kind = kind;
    contact.value = value;
    return contact;
}

Service serviceIn(const QString &holidays)
{
    Service service;
    service.id = u"line-a"_s;
    service.holidays = holidays;
    return service;
}

} // namespace

class TestContactPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsOnlyTheValidatedDigits_data();
    void callsOnlyTheValidatedDigits();
    void offersNoActionForValuesThatDoNotValidate_data();
    void offersNoActionForValuesThatDoNotValidate();
    void opensOnlyWebPagesAndMailAddresses_data();
    void opensOnlyWebPagesAndMailAddresses();
    void labelsNameTheNumberAsShown();
};

void TestContactPresentation::callsOnlyTheValidatedDigits_data()
{
    QTest::addColumn<ContactKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("copyText");
    QTest::addColumn<QString>("display");

    // clang-format off
    QTest::newRow("short number") << ContactKind::Phone << u"3114"_s << u"FR"_s << u"tel:3114"_s << u"3114"_s << u"3114"_s;
    QTest::newRow("short number with a space") << ContactKind::Phone << u"116 111"_s << u"FR"_s << u"tel:116111"_s << u"116111"_s << u"116 111"_s;
    QTest::newRow("toll-free number as published") << ContactKind::Phone << u"0 800 130 000"_s << u"FR"_s << u"tel:+33800130000"_s << u"0800130000"_s << u"0 800 130 000"_s;
    QTest::newRow("dots and dashes") << ContactKind::Phone << u"01.45.39-40-00"_s << u"FR"_s << u"tel:+33145394000"_s << u"0145394000"_s << u"01.45.39-40-00"_s;
    QTest::newRow("no-break spaces") << ContactKind::Phone << u"0\u00A0800\u202F130\u00A0000"_s << u"FR"_s << u"tel:+33800130000"_s << u"0800130000"_s << u"0\u00A0800\u202F130\u00A0000"_s;
    QTest::newRow("international form") << ContactKind::Phone << u"+33 1 45 39 40 00"_s << u"FR"_s << u"tel:+33145394000"_s << u"0145394000"_s << u"01 45 39 40 00"_s;
    QTest::newRow("Réunion number of a Réunion service") << ContactKind::Phone << u"0262 16 12 34"_s << u"FR-974"_s << u"tel:+262262161234"_s << u"0262161234"_s << u"0262 16 12 34"_s;
    QTest::newRow("line break after the digits") << ContactKind::Phone << u"3114\n"_s << u"FR"_s << u"tel:3114"_s << u"3114"_s << u"3114"_s;
    QTest::newRow("text message to a short number") << ContactKind::Sms << u"114"_s << u"FR"_s << u"sms:114"_s << u"114"_s << u"114"_s;
    QTest::newRow("text message to a mobile") << ContactKind::Sms << u"06 12 34 56 78"_s << u"FR"_s << u"sms:+33612345678"_s << u"0612345678"_s << u"06 12 34 56 78"_s;
    // clang-format on
}

void TestContactPresentation::callsOnlyTheValidatedDigits()
{
    QFETCH(ContactKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, holidays);
    QFETCH(QString, url);
    QFETCH(QString, copyText);
    QFETCH(QString, display);

    const Service service = serviceIn(holidays);
    const ContactPresentation presentation
            = ContactPresentation::of(contactOf(kind, value), service);
    QVERIFY(presentation.valid);
    QCOMPARE(presentation.action,
             kind == ContactKind::Sms ? ContactPresentation::SendSms : ContactPresentation::Call);
    QCOMPARE(presentation.actionUrl.toString(QUrl::FullyEncoded), url);
    QVERIFY(!presentation.actionUrl.hasQuery());
    QVERIFY(!presentation.actionUrl.hasFragment());
    QCOMPARE(presentation.copyText, copyText);
    QCOMPARE(presentation.display, display);

    // The same URL as the validated number's own, built from its digits.
    const PhoneNumber number = PhoneNumber::parse(value, PhoneNumber::regionForHolidays(holidays));
    QVERIFY(number.isValid());
    QCOMPARE(presentation.actionUrl, kind == ContactKind::Sms ? number.smsUrl() : number.telUrl());
    QCOMPARE(presentation.copyText, number.dialable());
    QCOMPARE(url.mid(4),
             number.international().isEmpty() ? number.dialable() : number.international());
}

void TestContactPresentation::offersNoActionForValuesThatDoNotValidate_data()
{
    QTest::addColumn<ContactKind>("kind");
    QTest::addColumn<QString>("value");

    // clang-format off
    QTest::newRow("tel: URL as the number") << ContactKind::Phone << u"tel:3114"_s;
    QTest::newRow("tel: URL with a query") << ContactKind::Phone << u"tel:3114?body=x"_s;
    QTest::newRow("a query after the digits") << ContactKind::Phone << u"3114?body=x"_s;
    QTest::newRow("a fragment after the digits") << ContactKind::Phone << u"3114#x"_s;
    QTest::newRow("an extension parameter") << ContactKind::Phone << u"+33 1;ext=2"_s;
    QTest::newRow("a full number with an extension") << ContactKind::Phone << u"+33 1 45 39 40 00;ext=2"_s;
    QTest::newRow("JavaScript") << ContactKind::Phone << u"javascript:alert(1)"_s;
    QTest::newRow("percent-encoded digits") << ContactKind::Phone << u"%33%31%31%34"_s;
    QTest::newRow("letters for digits") << ContactKind::Phone << u"0 800 13O 000"_s;
    QTest::newRow("an unknown short number") << ContactKind::Phone << u"4444"_s;
    QTest::newRow("a number too short") << ContactKind::Phone << u"0 800 130"_s;
    QTest::newRow("empty") << ContactKind::Phone << QString();
    QTest::newRow("sms: URL as the number") << ContactKind::Sms << u"sms:114?body=help"_s;
    QTest::newRow("a web page that is JavaScript") << ContactKind::Web << u"javascript:alert(1)"_s;
    QTest::newRow("a chat that is a tel: URL") << ContactKind::Chat << u"tel:3114"_s;
    QTest::newRow("a video call on a file") << ContactKind::Video << u"file:///etc/passwd"_s;
    QTest::newRow("a web page without a host") << ContactKind::Web << u"https://"_s;
    QTest::newRow("an e-mail address with a query") << ContactKind::Email << u"contact@example.fr?cc=x@example.org"_s;
    QTest::newRow("an e-mail address that is a URL") << ContactKind::Email << u"mailto:contact@example.fr"_s;
    // Found by fuzz_phonenumber: control characters made a "valid" address without an action.
    QTest::newRow("an e-mail address with control characters") << ContactKind::Email << u"0@2.45\x18\x18.3940.00"_s;
    QTest::newRow("an e-mail address with a format character") << ContactKind::Email << u"contact@exam\u200Eple.fr"_s;
    // clang-format on
}

void TestContactPresentation::offersNoActionForValuesThatDoNotValidate()
{
    QFETCH(ContactKind, kind);
    QFETCH(QString, value);
    const ContactPresentation presentation
            = ContactPresentation::of(contactOf(kind, value), serviceIn(u"FR"_s));
    QVERIFY(!presentation.valid);
    QCOMPARE(presentation.action, ContactPresentation::NoAction);
    QVERIFY(presentation.actionUrl.isEmpty());
    QVERIFY(presentation.actionLabel(kind).isEmpty());
    // Shown and copied as published, so that nothing is hidden from the reader.
    QCOMPARE(presentation.display, value);
    QCOMPARE(presentation.copyText, value);
}

void TestContactPresentation::opensOnlyWebPagesAndMailAddresses_data()
{
    QTest::addColumn<ContactKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ContactPresentation::Action>("action");
    QTest::addColumn<QString>("url");

    // clang-format off
    QTest::newRow("web page") << ContactKind::Web << u"https://example.org/help"_s << ContactPresentation::OpenPage << u"https://example.org/help"_s;
    QTest::newRow("chat") << ContactKind::Chat << u"https://example.org/chat"_s << ContactPresentation::OpenPage << u"https://example.org/chat"_s;
    QTest::newRow("video") << ContactKind::Video << u"https://example.org/video"_s << ContactPresentation::OpenPage << u"https://example.org/video"_s;
    QTest::newRow("e-mail") << ContactKind::Email << u"contact@example.fr"_s << ContactPresentation::WriteEmail << u"mailto:contact@example.fr"_s;
    // clang-format on
}

void TestContactPresentation::opensOnlyWebPagesAndMailAddresses()
{
    QFETCH(ContactKind, kind);
    QFETCH(QString, value);
    QFETCH(ContactPresentation::Action, action);
    QFETCH(QString, url);
    const ContactPresentation presentation
            = ContactPresentation::of(contactOf(kind, value), serviceIn(u"FR"_s));
    QVERIFY(presentation.valid);
    QCOMPARE(presentation.action, action);
    QCOMPARE(presentation.actionUrl.toString(QUrl::FullyEncoded), url);
}

void TestContactPresentation::labelsNameTheNumberAsShown()
{
    const ContactPresentation call = ContactPresentation::of(
            contactOf(ContactKind::Phone, u"+33 1 45 39 40 00"_s), serviceIn(u"FR"_s));
    QCOMPARE(call.actionLabel(ContactKind::Phone), u"Call 01 45 39 40 00"_s);
    QCOMPARE(call.copyLabel(), u"Copy 01 45 39 40 00"_s);
    QCOMPARE(call.copiedMessage(), u"01 45 39 40 00 copied"_s);
    const ContactPresentation text
            = ContactPresentation::of(contactOf(ContactKind::Sms, u"114"_s), serviceIn(u"FR"_s));
    QCOMPARE(text.actionLabel(ContactKind::Sms), u"Send a text message to 114"_s);
}

QTEST_GUILESS_MAIN(TestContactPresentation)

#include "tst_contactpresentation.moc"
