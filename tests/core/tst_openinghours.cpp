#include "core/calendar/schoolholidays.h"
#include "core/calendar/suntimes.h"
#include "core/openinghours/openinghours.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

Q_DECLARE_METATYPE(Helplines::OpenState)
Q_DECLARE_METATYPE(Helplines::OpeningHoursError::Kind)

namespace {

QDateTime instant(const QString &iso)
{
    const QDateTime result = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(result.isValid());
    return result;
}

// An instant as the corpus writes it: ISO 8601 with the offset in force, or "null".
QString isoWithOffset(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return u"null"_s;
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate);
}

QString stateName(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return u"open"_s;
    case OpenState::Closed:
        return u"closed"_s;
    case OpenState::Unknown:
        return u"unknown"_s;
    }
    return QString();
}

const QString openEndComment = u"Specified as open end. Closing time was guessed."_s;

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Parsing
    void acceptsCanonicalRules_data();
    void acceptsCanonicalRules();
    void acceptsSloppyValuesWithWarnings_data();
    void acceptsSloppyValuesWithWarnings();
    void rejectsWithColumnAndHint_data();
    void rejectsWithColumnAndHint();
    void rejectsEveryBadReferenceRule();
    void rejectsHostileInputQuickly();
    void sharesParsedRulesImplicitly();

    // Evaluation
    void evaluatesTimeRanges_data();
    void evaluatesTimeRanges();
    void evaluatesStatesAndComments_data();
    void evaluatesStatesAndComments();
    void evaluatesHolidays_data();
    void evaluatesHolidays();
    void evaluatesDateSelectors_data();
    void evaluatesDateSelectors();
    void handlesDaylightSavingTime_data();
    void handlesDaylightSavingTime();
    void evaluatesSunTimesToTheMinute();
    void limitsNextChangeToTheHorizon_data();
    void limitsNextChangeToTheHorizon();
    void evaluatesInTheGivenZone();
    void saysSchoolHolidaysOfUnknownYearsAreUnknown();
    void saysHolidaysOfUnsupportedRegionsAreUnknown();
    void returnsIntervalsForAWeek();
    void returnsOpenEndIntervals();
    void invalidRulesAreUnknown();

    // The reference corpus
    void agreesWithReferenceCorpus();

private:
    EvaluationContext m_france;
};

void TestOpeningHours::initTestCase()
{
    m_france = EvaluationContext::france();
    QVERIFY(m_france.timeZone.isValid());
    QCOMPARE(m_france.holidayRegion, u"FR"_s);
    QCOMPARE(m_france.schoolZone, u"C"_s);
}

void TestOpeningHours::acceptsCanonicalRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("24/7") << u"24/7"_s << u"24/7"_s;
    QTest::newRow("weekdays and times")
            << u"Mo-Fr 09:00-12:00,14:00-18:00"_s << u"Mo-Fr 09:00-12:00,14:00-18:00"_s;
    QTest::newRow("public holidays off") << u"Mo-Fr 08:00-20:00; Sa 10:00-18:00; PH off"_s
                                         << u"Mo-Fr 08:00-20:00; Sa 10:00-18:00; PH off"_s;
    QTest::newRow("past midnight keeps its end")
            << u"Mo-Su 19:00-03:00"_s << u"Mo-Su 19:00-27:00"_s;
    QTest::newRow("past 24:00") << u"Mo-Fr 09:00-25:00"_s << u"Mo-Fr 09:00-25:00"_s;
    QTest::newRow("nth weekdays") << u"Sa[1],Sa[3] 10:00-14:00"_s << u"Sa[1],Sa[3] 10:00-14:00"_s;
    QTest::newRow("last weekday with offset")
            << u"Sa[-1] +3 days 10:00-12:00"_s << u"Sa[-1] +3 days 10:00-12:00"_s;
    QTest::newRow("easter offset") << u"easter -2 days off"_s << u"easter -2 days off"_s;
    QTest::newRow("date range over the year end")
            << u"2026 Dec 24-2027 Jan 01 off"_s << u"2026 Dec 24-2027 Jan 01 off"_s;
    QTest::newRow("week numbers with step") << u"week 02-52/6 Fr"_s << u"week 02-52/6 Fr"_s;
    QTest::newRow("year range") << u"2020-2022 Dec 24-26"_s << u"2020-2022 Dec 24-26"_s;
    QTest::newRow("open end") << u"Mo-Fr 17:00+"_s << u"Mo-Fr 17:00+"_s;
    QTest::newRow("sun with offset")
            << u"(sunrise+01:02)-(sunset-00:30)"_s << u"(sunrise+01:02)-(sunset-00:30)"_s;
    QTest::newRow("fallback with comment")
            << u"Mo-Fr 09:00-18:00 || \"messagerie\""_s << u"Mo-Fr 09:00-18:00 || \"messagerie\""_s;
    QTest::newRow("additional rule")
            << u"Mo-Fr 10:00-16:00, We 12:00-18:00"_s << u"Mo-Fr 10:00-16:00, We 12:00-18:00"_s;
    QTest::newRow("school holidays") << u"SH Mo-Fr 10:00-16:00"_s << u"SH Mo-Fr 10:00-16:00"_s;
    QTest::newRow("holiday and weekday list") << u"Su,PH off"_s << u"Su,PH off"_s;
    QTest::newRow("comment only") << u"unknown \"appeler\""_s << u"unknown \"appeler\""_s;
}

void TestOpeningHours::acceptsCanonicalRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, normalized);
    const OpeningHours hours(rule);
    QVERIFY2(hours.isValid(), qPrintable(hours.error().message()));
    QCOMPARE(hours.error().kind, OpeningHoursError::None);
    const QList<OpeningHoursError> warnings = hours.warnings();
    QVERIFY2(warnings.isEmpty(),
             qPrintable(warnings.isEmpty() ? QString() : warnings.first().message()));
    QCOMPARE(hours.normalizedRule(), normalized);
    QCOMPARE(hours.rule(), rule);
    // The canonical text parses to itself.
    QCOMPARE(OpeningHours(normalized).normalizedRule(), normalized);
}

void TestOpeningHours::acceptsSloppyValuesWithWarnings_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<OpeningHoursError::Kind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("hours without minutes") << u"Mo-Fr 9-18"_s << u"Mo-Fr 09:00-18:00"_s
                                           << OpeningHoursError::MissingMinutes << 7 << u"09:00"_s;
    QTest::newRow("till") << u"Mo 12:00 till 14:00"_s << u"Mo 12:00-14:00"_s
                          << OpeningHoursError::NonCanonicalWord << 10 << u"-"_s;
    QTest::newRow("am pm") << u"10am-12pm"_s << u"10:00-12:00"_s << OpeningHoursError::AmPm << 3
                           << u"10:00"_s;
    QTest::newRow("dot separator") << u"10.00-12.00"_s << u"10:00-12:00"_s
                                   << OpeningHoursError::DotSeparator << 3 << u":"_s;
    QTest::newRow("en dash") << u"Mo 12:00–14:00"_s << u"Mo 12:00-14:00"_s
                             << OpeningHoursError::LookAlikeCharacter << 9 << u"-"_s;
    QTest::newRow("french day names") << u"lundi-vendredi 09:00-18:00"_s << u"Mo-Fr 09:00-18:00"_s
                                      << OpeningHoursError::FrenchAbbreviation << 1 << u"Mo"_s;
    QTest::newRow("lower case") << u"mo-fr 09:00-18:00"_s << u"Mo-Fr 09:00-18:00"_s
                                << OpeningHoursError::NonCanonicalWord << 1 << u"Mo"_s;
    QTest::newRow("empty rule") << u"Mo-Fr 09:00-18:00;; Sa 10:00-12:00"_s
                                << u"Mo-Fr 09:00-18:00; Sa 10:00-12:00"_s
                                << OpeningHoursError::RedundantSeparator << 19 << QString();
    QTest::newRow("daily") << u"daily 09:00-18:00"_s << u"Mo-Su 09:00-18:00"_s
                           << OpeningHoursError::NonCanonicalWord << 1 << u"Mo-Su"_s;
    QTest::newRow("public holidays")
            << u"Mo-Fr 09:00-18:00; public holidays off"_s << u"Mo-Fr 09:00-18:00; PH off"_s
            << OpeningHoursError::NonCanonicalWord << 20 << u"PH"_s;
    QTest::newRow("curly quotes") << u"Mo 10:00-12:00 “sur rendez-vous”"_s
                                  << u"Mo 10:00-12:00 \"sur rendez-vous\""_s
                                  << OpeningHoursError::LookAlikeCharacter << 16
                                  << u"\"sur rendez-vous\""_s;
    QTest::newRow("full-width digits") << u"Mo １２：００-１４：００"_s << u"Mo 12:00-14:00"_s
                                       << OpeningHoursError::LookAlikeCharacter << 4 << u"12"_s;
    QTest::newRow("hours after a time") << u"Mo-Fr 08:00h-16:00h"_s << u"Mo-Fr 08:00-16:00"_s
                                        << OpeningHoursError::HourSuffix << 12 << QString();
}

void TestOpeningHours::acceptsSloppyValuesWithWarnings()
{
    QFETCH(QString, rule);
    QFETCH(QString, normalized);
    QFETCH(OpeningHoursError::Kind, kind);
    QFETCH(int, column);
    QFETCH(QString, suggestion);
    const OpeningHours hours(rule);
    QVERIFY2(hours.isValid(), qPrintable(hours.error().message()));
    QCOMPARE(hours.normalizedRule(), normalized);
    const QList<OpeningHoursError> warnings = hours.warnings();
    const auto it = std::find_if(warnings.cbegin(), warnings.cend(),
                                 [&](const OpeningHoursError &w) { return w.kind == kind; });
    QVERIFY2(it != warnings.cend(), "the expected warning is missing");
    QCOMPARE(it->column, column);
    QCOMPARE(it->suggestion, suggestion);
    QVERIFY(!it->message().isEmpty());
}

void TestOpeningHours::rejectsWithColumnAndHint_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<OpeningHoursError::Kind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("french all day")
            << u"24h/24 7j/7"_s << OpeningHoursError::HourSuffix << 3 << u"24/7"_s;
    QTest::newRow("french hours") << u"9h-18h"_s << OpeningHoursError::HourSuffix << 2
                                  << u"09:00-18:00"_s;
    QTest::newRow("french hours after days")
            << u"Mo-Fr 9h30-18h"_s << OpeningHoursError::HourSuffix << 8 << u"Mo-Fr 09:30-18:00"_s;
    QTest::newRow("french sentence")
            << u"tous les jours de 9h à 18h"_s << OpeningHoursError::UnexpectedToken << 1
            << u"Mo-Su 09:00-18:00"_s;
    QTest::newRow("french exception")
            << u"Mo-Fr 09:00-18:00 sauf jours fériés"_s << OpeningHoursError::UnexpectedToken << 19
            << u"Mo-Fr 09:00-18:00; PH off"_s;
    QTest::newRow("unterminated comment")
            << u"Mo-Fr 09:00-18:00 \"sur rendez-vous"_s << OpeningHoursError::UnterminatedComment
            << 19 << u"Mo-Fr 09:00-18:00 \"sur rendez-vous\""_s;
    QTest::newRow("minutes over 59")
            << u"12:61"_s << OpeningHoursError::InvalidTime << 4 << QString();
    QTest::newRow("compact times")
            << u"0600-1800"_s << OpeningHoursError::InvalidTime << 1 << u"06:00-18:00"_s;
    QTest::newRow("nth out of range")
            << u"Mo[6]"_s << OpeningHoursError::InvalidNth << 4 << QString();
    QTest::newRow("week out of range")
            << u"week 00-54"_s << OpeningHoursError::InvalidWeek << 6 << QString();
    QTest::newRow("years upside down")
            << u"2020-2000"_s << OpeningHoursError::InvalidYear << 1 << u"2000-2020"_s;
    QTest::newRow("point in time")
            << u"06:30pm"_s << OpeningHoursError::PointInTime << 1 << QString();
    QTest::newRow("repeated times")
            << u"10:00-16:00/1:30"_s << OpeningHoursError::TimePeriod << 12 << QString();
    QTest::newRow("empty") << QString() << OpeningHoursError::Empty << 1 << QString();
    QTest::newRow("blank") << u"   "_s << OpeningHoursError::Empty << 1 << QString();
    QTest::newRow("range without end")
            << u"Mo-Fr 18:00-"_s << OpeningHoursError::UnexpectedEnd << 13 << QString();
    QTest::newRow("month range to a day")
            << u"Apr 1-Nov"_s << OpeningHoursError::InvalidRange << 6 << QString();
    QTest::newRow("too many rules")
            << u"Mo;"_s.repeated(300) << OpeningHoursError::TooComplex << 769 << QString();
    QTest::newRow("stray character")
            << u"Mo-Fr 09:00-18:00 #"_s << OpeningHoursError::UnexpectedToken << 19 << QString();
}

void TestOpeningHours::rejectsWithColumnAndHint()
{
    QFETCH(QString, rule);
    QFETCH(OpeningHoursError::Kind, kind);
    QFETCH(int, column);
    QFETCH(QString, suggestion);
    const OpeningHours hours(rule);
    QVERIFY(!hours.isValid());
    const OpeningHoursError error = hours.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.column, column);
    QCOMPARE(error.suggestion, suggestion);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.hint().isEmpty());
    if (!suggestion.isEmpty()) {
        QVERIFY(error.hint().contains(suggestion));
        // What is suggested is valid.
        QVERIFY2(OpeningHours(suggestion).isValid(), qPrintable(suggestion));
    }
    QVERIFY(hours.normalizedRule().isEmpty());
}

void TestOpeningHours::rejectsEveryBadReferenceRule()
{
    QFile file(QFINDTESTDATA("../data/opening-hours/bad-rules.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int parseRows = 0;
    int evaluateRows = 0;
    const QDateTime at = instant(u"2027-07-14T12:00:00+02:00"_s);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const QString rule = row.value(u"rule").toString();
        const OpeningHours hours(rule);
        if (row.value(u"phase").toString() == u"parse") {
            ++parseRows;
            QVERIFY2(!hours.isValid(), qPrintable(rule));
            QVERIFY2(hours.error().column >= 1 && hours.error().column <= rule.size() + 1,
                     qPrintable(rule));
            QVERIFY(!hours.error().message().isEmpty());
            QVERIFY(!hours.error().hint().isEmpty());
        } else {
            // School holiday rules that the reference cannot evaluate in 2027: parsed, and
            // unknown (not a guess) on a weekday of the unknown school year.
            ++evaluateRows;
            QVERIFY2(hours.isValid(), qPrintable(rule));
            const OpeningHoursEvaluation evaluation = hours.evaluate(at, m_france);
            QCOMPARE(evaluation.state, OpenState::Unknown);
            QVERIFY2(evaluation.comment.contains(u"2027"_s), qPrintable(evaluation.comment));
        }
    }
    QCOMPARE(parseRows, 40);
    QCOMPARE(evaluateRows, 10);
}

void TestOpeningHours::rejectsHostileInputQuickly()
{
    // Quickly: each is refused by a limit (its kind says which), not by working through it.
    const OpeningHours huge(QString(1024 * 1024, u'M'));
    QCOMPARE(huge.error().kind, OpeningHoursError::TooLong);

    // Deep nesting is one token after another: the parser does not recurse.
    const OpeningHours nested(QString(4000, u'('));
    QVERIFY(!nested.isValid());
    const OpeningHours brackets(u"Mo"_s + QString(3000, u'['));
    QVERIFY(!brackets.isValid());

    // The longest accepted value, many rules: parsing and a next-change search stay linear.
    QString many;
    while (many.size() + 40 < 4096)
        many += u"Mo-Fr 09:00-12:00,14:00-18:00; "_s;
    many += u"PH off"_s;
    const OpeningHours long_(many);
    QVERIFY2(long_.isValid(), qPrintable(long_.error().message()));
    const OpeningHoursEvaluation evaluation
            = long_.evaluate(instant(u"2026-01-17T11:00:00+01:00"_s), m_france);
    QCOMPARE(evaluation.state, OpenState::Closed);
    QCOMPARE(isoWithOffset(evaluation.nextChange), u"2026-01-19T09:00:00+01:00"_s);

    // Random characters and random tokens never crash and are answered quickly.
    QRandomGenerator random(20260112);
    static const QStringList pieces
            = {u"Mo"_s,  u"-"_s,    u","_s,       u";"_s, u"||"_s, u"12"_s, u":"_s,
               u"00"_s,  u"["_s,    u"]"_s,       u"+"_s, u"PH"_s, u"\""_s, u"easter"_s,
               u"Jan"_s, u"week"_s, u"sunrise"_s, u"("_s, u")"_s,  u" "_s,  u"2020"_s};
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int length = int(random.bounded(1, 60));
        if (i % 2) {
            for (int k = 0; k < length; ++k)
                text += QChar(char16_t(random.bounded(1, 0xD7FF)));
        } else {
            for (int k = 0; k < length; ++k)
                text += pieces.at(int(random.bounded(int(pieces.size()))));
        }
        const OpeningHours hours(text);
        if (hours.isValid())
            hours.evaluate(instant(u"2026-03-29T01:59:00+01:00"_s), m_france);
        else
            QVERIFY(hours.error().column >= 1);
    }
}

void TestOpeningHours::sharesParsedRulesImplicitly()
{
    const OpeningHours original(u"Mo-Fr 09:00-18:00"_s);
    OpeningHours copy = original;
    QCOMPARE(copy.rule(), original.rule());
    OpeningHours moved = std::move(copy);
    QCOMPARE(moved.normalizedRule(), u"Mo-Fr 09:00-18:00"_s);
    moved = OpeningHours(u"24/7"_s);
    QCOMPARE(original.rule(), u"Mo-Fr 09:00-18:00"_s);
    const OpeningHours empty;
    QVERIFY(!empty.isValid());
    QCOMPARE(empty.error().kind, OpeningHoursError::Empty);
}

namespace {

void addEvaluationColumns()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("at");
    QTest::addColumn<OpenState>("state");
    QTest::addColumn<QString>("nextChange");
    QTest::addColumn<QString>("comment");
}

} // namespace

#define CHECK_EVALUATION(context) \
    do { \
        QFETCH(QString, rule); \
        QFETCH(QString, at); \
        QFETCH(OpenState, state); \
        QFETCH(QString, nextChange); \
        QFETCH(QString, comment); \
        const OpeningHours hours(rule); \
        QVERIFY2(hours.isValid(), qPrintable(hours.error().message())); \
        const OpeningHoursEvaluation evaluation = hours.evaluate(instant(at), context); \
        QCOMPARE(stateName(evaluation.state), stateName(state)); \
        QCOMPARE(isoWithOffset(evaluation.nextChange), nextChange); \
        QCOMPARE(evaluation.comment, comment); \
        QCOMPARE(hours.state(instant(at), context), state); \
        QCOMPARE(hours.comment(instant(at), context), comment); \
    } while (false)

void TestOpeningHours::evaluatesTimeRanges_data()
{
    addEvaluationColumns();
    const QString weekdays = u"Mo-Fr 09:00-18:00"_s;
    QTest::newRow("open at the start")
            << weekdays << u"2026-01-12T09:00:00+01:00"_s << OpenState::Open
            << u"2026-01-12T18:00:00+01:00"_s << QString();
    QTest::newRow("closed at the end")
            << weekdays << u"2026-01-12T18:00:00+01:00"_s << OpenState::Closed
            << u"2026-01-13T09:00:00+01:00"_s << QString();
    QTest::newRow("open a second before the end")
            << weekdays << u"2026-01-14T17:59:59+01:00"_s << OpenState::Open
            << u"2026-01-14T18:00:00+01:00"_s << QString();
    QTest::newRow("closed on Saturday")
            << weekdays << u"2026-01-17T11:00:00+01:00"_s << OpenState::Closed
            << u"2026-01-19T09:00:00+01:00"_s << QString();
    QTest::newRow("lunch break") << u"Mo-Fr 09:00-12:00,14:00-17:00"_s
                                 << u"2026-01-13T12:30:00+01:00"_s << OpenState::Closed
                                 << u"2026-01-13T14:00:00+01:00"_s << QString();
    QTest::newRow("open after midnight")
            << u"Mo-Su 19:00-03:00"_s << u"2026-01-13T02:00:00+01:00"_s << OpenState::Open
            << u"2026-01-13T03:00:00+01:00"_s << QString();
    QTest::newRow("end written past 24:00")
            << u"Mo-Fr 09:00-25:00"_s << u"2026-01-17T00:30:00+01:00"_s << OpenState::Open
            << u"2026-01-17T01:00:00+01:00"_s << QString();
    QTest::newRow("spill replaced by a later rule")
            << u"Mo-Th 18:00-02:00; Fr-Sa 18:00-04:00"_s << u"2026-01-15T20:00:00+01:00"_s
            << OpenState::Open << u"2026-01-16T00:00:00+01:00"_s << QString();
    QTest::newRow("spill of the replacing rule")
            << u"Mo-Th 18:00-02:00; Fr-Sa 18:00-04:00"_s << u"2026-01-17T02:30:00+01:00"_s
            << OpenState::Open << u"2026-01-17T04:00:00+01:00"_s << QString();
    QTest::newRow("spill kept when the next day is not selected")
            << u"Mo-Su 08:00-02:00; Dec 25 off"_s << u"2026-12-26T01:00:00+01:00"_s
            << OpenState::Open << u"2026-12-26T02:00:00+01:00"_s << QString();
    QTest::newRow("day closed by an off rule")
            << u"Mo-Su 08:00-02:00; Dec 25 off"_s << u"2026-12-25T01:00:00+01:00"_s
            << OpenState::Closed << u"2026-12-26T00:00:00+01:00"_s << QString();
    QTest::newRow("24 hours from a time")
            << u"We 22:00-22:00"_s << u"2026-01-15T20:00:00+01:00"_s << OpenState::Open
            << u"2026-01-15T22:00:00+01:00"_s << QString();
    QTest::newRow("always open") << u"24/7"_s << u"2026-01-12T00:00:00+01:00"_s << OpenState::Open
                                 << u"null"_s << QString();
    QTest::newRow("always closed") << u"off"_s << u"2026-01-12T00:00:00+01:00"_s
                                   << OpenState::Closed << u"null"_s << QString();
    QTest::newRow("later weekday rule replaces the day")
            << u"Mo-Fr 10:00-20:00; We 10:00-16:00"_s << u"2026-01-14T17:59:59+01:00"_s
            << OpenState::Closed << u"2026-01-15T10:00:00+01:00"_s << QString();
    QTest::newRow("off rule closes only its times")
            << u"10:00-14:00; 12:00-14:00 off"_s << u"2026-01-13T11:00:00+01:00"_s
            << OpenState::Open << u"2026-01-13T12:00:00+01:00"_s << QString();
    QTest::newRow("rule without days replaces one without days")
            << u"08:00-09:00; 10:00-12:00"_s << u"2026-01-13T08:30:00+01:00"_s << OpenState::Closed
            << u"2026-01-13T10:00:00+01:00"_s << QString();
    QTest::newRow("additional rule adds hours")
            << u"Mo-Fr 10:00-16:00, We 12:00-18:00"_s << u"2026-01-14T17:00:00+01:00"_s
            << OpenState::Open << u"2026-01-14T18:00:00+01:00"_s << QString();
    QTest::newRow("selectors in any order")
            << u"10:00-16:00 We open"_s << u"2026-01-14T15:00:00+01:00"_s << OpenState::Open
            << u"2026-01-14T16:00:00+01:00"_s << QString();
}

void TestOpeningHours::evaluatesTimeRanges()
{
    CHECK_EVALUATION(m_france);
}

void TestOpeningHours::evaluatesStatesAndComments_data()
{
    addEvaluationColumns();
    QTest::newRow("comment without state is unknown")
            << u"Mo-Fr 09:00-18:00 \"sur rendez-vous\""_s << u"2026-01-12T10:00:00+01:00"_s
            << OpenState::Unknown << u"2026-01-12T18:00:00+01:00"_s << u"sur rendez-vous"_s;
    QTest::newRow("open with a comment stays open")
            << u"Mo-Fr 09:00-18:00 open \"sur rendez-vous\""_s << u"2026-01-12T10:00:00+01:00"_s
            << OpenState::Open << u"2026-01-12T18:00:00+01:00"_s << u"sur rendez-vous"_s;
    QTest::newRow("unknown keyword")
            << u"unknown \"horaires variables\""_s << u"2026-01-12T10:00:00+01:00"_s
            << OpenState::Unknown << u"null"_s << u"horaires variables"_s;
    QTest::newRow("closed with a comment")
            << u"Mo-Fr 09:00-17:30; PH closed \"fermé les jours fériés\""_s
            << u"2026-04-06T10:00:00+02:00"_s << OpenState::Closed << u"2026-04-07T09:00:00+02:00"_s
            << u"fermé les jours fériés"_s;
    QTest::newRow("fallback fills closed time")
            << u"Mo-Fr 09:00-18:00 || \"messagerie vocale\""_s << u"2026-01-12T20:00:00+01:00"_s
            << OpenState::Unknown << u"2026-01-13T09:00:00+01:00"_s << u"messagerie vocale"_s;
    QTest::newRow("fallback leaves open time")
            << u"Mo-Fr 09:00-18:00 || \"messagerie vocale\""_s << u"2026-01-12T10:00:00+01:00"_s
            << OpenState::Open << u"2026-01-12T18:00:00+01:00"_s << QString();
    QTest::newRow("open end is unknown until a guessed time")
            << u"Mo-Fr 17:00+"_s << u"2026-01-15T20:00:00+01:00"_s << OpenState::Unknown
            << u"2026-01-16T03:00:00+01:00"_s << openEndComment;
    QTest::newRow("open end before 17:00 ends at midnight")
            << u"12:00+"_s << u"2026-01-13T12:30:00+01:00"_s << OpenState::Unknown
            << u"2026-01-14T00:00:00+01:00"_s << openEndComment;
    QTest::newRow("open end from 22:00 lasts eight hours")
            << u"22:00+"_s << u"2026-01-13T23:00:00+01:00"_s << OpenState::Unknown
            << u"2026-01-14T06:00:00+01:00"_s << openEndComment;
    QTest::newRow("open end with its own comment")
            << u"07:00+ open \"appeler avant\""_s << u"2026-01-12T08:59:00+01:00"_s
            << OpenState::Unknown << u"2026-01-13T00:00:00+01:00"_s << u"appeler avant"_s;
    QTest::newRow("two comments on two ranges")
            << u"Mo-Fr 12:00-14:00 open \"ligne étudiants\", Mo-Fr 20:00-23:00 open \"ligne de nuit\""_s
            << u"2026-01-15T20:00:00+01:00"_s << OpenState::Open << u"2026-01-15T23:00:00+01:00"_s
            << u"ligne de nuit"_s;
}

void TestOpeningHours::evaluatesStatesAndComments()
{
    CHECK_EVALUATION(m_france);
}

void TestOpeningHours::evaluatesHolidays_data()
{
    addEvaluationColumns();
    const QString weekdaysNoHolidays = u"Mo-Fr 09:00-18:00; PH off"_s;
    QTest::newRow("closed on Easter Monday with its name")
            << weekdaysNoHolidays << u"2026-04-06T10:00:00+02:00"_s << OpenState::Closed
            << u"2026-04-07T09:00:00+02:00"_s << u"Lundi de Pâques"_s;
    QTest::newRow("Good Friday is not a holiday in Paris")
            << weekdaysNoHolidays << u"2026-04-03T10:00:00+02:00"_s << OpenState::Open
            << u"2026-04-03T18:00:00+02:00"_s << QString();
    QTest::newRow("Ascension") << weekdaysNoHolidays << u"2026-05-14T12:00:00+02:00"_s
                               << OpenState::Closed << u"2026-05-15T09:00:00+02:00"_s
                               << u"Ascension"_s;
    QTest::newRow("holiday hours")
            << u"Mo-Fr 09:00-17:00; PH 10:00-16:00"_s << u"2026-07-14T10:00:00+02:00"_s
            << OpenState::Open << u"2026-07-14T16:00:00+02:00"_s
            << u"Fête Nationale de la France"_s;
    QTest::newRow("no holiday name outside the holiday's hours")
            << u"PH 12:00-13:00"_s << u"2026-01-01T10:00:00+01:00"_s << OpenState::Closed
            << u"2026-01-01T12:00:00+01:00"_s << QString();
    QTest::newRow("day before a holiday")
            << u"PH -1 day"_s << u"2026-12-24T22:00:00+01:00"_s << OpenState::Open
            << u"2026-12-25T00:00:00+01:00"_s << u"Day before Noël"_s;
    QTest::newRow("holiday in a weekday list")
            << u"Sa,Su,PH 10:00-12:00"_s << u"2026-05-01T11:00:00+02:00"_s << OpenState::Open
            << u"2026-05-01T12:00:00+02:00"_s << u"Fête du travail"_s;
    QTest::newRow("holiday and weekday both needed")
            << u"PH Mo"_s << u"2026-01-01T10:00:00+01:00"_s << OpenState::Closed
            << u"2026-04-06T00:00:00+02:00"_s << QString();
    QTest::newRow("school holiday hours with the holiday's name")
            << u"Mo-Fr 09:00-18:00; SH Mo-Fr 10:00-16:00"_s << u"2026-12-28T10:30:00+01:00"_s
            << OpenState::Open << u"2026-12-28T16:00:00+01:00"_s << u"Vacances de Noël"_s;
    QTest::newRow("school holiday hours replace the day")
            << u"Mo-Fr 09:00-18:00; SH Mo-Fr 10:00-16:00"_s << u"2026-12-28T17:00:00+01:00"_s
            << OpenState::Closed << u"2026-12-29T10:00:00+01:00"_s << QString();
}

void TestOpeningHours::evaluatesHolidays()
{
    // The school holiday row relies on these dates (zone C, Christmas 2026).
    const SchoolHolidays::Lookup christmas = SchoolHolidays::lookup(QDate(2026, 12, 28), u"C");
    QCOMPARE(christmas.result, SchoolHolidays::Lookup::Holiday);
    QVERIFY(christmas.first <= QDate(2026, 12, 28) && christmas.last >= QDate(2026, 12, 29));
    CHECK_EVALUATION(m_france);
}

void TestOpeningHours::evaluatesDateSelectors_data()
{
    addEvaluationColumns();
    QTest::newRow("week numbers") << u"Mo-Fr 09:00-18:00; week 32-33 off"_s
                                  << u"2026-08-05T14:00:00+02:00"_s << OpenState::Closed
                                  << u"2026-08-17T09:00:00+02:00"_s << QString();
    QTest::newRow("week 53 of 2026 is in 2027")
            << u"week 53 09:00-10:00"_s << u"2027-01-01T09:30:00+01:00"_s << OpenState::Open
            << u"2027-01-01T10:00:00+01:00"_s << QString();
    QTest::newRow("third Saturday")
            << u"Mo-Fr 10:00-20:00; Sa[1],Sa[3] 10:00-14:00"_s << u"2026-01-17T11:00:00+01:00"_s
            << OpenState::Open << u"2026-01-17T14:00:00+01:00"_s << QString();
    QTest::newRow("last Friday") << u"Mo-Fr 09:00-17:00; Fr[-1] 09:00-12:00"_s
                                 << u"2026-01-30T13:00:00+01:00"_s << OpenState::Closed
                                 << u"2026-02-02T09:00:00+01:00"_s << QString();
    QTest::newRow("Monday after the last Sunday of August")
            << u"Aug Su[-1] +1 day"_s << u"2026-06-10T10:00:00+02:00"_s << OpenState::Closed
            << u"2026-08-31T00:00:00+02:00"_s << QString();
    // The reference skips 3 January 2026 here (its next change is 31 January).
    QTest::newRow("day before the first Sunday")
            << u"Su[1] -1 day"_s << u"2026-01-01T10:00:00+01:00"_s << OpenState::Closed
            << u"2026-01-03T00:00:00+01:00"_s << QString();
    QTest::newRow("Good Friday from easter")
            << u"Mo-Su 08:00-20:00; easter -2 days off"_s << u"2026-04-03T10:00:00+02:00"_s
            << OpenState::Closed << u"2026-04-04T08:00:00+02:00"_s << QString();
    // Deliberate difference: the reference excludes Easter Sunday from such a range.
    QTest::newRow("range ending at easter includes Easter Sunday")
            << u"easter -10 days-easter"_s << u"2026-04-05T12:00:00+02:00"_s << OpenState::Open
            << u"2026-04-06T00:00:00+02:00"_s << QString();
    QTest::newRow("range over the year end")
            << u"Mo-Fr 09:00-19:00; PH off; 2026 Dec 24-2027 Jan 01 off"_s
            << u"2026-12-31T10:00:00+01:00"_s << OpenState::Closed << u"2027-01-04T09:00:00+01:00"_s
            << QString();
    QTest::newRow("months over the year end")
            << u"Nov-Feb"_s << u"2026-12-25T10:00:00+01:00"_s << OpenState::Open
            << u"2027-03-01T00:00:00+01:00"_s << QString();
    QTest::newRow("leap day in Feb")
            << u"Nov-Feb 00:00-24:00"_s << u"2020-02-29T12:00:00+01:00"_s << OpenState::Open
            << u"2020-03-01T00:00:00+01:00"_s << QString();
    QTest::newRow("dated range with years")
            << u"2020 Apr 01-2020 Dec 31 24/7"_s << u"2020-11-07T18:00:00+01:00"_s
            << OpenState::Open << u"2021-01-01T00:00:00+01:00"_s << QString();
    // Deliberate difference: the reference never finds a change for a bare year.
    QTest::newRow("bare year ends with the year")
            << u"2020"_s << u"2020-11-07T18:00:00+01:00"_s << OpenState::Open
            << u"2021-01-01T00:00:00+01:00"_s << QString();
    QTest::newRow("every fifth year")
            << u"2016/5"_s << u"2020-12-25T10:00:00+01:00"_s << OpenState::Closed
            << u"2021-01-01T00:00:00+01:00"_s << QString();
    QTest::newRow("day list in one month")
            << u"Dec 24,25,26 off; 24/7"_s << u"2026-12-23T10:00:00+01:00"_s << OpenState::Open
            << u"null"_s << QString();
    QTest::newRow("day list then a rule")
            << u"24/7; Dec 24,25,26 off"_s << u"2026-12-23T10:00:00+01:00"_s << OpenState::Open
            << u"2026-12-24T00:00:00+01:00"_s << QString();
}

void TestOpeningHours::evaluatesDateSelectors()
{
    CHECK_EVALUATION(m_france);
}

void TestOpeningHours::handlesDaylightSavingTime_data()
{
    addEvaluationColumns();
    // Spring: 02:00-03:00 does not exist on 29 March 2026.
    QTest::newRow("spring: a range inside the gap does not happen")
            << u"Su 02:00-03:00"_s << u"2026-03-29T01:59:00+01:00"_s << OpenState::Closed
            << u"2026-04-05T02:00:00+02:00"_s << QString();
    QTest::newRow("spring: a start in the gap moves by the gap")
            << u"Mo-Su 02:30-05:00"_s << u"2026-03-29T01:00:00+01:00"_s << OpenState::Closed
            << u"2026-03-29T03:30:00+02:00"_s << QString();
    QTest::newRow("spring: closed until the moved start")
            << u"Mo-Su 02:30-05:00"_s << u"2026-03-29T03:15:00+02:00"_s << OpenState::Closed
            << u"2026-03-29T03:30:00+02:00"_s << QString();
    QTest::newRow("spring: open from the moved start")
            << u"Mo-Su 02:30-05:00"_s << u"2026-03-29T03:30:00+02:00"_s << OpenState::Open
            << u"2026-03-29T05:00:00+02:00"_s << QString();
    QTest::newRow("spring: an end in the gap is the transition")
            << u"Mo-Su 22:00-02:00"_s << u"2026-03-28T23:00:00+01:00"_s << OpenState::Open
            << u"2026-03-29T03:00:00+02:00"_s << QString();
    // Deliberate difference (dst_suspect rows): no phantom hour on Monday 00:00.
    QTest::newRow("spring: no phantom hour after the spill")
            << u"Mo-Th 18:00-02:00; Fr-Sa 18:00-04:00"_s << u"2026-03-29T12:00:00+02:00"_s
            << OpenState::Closed << u"2026-03-30T18:00:00+02:00"_s << QString();
    // Autumn: 02:00-03:00 happens twice on 25 October 2026.
    QTest::newRow("autumn: before the repeated hour")
            << u"Su 02:00-03:00"_s << u"2026-10-25T01:59:00+02:00"_s << OpenState::Closed
            << u"2026-10-25T02:00:00+02:00"_s << QString();
    QTest::newRow("autumn: first pass")
            << u"Su 02:00-03:00"_s << u"2026-10-25T02:30:00+02:00"_s << OpenState::Open
            << u"2026-10-25T03:00:00+01:00"_s << QString();
    QTest::newRow("autumn: second pass")
            << u"Su 02:00-03:00"_s << u"2026-10-25T02:30:00+01:00"_s << OpenState::Open
            << u"2026-10-25T03:00:00+01:00"_s << QString();
    QTest::newRow("autumn: an end in the repeated hour is its first pass")
            << u"Mo-Su 22:00-02:30"_s << u"2026-10-24T23:00:00+02:00"_s << OpenState::Open
            << u"2026-10-25T02:30:00+02:00"_s << QString();
    QTest::newRow("autumn: a start in the repeated hour, from the second pass")
            << u"Su 02:45-05:00"_s << u"2026-10-25T02:30:00+01:00"_s << OpenState::Closed
            << u"2026-10-25T02:45:00+01:00"_s << QString();
    QTest::newRow("autumn: 25-hour day")
            << u"Su 00:00-24:00"_s << u"2026-10-25T12:00:00+01:00"_s << OpenState::Open
            << u"2026-10-26T00:00:00+01:00"_s << QString();
}

void TestOpeningHours::handlesDaylightSavingTime()
{
    CHECK_EVALUATION(m_france);
}

void TestOpeningHours::evaluatesSunTimesToTheMinute()
{
    const OpeningHours hours(u"sunrise-sunset"_s);
    QVERIFY(hours.isValid());
    const QDate day(2026, 6, 10);
    const SunTimes sun = SunTimes::forDay(day, m_france.location, m_france.timeZone);
    QVERIFY(sun.sunrise.isValid() && sun.sunset.isValid());
    auto minuteOf = [&](const QDateTime &time) {
        const QDateTime local = time.toTimeZone(m_france.timeZone);
        return QDateTime(day, QTime(local.time().hour(), local.time().minute()), m_france.timeZone);
    };
    const QDateTime morning(day, QTime(3, 0), m_france.timeZone);
    OpeningHoursEvaluation evaluation = hours.evaluate(morning, m_france);
    QCOMPARE(evaluation.state, OpenState::Closed);
    QCOMPARE(evaluation.nextChange, minuteOf(sun.sunrise));
    evaluation = hours.evaluate(minuteOf(sun.sunrise), m_france);
    QCOMPARE(evaluation.state, OpenState::Open);
    QCOMPARE(evaluation.nextChange, minuteOf(sun.sunset));

    // An offset from an event, in parentheses.
    const OpeningHours later(u"(sunrise+01:00)-12:00"_s);
    evaluation = later.evaluate(morning, m_france);
    QCOMPARE(evaluation.nextChange, minuteOf(sun.sunrise).addSecs(3600));
}

void TestOpeningHours::limitsNextChangeToTheHorizon_data()
{
    addEvaluationColumns();
    const QString rule = u"Mo-Su 00:00-24:00; 2027 Jun 01 off"_s;
    QTest::newRow("change in 364 days") << rule << u"2026-06-02T00:00:00+02:00"_s << OpenState::Open
                                        << u"2027-06-01T00:00:00+02:00"_s << QString();
    QTest::newRow("change beyond 366 days")
            << rule << u"2026-05-30T00:00:00+02:00"_s << OpenState::Open << u"null"_s << QString();
    QTest::newRow("yearly change")
            << u"Mo-Su 00:00-24:00; Dec 25 off"_s << u"2026-12-26T00:00:00+01:00"_s
            << OpenState::Open << u"2027-12-25T00:00:00+01:00"_s << QString();
    QTest::newRow("no change in a weekly schedule without hours")
            << u"Mo-Su"_s << u"2026-01-12T00:00:00+01:00"_s << OpenState::Open << u"null"_s
            << QString();
}

void TestOpeningHours::limitsNextChangeToTheHorizon()
{
    CHECK_EVALUATION(m_france);
}

void TestOpeningHours::evaluatesInTheGivenZone()
{
    const OpeningHours hours(u"Mo-Fr 09:00-18:00"_s);
    // French Guiana: UTC-3 all year (no daylight saving time).
    EvaluationContext guiana = m_france;
    guiana.timeZone = QTimeZone("America/Cayenne");
    guiana.holidayRegion = u"FR-973"_s;
    OpeningHoursEvaluation evaluation
            = hours.evaluate(instant(u"2026-01-12T11:30:00Z"_s), guiana); // 08:30 there
    QCOMPARE(evaluation.state, OpenState::Closed);
    QCOMPARE(isoWithOffset(evaluation.nextChange), u"2026-01-12T09:00:00-03:00"_s);
    QCOMPARE(evaluation.nextChange.offsetFromUtc(), -3 * 3600);
    // The same instant is open in Paris (12:30).
    QCOMPARE(hours.state(instant(u"2026-01-12T11:30:00Z"_s), m_france), OpenState::Open);
    // La Réunion, UTC+4.
    EvaluationContext reunion = m_france;
    reunion.timeZone = QTimeZone("Indian/Reunion");
    reunion.holidayRegion = u"FR-974"_s;
    evaluation = hours.evaluate(instant(u"2026-07-01T14:30:00Z"_s), reunion); // 18:30 there
    QCOMPARE(evaluation.state, OpenState::Closed);
    QCOMPARE(isoWithOffset(evaluation.nextChange), u"2026-07-02T09:00:00+04:00"_s);
    // No zone: UTC, never the machine's zone.
    EvaluationContext noZone = m_france;
    noZone.timeZone = QTimeZone();
    evaluation = hours.evaluate(instant(u"2026-01-12T08:30:00Z"_s), noZone);
    QCOMPARE(evaluation.state, OpenState::Closed);
    QCOMPARE(isoWithOffset(evaluation.nextChange), u"2026-01-12T09:00:00Z"_s);
}

void TestOpeningHours::saysSchoolHolidaysOfUnknownYearsAreUnknown()
{
    const OpeningHours hours(u"Mo-Fr 09:00-18:00; SH off"_s);
    // Known year: open on a school day.
    QCOMPARE(hours.state(instant(u"2026-01-13T10:00:00+01:00"_s), m_france), OpenState::Open);
    // After the last known school year: unknown, with a comment that says why.
    const OpeningHoursEvaluation evaluation
            = hours.evaluate(instant(u"2027-09-14T10:00:00+02:00"_s), m_france);
    QCOMPARE(evaluation.state, OpenState::Unknown);
    QVERIFY(evaluation.comment.contains(u"2027"_s));
    // A weekend day does not depend on school holidays... but "SH off" could still apply:
    // it stays unknown rather than guessed.
    QCOMPARE(hours.state(instant(u"2027-09-18T10:00:00+02:00"_s), m_france), OpenState::Unknown);
    // A later rule that replaces the day decides it.
    const OpeningHours replaced(u"SH off; Sa 10:00-12:00"_s);
    QCOMPARE(replaced.state(instant(u"2027-09-18T11:00:00+02:00"_s), m_france), OpenState::Open);
    // Without a zone, school holidays are never guessed.
    EvaluationContext noZone = m_france;
    noZone.schoolZone.clear();
    QCOMPARE(hours.state(instant(u"2026-01-13T10:00:00+01:00"_s), noZone), OpenState::Unknown);
}

void TestOpeningHours::saysHolidaysOfUnsupportedRegionsAreUnknown()
{
    EvaluationContext elsewhere = m_france;
    elsewhere.holidayRegion = u"DE-BY"_s;
    const OpeningHours hours(u"Mo-Fr 09:00-18:00; PH off"_s);
    const OpeningHoursEvaluation evaluation
            = hours.evaluate(instant(u"2026-01-13T10:00:00+01:00"_s), elsewhere);
    QCOMPARE(evaluation.state, OpenState::Unknown);
    QVERIFY(!evaluation.comment.isEmpty());
    // Rules without holidays do not need them.
    QCOMPARE(OpeningHours(u"Mo-Fr 09:00-18:00"_s)
                     .state(instant(u"2026-01-13T10:00:00+01:00"_s), elsewhere),
             OpenState::Open);
}

void TestOpeningHours::returnsIntervalsForAWeek()
{
    const OpeningHours hours(u"Mo-Fr 09:00-12:00,14:00-18:00; Sa 22:00-02:00; PH off"_s);
    const QDateTime from = instant(u"2026-04-06T00:00:00+02:00"_s); // Easter Monday
    const QList<OpeningInterval> week = hours.intervals(from, from.addDays(7), m_france);
    // Tuesday to Friday twice a day, Saturday night over midnight as one interval.
    QCOMPARE(week.size(), 9);
    QCOMPARE(isoWithOffset(week.first().begin), u"2026-04-07T09:00:00+02:00"_s);
    QCOMPARE(isoWithOffset(week.first().end), u"2026-04-07T12:00:00+02:00"_s);
    QCOMPARE(isoWithOffset(week.last().begin), u"2026-04-11T22:00:00+02:00"_s);
    QCOMPARE(isoWithOffset(week.last().end), u"2026-04-12T02:00:00+02:00"_s);
    for (const OpeningInterval &interval : week) {
        QCOMPARE(interval.state, OpenState::Open);
        QVERIFY(!interval.openEnd);
        QVERIFY(interval.begin < interval.end);
    }
    // Clipped to the asked stretch.
    const QList<OpeningInterval> clipped
            = hours.intervals(instant(u"2026-04-07T10:00:00+02:00"_s),
                              instant(u"2026-04-07T15:00:00+02:00"_s), m_france);
    QCOMPARE(clipped.size(), 2);
    QCOMPARE(isoWithOffset(clipped.at(0).begin), u"2026-04-07T10:00:00+02:00"_s);
    QCOMPARE(isoWithOffset(clipped.at(1).end), u"2026-04-07T15:00:00+02:00"_s);
    // Nothing for an empty or inverted stretch.
    QVERIFY(hours.intervals(from, from, m_france).isEmpty());
    QVERIFY(hours.intervals(from.addDays(1), from, m_france).isEmpty());
}

void TestOpeningHours::returnsOpenEndIntervals()
{
    // The open end spills into Saturday, which no later rule selects.
    const OpeningHours hours(u"Fr 20:00+; Su 10:00-12:00 \"permanence\""_s);
    const QDateTime from = instant(u"2026-01-12T00:00:00+01:00"_s);
    const QList<OpeningInterval> week = hours.intervals(from, from.addDays(7), m_france);
    QCOMPARE(week.size(), 2);
    QCOMPARE(week.at(0).state, OpenState::Unknown);
    QVERIFY(week.at(0).openEnd);
    QCOMPARE(week.at(0).comment, openEndComment);
    QCOMPARE(isoWithOffset(week.at(0).begin), u"2026-01-16T20:00:00+01:00"_s);
    QCOMPARE(isoWithOffset(week.at(0).end), u"2026-01-17T06:00:00+01:00"_s);
    QCOMPARE(week.at(1).state, OpenState::Unknown);
    QVERIFY(!week.at(1).openEnd);
    QCOMPARE(week.at(1).comment, u"permanence"_s);
}

void TestOpeningHours::invalidRulesAreUnknown()
{
    const OpeningHours hours(u"9h-18h"_s);
    QVERIFY(!hours.isValid());
    const OpeningHoursEvaluation evaluation
            = hours.evaluate(instant(u"2026-01-12T10:00:00+01:00"_s), m_france);
    QCOMPARE(evaluation.state, OpenState::Unknown);
    QVERIFY(!evaluation.nextChange.isValid());
    QVERIFY(hours.intervals(instant(u"2026-01-12T00:00:00+01:00"_s),
                            instant(u"2026-01-19T00:00:00+01:00"_s), m_france)
                    .isEmpty());
    QVERIFY(hours.describe(Language::French).isEmpty());
}

void TestOpeningHours::agreesWithReferenceCorpus()
{
    QFile file(QFINDTESTDATA("../data/opening-hours/corpus.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QString, OpeningHours> parsed;
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
    QStringList disagreements;
    QElapsedTimer timer;
    timer.start();
    qint64 evaluationNanoseconds = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(u"dst_suspect").toBool()) {
            ++dstSuspect;
            continue;
        }
        const QString rule = row.value(u"rule").toString();
        auto it = parsed.find(rule);
        if (it == parsed.end())
            it = parsed.insert(rule, OpeningHours(rule));
        QVERIFY2(it->isValid(), qPrintable(rule + u" | "_s + it->error().message()));
        QCOMPARE(row.value(u"tz").toString(), u"Europe/Paris"_s);
        QCOMPARE(row.value(u"country").toString(), u"FR"_s);

        const QDateTime at = instant(row.value(u"at").toString());
        QElapsedTimer evaluationTimer;
        evaluationTimer.start();
        const OpeningHoursEvaluation evaluation = it->evaluate(at, m_france);
        evaluationNanoseconds += evaluationTimer.nsecsElapsed();

        const QString expectedNext = row.value(u"next_change").isNull()
                                             ? u"null"_s
                                             : row.value(u"next_change").toString();
        const QString expectedComment = row.value(u"comment").toString(); // null -> empty
        const bool state = stateName(evaluation.state) == row.value(u"state").toString();
        const bool next = isoWithOffset(evaluation.nextChange) == expectedNext;
        const bool comment = evaluation.comment == expectedComment;
        bool isHelpline = false;
        for (const QJsonValue source : row.value(u"source").toArray())
            isHelpline = isHelpline || source.toString() == u"helpline";
        for (Counts *counts : {&all, isHelpline ? &helpline : nullptr}) {
            if (!counts)
                continue;
            ++counts->rows;
            counts->state += state;
            counts->nextChange += next;
            counts->comment += comment;
            counts->both += state && next;
        }
        if (!(state && next)) {
            disagreements.append(u"%1 at %2: expected %3 %4, got %5 %6"_s.arg(
                    rule, row.value(u"at").toString(), row.value(u"state").toString(), expectedNext,
                    stateName(evaluation.state), isoWithOffset(evaluation.nextChange)));
        }
    }
    auto percent = [](int part, int whole) {
        return whole ? 100.0 * part / whole : 0.0;
    };
    qInfo("Reference corpus: %d rows (%d dst_suspect rows set aside), %d rules, %lld ms "
          "(%.1f us per evaluation with next change)",
          all.rows, dstSuspect, int(parsed.size()), timer.elapsed(),
          evaluationNanoseconds / 1000.0 / std::max(1, all.rows));
    qInfo("  state %.3f %%, next change %.3f %%, comment %.3f %%, state and next change %.3f %%",
          percent(all.state, all.rows), percent(all.nextChange, all.rows),
          percent(all.comment, all.rows), percent(all.both, all.rows));
    qInfo("  helpline rows: %d, state and next change %.3f %%, comment %.3f %%", helpline.rows,
          percent(helpline.both, helpline.rows), percent(helpline.comment, helpline.rows));
    const int shown = qEnvironmentVariableIsSet("HELPLINES_CORPUS_VERBOSE")
                              ? int(disagreements.size())
                              : std::min(10, int(disagreements.size()));
    for (int i = 0; i < shown; ++i)
        qInfo("  differs: %s", qPrintable(disagreements.at(i)));

    QCOMPARE(dstSuspect, 6);
    QVERIFY(all.rows > 35000);
    QVERIFY(helpline.rows > 0);
    QVERIFY2(percent(all.both, all.rows) >= 99.0, "agreement on state and next change < 99 %");
    QCOMPARE(helpline.both, helpline.rows);
}

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
