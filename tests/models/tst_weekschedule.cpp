#include "core/translations.h"
#include "models/availability.h"
#include "models/weekschedule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QTimeZone paris("Europe/Paris");

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

QStringList week(const QString &rule, const QString &now, Language language = Language::English,
                 const QString &region = u"FR"_s)
{
    Service service;
    service.hours = rule;
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = region;
    const EvaluationContext context = ServiceAvailability::contextFor(service);
    QStringList lines;
    for (const WeekSchedule::Day &day :
         WeekSchedule::compute(OpeningHours(rule), context, at(now), paris, language)) {
        QString line = WeekSchedule::dayLabel(day, language) + u": "_s
                       + WeekSchedule::entriesText(day, paris, language);
        if (!day.holiday.isEmpty())
            line += u" ["_s + day.holiday + u']';
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestWeekSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSevenDaysFromToday();
    void showsNightsOnTheDayTheyStart();
    void showsTwentyFourHoursAndSplitDays();
    void namesPublicHolidays();
    void marksUncertainHoursAndComments();
    void coversTheSpringChange();
    void isEmptyButDatedForUnknownHours();
};

void TestWeekSchedule::initTestCase()
{
    QVERIFY(Translations::installInApplication(Language::English));
}

void TestWeekSchedule::showsSevenDaysFromToday()
{
    const QStringList lines = week(u"Mo-Fr 09:00-18:00"_s, u"2026-01-14T10:00:00+01:00"_s);
    QCOMPARE(lines,
             (QStringList{u"Wednesday 14 January (today): 9:00 to 18:00"_s,
                          u"Thursday 15 January: 9:00 to 18:00"_s,
                          u"Friday 16 January: 9:00 to 18:00"_s, u"Saturday 17 January: Closed"_s,
                          u"Sunday 18 January: Closed"_s, u"Monday 19 January: 9:00 to 18:00"_s,
                          u"Tuesday 20 January: 9:00 to 18:00"_s}));
}

void TestWeekSchedule::showsNightsOnTheDayTheyStart()
{
    const QStringList lines = week(u"Mo-Su 08:00-02:00"_s, u"2026-01-12T10:00:00+01:00"_s);
    QCOMPARE(lines.size(), 7);
    // Today also shows the end of last night.
    QCOMPARE(lines.at(0), u"Monday 12 January (today): 0:00 to 2:00, 8:00 to 2:00 the next day"_s);
    QCOMPARE(lines.at(1), u"Tuesday 13 January: 8:00 to 2:00 the next day"_s);
}

void TestWeekSchedule::showsTwentyFourHoursAndSplitDays()
{
    QCOMPARE(week(u"24/7"_s, u"2026-01-12T10:00:00+01:00"_s).at(3),
             u"Thursday 15 January: 24 hours"_s);
    QCOMPARE(week(u"Mo-Sa 09:00-12:00,14:00-18:00"_s, u"2026-01-12T10:00:00+01:00"_s).at(0),
             u"Monday 12 January (today): 9:00 to 12:00, 14:00 to 18:00"_s);
}

void TestWeekSchedule::namesPublicHolidays()
{
    const QStringList english
            = week(u"Mo-Fr 09:00-18:00; PH off"_s, u"2026-04-05T10:00:00+02:00"_s);
    QCOMPARE(english.at(1), u"Monday 6 April: Closed [Easter Monday]"_s);
    QCOMPARE(english.at(2), u"Tuesday 7 April: 9:00 to 18:00"_s);
    // Alsace-Moselle has Good Friday too.
    const QStringList moselle = week(u"Mo-Fr 09:00-18:00; PH off"_s, u"2026-04-02T10:00:00+02:00"_s,
                                     Language::English, u"FR-57"_s);
    QCOMPARE(moselle.at(1), u"Friday 3 April: Closed [Good Friday]"_s);
}

void TestWeekSchedule::marksUncertainHoursAndComments()
{
    const QStringList lines
            = week(u"Mo-Fr 09:00-18:00 \"sur rendez-vous\""_s, u"2026-01-12T10:00:00+01:00"_s);
    QCOMPARE(lines.at(0),
             u"Monday 12 January (today): 9:00 to 18:00 (hours uncertain): sur rendez-vous"_s);
}

void TestWeekSchedule::coversTheSpringChange()
{
    const QStringList lines = week(u"Mo-Su 01:00-04:00"_s, u"2026-03-29T00:30:00+01:00"_s);
    // 01:00 to 04:00 on a day with no 02:00-03:00: still shown as the rule says.
    QCOMPARE(lines.at(0), u"Sunday 29 March (today): 1:00 to 4:00"_s);
}

void TestWeekSchedule::isEmptyButDatedForUnknownHours()
{
    const QStringList lines = week(QString(), u"2026-01-12T10:00:00+01:00"_s);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0), u"Monday 12 January (today): Closed"_s);
}

QTEST_GUILESS_MAIN(TestWeekSchedule)
#include "tst_weekschedule.moc"
