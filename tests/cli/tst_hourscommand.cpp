#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QJsonObject{{u"unparsable"_s, QString::fromUtf8(line)}};
    return document.object();
}

QList<QByteArray> outputLines(const QString &out)
{
    QList<QByteArray> lines = out.toUtf8().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray batchLine(const QString &rule, const QString &at, const QString &tz = u"Europe/Paris"_s)
{
    const QJsonObject row{{u"rule"_s, rule}, {u"tz"_s, tz}, {u"country"_s, u"FR"_s}, {u"at"_s, at}};
    return QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
}

QString jsonText(const QJsonValue &value)
{
    return value.isNull() ? u"null"_s : value.toString();
}

// A field of /proc/<pid>/status in KiB ("VmRSS:", "VmHWM:"); -1 where there is none.
qint64 memoryKiB(qint64 pid, const char *field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &entry : status.readAll().split('\n')) {
        if (entry.startsWith(field))
            return entry.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

} // namespace

class TestHoursCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // One rule
    void printsStateCommentNextChangeAndDescription_data();
    void printsStateCommentNextChangeAndDescription();
    void printsDatesAndDescriptionInTheChosenLanguage();
    void printsWarningsAndTheCanonicalForm();
    void printsJsonWithTheBatchFieldsAndADescription();
    void jsonIsTheSameInEveryLanguageButTheDescription();
    void pointsACaretAtTheColumnOfABadRule_data();
    void pointsACaretAtTheColumnOfABadRule();
    void givesTheColumnOfABadRuleInJson();
    void exitsWithUsageErrorsAndHints_data();
    void exitsWithUsageErrorsAndHints();
    void readsInstantsWithAndWithoutOffset_data();
    void readsInstantsWithAndWithoutOffset();
    void defaultsToNow();
    void evaluatesInReunionWithItsHolidays();
    void evaluatesGoodFridayInMoselle();
    void usesTheGivenLocationForSunTimes();

    // Batch
    void batchAgreesWithTheReferenceCorpus();
    void batchRejectsBadReferenceRulesWithAColumn();
    void batchAnswersMalformedLinesAndGoesOn_data();
    void batchAnswersMalformedLinesAndGoesOn();
    void batchAnswersEveryLineInOrder();
    void batchRefinesTheCountryWithARegion();
    void batchWritesInstantsInTheZoneInForce();
    void batchEscapesCommentsAsJson();
    void batchIsTheSameInEveryLanguage();
    void batchStreamsFiftyThousandLinesInBoundedMemory();
    void batchFailsOnlyWhenInputCannotBeRead();

private:
    CliRunner m_cli;
};

void TestHoursCommand::initTestCase()
{
    // The default zone of `hours` is the system's: pinned here as well as by CTest.
    m_cli.setEnvironment(u"TZ"_s, u"Europe/Paris"_s);
}

void TestHoursCommand::printsStateCommentNextChangeAndDescription_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("expected");

    QTest::newRow("open until the end of the day")
            << u"Mo-Fr 09:00-18:00; PH off"_s << u"2026-01-12T10:00:00+01:00"_s
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)\n"
               "State: open\n"
               "Next change: Monday 12 January 2026 at 18:00 (2026-01-12T18:00:00+01:00)\n"
               "Description: Monday to Friday 9:00 to 18:00, closed on public holidays\n"_s;
    QTest::newRow("closed on Easter Monday with the holiday's name")
            << u"Mo-Fr 09:00-18:00; PH off"_s << u"2026-04-06T10:00:00+02:00"_s
            << u"At: Monday 6 April 2026 at 10:00 (2026-04-06T10:00:00+02:00, Europe/Paris)\n"
               "State: closed\n"
               "Comment: “Lundi de Pâques”\n"
               "Next change: Tuesday 7 April 2026 at 9:00 (2026-04-07T09:00:00+02:00)\n"
               "Description: Monday to Friday 9:00 to 18:00, closed on public holidays\n"_s;
    QTest::newRow("unknown: a comment without a state")
            << u"Mo-Fr 09:00-18:00 \"sur rendez-vous\""_s << u"2026-01-12T10:00:00+01:00"_s
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)\n"
               "State: unknown\n"
               "Comment: “sur rendez-vous”\n"
               "Next change: Monday 12 January 2026 at 18:00 (2026-01-12T18:00:00+01:00)\n"
               "Description: Monday to Friday 9:00 to 18:00, opening not certain (“sur "
               "rendez-vous”)\n"_s;
    QTest::newRow("no change within a year")
            << u"24/7"_s << u"2026-01-12T10:00:00+01:00"_s
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)\n"
               "State: open\n"
               "Next change: none within 366 days\n"
               "Description: 24 hours a day, 7 days a week\n"_s;
}

