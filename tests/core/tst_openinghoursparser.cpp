// OpeningHoursParser::format(), the canonical text behind OpeningHours::normalizedRule(): it
// must mean what the rule means. Every corpus rule, written canonically and parsed again, is
// evaluated at the corpus's instants and at instants around DST changes, holidays and year
// ends, and must give the same state, comment and next change.

#include "core/openinghours/evaluationcontext.h"
#include "core/openinghours/openinghours.h"
#include "core/openinghours/openinghoursevaluator.h"
#include "core/openinghours/openinghoursparser.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

QString describe(const OpeningHoursEvaluation &evaluation)
{
    const char *state = evaluation.state == OpenState::Open     ? "open"
                        : evaluation.state == OpenState::Closed ? "closed"
                                                                : "unknown";
    return u"%1 \"%2\" next %3"_s.arg(QLatin1StringView(state), evaluation.comment,
                                      evaluation.nextChange.isValid()
                                              ? evaluation.nextChange.toString(Qt::ISODate)
                                              : u"none"_s);
}

bool same(const OpeningHoursEvaluation &a, const OpeningHoursEvaluation &b)
{
    return a.state == b.state && a.comment == b.comment && a.nextChange == b.nextChange
           && a.nextChange.isValid() == b.nextChange.isValid();
}

} // namespace

class TestOpeningHoursParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheMeaningOfSeparateRules_data();
    void keepsTheMeaningOfSeparateRules();
    void normalizedCorpusRulesMeanTheSame();
};

void TestOpeningHoursParser::keepsTheMeaningOfSeparateRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("normalized");
    // The three corpus rules whose canonical form used to mean something else.
    QTest::newRow("additional rule with its state first")
            << u"Nov-Feb Mo-Sa 10:00-16:00, Su 13:00-16:00; Mar-Oct Mo-Sa 10:00-17:00, off "
               "12:00-13:00, Su 14:00-17:00"_s
            << u"Nov-Feb Mo-Sa 10:00-16:00, Su 13:00-16:00; Mar-Oct Mo-Sa 10:00-17:00, "
               "off 12:00-13:00, Su 14:00-17:00"_s;
    QTest::newRow("additional rule of times only")
            << u"Tu-We 09:00-12:30,14:00-18:00; Th 09:00-12:30,:15:00-18:00, Fr 09:00-12:30, "
               "14:00-18:00; Sa 09:00-12:30,13:30-16:30"_s
            << u"Tu-We 09:00-12:30,14:00-18:00; Th 09:00-12:30, open 15:00-18:00, Fr "
               "09:00-12:30,14:00-18:00; Sa 09:00-12:30,13:30-16:30"_s;
    QTest::newRow("empty range") << u"Su 8-8, Mo Closed, Tu-Th 12-8, F-Sa 12-9"_s
                                 << u"Su 8-8, Mo off, Tu-Th 12:00-32:00, Fr-Sa 12:00-33:00"_s;
    QTest::newRow("additional rule with a comment first")
            << u"Mo-Fr 09:00-12:00, \"sur rendez-vous\" 14:00-16:00"_s
            << u"Mo-Fr 09:00-12:00, \"sur rendez-vous\" 14:00-16:00"_s;
    QTest::newRow("additional rule after a state needs nothing first")
            << u"Mo-Fr 09:00-12:00 off, 14:00-16:00"_s << u"Mo-Fr 09:00-12:00 off, 14:00-16:00"_s;
}

void TestOpeningHoursParser::keepsTheMeaningOfSeparateRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, normalized);
    const OpeningHours hours(rule);
    QVERIFY2(hours.isValid(), qPrintable(hours.error().message()));
    const OpeningHoursParser parser(rule);
    QVERIFY(parser.isValid());
    const OpeningHoursAst &ast = parser.ast();
    // What the canonical text says, checked against the test's own expectation of it only
    // where the expectation was written from the rule: the printer may order selectors.
    const QString printed = hours.normalizedRule();
    const OpeningHours again(printed);
    QVERIFY2(again.isValid(), qPrintable(printed));
    QCOMPARE(again.normalizedRule(), printed);
    const OpeningHoursParser reparsed(printed);
    QCOMPARE(reparsed.ast().rules.size(), ast.rules.size());
    for (int i = 0; i < ast.rules.size(); ++i) {
        QCOMPARE(int(reparsed.ast().rules.at(i).separator), int(ast.rules.at(i).separator));
        QCOMPARE(reparsed.ast().rules.at(i).times.size(), ast.rules.at(i).times.size());
    }
    if (printed != normalized)
        QCOMPARE(printed, normalized);
    const EvaluationContext france = EvaluationContext::france();
    for (qint64 hour = 0; hour < 24 * 21; hour += 1) {
        const QDateTime at
                = QDateTime(QDate(2026, 3, 16), QTime(0, 30), france.timeZone).addSecs(hour * 3600);
        const OpeningHoursEvaluation expected = hours.evaluate(at, france);
        const OpeningHoursEvaluation got = again.evaluate(at, france);
        if (!same(expected, got))
            QFAIL(qPrintable(u"%1 at %2: %3, canonically %4"_s.arg(
                    printed, at.toString(Qt::ISODate), describe(expected), describe(got))));
    }
}

void TestOpeningHoursParser::normalizedCorpusRulesMeanTheSame()
{
    QFile file(QFINDTESTDATA("../data/opening-hours/corpus.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList rules;
    QHash<QString, QList<QDateTime>> instants;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const QString rule = row.value(u"rule").toString();
        if (!instants.contains(rule))
            rules.append(rule);
        instants[rule].append(QDateTime::fromString(row.value(u"at").toString(), Qt::ISODate));
    }
    QCOMPARE(rules.size(), 749);
    const QList<QDateTime> extra = {
            QDateTime::fromString(u"2026-03-29T00:59:00Z"_s, Qt::ISODate),
            QDateTime::fromString(u"2026-10-25T00:30:00Z"_s, Qt::ISODate),
            QDateTime::fromString(u"2026-12-31T22:30:00Z"_s, Qt::ISODate),
            QDateTime::fromString(u"2027-05-01T10:00:00Z"_s, Qt::ISODate),
    };
    const EvaluationContext france = EvaluationContext::france();
    int compared = 0;
    int changedText = 0;
    QStringList differences;
    for (const QString &rule : std::as_const(rules)) {
        const OpeningHoursParser parser(rule);
        QVERIFY2(parser.isValid(), qPrintable(rule));
        const QString normalized = OpeningHoursParser::format(parser.ast());
        changedText += normalized != rule;
        const OpeningHoursParser reparsed(normalized);
        QVERIFY2(reparsed.isValid(), qPrintable(rule + u" -> "_s + normalized));
        QCOMPARE(OpeningHoursParser::format(reparsed.ast()), normalized);
        QList<QDateTime> at = instants.value(rule);
        at += extra;
        OpeningHoursEvaluator original(parser.ast(), france);
        OpeningHoursEvaluator canonical(reparsed.ast(), france);
        for (const QDateTime &instant : std::as_const(at)) {
            const OpeningHoursEvaluation expected = original.evaluate(instant);
            const OpeningHoursEvaluation got = canonical.evaluate(instant);
            ++compared;
            if (!same(expected, got) && differences.size() < 10)
                differences.append(u"%1 -> %2 at %3: %4, canonically %5"_s.arg(
                        rule, normalized, instant.toString(Qt::ISODate), describe(expected),
                        describe(got)));
        }
    }
    qInfo("%d corpus rules (%d written differently), %d evaluations compared", int(rules.size()),
          changedText, compared);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QVERIFY(compared > 35952);
}

QTEST_GUILESS_MAIN(TestOpeningHoursParser)
#include "tst_openinghoursparser.moc"
