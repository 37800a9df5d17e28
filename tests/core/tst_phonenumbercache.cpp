// The memo of formatted numbers kept between runs (PhoneNumberCache): it gives what
// PhoneNumber::parse() gives, saves and restores every field, and refuses what was saved with
// other metadata, in another format or damaged.

#include "core/phone/phonenumbercache.h"

#include <QDataStream>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

using Key = PhoneNumberCache::Key;

// Valid, short, emergency, overseas, foreign and invalid numbers, with their errors.
const QList<Key> sampleKeys{
        {u"3114"_s, u"FR"_s},          {u"15"_s, u"FR"_s},
        {u"0 800 130 000"_s, u"FR"_s}, {u"01 45 39 40 00"_s, u"FR"_s},
        {u"0262 12 34 56"_s, u"RE"_s}, {u"+44 20 7946 0000"_s, u"FR"_s},
        {u"0 800 130"_s, u"FR"_s},     {u"01 23 ab"_s, u"FR"_s},
        {u"3115"_s, u"FR"_s},          {u"01 45 39 40 00"_s, u"XX"_s},
};

void compareFully(const PhoneNumber &actual, const PhoneNumber &expected)
{
    QCOMPARE(actual, expected);
    // What operator== leaves out.
    QCOMPARE(actual.error().message(), expected.error().message());
    QCOMPARE(actual.error().hint(), expected.error().hint());
    QCOMPARE(actual.international(), expected.international());
    QCOMPARE(actual.telUrl(), expected.telUrl());
    QCOMPARE(actual.isTollFree(), expected.isTollFree());
    QCOMPARE(actual.isPremiumRate(), expected.isPremiumRate());
}

} // namespace

class TestPhoneNumberCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void givesWhatParseGivesAndParsesOnce();
    void restoresEveryFieldWithoutParsing();
    void savesOnlyTheKeysAskedForInTheirOrder();
    void refusesWhatItCannotTrust_data();
    void refusesWhatItCannotTrust();
    void keysFollowTheRegionOfTheService();
    void staysWithinItsBound();
};

void TestPhoneNumberCache::init()
{
    PhoneNumberCache::clear();
}

void TestPhoneNumberCache::givesWhatParseGivesAndParsesOnce()
{
    for (const Key &key : sampleKeys) {
        const int misses = PhoneNumberCache::misses();
        const PhoneNumber first = PhoneNumberCache::parse(key.first, key.second);
        QCOMPARE(PhoneNumberCache::misses(), misses + 1);
        compareFully(first, PhoneNumber::parse(key.first, key.second));
        compareFully(PhoneNumberCache::parse(key.first, key.second), first);
        QCOMPARE(PhoneNumberCache::misses(), misses + 1);
    }
    QCOMPARE(PhoneNumberCache::size(), sampleKeys.size());
    QVERIFY(PhoneNumberCache::contains(sampleKeys));
}

void TestPhoneNumberCache::restoresEveryFieldWithoutParsing()
{
    for (const Key &key : sampleKeys)
        PhoneNumberCache::parse(key.first, key.second);
    const QByteArray saved = PhoneNumberCache::saved(sampleKeys);

    PhoneNumberCache::clear();
    QVERIFY(!PhoneNumberCache::contains(sampleKeys));
    QVERIFY(PhoneNumberCache::restore(saved));
    QVERIFY(PhoneNumberCache::contains(sampleKeys));
    const int misses = PhoneNumberCache::misses();
    for (const Key &key : sampleKeys)
        compareFully(PhoneNumberCache::parse(key.first, key.second),
                     PhoneNumber::parse(key.first, key.second));
    QCOMPARE(PhoneNumberCache::misses(), misses);
    // Saving what was restored gives the same bytes.
    QCOMPARE(PhoneNumberCache::saved(sampleKeys), saved);
}

void TestPhoneNumberCache::savesOnlyTheKeysAskedForInTheirOrder()
{
    for (const Key &key : sampleKeys)
        PhoneNumberCache::parse(key.first, key.second);
    const Key notParsed{u"01 02 03 04 05"_s, u"FR"_s};
    const QList<Key> asked{sampleKeys.at(3), notParsed, sampleKeys.at(0)};
    const QByteArray saved = PhoneNumberCache::saved(asked);
    QCOMPARE(saved, PhoneNumberCache::saved({sampleKeys.at(3), sampleKeys.at(0)}));

    PhoneNumberCache::clear();
    QVERIFY(PhoneNumberCache::restore(saved));
    QCOMPARE(PhoneNumberCache::size(), 2);
    QVERIFY(PhoneNumberCache::contains({sampleKeys.at(0), sampleKeys.at(3)}));
    QVERIFY(!PhoneNumberCache::contains({notParsed}));
    QVERIFY(!PhoneNumberCache::contains({sampleKeys.at(1)}));
}