void TestHoursCommand::printsStateCommentNextChangeAndDescription()
{
    QFETCH(QString, rule);
    QFETCH(QString, at);
    QFETCH(QString, expected);
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, rule, u"--at"_s, at, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestHoursCommand::printsDatesAndDescriptionInTheChosenLanguage()
{
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, u"Mo-Fr 09:00-18:00; PH off"_s, u"--at"_s,
                         u"2026-01-12T10:00:00+01:00"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"lundi 12 janvier 2026"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Du lundi au vendredi, de 9 h à 18 h, fermé les jours fériés"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"18 h (2026-01-12T18:00:00+01:00)"_s), qPrintable(result.out));
    QVERIFY(!result.out.contains(u"Monday"_s));
}

void TestHoursCommand::printsWarningsAndTheCanonicalForm()
{
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, u"Mo-Fr 9-18"_s, u"--at"_s, u"2026-01-12T10:00:00+01:00"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"State: open\n"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Note: The time “9” at column 7 has no minutes.\n"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.endsWith(u"Canonical form: Mo-Fr 09:00-18:00\n"_s), qPrintable(result.out));
}

void TestHoursCommand::printsJsonWithTheBatchFieldsAndADescription()
{
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, u"Mo-Fr 17:00+"_s, u"--at"_s, u"2026-01-12T20:00:00+01:00"_s,
                         u"--json"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             u"{\"state\":\"unknown\",\"comment\":\"Specified as open end. Closing time was "
             "guessed.\",\"next_change\":\"2026-01-13T03:00:00+01:00\",\"description\":\"Monday "
             "to Friday from 17:00, closing time not given\"}\n"_s);
}

void TestHoursCommand::jsonIsTheSameInEveryLanguageButTheDescription()
{
    const QStringList arguments{u"hours"_s,  u"Mo-Fr 17:00+; PH off"_s,
                                u"--at"_s,   u"2026-01-12T20:00:00+01:00"_s,
                                u"--json"_s, u"--lang"_s};
    const CliRunner::Result english = m_cli.run(arguments + QStringList{u"en"_s});
    const CliRunner::Result french = m_cli.run(arguments + QStringList{u"fr"_s});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(french.exitCode, 0);
    QJsonObject en = parseObject(english.out.toUtf8());
    QJsonObject fr = parseObject(french.out.toUtf8());
    QVERIFY(en.value(u"description"_s).toString().startsWith(u"Monday to Friday"_s));
    QVERIFY(fr.value(u"description"_s).toString().startsWith(u"Du lundi au vendredi"_s));
    en.remove(u"description"_s);
    fr.remove(u"description"_s);
    QCOMPARE(fr, en);
    QCOMPARE(en.value(u"comment"_s).toString(),
             u"Specified as open end. Closing time was guessed."_s);
}

void TestHoursCommand::pointsACaretAtTheColumnOfABadRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    QTest::newRow("French h notation, with a suggestion")
            << u"9h-18h"_s
            << u"Error: Times are written with a colon, not with “h” (column 2).\n"
               "  9h-18h\n"
               "   ^\n"
               "Hint: Write “09:00-18:00” rather than “9h-18h”, and “24/7” for every hour of "
               "every day. Suggested: “09:00-18:00”.\n"_s;
    QTest::newRow("French sentence")
            << u"Mo-Fr 09:00-18:00 sauf jours fériés"_s
            << u"Error: “sauf” is not understood at column 19.\n"
               "  Mo-Fr 09:00-18:00 sauf jours fériés\n"
               "                    ^\n"
               "Hint: Use the opening_hours syntax, for example “Mo-Fr "
               "09:00-12:00,14:00-18:00; PH off”; put free text in double quotes. Suggested: "
               "“Mo-Fr 09:00-18:00; PH off”.\n"_s;
    QTest::newRow("impossible minute")
            << u"12:61"_s
            << u"Error: “61” at column 4 is not a valid time.\n"
               "  12:61\n"
               "     ^\n"
               "Hint: Write times as hours and minutes from 00:00 to 24:00, for example "
               "“09:30”.\n"_s;
    QTest::newRow("after accented letters: columns count characters")
            << u"Mo-Fr 09:00-18:00 \"été\" jj"_s
            << u"Error: “jj” is not understood at column 25.\n"
               "  Mo-Fr 09:00-18:00 \"été\" jj\n"
               "                          ^\n"
               "Hint: Use the opening_hours syntax, for example “Mo-Fr "
               "09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.\n"_s;
    QTest::newRow("after a character outside the BMP, two cells wide")
            << u"\"\U0001F600\" x"_s
            << u"Error: “x” is not understood at column 5.\n"
               "  \"\U0001F600\" x\n"
               "       ^\n"
               "Hint: Use the opening_hours syntax, for example “Mo-Fr "
               "09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.\n"_s;
    QTest::newRow("a tab is kept under a tab")
            << u"Mo-Fr\t09:00-18:00 x"_s
            << u"Error: “x” is not understood at column 19.\n"
               "  Mo-Fr\t09:00-18:00 x\n"
               "       \t            ^\n"
               "Hint: Use the opening_hours syntax, for example “Mo-Fr "
               "09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.\n"_s;
    QTest::newRow("a long rule is cut around the column")
            << QString(u"Mo-Fr 09:00-18:00, "_s.repeated(10) + u"xx"_s)
            << u"Error: “xx” is not understood at column 191.\n"
               "  …0, Mo-Fr 09:00-18:00, Mo-Fr 09:00-18:00, Mo-Fr 09:00-18:00, xx\n"
               "                                                               ^\n"
               "Hint: Use the opening_hours syntax, for example “Mo-Fr "
               "09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.\n"_s;
}

