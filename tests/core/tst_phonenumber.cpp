#include "core/phone/phonenumber.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

Q_DECLARE_METATYPE(PhoneNumber::Type)
Q_DECLARE_METATYPE(PhoneNumberError::Kind)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidNumbers_data();
    void readsValidNumbers();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void buildsUrlsOnlyFromValidatedDigits_data();
    void buildsUrlsOnlyFromValidatedDigits();
    void mapsOverseasHolidayRegionsToNumberingRegions_data();
    void mapsOverseasHolidayRegionsToNumberingRegions();
    void defaultNumberIsInvalid();
    void comparesByValue();
    void errorsHaveMessagesHintsAndNames();
    void parsesQuickly();
};

void TestPhoneNumber::readsValidNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<PhoneNumber::Type>("type");
    QTest::addColumn<QString>("dialable");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("numberRegion");
    QTest::addColumn<bool>("tollFree");
    QTest::addColumn<bool>("premiumRate");

    using T = PhoneNumber::Type;
    // clang-format off
    QTest::newRow("toll-free as published")
            << u"0 800 130 000"_s << u"FR"_s << T::TollFree << u"0800130000"_s
            << u"+33800130000"_s << u"0 800 130 000"_s << u"FR"_s << true << false;
    QTest::newRow("toll-free without spaces keeps its form")
            << u"0800130000"_s << u"FR"_s << T::TollFree << u"0800130000"_s
            << u"+33800130000"_s << u"0800130000"_s << u"FR"_s << true << false;
    QTest::newRow("toll-free with no-break spaces and dots")
            << u"0\u00A0800.130\u202F000"_s << u"FR"_s << T::TollFree << u"0800130000"_s
            << u"+33800130000"_s << u"0\u00A0800.130\u202F000"_s << u"FR"_s << true << false;
    QTest::newRow("surrounding spaces trimmed for display")
            << u"  0 800 130 000 "_s << u"FR"_s << T::TollFree << u"0800130000"_s
            << u"+33800130000"_s << u"0 800 130 000"_s << u"FR"_s << true << false;
    QTest::newRow("toll-free in international form gets the national display")
            << u"+33 800 130 000"_s << u"FR"_s << T::TollFree << u"0800130000"_s
            << u"+33800130000"_s << u"0 800 13 00 00"_s << u"FR"_s << true << false;
    QTest::newRow("international prefix 00")
            << u"00 33 1 45 39 40 00"_s << u"FR"_s << T::FixedLine << u"0145394000"_s
            << u"+33145394000"_s << u"01 45 39 40 00"_s << u"FR"_s << false << false;
    QTest::newRow("international form with (0)")
            << u"+33 (0)1 45 39 40 00"_s << u"FR"_s << T::FixedLine << u"0145394000"_s
            << u"+33145394000"_s << u"01 45 39 40 00"_s << u"FR"_s << false << false;
    QTest::newRow("suicide prevention 3114")
            << u"3114"_s << u"FR"_s << T::ShortNumber << u"3114"_s
            << QString() << u"3114"_s << u"FR"_s << true << false;
    QTest::newRow("114 for deaf people")
            << u"114"_s << u"FR"_s << T::ShortNumber << u"114"_s
            << QString() << u"114"_s << u"FR"_s << true << false;
    QTest::newRow("119 child protection")
            << u"119"_s << u"FR"_s << T::ShortNumber << u"119"_s
            << QString() << u"119"_s << u"FR"_s << true << false;
    QTest::newRow("15 SAMU")
            << u"15"_s << u"FR"_s << T::EmergencyNumber << u"15"_s
            << QString() << u"15"_s << u"FR"_s << true << false;
    QTest::newRow("112 European emergency")
            << u"112"_s << u"FR"_s << T::EmergencyNumber << u"112"_s
            << QString() << u"112"_s << u"FR"_s << true << false;
    QTest::newRow("116 111 written with a space stays so")
            << u"116 111"_s << u"FR"_s << T::ShortNumber << u"116111"_s
            << QString() << u"116 111"_s << u"FR"_s << true << false;
    QTest::newRow("3919 of unknown cost")
            << u"3919"_s << u"FR"_s << T::ShortNumber << u"3919"_s
            << QString() << u"3919"_s << u"FR"_s << false << false;
    QTest::newRow("premium short number")
            << u"118 712"_s << u"FR"_s << T::ShortNumber << u"118712"_s
            << QString() << u"118 712"_s << u"FR"_s << false << true;
    QTest::newRow("VoIP 09")
            << u"09 72 39 40 50"_s << u"FR"_s << T::Voip << u"0972394050"_s
            << u"+33972394050"_s << u"09 72 39 40 50"_s << u"FR"_s << false << false;
    QTest::newRow("Paris fixed line")
            << u"01 45 39 40 00"_s << u"FR"_s << T::FixedLine << u"0145394000"_s
            << u"+33145394000"_s << u"01 45 39 40 00"_s << u"FR"_s << false << false;
    QTest::newRow("0 980 number")
            << u"0 980 980 930"_s << u"FR"_s << T::Voip << u"0980980930"_s
            << u"+33980980930"_s << u"0 980 980 930"_s << u"FR"_s << false << false;
    QTest::newRow("premium rate")
            << u"0 892 70 12 38"_s << u"FR"_s << T::PremiumRate << u"0892701238"_s
            << u"+33892701238"_s << u"0 892 70 12 38"_s << u"FR"_s << false << true;
    QTest::newRow("shared cost")
            << u"0 825 00 00 00"_s << u"FR"_s << T::SharedCost << u"0825000000"_s
            << u"+33825000000"_s << u"0 825 00 00 00"_s << u"FR"_s << false << false;
    QTest::newRow("local rate 0 806")
            << u"0 806 000 000"_s << u"FR"_s << T::UniversalAccess << u"0806000000"_s
            << u"+33806000000"_s << u"0 806 000 000"_s << u"FR"_s << false << false;
    QTest::newRow("mobile with dashes")
            << u"06-12-34-56-78"_s << u"FR"_s << T::Mobile << u"0612345678"_s
            << u"+33612345678"_s << u"06-12-34-56-78"_s << u"FR"_s << false << false;
    QTest::newRow("Réunion fixed line in Réunion")
            << u"0262 16 12 34"_s << u"RE"_s << T::FixedLine << u"0262161234"_s
            << u"+262262161234"_s << u"0262 16 12 34"_s << u"RE"_s << false << false;
    QTest::newRow("Réunion fixed line from a national service")
            << u"0262 16 12 34"_s << u"FR"_s << T::FixedLine << u"0262161234"_s
            << u"+262262161234"_s << u"0262 16 12 34"_s << u"RE"_s << false << false;
    QTest::newRow("Réunion mobile from a national service")
            << u"0692 12 34 56"_s << u"FR"_s << T::Mobile << u"0692123456"_s
            << u"+262692123456"_s << u"0692 12 34 56"_s << u"RE"_s << false << false;
    QTest::newRow("Guadeloupe fixed line")
            << u"0590 20 12 34"_s << u"GP"_s << T::FixedLine << u"0590201234"_s
            << u"+590590201234"_s << u"0590 20 12 34"_s << u"GP"_s << false << false;
    QTest::newRow("Martinique mobile")
            << u"0696 20 12 34"_s << u"MQ"_s << T::Mobile << u"0696201234"_s
            << u"+596696201234"_s << u"0696 20 12 34"_s << u"MQ"_s << false << false;
    QTest::newRow("Mayotte fixed line")
            << u"0269 60 12 34"_s << u"YT"_s << T::FixedLine << u"0269601234"_s
            << u"+262269601234"_s << u"0269 60 12 34"_s << u"YT"_s << false << false;
    QTest::newRow("metropolitan number for a Réunion service")
            << u"01 45 39 40 00"_s << u"RE"_s << T::FixedLine << u"0145394000"_s
            << u"+33145394000"_s << u"01 45 39 40 00"_s << u"FR"_s << false << false;
    QTest::newRow("toll-free for a Réunion service")
            << u"0 800 130 000"_s << u"RE"_s << T::TollFree << u"0800130000"_s
            << u"+262800130000"_s << u"0 800 130 000"_s << u"RE"_s << true << false;
    QTest::newRow("3114 for a Réunion service")
            << u"3114"_s << u"RE"_s << T::ShortNumber << u"3114"_s
            << QString() << u"3114"_s << u"FR"_s << true << false;
    QTest::newRow("15 in Réunion")
            << u"15"_s << u"RE"_s << T::EmergencyNumber << u"15"_s
            << QString() << u"15"_s << u"RE"_s << true << false;
    QTest::newRow("112 in Guadeloupe")
            << u"112"_s << u"GP"_s << T::EmergencyNumber << u"112"_s
            << QString() << u"112"_s << u"FR"_s << true << false;
    QTest::newRow("Saint-Pierre-et-Miquelon")
            << u"41 23 45"_s << u"PM"_s << T::FixedLine << u"0412345"_s
            << u"+508412345"_s << u"041 23 45"_s << u"PM"_s << false << false;
    QTest::newRow("foreign number")
            << u"+44 20 7946 0000"_s << u"FR"_s << T::FixedLine << u"+442079460000"_s
            << u"+442079460000"_s << u"+44 20 7946 0000"_s << u"GB"_s << false << false;
    // The overseas departments share the French plan: a metropolitan number listed for a
    // service in Réunion keeps its +33 (found by fuzz_phonenumber: libphonenumber reads the
    // national digits again in Réunion as Réunion's own "+262 809 …").
    QTest::newRow("metropolitan special number for a service in Réunion")
            << u"+33 809 90 14 08"_s << u"RE"_s << T::UniversalAccess << u"0809901408"_s
            << u"+33809901408"_s << u"0 809 90 14 08"_s << u"FR"_s << false << false;
    QTest::newRow("region in lower case")
            << u"0 800 130 000"_s << u"fr"_s << T::TollFree << u"0800130000"_s
            << u"+33800130000"_s << u"0 800 130 000"_s << u"FR"_s << true << false;
    // clang-format on
}