void TestPhoneNumberCache::refusesWhatItCannotTrust_data()
{
    QTest::addColumn<QByteArray>("saved");

    PhoneNumberCache::clear();
    for (const Key &key : sampleKeys)
        PhoneNumberCache::parse(key.first, key.second);
    const QByteArray good = PhoneNumberCache::saved(sampleKeys);
    const QByteArray fingerprint = PhoneNumberCache::fingerprint();
    const qsizetype at = good.indexOf(fingerprint);
    QVERIFY(at > 0);

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not ours") << QByteArray("{\"favourites\": []}");
    QTest::newRow("truncated") << good.left(good.size() - 3);
    QTest::newRow("trailing bytes") << good + QByteArray(1, '\0');
    // Saved with other libphonenumber metadata: its hash differs.
    QByteArray otherMetadata = good;
    otherMetadata[at + fingerprint.size() - 1]
            = otherMetadata.at(at + fingerprint.size() - 1) == 'a' ? 'b' : 'a';
    QTest::newRow("other metadata") << otherMetadata;
    // A later format of the same program.
    QByteArray laterFormat;
    {
        QDataStream out(&laterFormat, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << QByteArray("helplines-phone-numbers") << qint32(2) << fingerprint << qint32(0);
    }
    QTest::newRow("later format") << laterFormat;
    // A count beyond the bound, and an entry whose text is not its key's.
    QByteArray tooMany;
    {
        QDataStream out(&tooMany, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << QByteArray("helplines-phone-numbers") << qint32(1) << fingerprint
            << qint32(PhoneNumberCache::maximumEntries() + 1);
    }
    QTest::newRow("too many") << tooMany;
    const QByteArray keyText = QByteArray("\0"
                                          "3\0"
                                          "1\0"
                                          "1\0"
                                          "4",
                                          8);
    QByteArray mismatched = good;
    const qsizetype first = good.indexOf(keyText);
    const qsizetype second = good.indexOf(keyText, first + keyText.size() + 4 + 4);
    QVERIFY(first > 0 && second > first);
    mismatched[second + 1] = '9'; // the number's own text becomes "9114"
    QTest::newRow("text not its key's") << mismatched;
}

void TestPhoneNumberCache::refusesWhatItCannotTrust()
{
    QFETCH(QByteArray, saved);
    PhoneNumberCache::clear();
    QVERIFY(!PhoneNumberCache::restore(saved));
    QCOMPARE(PhoneNumberCache::size(), 0);
}

void TestPhoneNumberCache::keysFollowTheRegionOfTheService()
{
    Service reunion;
    reunion.holidays = u"FR-974"_s;
    Contact phone;
    phone.kind = ContactKind::Phone;
    phone.value = u"0262 12 34 56"_s;
    QCOMPARE(PhoneNumberCache::keyOf(phone, reunion), Key(phone.value, u"RE"_s));
    QCOMPARE(PhoneNumberCache::keyOf(phone, Service()), Key(phone.value, u"FR"_s));
    Contact sms = phone;
    sms.kind = ContactKind::Sms;
    QCOMPARE(PhoneNumberCache::keyOf(sms, reunion), Key(phone.value, u"RE"_s));
    for (const ContactKind kind :
         {ContactKind::Chat, ContactKind::Video, ContactKind::Email, ContactKind::Web}) {
        Contact other = phone;
        other.kind = kind;
        QVERIFY(!PhoneNumberCache::keyOf(other, reunion));
    }
}

void TestPhoneNumberCache::staysWithinItsBound()
{
    const int bound = PhoneNumberCache::maximumEntries();
    for (int i = 0; i < bound + 10; ++i)
        PhoneNumberCache::parse(u"01 45 %1"_s.arg(i, 6, 10, QChar(u'0')));
    QCOMPARE(PhoneNumberCache::size(), bound);
    // Beyond it, numbers are still given, parsed each time.
    const QString beyond = u"01 45 %1"_s.arg(bound + 5, 6, 10, QChar(u'0'));
    const int misses = PhoneNumberCache::misses();
    QCOMPARE(PhoneNumberCache::parse(beyond), PhoneNumber::parse(beyond));
    QCOMPARE(PhoneNumberCache::misses(), misses + 1);
}

QTEST_GUILESS_MAIN(TestPhoneNumberCache)
#include "tst_phonenumbercache.moc"