void TestHoursCommand::pointsACaretAtTheColumnOfABadRule()
{
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    const CliRunner::Result result = m_cli.run({u"hours"_s, rule, u"--lang"_s, u"en"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, expected);
}

void TestHoursCommand::givesTheColumnOfABadRuleInJson()
{
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, u"Mo-Fr 09h00-18h00"_s, u"--json"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, u"{\"error\":\"Times are written with a colon, not with “h” (column "
                         "9).\",\"column\":9,\"suggestion\":\"Mo-Fr 09:00-18:00\"}\n"_s);
    const CliRunner::Result wide = m_cli.run({u"hours"_s, u"\"\U0001F600\" x"_s, u"--json"_s});
    QCOMPARE(wide.exitCode, 1);
    QCOMPARE(parseObject(wide.out.toUtf8()).value(u"column"_s).toInt(), 5);
}

void TestHoursCommand::exitsWithUsageErrorsAndHints_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("hint");

    const QString at = u"--at=2026-01-12T10:00:00+01:00"_s;
    QTest::newRow("valid rule") << QStringList{u"24/7"_s, at} << 0 << QString();
    QTest::newRow("bad rule") << QStringList{u"9h-18h"_s, at} << 1 << QString();
    QTest::newRow("no rule") << QStringList{} << 2 << u"give a rule"_s;
    QTest::newRow("two rules") << QStringList{u"24/7"_s, u"off"_s} << 2 << u"“off”"_s;
    QTest::newRow("unknown zone") << QStringList{u"24/7"_s, u"--tz"_s, u"Europe/Pariss"_s} << 2
                                  << u"Europe/Paris, America/Cayenne"_s;
    QTest::newRow("unknown region")
            << QStringList{u"24/7"_s, u"--region"_s, u"DE-BY"_s} << 2 << u"FR, FR-57"_s;
    QTest::newRow("invalid date") << QStringList{u"24/7"_s, u"--at"_s, u"2026-02-30T10:00"_s} << 2
                                  << u"“2026-02-30T10:00” is not a day of the calendar"_s;
    QTest::newRow("invalid time") << QStringList{u"24/7"_s, u"--at"_s, u"2026-01-12T24:00"_s} << 2
                                  << u"is not a time of day"_s;
    QTest::newRow("not ISO 8601") << QStringList{u"24/7"_s, u"--at"_s, u"12/01/2026 10:00"_s} << 2
                                  << u"2026-01-12T09:00:00+01:00"_s;
    QTest::newRow("offset out of range")
            << QStringList{u"24/7"_s, u"--at"_s, u"2026-01-12T10:00+25:00"_s} << 2
            << u"out of range"_s;
    QTest::newRow("latitude without longitude")
            << QStringList{u"24/7"_s, u"--lat"_s, u"48"_s} << 2 << u"both --lat and --lon"_s;
    QTest::newRow("latitude out of range")
            << QStringList{u"24/7"_s, u"--lat"_s, u"91"_s, u"--lon"_s, u"2"_s} << 2
            << u"-90 to 90"_s;
    QTest::newRow("batch with a rule")
            << QStringList{u"--batch"_s, u"24/7"_s} << 2 << u"each input line"_s;
    QTest::newRow("batch with a zone")
            << QStringList{u"--batch"_s, u"--tz"_s, u"UTC"_s} << 2 << u"each input line"_s;
    QTest::newRow("unknown option") << QStringList{u"24/7"_s, u"--colour"_s} << 2 << u"colour"_s;
}

void TestHoursCommand::exitsWithUsageErrorsAndHints()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, hint);
    const CliRunner::Result result = m_cli.run(QStringList{u"hours"_s} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(hint), qPrintable(result.err));
    }
}