void TestPhoneNumber::readsValidNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(PhoneNumber::Type, type);
    QFETCH(QString, dialable);
    QFETCH(QString, international);
    QFETCH(QString, display);
    QFETCH(QString, numberRegion);
    QFETCH(bool, tollFree);
    QFETCH(bool, premiumRate);

    const PhoneNumber number = PhoneNumber::parse(text, region);
    QVERIFY2(number.isValid(), qPrintable(number.error().message()));
    QCOMPARE(number.error().kind, PhoneNumberError::None);
    QVERIFY(number.error().message().isEmpty());
    QCOMPARE(number.text(), text);
    QCOMPARE(number.type(), type);
    QCOMPARE(number.dialable(), dialable);
    QCOMPARE(number.international(), international);
    QCOMPARE(number.international().isNull(), international.isNull());
    QCOMPARE(number.display(), display);
    QCOMPARE(number.regionCode(), numberRegion);
    QCOMPARE(number.isTollFree(), tollFree);
    QCOMPARE(number.isPremiumRate(), premiumRate);
    QCOMPARE(number.isShortNumber(),
             type == PhoneNumber::Type::ShortNumber || type == PhoneNumber::Type::EmergencyNumber);
    QCOMPARE(number.isEmergencyNumber(), type == PhoneNumber::Type::EmergencyNumber);
    QCOMPARE(number.digits(), QString(dialable).remove(u'+'));
    const QString target = international.isEmpty() ? dialable : international;
    QCOMPARE(number.telUrl(), QUrl(u"tel:"_s + target));
    QCOMPARE(number.smsUrl(), QUrl(u"sms:"_s + target));
}

