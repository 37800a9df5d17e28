#include "core/service.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void unknownKeysAreRejected();
    void mainNumberPrefersPhoneOverSms();
    void mainNumberIsNullWithoutNumbers();
};

void TestService::keysRoundTrip()
{
    for (const QString &key : categoryKeys())
        QCOMPARE(categoryKey(categoryFromKey(key).value()), key);
    for (const QString &key : contactKindKeys())
        QCOMPARE(contactKindKey(contactKindFromKey(key).value()), key);
    for (const QString &key : scopeKeys())
        QCOMPARE(scopeKey(scopeFromKey(key).value()), key);
    for (const QString &key : statusKeys())
        QCOMPARE(statusKey(statusFromKey(key).value()), key);
    for (const QString &key : costKeys())
        QCOMPARE(costKey(costFromKey(key).value()), key);
    for (const QString &key : accessibilityKeys())
        QCOMPARE(accessibilityKey(accessibilityFromKey(key).value()), key);
    QCOMPARE(categoryKeys().size(), allCategories().size());
    QCOMPARE(categoryKey(ServiceCategory::SuicidePrevention), u"suicide-prevention"_s);
}

void TestService::unknownKeysAreRejected()
{
    QVERIFY(!categoryFromKey(u"Suicide-Prevention").has_value());
    QVERIFY(!contactKindFromKey(u"fax").has_value());
    QVERIFY(!statusFromKey(u"").has_value());
}

void TestService::mainNumberPrefersPhoneOverSms()
{
    Service service;
    service.contacts = {
            Contact{ContactKind::Web, u"https://example.org"_s, {}, {}, {}},
            Contact{ContactKind::Sms, u"114"_s, {}, {}, {}},
            Contact{ContactKind::Phone, u"3114"_s, {}, {}, {}},
    };
    QVERIFY(service.mainNumber());
    QCOMPARE(service.mainNumber()->value, u"3114"_s);
    service.contacts.removeLast();
    QCOMPARE(service.mainNumber()->value, u"114"_s);
}

void TestService::mainNumberIsNullWithoutNumbers()
{
    Service service;
    service.contacts = {Contact{ContactKind::Chat, u"https://example.org/chat"_s, {}, {}, {}}};
    QCOMPARE(service.mainNumber(), nullptr);
}

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