void TestHoursCommand::readsInstantsWithAndWithoutOffset_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("atLine");

    QTest::newRow("offset")
            << QStringList{u"--at"_s, u"2026-01-12T10:00:00+01:00"_s}
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)"_s;
    QTest::newRow("Z, shown in the zone")
            << QStringList{u"--at"_s, u"2026-01-12T09:00Z"_s}
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)"_s;
    QTest::newRow("another offset, shown in the zone")
            << QStringList{u"--at"_s, u"2026-07-01T08:30:15-04:00"_s}
            << u"At: Wednesday 1 July 2026 at 14:30 (2026-07-01T14:30:15+02:00, Europe/Paris)"_s;
    QTest::newRow("no offset: wall clock of the system zone")
            << QStringList{u"--at"_s, u"2026-01-12T10:00"_s}
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)"_s;
    QTest::newRow("no offset: wall clock of --tz")
            << QStringList{u"--at"_s, u"2026-01-12T10:00"_s, u"--tz"_s, u"America/Cayenne"_s}
            << u"At: Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00-03:00, "
               "America/Cayenne)"_s;
    QTest::newRow("no offset, summer")
            << QStringList{u"--at"_s, u"2026-07-14 10:00:00"_s}
            << u"At: Tuesday 14 July 2026 at 10:00 (2026-07-14T10:00:00+02:00, Europe/Paris)"_s;
    QTest::newRow("no offset, in the spring gap: moved forward by the gap")
            << QStringList{u"--at"_s, u"2026-03-29T02:30"_s}
            << u"At: Sunday 29 March 2026 at 3:30 (2026-03-29T03:30:00+02:00, Europe/Paris)"_s;
    QTest::newRow("no offset, in the repeated autumn hour: the first one")
            << QStringList{u"--at"_s, u"2026-10-25T02:30"_s}
            << u"At: Sunday 25 October 2026 at 2:30 (2026-10-25T02:30:00+02:00, Europe/Paris)"_s;
    QTest::newRow("the second pass of the autumn hour, with its offset")
            << QStringList{u"--at"_s, u"2026-10-25T02:30+01:00"_s}
            << u"At: Sunday 25 October 2026 at 2:30 (2026-10-25T02:30:00+01:00, Europe/Paris)"_s;
}

void TestHoursCommand::readsInstantsWithAndWithoutOffset()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, atLine);
    const CliRunner::Result result = m_cli.run(QStringList{u"hours"_s, u"24/7"_s} + arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.section(u'\n', 0, 0), atLine);
}

void TestHoursCommand::defaultsToNow()
{
    // Tests run in Europe/Paris; retried once in case the day changes in between.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QDateTime before = QDateTime::currentDateTime();
        const CliRunner::Result result = m_cli.run({u"hours"_s, u"24/7"_s});
        const QDateTime after = QDateTime::currentDateTime();
        QCOMPARE(result.exitCode, 0);
        const QString iso = result.out.section(u'(', 1, 1).section(u',', 0, 0);
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        QVERIFY2(at.isValid(), qPrintable(result.out));
        if (before.date() != after.date())
            continue;
        QVERIFY2(at.secsTo(before) <= 1 && at <= after.addSecs(1), qPrintable(iso));
        QVERIFY(result.out.contains(u", Europe/Paris)"_s));
        return;
    }
}

void TestHoursCommand::evaluatesInReunionWithItsHolidays()
{
    // 20 December, abolition of slavery, is a public holiday in Réunion only.
    const QStringList arguments{u"hours"_s, u"Mo-Su 08:00-16:00; PH off"_s,
                                u"--at"_s,  u"2026-12-20T10:00"_s,
                                u"--tz"_s,  u"Indian/Reunion"_s};
    const CliRunner::Result reunion
            = m_cli.run(arguments + QStringList{u"--region"_s, u"FR-974"_s});
    QCOMPARE(reunion.exitCode, 0);
    QVERIFY2(reunion.out.startsWith(u"At: Sunday 20 December 2026 at 10:00 "
                                    "(2026-12-20T10:00:00+04:00, Indian/Reunion)\n"
                                    "State: closed\n"
                                    "Comment: “Abolition de l’esclavage”\n"
                                    "Next change: Monday 21 December 2026 at 8:00 "
                                    "(2026-12-21T08:00:00+04:00)\n"_s),
             qPrintable(reunion.out));
    const CliRunner::Result metropolitan = m_cli.run(arguments);
    QVERIFY2(metropolitan.out.contains(u"State: open\nNext change: Sunday 20 December 2026 at "
                                       "16:00 (2026-12-20T16:00:00+04:00)\n"_s),
             qPrintable(metropolitan.out));
}