void TestPhoneNumber::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<PhoneNumberError::Kind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("detail");

    using E = PhoneNumberError;
    // clang-format off
    QTest::newRow("empty") << QString() << u"FR"_s << E::Empty << 0 << QString();
    QTest::newRow("spaces only") << u"   "_s << u"FR"_s << E::Empty << 0 << QString();
    QTest::newRow("separators only") << u"- . -"_s << u"FR"_s << E::Empty << 0 << QString();
    QTest::newRow("letters") << u"0 800 ABC 123"_s << u"FR"_s << E::InvalidCharacter << 7 << u"A"_s;
    QTest::newRow("tel: prefix") << u"tel:3114"_s << u"FR"_s << E::InvalidCharacter << 1 << u"t"_s;
    QTest::newRow("phone-context parameter") << u"3114;phone-context=evil"_s << u"FR"_s << E::InvalidCharacter << 5 << u";"_s;
    QTest::newRow("query") << u"3114?body=x"_s << u"FR"_s << E::InvalidCharacter << 5 << u"?"_s;
    QTest::newRow("extension") << u"01 45 39 40 00 ext. 12"_s << u"FR"_s << E::InvalidCharacter << 16 << u"e"_s;
    QTest::newRow("hash") << u"3114#"_s << u"FR"_s << E::InvalidCharacter << 5 << u"#"_s;
    QTest::newRow("slash") << u"01 45 39 40 00 / 01"_s << u"FR"_s << E::InvalidCharacter << 16 << u"/"_s;
    QTest::newRow("plus in the middle") << u"33+1 45 39 40 00"_s << u"FR"_s << E::InvalidCharacter << 3 << u"+"_s;
    QTest::newRow("two plus signs") << u"++33 1 45 39 40 00"_s << u"FR"_s << E::InvalidCharacter << 2 << u"+"_s;
    QTest::newRow("emoji") << u"3114 📞"_s << u"FR"_s << E::InvalidCharacter << 6 << u"📞"_s;
    QTest::newRow("full-width digits") << u"３１１４"_s << u"FR"_s << E::InvalidCharacter << 1 << u"３"_s;
    QTest::newRow("percent-encoded") << u"3114%3B"_s << u"FR"_s << E::InvalidCharacter << 5 << u"%"_s;
    QTest::newRow("nine digits") << u"0 800 130 00"_s << u"FR"_s << E::TooShort << 0 << u"9"_s;
    QTest::newRow("eleven digits") << u"0 800 130 0000"_s << u"FR"_s << E::TooLong << 0 << u"11"_s;
    QTest::newRow("too many digits") << u"012345678901234567890"_s << u"FR"_s << E::TooLong << 0 << u"18+"_s;
    QTest::newRow("without the trunk 0") << u"800 130 000"_s << u"FR"_s << E::MissingTrunkPrefix << 0 << QString();
    QTest::newRow("country code without +") << u"33 1 45 39 40 00"_s << u"FR"_s << E::MissingTrunkPrefix << 0 << QString();
    QTest::newRow("unknown short number") << u"4444"_s << u"FR"_s << E::UnknownShortNumber << 0 << QString();
    QTest::newRow("unknown three-digit number") << u"100"_s << u"FR"_s << E::UnknownShortNumber << 0 << QString();
    QTest::newRow("short number with a leading zero") << u"01234"_s << u"FR"_s << E::TooShort << 0 << u"5"_s;
    QTest::newRow("unallocated range in international form") << u"+33 870 000 000"_s << u"FR"_s << E::InvalidNumber << 0 << QString();
    QTest::newRow("ten digits in no range") << u"0 870 000 000"_s << u"FR"_s << E::InvalidNumber << 0 << QString();
    QTest::newRow("international too short") << u"+33 1 45"_s << u"FR"_s << E::TooShort << 0 << u"5"_s;
    QTest::newRow("international too long") << u"+33 1 45 39 40 00 00 0"_s << u"FR"_s << E::TooLong << 0 << u"14"_s;
    QTest::newRow("unknown country code") << u"+999 123 456"_s << u"FR"_s << E::InvalidNumber << 0 << QString();
    QTest::newRow("unknown region") << u"3114"_s << u"XX"_s << E::UnsupportedRegion << 0 << u"XX"_s;
    // clang-format on
}

