#include "core/language.h"
#include "core/localizedtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnsTheWantedLanguage();
    void fallsBackToTheOtherLanguageAndSaysSo();
    void emptyTextHasNoFallback();
    void parsesLanguageCodes_data();
    void parsesLanguageCodes();
};

void TestLocalizedText::returnsTheWantedLanguage()
{
    const LocalizedText text{u"Bonjour"_s, u"Hello"_s};
    bool fallback = true;
    QCOMPARE(text.value(Language::French, &fallback), u"Bonjour"_s);
    QVERIFY(!fallback);
    QCOMPARE(text.value(Language::English, &fallback), u"Hello"_s);
    QVERIFY(!fallback);
}

void TestLocalizedText::fallsBackToTheOtherLanguageAndSaysSo()
{
    const LocalizedText frenchOnly{u"Écoute"_s, {}};
    bool fallback = false;
    QCOMPARE(frenchOnly.value(Language::English, &fallback), u"Écoute"_s);
    QVERIFY(fallback);
    QVERIFY(frenchOnly.has(Language::French));
    QVERIFY(!frenchOnly.has(Language::English));
}

void TestLocalizedText::emptyTextHasNoFallback()
{
    const LocalizedText empty;
    bool fallback = true;
    QVERIFY(empty.value(Language::English, &fallback).isEmpty());
    QVERIFY(!fallback);
    QVERIFY(empty.isEmpty());
}

void TestLocalizedText::parsesLanguageCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expected"); // -1: not a supported language

    QTest::newRow("fr") << u"fr"_s << int(Language::French);
    QTest::newRow("fr_FR") << u"fr_FR"_s << int(Language::French);
    QTest::newRow("fr-CA") << u"fr-CA"_s << int(Language::French);
    QTest::newRow("EN upper case") << u"EN"_s << int(Language::English);
    QTest::newRow("en-GB") << u"en-GB"_s << int(Language::English);
    QTest::newRow("German") << u"de"_s << -1;
    QTest::newRow("French-looking prefix") << u"fra"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestLocalizedText::parsesLanguageCodes()
{
    QFETCH(QString, code);
    QFETCH(int, expected);
    const std::optional<Language> language = languageFromCode(code);
    QCOMPARE(language ? int(*language) : -1, expected);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
