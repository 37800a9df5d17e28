#include "core/openinghours/openinghours.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

// The describer is reached through OpeningHours::describe(), its only entry point.
class TestOpeningHoursDescriber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesInFrenchAndEnglish_data();
    void describesInFrenchAndEnglish();
    void describesWhateverTheApplicationLanguage();
    void describesEveryReferenceRule();
};

void TestOpeningHoursDescriber::describesInFrenchAndEnglish_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");

    QTest::newRow("24/7") << u"24/7"_s << u"24 hours a day, 7 days a week"_s
                          << u"24 heures sur 24, 7 jours sur 7"_s;
    QTest::newRow("every day") << u"Mo-Su 09:00-18:00"_s << u"Every day, 9:00 to 18:00"_s
                               << u"Tous les jours, de 9 h à 18 h"_s;
    QTest::newRow("hours without days") << u"09:00-18:00"_s << u"Every day, 9:00 to 18:00"_s
                                        << u"Tous les jours, de 9 h à 18 h"_s;
    QTest::newRow("past midnight, closed on holidays")
            << u"Mo-Fr 08:00-02:00; PH off"_s
            << u"Monday to Friday 8:00 to 2:00 the next morning, closed on public holidays"_s
            << u"Du lundi au vendredi, de 8 h à 2 h le lendemain, fermé les jours fériés"_s;
    QTest::newRow("minutes") << u"Mo-Fr 09:30-17:30"_s << u"Monday to Friday 9:30 to 17:30"_s
                             << u"Du lundi au vendredi, de 9 h 30 à 17 h 30"_s;
    QTest::newRow("lunch break and Saturday")
            << u"Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off"_s
            << u"Monday to Friday 9:00 to 12:00 and 14:00 to 17:00; Saturday 10:00 to 12:00, "
               "closed on public holidays"_s
            << u"Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h ; le samedi, de 10 h à "
               "12 h, fermé les jours fériés"_s;
    QTest::newRow("list of days")
            << u"Mo,We,Fr 10:00-13:00; Tu,Th 14:00-19:00; PH off"_s
            << u"Monday, Wednesday and Friday 10:00 to 13:00; Tuesday and Thursday 14:00 to "
               "19:00, closed on public holidays"_s
            << u"Le lundi, le mercredi et le vendredi, de 10 h à 13 h ; le mardi et le jeudi, "
               "de 14 h à 19 h, fermé les jours fériés"_s;
    QTest::newRow("two nights")
            << u"Mo-Th 18:00-02:00; Fr-Sa 18:00-04:00"_s
            << u"Monday to Thursday 18:00 to 2:00 the next morning; Friday and Saturday 18:00 "
               "to 4:00 the next morning"_s
            << u"Du lundi au jeudi, de 18 h à 2 h le lendemain ; le vendredi et le samedi, de "
               "18 h à 4 h le lendemain"_s;
    QTest::newRow("wrapping weekdays")
            << u"Fr-Mo 10:00-12:00"_s << u"Friday to Monday 10:00 to 12:00"_s
            << u"Du vendredi au lundi, de 10 h à 12 h"_s;
    QTest::newRow("from midnight")
            << u"Mo-Fr 00:00-06:00"_s << u"Monday to Friday midnight to 6:00"_s
            << u"Du lundi au vendredi, de minuit à 6 h"_s;
    QTest::newRow("to midnight with a comment")
            << u"Mo-Su 21:00-24:00 \"écoute de nuit\""_s
            << u"Every day, 21:00 to midnight, opening not certain (“écoute de nuit”)"_s
            << u"Tous les jours, de 21 h à minuit, ouverture incertaine (« écoute de nuit »)"_s;
    QTest::newRow("open end") << u"Mo-Fr 17:00+"_s
                              << u"Monday to Friday from 17:00, closing time not given"_s
                              << u"Du lundi au vendredi, à partir de 17 h, heure de fermeture "
                                 "non précisée"_s;
    QTest::newRow("range and open end")
            << u"14:00-17:00+"_s << u"Every day, 14:00 to 17:00, possibly later"_s
            << u"Tous les jours, de 14 h à 17 h, peut-être plus tard"_s;
    QTest::newRow("sun") << u"sunrise-sunset"_s << u"Every day, sunrise to sunset"_s
                         << u"Tous les jours, du lever du soleil au coucher du soleil"_s;
    QTest::newRow("twilight") << u"dawn-dusk"_s << u"Every day, dawn to dusk"_s
                              << u"Tous les jours, de l’aube au crépuscule"_s;
    QTest::newRow("sun with offsets")
            << u"(sunrise+01:02)-(sunset-00:30)"_s
            << u"Every day, 1 h 02 after sunrise to 30 min before sunset"_s
            << u"Tous les jours, de 1 h 02 après le lever du soleil à 30 min avant le coucher "
               "du soleil"_s;
    QTest::newRow("fallback")
            << u"Mo-Fr 09:00-18:00 || \"messagerie vocale\""_s
            << u"Monday to Friday 9:00 to 18:00; otherwise: opening not certain (“messagerie "
               "vocale”)"_s
            << u"Du lundi au vendredi, de 9 h à 18 h ; sinon : ouverture incertaine "
               "(« messagerie vocale »)"_s;
    QTest::newRow("additional rule")
            << u"Mo-Fr 10:00-16:00, We 12:00-18:00"_s
            << u"Monday to Friday 10:00 to 16:00; also Wednesday 12:00 to 18:00"_s
            << u"Du lundi au vendredi, de 10 h à 16 h ; aussi le mercredi, de 12 h à 18 h"_s;
    QTest::newRow("later rule replaces every day")
            << u"08:00-09:00; 10:00-12:00"_s
            << u"Every day, 8:00 to 9:00; instead: every day, 10:00 to 12:00"_s
            << u"Tous les jours, de 8 h à 9 h ; à la place : tous les jours, de 10 h à 12 h"_s;
    QTest::newRow("closed day") << u"Mo-Fr 10:00-20:00; We off"_s
                                << u"Monday to Friday 10:00 to 20:00, closed on Wednesday"_s
                                << u"Du lundi au vendredi, de 10 h à 20 h, fermé le mercredi"_s;
    QTest::newRow("closed hours") << u"Mo 12:00-14:00 off"_s << u"Closed on Monday 12:00 to 14:00"_s
                                  << u"Fermé le lundi de 12 h à 14 h"_s;
    QTest::newRow("Sunday and holidays")
            << u"Su,PH off"_s << u"Closed on Sunday and public holidays"_s
            << u"Fermé le dimanche et les jours fériés"_s;
    QTest::newRow("day before holidays")
            << u"PH -1 day 10:00-12:00"_s << u"The day before public holidays 10:00 to 12:00"_s
            << u"La veille des jours fériés, de 10 h à 12 h"_s;
    QTest::newRow("school holidays")
            << u"SH Mo-Fr 10:00-16:00"_s << u"School holidays, Monday to Friday 10:00 to 16:00"_s
            << u"Les vacances scolaires, du lundi au vendredi, de 10 h à 16 h"_s;
    QTest::newRow("a date") << u"Dec 25 off"_s << u"Closed on 25 December"_s
                            << u"Fermé le 25 décembre"_s;
    QTest::newRow("first of the month") << u"Jan 01 10:00-18:00"_s << u"1 January 10:00 to 18:00"_s
                                        << u"Le 1er janvier, de 10 h à 18 h"_s;
    QTest::newRow("two dates") << u"Jul 14,Aug 15 10:00-13:00"_s
                               << u"14 July and 15 August 10:00 to 13:00"_s
                               << u"Le 14 juillet et le 15 août, de 10 h à 13 h"_s;
    QTest::newRow("all day after all day")
            << u"Mo-Su 00:00-24:00; Dec 25 off"_s
            << u"24 hours a day, 7 days a week, closed on 25 December"_s
            << u"24 heures sur 24, 7 jours sur 7, fermé le 25 décembre"_s;
    QTest::newRow("dates over the year end") << u"2026 Dec 24-2027 Jan 01 off"_s
                                             << u"Closed from 24 December 2026 to 1 January 2027"_s
                                             << u"Fermé du 24 décembre 2026 au 1er janvier 2027"_s;
    QTest::newRow("months") << u"Apr-Oct Sa,Su 10:00-18:00"_s
                            << u"From April to October, Saturday and Sunday 10:00 to 18:00"_s
                            << u"D’avril à octobre, le samedi et le dimanche, de 10 h à 18 h"_s;
    QTest::newRow("months over the year end")
            << u"Nov-Feb"_s << u"From November to February, all day"_s
            << u"De novembre à février, toute la journée"_s;
    QTest::newRow("Good Friday") << u"easter -2 days off"_s
                                 << u"Closed 2 days before Easter Sunday"_s
                                 << u"Fermé 2 jours avant le dimanche de Pâques"_s;
    QTest::newRow("nth weekdays") << u"Sa[1],Sa[3] 10:00-14:00"_s
                                  << u"The first and third Saturday of the month 10:00 to 14:00"_s
                                  << u"Le premier et troisième samedi du mois, de 10 h à 14 h"_s;
    QTest::newRow("second to last") << u"Sa[-2] 10:00-12:00"_s
                                    << u"The second to last Saturday of the month 10:00 to 12:00"_s
                                    << u"L’avant-dernier samedi du mois, de 10 h à 12 h"_s;
    QTest::newRow("last weekday after others")
            << u"Mo-Fr 09:00-17:00; Fr[-1] 09:00-12:00"_s
            << u"Monday to Friday 9:00 to 17:00; the last Friday of the month 9:00 to 12:00"_s
            << u"Du lundi au vendredi, de 9 h à 17 h ; le dernier vendredi du mois, de 9 h à "
               "12 h"_s;
    QTest::newRow("weekday offset")
            << u"Sa[-1] +3 days 10:00-12:00"_s
            << u"3 days after the last Saturday of the month 10:00 to 12:00"_s
            << u"3 jours après le dernier samedi du mois, de 10 h à 12 h"_s;
    QTest::newRow("summer time season")
            << u"Mar Su[-1]-Oct Su[-1] -1 day open"_s
            << u"From the last Sunday of March to 1 day before the last Sunday of October, all "
               "day"_s
            << u"Du dernier dimanche de mars au 1 jour avant le dernier dimanche d’octobre, toute "
               "la journée"_s;
    QTest::newRow("weeks") << u"week 32-33 off"_s << u"Closed in weeks 32 to 33"_s
                           << u"Fermé les semaines 32 à 33"_s;
    QTest::newRow("every other week")
            << u"week 01-53/2 Fr 09:00-12:00"_s
            << u"In weeks 1 to 53, every 2 weeks, Friday 9:00 to 12:00"_s
            << u"Les semaines 1 à 53, toutes les 2 semaines, le vendredi, de 9 h à 12 h"_s;
    QTest::newRow("dated range") << u"2020 Apr 01-2020 Dec 31 24/7"_s
                                 << u"From 1 April 2020 to 31 December 2020, all day"_s
                                 << u"Du 1er avril 2020 au 31 décembre 2020, toute la journée"_s;
    QTest::newRow("years") << u"2010-2015"_s << u"From 2010 to 2015, all day"_s
                           << u"De 2010 à 2015, toute la journée"_s;
    QTest::newRow("every fifth year") << u"2016/5"_s << u"From 2016, every 5 years, all day"_s
                                      << u"À partir de 2016, tous les 5 ans, toute la journée"_s;
    QTest::newRow("uncertain Saturday")
            << u"Mo-Fr 09:00-18:00; Sa 09:00-12:00 unknown \"permanence\""_s
            << u"Monday to Friday 9:00 to 18:00; Saturday 9:00 to 12:00, opening not certain "
               "(“permanence”)"_s
            << u"Du lundi au vendredi, de 9 h à 18 h ; le samedi, de 9 h à 12 h, ouverture "
               "incertaine (« permanence »)"_s;
    QTest::newRow("only a comment") << u"unknown \"horaires variables\""_s
                                    << u"Opening not certain (“horaires variables”)"_s
                                    << u"Ouverture incertaine (« horaires variables »)"_s;
    QTest::newRow("closed") << u"off"_s << u"Closed"_s << u"Fermé"_s;
    QTest::newRow("sloppy value, corrected")
            << u"lundi-vendredi 9-18"_s << u"Monday to Friday 9:00 to 18:00"_s
            << u"Du lundi au vendredi, de 9 h à 18 h"_s;
}

