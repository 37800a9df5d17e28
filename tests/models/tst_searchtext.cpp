#include "models/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsAccentsCaseAndLigatures_data();
    void foldsAccentsCaseAndLigatures();
    void extractsDigits_data();
    void extractsDigits();
    void matchesQueries_data();
    void matchesQueries();
};

void TestSearchText::foldsAccentsCaseAndLigatures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("accents and capitals") << u"Écoute Amitié"_s << u"ecoute amitie"_s;
    QTest::newRow("cedilla") << u"Français"_s << u"francais"_s;
    QTest::newRow("oe ligature") << u"Œuvre sœur"_s << u"oeuvre soeur"_s;
    QTest::newRow("ae ligature") << u"Lætitia"_s << u"laetitia"_s;
    QTest::newRow("typographic apostrophe") << u"Allô l’écoute"_s << u"allo l'ecoute"_s;
    QTest::newRow("white space runs") << u"  SOS \t Amitié \n"_s << u"sos amitie"_s;
    QTest::newRow("non-breaking space") << u"0\u00a0800"_s << u"0 800"_s;
    QTest::newRow("en dash") << u"12–25 ans"_s << u"12-25 ans"_s;
}

void TestSearchText::foldsAccentsCaseAndLigatures()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(text), folded);
}

void TestSearchText::extractsDigits_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("digits");

    QTest::newRow("grouped toll-free") << u"0 800 130 000"_s << u"0800130000"_s;
    QTest::newRow("short") << u"3114"_s << u"3114"_s;
    QTest::newRow("dotted") << u"09.72.39.40.50"_s << u"0972394050"_s;
    QTest::newRow("international") << u"+33 800 130 000"_s << u"0800130000"_s;
    QTest::newRow("no digits") << u"urgence114.fr"_s << u"114"_s;
}

void TestSearchText::extractsDigits()
{
    QFETCH(QString, number);
    QFETCH(QString, digits);
    QCOMPARE(SearchText::digits(number), digits);
}

void TestSearchText::matchesQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    // Row: SOS Amitié, 09 72 39 40 50 and the toll-free 0 800 130 000.
    QTest::newRow("empty query") << QString() << true;
    QTest::newRow("name without accent") << u"amitie"_s << true;
    QTest::newRow("name with accent and capital") << u"AMITIÉ"_s << true;
    QTest::newRow("two words, any order") << u"amitie sos"_s << true;
    QTest::newRow("one word missing") << u"amitie suicide"_s << false;
    QTest::newRow("number as grouped by the user") << u"0800 130"_s << true;
    QTest::newRow("number with dots") << u"09.72.39"_s << true;
    QTest::newRow("international form") << u"+33 800 130"_s << true;
    QTest::newRow("digits not in any number") << u"3114"_s << false;
    QTest::newRow("digits across two numbers do not match") << u"0500800"_s << false;
    QTest::newRow("word and number") << u"sos 0972"_s << true;
}

void TestSearchText::matchesQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, matches);
    const QString text = SearchText::fold(u"SOS Amitié Écoute 0972394050 0800130000"_s);
    const QString digits = u"0972394050 0800130000"_s;
    QCOMPARE(SearchQuery(query).matches(text, digits), matches);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