void TestHoursCommand::evaluatesGoodFridayInMoselle()
{
    const QStringList arguments{u"hours"_s, u"Mo-Fr 09:00-18:00; PH off"_s, u"--at"_s,
                                u"2026-04-03T10:00:00+02:00"_s, u"--json"_s};
    const CliRunner::Result moselle = m_cli.run(arguments + QStringList{u"--region=fr-57"_s});
    QCOMPARE(moselle.exitCode, 0);
    const QJsonObject closed = parseObject(moselle.out.toUtf8());
    QCOMPARE(closed.value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(closed.value(u"comment"_s).toString(), u"Vendredi saint"_s);
    QCOMPARE(closed.value(u"next_change"_s).toString(), u"2026-04-07T09:00:00+02:00"_s);

    const CliRunner::Result paris = m_cli.run(arguments);
    const QJsonObject open = parseObject(paris.out.toUtf8());
    QCOMPARE(open.value(u"state"_s).toString(), u"open"_s);
    QVERIFY(open.value(u"comment"_s).isNull());
    QCOMPARE(open.value(u"next_change"_s).toString(), u"2026-04-03T18:00:00+02:00"_s);
}

void TestHoursCommand::usesTheGivenLocationForSunTimes()
{
    const QStringList arguments{u"hours"_s, u"sunrise-sunset"_s, u"--at"_s,
                                u"2026-06-21T12:00:00+02:00"_s, u"--json"_s};
    const QJsonObject paris = parseObject(m_cli.run(arguments).out.toUtf8());
    const QJsonObject brest = parseObject(
            m_cli.run(arguments + QStringList{u"--lat"_s, u"48.39"_s, u"--lon"_s, u"-4.49"_s})
                    .out.toUtf8());
    QCOMPARE(paris.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(brest.value(u"state"_s).toString(), u"open"_s);
    const QDateTime parisSunset
            = QDateTime::fromString(paris.value(u"next_change"_s).toString(), Qt::ISODate);
    const QDateTime brestSunset
            = QDateTime::fromString(brest.value(u"next_change"_s).toString(), Qt::ISODate);
    QVERIFY(parisSunset.isValid() && brestSunset.isValid());
    // Brest is 7 degrees west of Paris: the sun sets about half an hour later.
    const qint64 minutes = parisSunset.secsTo(brestSunset) / 60;
    QVERIFY2(minutes >= 25 && minutes <= 35, qPrintable(QString::number(minutes)));
}

void TestHoursCommand::batchAgreesWithTheReferenceCorpus()
{
    QFile file(QFINDTESTDATA("../data/opening-hours/corpus.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    QList<QByteArray> rows = input.split('\n');
    if (!rows.isEmpty() && rows.last().isEmpty())
        rows.removeLast();
    QCOMPARE(rows.size(), 35952);

    QElapsedTimer timer;
    timer.start();
    const CliRunner::Result result = m_cli.run({u"hours"_s, u"--batch"_s}, input);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> answers = outputLines(result.out);
    QCOMPARE(answers.size(), rows.size());

    struct Counts
    {
        int rows = 0;
        int state = 0;
        int nextChange = 0;
        int comment = 0;
        int both = 0;
    };
    Counts all;
    Counts helpline;
    int dstSuspect = 0;
    QStringList differences;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = parseObject(rows.at(i));
        const QJsonObject answer = parseObject(answers.at(i));
        if (row.value(u"dst_suspect"_s).toBool()) {
            ++dstSuspect;
            continue;
        }
        QVERIFY2(!answer.contains(u"error"_s), answers.at(i).constData());
        QCOMPARE(answer.keys(), (QStringList{u"comment"_s, u"next_change"_s, u"state"_s}));
        // Byte for byte: null is null, an empty comment is "", instants are the same text.
        const bool state = answer.value(u"state"_s) == row.value(u"state"_s);
        const bool next = answer.value(u"next_change"_s) == row.value(u"next_change"_s);
        const bool comment = answer.value(u"comment"_s) == row.value(u"comment"_s);
        bool isHelpline = false;
        for (const QJsonValue source : row.value(u"source"_s).toArray())
            isHelpline = isHelpline || source.toString() == u"helpline"_s;
        for (Counts *counts : {&all, isHelpline ? &helpline : nullptr}) {
            if (!counts)
                continue;
            ++counts->rows;
            counts->state += state;
            counts->nextChange += next;
            counts->comment += comment;
            counts->both += state && next;
        }
        if (!(state && next && comment)) {
            differences.append(u"%1 at %2: expected %3 %4 %5, got %6"_s.arg(
                    row.value(u"rule"_s).toString(), row.value(u"at"_s).toString(),
                    row.value(u"state"_s).toString(), jsonText(row.value(u"next_change"_s)),
                    jsonText(row.value(u"comment"_s)), QString::fromUtf8(answers.at(i))));
        }
    }
    qInfo("hours --batch over the reference corpus: %lld lines in %lld ms (one run); %d rows "
          "compared (%d dst_suspect rows set aside)",
          qlonglong(rows.size()), elapsed, all.rows, dstSuspect);
    qInfo("  state %.3f %%, next change %.3f %%, comment %.3f %%, state and next change %.3f %%",
          percent(all.state, all.rows), percent(all.nextChange, all.rows),
          percent(all.comment, all.rows), percent(all.both, all.rows));
    qInfo("  helpline rows: %d, state and next change %.3f %%, comment %.3f %%", helpline.rows,
          percent(helpline.both, helpline.rows), percent(helpline.comment, helpline.rows));
    for (qsizetype i = 0; i < std::min<qsizetype>(5, differences.size()); ++i)
        qInfo("  differs: %s", qPrintable(differences.at(i)));

    QCOMPARE(dstSuspect, 6);
    QCOMPARE(all.rows, 35946);
    QVERIFY(helpline.rows > 2000);
    QVERIFY2(percent(all.both, all.rows) >= 99.0, "agreement on state and next change < 99 %");
    QVERIFY2(percent(all.comment, all.rows) >= 99.0, "agreement on comments < 99 %");
    QCOMPARE(helpline.both, helpline.rows);
    QCOMPARE(helpline.comment, helpline.rows);
}

void TestHoursCommand::batchRejectsBadReferenceRulesWithAColumn()
{
    QFile file(QFINDTESTDATA("../data/opening-hours/bad-rules.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> rows;
    QByteArray input;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        rows.append(parseObject(line));
        // A Tuesday of autumn 2027: its school holidays are not known.
        input += batchLine(rows.last().value(u"rule"_s).toString(), u"2027-11-02T10:00:00+01:00"_s);
    }
    const CliRunner::Result result = m_cli.run({u"hours"_s, u"--batch"_s}, input);
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> answers = outputLines(result.out);
    QCOMPARE(answers.size(), rows.size());
    int parseRows = 0;
    int evaluateRows = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rule = rows.at(i).value(u"rule"_s).toString();
        const QJsonObject answer = parseObject(answers.at(i));
        if (rows.at(i).value(u"phase"_s).toString() == u"parse"_s) {
            ++parseRows;
            QCOMPARE(answer.keys(), (QStringList{u"column"_s, u"error"_s}));
            QVERIFY2(!answer.value(u"error"_s).toString().isEmpty(), qPrintable(rule));
            const int column = answer.value(u"column"_s).toInt();
            QVERIFY2(column >= 1 && column <= rule.toUcs4().size() + 1,
                     qPrintable(rule + u' ' + QString::number(column)));
        } else {
            ++evaluateRows;
            QCOMPARE(answer.value(u"state"_s).toString(), u"unknown"_s);
            QCOMPARE(answer.value(u"comment"_s).toString(),
                     u"School holidays of 2027 are not known yet."_s);
        }
    }
    QCOMPARE(parseRows, 40);
    QCOMPARE(evaluateRows, 10);
    // The column is the one of the message and of the caret.
    QCOMPARE(answers.at(1), QByteArray("{\"error\":\"Times are written with a colon, not with "
                                       "“h” (column 1).\",\"column\":1}"));
}

void TestHoursCommand::batchAnswersMalformedLinesAndGoesOn_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty line") << QByteArray() << u"The line is empty"_s;
    QTest::newRow("blank line") << QByteArray(" \t ") << u"The line is empty"_s;
    QTest::newRow("not JSON") << QByteArray("rule=24/7") << u"not valid JSON"_s;
    QTest::newRow("truncated JSON")
            << QByteArray("{\"rule\":\"24/7\",\"tz\":\"Europe/Paris\"") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[\"24/7\"]") << u"not a JSON object"_s;
    QTest::newRow("missing rule") << QByteArray(
            R"({"tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00Z"})")
                                  << u"The field “rule” is missing"_s;
    QTest::newRow("rule not a string") << QByteArray(
            R"({"rule":7,"tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00Z"})")
                                       << u"The field “rule” must be a string"_s;
    QTest::newRow("missing at") << QByteArray(
            R"({"rule":"24/7","tz":"Europe/Paris","country":"FR"})")
                                << u"The field “at” is missing"_s;
    QTest::newRow("unknown zone") << QByteArray(
            R"({"rule":"24/7","tz":"Europe/Lyon","country":"FR","at":"2026-01-12T10:00Z"})")
                                  << u"Unknown time zone “Europe/Lyon”"_s;
    QTest::newRow("other country") << QByteArray(
            R"({"rule":"24/7","tz":"Europe/Berlin","country":"DE","at":"2026-01-12T10:00Z"})")
                                   << u"Unsupported country “DE”"_s;
    QTest::newRow("region of another country")
            << QByteArray(R"({"rule":"24/7","tz":"Europe/Paris","country":"FR","region":"DE-BY",)"
                          R"("at":"2026-01-12T10:00Z"})")
            << u"The region “DE-BY” is not in the country “FR”"_s;
    QTest::newRow("unknown region")
            << QByteArray(R"({"rule":"24/7","tz":"Europe/Paris","country":"FR","region":"FR-75",)"
                          R"("at":"2026-01-12T10:00Z"})")
            << u"Unknown region “FR-75”"_s;
    QTest::newRow("no offset") << QByteArray(
            R"({"rule":"24/7","tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00"})")
                               << u"has no offset from UTC"_s;
    QTest::newRow("invalid date") << QByteArray(
            R"({"rule":"24/7","tz":"Europe/Paris","country":"FR",)"
            R"("at":"2026-02-29T10:00:00+01:00"})")
                                  << u"is not a day of the calendar"_s;
    QTest::newRow("not a date") << QByteArray(
            R"({"rule":"24/7","tz":"Europe/Paris","country":"FR","at":"now"})")
                                << u"is not a date and time in ISO 8601 form"_s;
    QTest::newRow("longer than 1 MiB")
            << (QByteArray(R"({"rule":")") + QByteArray(1100 * 1024, 'x') + QByteArray("\"}"))
            << u"The line is longer than 1048576 bytes"_s;
}

void TestHoursCommand::batchAnswersMalformedLinesAndGoesOn()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const QByteArray good = batchLine(u"Mo-Fr 09:00-18:00"_s, u"2026-01-12T10:00:00+01:00"_s);
    const QByteArray expected
            = R"({"state":"open","comment":null,"next_change":"2026-01-12T18:00:00+01:00"})";
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, u"--batch"_s}, good + line + '\n' + good);
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> answers = outputLines(result.out);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0), expected);
    const QJsonObject answer = parseObject(answers.at(1));
    QCOMPARE(answer.keys(), QStringList{u"error"_s});
    QVERIFY2(answer.value(u"error"_s).toString().contains(error), answers.at(1).constData());
    QCOMPARE(answers.at(2), expected);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestHoursCommand::batchAnswersEveryLineInOrder()
{
    // Line breaks of Windows, a byte-order mark, and a last line without a line break.
    const QByteArray input
            = "\xEF\xBB\xBF" + batchLine(u"24/7"_s, u"2026-01-12T10:00Z"_s).trimmed() + "\r\n\r\n"
              + batchLine(u"Mo 10:00-12:00"_s, u"2026-01-12T10:00:00+01:00"_s)
              + batchLine(u"Tu 10:00-12:00"_s, u"2026-01-12T10:00:00+01:00"_s).trimmed();
    const CliRunner::Result result = m_cli.run({u"hours"_s, u"--batch"_s}, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             u"{\"state\":\"open\",\"comment\":null,\"next_change\":null}\n"
             "{\"error\":\"The line is empty: a JSON object was expected.\"}\n"
             "{\"state\":\"open\",\"comment\":null,\"next_change\":\"2026-01-12T12:00:00+01:00\"}\n"
             "{\"state\":\"closed\",\"comment\":null,\"next_change\":\"2026-01-13T10:00:00+01:00\"}"
             "\n"_s);
    const CliRunner::Result empty = m_cli.run({u"hours"_s, u"--batch"_s});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.isEmpty());
}