void TestOpeningHoursDescriber::describesInFrenchAndEnglish()
{
    QFETCH(QString, rule);
    QFETCH(QString, english);
    QFETCH(QString, french);
    const OpeningHours hours(rule);
    QVERIFY2(hours.isValid(), qPrintable(hours.error().message()));
    QCOMPARE(hours.describe(Language::English), english);
    QCOMPARE(hours.describe(Language::French), french);
}

void TestOpeningHoursDescriber::describesWhateverTheApplicationLanguage()
{
    // No translator is installed on the application: the language asked for still wins.
    const OpeningHours hours(u"Mo-Fr 09:00-18:00; PH off"_s);
    QCOMPARE(hours.describe(Language::French),
             u"Du lundi au vendredi, de 9 h à 18 h, fermé les jours fériés"_s);
    QCOMPARE(hours.describe(Language::English),
             u"Monday to Friday 9:00 to 18:00, closed on public holidays"_s);
}

void TestOpeningHoursDescriber::describesEveryReferenceRule()
{
    // Every rule of the reference corpus gets a description in both languages, and no English
    // phrase is left untranslated in the French one (comments, quoted, are the rule's own).
    QFile file(QFINDTESTDATA("../data/opening-hours/corpus.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> rules;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            rules.insert(QJsonDocument::fromJson(line).object().value(u"rule").toString());
    }
    QCOMPARE(rules.size(), 749);
    static const QRegularExpression quoted(u"« [^»]* »"_s);
    static const QStringList englishWords
            = {u" to "_s,  u" and "_s,    u"closed"_s,  u" day"_s, u"Monday"_s, u"holiday"_s,
               u"every"_s, u"midnight"_s, u"sunrise"_s, u"week"_s, u" from "_s, u"the "_s};
    for (const QString &rule : std::as_const(rules)) {
        const OpeningHours hours(rule);
        QVERIFY2(hours.isValid(), qPrintable(rule));
        const QString english = hours.describe(Language::English);
        QString french = hours.describe(Language::French);
        QVERIFY2(!english.isEmpty() && !french.isEmpty(), qPrintable(rule));
        QVERIFY2(english.at(0).isUpper() || english.at(0).isDigit(), qPrintable(english));
        QVERIFY2(french.at(0).isUpper() || french.at(0).isDigit(), qPrintable(french));
        french.remove(quoted);
        for (const QString &word : englishWords)
            QVERIFY2(!french.contains(word), qPrintable(rule + u" -> "_s + french));
    }
}

QTEST_GUILESS_MAIN(TestOpeningHoursDescriber)
#include "tst_openinghoursdescriber.moc"