void TestPhoneNumber::rejectsInvalidNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(PhoneNumberError::Kind, kind);
    QFETCH(int, column);
    QFETCH(QString, detail);

    const PhoneNumber number = PhoneNumber::parse(text, region);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error().kindName(), [kind] {
        PhoneNumberError expected;
        expected.kind = kind;
        return expected.kindName();
    }());
    QCOMPARE(number.error().column, column);
    QCOMPARE(number.error().detail, detail);
    QVERIFY(!number.error().message().isEmpty());
    if (kind != PhoneNumberError::Empty && kind != PhoneNumberError::UnsupportedRegion)
        QVERIFY2(number.error().message().contains(text.trimmed()),
                 qPrintable(number.error().message()));
    QCOMPARE(number.text(), text);
    QCOMPARE(number.display(), text);
    QVERIFY(number.dialable().isEmpty());
    QVERIFY(number.international().isEmpty());
    QVERIFY(number.digits().isEmpty());
    QVERIFY(number.telUrl().isEmpty());
    QVERIFY(number.smsUrl().isEmpty());
    QCOMPARE(number.type(), PhoneNumber::Type::Unknown);
}

void TestPhoneNumber::buildsUrlsOnlyFromValidatedDigits_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("phone-context") << u"3114;phone-context=evil"_s;
    QTest::newRow("tel URL") << u"tel:3114?body=x"_s;
    QTest::newRow("sms URL with body") << u"sms:114?body=hello"_s;
    QTest::newRow("fragment") << u"3114#x"_s;
    QTest::newRow("ampersand") << u"3114&body=x"_s;
    QTest::newRow("URL elsewhere") << u"https://example.org/3114"_s;
    QTest::newRow("line break") << u"3114\nhttps://example.org"_s;
    QTest::newRow("comma pause") << u"0800130000,,1"_s;
    QTest::newRow("wait w") << u"0800130000w1"_s;
    QTest::newRow("percent-encoded semicolon") << u"3114%3Bphone-context%3Devil"_s;
    QTest::newRow("JavaScript") << u"javascript:alert(1)"_s;
}

void TestPhoneNumber::buildsUrlsOnlyFromValidatedDigits()
{
    QFETCH(QString, text);

    const PhoneNumber number = PhoneNumber::parse(text);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error().kind, PhoneNumberError::InvalidCharacter);
    QVERIFY(number.telUrl().isEmpty());
    QVERIFY(number.smsUrl().isEmpty());
    QVERIFY(number.dialable().isEmpty());

    // And every URL of a valid number has nothing but "tel:"/"sms:", a "+" and digits.
    static const QRegularExpression safe(u"^(tel|sms):\\+?[0-9]+$"_s);
    for (const QString &valid : {u"3114"_s, u"0 800 130 000"_s, u"+44 20 7946 0000"_s}) {
        const PhoneNumber validNumber = PhoneNumber::parse(valid);
        QVERIFY(safe.match(validNumber.telUrl().toString()).hasMatch());
        QVERIFY(safe.match(validNumber.smsUrl().toString()).hasMatch());
        QVERIFY(validNumber.telUrl().query().isEmpty());
        QVERIFY(validNumber.telUrl().fragment().isEmpty());
    }
}

void TestPhoneNumber::mapsOverseasHolidayRegionsToNumberingRegions_data()
{
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<QString>("region");

    QTest::newRow("metropolitan") << u"FR"_s << u"FR"_s;
    QTest::newRow("Moselle") << u"FR-57"_s << u"FR"_s;
    QTest::newRow("Guadeloupe") << u"FR-971"_s << u"GP"_s;
    QTest::newRow("Martinique") << u"FR-972"_s << u"MQ"_s;
    QTest::newRow("Guyane") << u"FR-973"_s << u"GF"_s;
    QTest::newRow("Réunion") << u"FR-974"_s << u"RE"_s;
    QTest::newRow("Saint-Pierre-et-Miquelon") << u"FR-975"_s << u"PM"_s;
    QTest::newRow("Mayotte") << u"FR-976"_s << u"YT"_s;
    QTest::newRow("lower case") << u"fr-974"_s << u"RE"_s;
    QTest::newRow("empty") << QString() << u"FR"_s;
}

void TestPhoneNumber::mapsOverseasHolidayRegionsToNumberingRegions()
{
    QFETCH(QString, holidays);
    QFETCH(QString, region);
    QCOMPARE(PhoneNumber::regionForHolidays(holidays), region);
}

void TestPhoneNumber::defaultNumberIsInvalid()
{
    const PhoneNumber number;
    QVERIFY(!number.isValid());
    QCOMPARE(number.error().kind, PhoneNumberError::Empty);
    QVERIFY(number.telUrl().isEmpty());
    QVERIFY(number.display().isEmpty());
}

void TestPhoneNumber::comparesByValue()
{
    QCOMPARE(PhoneNumber::parse(u"3114"_s), PhoneNumber::parse(u"3114"_s));
    QVERIFY(PhoneNumber::parse(u"3114"_s) != PhoneNumber::parse(u"31 14"_s));
    QVERIFY(PhoneNumber::parse(u"0 800 130 000"_s)
            != PhoneNumber::parse(u"0 800 130 000"_s, u"RE"));
}

void TestPhoneNumber::errorsHaveMessagesHintsAndNames()
{
    for (int kind = PhoneNumberError::Empty; kind <= PhoneNumberError::UnsupportedRegion; ++kind) {
        PhoneNumberError error;
        error.kind = PhoneNumberError::Kind(kind);
        error.text = u"12"_s;
        error.detail = u"3"_s;
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.kindName().isEmpty());
        if (error.kind != PhoneNumberError::UnsupportedRegion)
            QVERIFY(!error.hint().isEmpty());
    }
    const PhoneNumber number = PhoneNumber::parse(u"0 800 130 00"_s);
    // "%n digit(s)": the English plural comes from helplines_en.ts, not loaded here.
    QVERIFY(number.error().message().startsWith(
            u"The phone number “0 800 130 00” is too short: it has 9 digit"_s));
}

void TestPhoneNumber::parsesQuickly()
{
    // A directory of 10,000 services has some 20,000 numbers.
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (int i = 0; i < 20'000; ++i) {
        const QString text = u"01 %1 %2 %3 %4"_s.arg(40 + i % 50)
                                     .arg(i / 1000 % 100, 2, 10, QLatin1Char('0'))
                                     .arg(i / 10 % 100, 2, 10, QLatin1Char('0'))
                                     .arg(i % 10 * 10, 2, 10, QLatin1Char('0'));
        valid += PhoneNumber::parse(text).isValid() ? 1 : 0;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("20000 national numbers in %lld ms", elapsed);
    QCOMPARE(valid, 20'000);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
