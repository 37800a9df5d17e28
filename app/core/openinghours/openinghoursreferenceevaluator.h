#ifndef HELPLINES_CORE_OPENINGHOURSREFERENCEEVALUATOR_H
#define HELPLINES_CORE_OPENINGHOURSREFERENCEEVALUATOR_H

#include "core/calendar/publicholidays.h"
#include "core/openinghours/evaluationcontext.h"
#include "core/openinghours/localtimemapper.h"
#include "core/openinghours/openinghours.h"
#include "core/openinghours/openinghoursast.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace Helplines {

// The reference walker: the engine's first evaluator, kept as it was when the optimised
// OpeningHoursEvaluator replaced it, as the oracle that the optimised one is compared with
// (tst_openinghoursevaluator, fuzz_openinghours). Used only by tests and the fuzzer; the
// application never calls it (a static library: it is not even linked into the programs).
// Change it only to fix a defect that both evaluators share, in both.
//
// Works one local day at a time: the rules that select a day are found once, their time
// ranges are painted in order on the day's minutes, and the result is a short list of segments
// with a state. A next-change search walks those segments day after day (at most 367 days).
// Holidays, sun times and zone offsets are cached for the evaluation.
//
// The semantics are those of the reference corpus (opening_hours.js 3.15), see
// docs/opening-hours.md: a rule that selects a day replaces what earlier rules said about it
// (including the previous day's spill past midnight), "off" and additional (",") rules only
// paint over their own times, fallback ("||") rules fill only closed time, a comment without a
// state means unknown, an open end is unknown until a guessed time.
//
// Not thread-safe (caches); create one per thread, it is cheap.
class OpeningHoursReferenceEvaluator
{
public:
    OpeningHoursReferenceEvaluator(const OpeningHoursAst &ast, const EvaluationContext &context);

    // With withNextChange false, only the state and comment (no search ahead).
    OpeningHoursEvaluation evaluate(const QDateTime &at, bool withNextChange = true);
    QList<OpeningInterval> intervals(const QDateTime &from, const QDateTime &to);

    // How far ahead a next change is looked for (the reference's horizon).
    static constexpr qint64 horizonSeconds = 366LL * 24 * 3600;

private:
    enum class Match : quint8 { No, Yes, Undetermined };

    struct Entry
    {
        int rule = 0;
        // The copy of a rule that spills past midnight, acting on the next day.
        bool wrapped = false;
        OpenState state = OpenState::Open;
    };

    struct Segment
    {
        qint16 begin = 0; // minutes of the local day, [begin, end)
        qint16 end = 0;
        OpenState state = OpenState::Closed;
        qint16 entry = -1; // entry that painted it, -1 for none
        qint16 piece = -1; // open-end piece (for the reference's next-change jumps)
        // For the spill of a range ending at a solar event: where the reference, looking
        // from the evening before, expects the end (the previous day's event time).
        qint16 reportedEnd = -1;
        bool openEnd = false;
        // An open end was the last time range to apply here (the reference then drops a
        // holiday name from the comment, even when a later rule without times paints over).
        bool openEndComment = false;
    };

    struct Day
    {
        qint64 julianDay = 0;
        QVarLengthArray<Segment, 8> segments;
        // The holiday name of the last entry that selected the day by a holiday; it is the
        // comment where that entry decides the state.
        QString holidayName;
        int holidayEntry = -1;
        // Set when the day cannot be told (school holidays of an unknown year): all unknown.
        QString undetermined;
    };

    struct Piece
    {
        int from = 0; // minutes from the start of the day the rule applies to
        int to = 0;
        bool openEnd = false;
        int id = -1;
        int reportedTo = -1;
    };

    void computeDay(qint64 julianDay, Day &day);
    Match matchRule(const OpeningHoursAst::Rule &rule, const QDate &date, QString *holidayName,
                    QString *reason);
    Match matchSelector(const OpeningHoursAst::Selector &selector, const QDate &date,
                        QString *holidayName, QString *reason);
    bool matchDate(const OpeningHoursAst::Selector &selector, const QDate &date);
    QDate resolve(const OpeningHoursAst::DatePoint &point, int year, bool isEnd, bool rangeEnd);
    void piecesOf(const OpeningHoursAst::Rule &rule, int ruleIndex, const QDate &date,
                  const QDate &nextDate, QVarLengthArray<Piece, 8> &pieces);
    int resolveTime(const OpeningHoursAst::TimePoint &point, const QDate &date, bool *valid);
    enum class CommentEffect : quint8 { Keep, Reset, OpenEnd };
    void paint(Day &day, int begin, int end, OpenState state, int entry, CommentEffect effect,
               int piece, bool fallback, int reportedEnd = -1);
    void moveOutOfGap(Day &day, int gapFrom, int gapTo);
    QString commentOf(const Day &day, const Segment &segment) const;
    std::optional<Holiday> publicHoliday(const QDate &date);
    struct SunMinutes
    {
        int dawn = -1;
        int sunrise = -1;
        int sunset = -1;
        int dusk = -1;
    };
    const SunMinutes &sunOn(const QDate &date);
    qint64 boundaryInstant(qint64 julianDay, int minute, qint64 after);

    const OpeningHoursAst &m_ast;
    EvaluationContext m_context;
    LocalTimeMapper m_mapper;
    QList<Entry> m_entries;
    QList<int> m_pieceBase; // first open-end piece id of each rule
    bool m_regionSupported = false;
    bool m_weekly = true; // the schedule repeats every week
    QHash<int, QList<Holiday>> m_holidays;
    QHash<qint64, SunMinutes> m_sun;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSREFERENCEEVALUATOR_H
