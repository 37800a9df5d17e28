#include "core/timeformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsTimesOfDay_data();
    void formatsTimesOfDay();
    void formatsQTime();
    void formatsDurations_data();
    void formatsDurations();
};

void TestTimeFormat::formatsTimesOfDay_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");

    QTest::newRow("nine") << 9 * 60 << u"9:00"_s << u"9 h"_s;
    QTest::newRow("half past nine") << 9 * 60 + 30 << u"9:30"_s << u"9 h 30"_s;
    QTest::newRow("five past nine") << 9 * 60 + 5 << u"9:05"_s << u"9 h 05"_s;
    QTest::newRow("evening") << 18 * 60 << u"18:00"_s << u"18 h"_s;
    QTest::newRow("evening with minutes") << 18 * 60 + 30 << u"18:30"_s << u"18 h 30"_s;
    QTest::newRow("midnight") << 0 << u"0:00"_s << u"0 h"_s;
    QTest::newRow("end of the day") << 24 * 60 << u"24:00"_s << u"24 h"_s;
    QTest::newRow("past midnight is the next day's time") << 26 * 60 << u"2:00"_s << u"2 h"_s;
}

void TestTimeFormat::formatsTimesOfDay()
{
    QFETCH(int, minutes);
    QFETCH(QString, english);
    QFETCH(QString, french);
    QCOMPARE(TimeFormat::time(minutes, Language::English), english);
    QCOMPARE(TimeFormat::time(minutes, Language::French), french);
}

void TestTimeFormat::formatsQTime()
{
    QCOMPARE(TimeFormat::time(QTime(18, 30, 59), Language::English), u"18:30"_s);
    QCOMPARE(TimeFormat::time(QTime(8, 0), Language::French), u"8 h"_s);
    QVERIFY(TimeFormat::time(QTime(), Language::French).isEmpty());
}

void TestTimeFormat::formatsDurations_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");

    QTest::newRow("minutes") << 30 << u"30 min"_s;
    QTest::newRow("one hour") << 60 << u"1 h"_s;
    QTest::newRow("hour and minutes") << 62 << u"1 h 02"_s;
    QTest::newRow("negative is a length") << -90 << u"1 h 30"_s;
    QTest::newRow("nothing") << 0 << u"0 min"_s;
}

void TestTimeFormat::formatsDurations()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QCOMPARE(TimeFormat::duration(minutes, Language::English), text);
    QCOMPARE(TimeFormat::duration(minutes, Language::French), text);
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