void TestHoursCommand::batchRefinesTheCountryWithARegion()
{
    const QByteArray row = R"({"rule":"Mo-Fr 09:00-18:00; PH off","tz":"Europe/Paris",)"
                           R"("country":"FR","at":"2026-04-03T10:00:00+02:00")";
    const CliRunner::Result result
            = m_cli.run({u"hours"_s, u"--batch"_s}, row + "}\n" + row + R"(,"region":"FR-57"})"
                                                            + '\n' + row + R"(,"region":null})");
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> answers = outputLines(result.out);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0),
             R"({"state":"open","comment":null,"next_change":"2026-04-03T18:00:00+02:00"})");
    QCOMPARE(
            answers.at(1),
            R"({"state":"closed","comment":"Vendredi saint","next_change":"2026-04-07T09:00:00+02:00"})");
    QCOMPARE(answers.at(2), answers.at(0));
}

void TestHoursCommand::batchWritesInstantsInTheZoneInForce()
{
    const QByteArray input
            // Across the autumn change: the offset of the next change is that of its instant.
            = batchLine(u"Su 02:00-03:00"_s, u"2026-10-25T02:30:00+02:00"_s)
              + batchLine(u"Mo-Fr 09:00-18:00"_s, u"2026-03-27T19:00:00+01:00"_s)
              // UTC is written "+00:00", as other offsets; Réunion has no DST.
              + batchLine(u"Mo-Fr 09:00-18:00"_s, u"2026-01-12T10:00:00Z"_s, u"UTC"_s)
              + batchLine(u"Mo-Fr 09:00-18:00"_s, u"2026-01-12T06:00:00Z"_s, u"Indian/Reunion"_s)
              // The instant is read exactly whatever its offset: 17:59:59.5 in Paris.
              + batchLine(u"Mo-Fr 09:00-18:00"_s, u"2026-01-12T12:59:59.5-04:00"_s);
    const CliRunner::Result result = m_cli.run({u"hours"_s, u"--batch"_s}, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(
            result.out,
            u"{\"state\":\"open\",\"comment\":null,\"next_change\":\"2026-10-25T03:00:00+01:00\"}\n"
            "{\"state\":\"closed\",\"comment\":null,\"next_change\":\"2026-03-30T09:00:00+02:00\"}"
            "\n"
            "{\"state\":\"open\",\"comment\":null,\"next_change\":\"2026-01-12T18:00:00+00:00\"}\n"
            "{\"state\":\"open\",\"comment\":null,\"next_change\":\"2026-01-12T18:00:00+04:00\"}\n"
            "{\"state\":\"open\",\"comment\":null,\"next_change\":\"2026-01-12T18:00:00+01:00\"}"
            "\n"_s);
}

void TestHoursCommand::batchEscapesCommentsAsJson()
{
    // A comment with a backslash, a tab, a slash and a letter outside ASCII (kept as UTF-8).
    const QByteArray input
            = batchLine(u"Mo-Su open \"a\\b\tc/\u00e9\""_s, u"2026-01-12T10:00Z"_s, u"UTC"_s);
    const CliRunner::Result result = m_cli.run({u"hours"_s, u"--batch"_s}, input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.toUtf8(), QByteArray("{\"state\":\"open\",\"comment\":\"a\\\\b\\tc/"
                                             "\xc3\xa9\",\"next_change\":null}\n"));
}

void TestHoursCommand::batchIsTheSameInEveryLanguage()
{
    const QByteArray input = batchLine(u"Mo-Fr 17:00+"_s, u"2026-01-12T20:00:00+01:00"_s)
                             + batchLine(u"9h-18h"_s, u"2026-01-12T20:00:00+01:00"_s)
                             + batchLine(u"SH"_s, u"2027-11-02T10:00:00+01:00"_s)
                             + batchLine(u"24/7"_s, u"2026-01-12"_s) + "{}\n";
    const CliRunner::Result english = m_cli.run({u"hours"_s, u"--batch"_s, u"--lang=en"_s}, input);
    const CliRunner::Result french = m_cli.run({u"--lang=fr"_s, u"hours"_s, u"--batch"_s}, input);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(outputLines(english.out).size(), 5);
    QCOMPARE(french.out, english.out);
    QVERIFY(english.out.contains(u"Specified as open end. Closing time was guessed."_s));
}

void TestHoursCommand::batchStreamsFiftyThousandLinesInBoundedMemory()
{
    // 50,000 lines of 20,000 distinct rules (more than the cache keeps), each answer known:
    // at Monday 12:00, "Mo-Fr S-E" is open until E when S <= 12:00, else closed until S.
    constexpr int lines = 50000;
    constexpr int block = 5000;
    auto rowOf = [](int i, QByteArray *expected) {
        const int start = i % 1000;                // 00:00 .. 16:39
        const int end = 17 * 60 + (i / 1000) % 20; // 17:00 .. 17:19
        auto hhmm = [](int minutes) {
            return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0'))
                    .arg(minutes % 60, 2, 10, QChar(u'0'));
        };
        const bool open = start <= 12 * 60;
        *expected
                = (u"{\"state\":\"%1\",\"comment\":null,\"next_change\":\"2026-01-12T%2:00+01:00\"}"_s)
                          .arg(open ? u"open"_s : u"closed"_s, hhmm(open ? end : start))
                          .toUtf8();
        return batchLine(u"Mo-Fr %1-%2"_s.arg(hhmm(start), hhmm(end)),
                         u"2026-01-12T12:00:00+01:00"_s);
    };

    QProcess process;
    // Under AddressSanitizer (the asan preset), a small quarantine so that resident memory
    // means what it means without it; no effect otherwise.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ASAN_OPTIONS"_s,
                       environment.value(u"ASAN_OPTIONS"_s) + u":quarantine_size_mb=8"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HELPLINES_CLI), {u"hours"_s, u"--batch"_s});
    QVERIFY(process.waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    QByteArray received;
    int answered = 0;
    int wrong = 0;
    qsizetype scanned = 0;
    QList<QByteArray> expected(lines);
    qint64 firstBlockKiB = -1;
    for (int first = 0; first < lines; first += block) {
        QByteArray input;
        for (int i = first; i < first + block; ++i)
            input += rowOf(i, &expected[i]);
        process.write(input);
        // Every line of the block is answered while the input is still open: answers are
        // written line by line and flushed, not after the end of the input.
        while (answered < first + block) {
            if (!process.waitForReadyRead(30000))
                QFAIL(qPrintable(u"no answer after %1 lines"_s.arg(answered)));
            received += process.readAllStandardOutput();
            for (qsizetype end = received.indexOf('\n', scanned); end >= 0;
                 end = received.indexOf('\n', scanned)) {
                wrong += received.sliced(scanned, end - scanned) != expected.at(answered);
                ++answered;
                scanned = end + 1;
            }
            received.remove(0, scanned);
            scanned = 0;
        }
        if (first == 0)
            firstBlockKiB = memoryKiB(process.processId(), "VmRSS:");
    }
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(answered, lines);
    QCOMPARE(wrong, 0);

    // Peak memory of the process, still running, against its memory after the first block
    // (Linux): reading more lines must not cost more memory.
    const qint64 peakKiB = memoryKiB(process.processId(), "VmHWM:");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    qInfo("hours --batch: %d lines (20,000 distinct rules) in %lld ms, resident memory %lld KiB "
          "after %d lines, peak %lld KiB",
          lines, elapsed, firstBlockKiB, block, peakKiB);
    if (peakKiB >= 0 && firstBlockKiB >= 0)
        QVERIFY2(peakKiB - firstBlockKiB < 24 * 1024,
                 qPrintable(u"%1 KiB, then %2 KiB"_s.arg(firstBlockKiB).arg(peakKiB)));
}

void TestHoursCommand::batchFailsOnlyWhenInputCannotBeRead()
{
#ifdef Q_OS_UNIX
    // A directory opens, but cannot be read.
    QProcess process;
    process.setStandardInputFile(u"/"_s);
    process.start(QStringLiteral(HELPLINES_CLI), {u"hours"_s, u"--batch"_s, u"--lang=en"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("could not be read"));
#else
    QSKIP("Needs a file that opens but cannot be read.");
#endif
}

QTEST_GUILESS_MAIN(TestHoursCommand)
#include "tst_hourscommand.moc"
