#ifndef HELPLINES_CORE_OPENINGHOURSEVALUATOR_H
#define HELPLINES_CORE_OPENINGHOURSEVALUATOR_H

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

#include <array>
#include <limits>
#include <optional>

namespace Helplines {

// Evaluates a parsed rule in one context. Works one local day at a time: the rules that
// select a day are found once, their time ranges are painted in order on the day's minutes,
// and the result is a short list of segments with a state. A next-change search walks those
// segments day after day (at most 367 days), so its cost does not depend on how many minutes
// it covers; a day selected by the same entries as the day before keeps its segments, and a
// day that cannot change the state is followed by a jump to the first day on which some
// selector may say otherwise (the end of a date range, the next holiday, the next weekday in
// a range). Dates are plain day numbers (no QDate on the way). Holidays, sun times, resolved
// date ranges and zone offsets are cached for the evaluation. Proven to answer exactly as the
// reference walker (OpeningHoursReferenceEvaluator) by tst_openinghoursevaluator and the
// fuzzer.
//
// The semantics are those of the reference corpus (opening_hours.js 3.15), see
// docs/opening-hours.md: a rule that selects a day replaces what earlier rules said about it
// (including the previous day's spill past midnight), "off" and additional (",") rules only
// paint over their own times, fallback ("||") rules fill only closed time, a comment without a
// state means unknown, an open end is unknown until a guessed time.
//
// Not thread-safe (caches); create one per thread, it is cheap. An evaluator kept for several
// instants reads the zone's offsets once for a stretch around the first: outside the years of
// the zone database's explicit entries (before 1971, after 2037) QTimeZone may tell another
// stretch otherwise, so there a fresh evaluator per instant answers as the reference walker
// does (OpeningHours does so).
class OpeningHoursEvaluator
{
public:
    // Minutes of the local day of the solar events, -1 for an event that does not happen.
    struct SunMinutes
    {
        int dawn = -1;
        int sunrise = -1;
        int sunset = -1;
        int dusk = -1;
    };
    // What an evaluation learns about its context (zone offsets, holidays, sun times), to be
    // given to the next evaluation in the same context: a badge re-evaluates the same rule
    // every minute. Only valid for the context it was made in.
    struct Memo
    {
        std::optional<LocalTimeMapper> mapper;
        QHash<int, QList<Holiday>> holidays;
        QHash<qint64, SunMinutes> sun;
    };

    // With a memo from an earlier evaluation in the same context, what it knew is reused.
    OpeningHoursEvaluator(const OpeningHoursAst &ast, const EvaluationContext &context,
                          const Memo *memo = nullptr);
    // What this evaluator knows now, for the next one.
    void keep(Memo &memo) const;

    // With withNextChange false, only the state and comment (no search ahead).
    OpeningHoursEvaluation evaluate(const QDateTime &at, bool withNextChange = true);
    QList<OpeningInterval> intervals(const QDateTime &from, const QDateTime &to);

    // How far ahead a next change is looked for (the reference's horizon).
    static constexpr qint64 horizonSeconds = 366LL * 24 * 3600;

private:
    enum class Match : quint8 { No, Yes, Undetermined };

    // A local day as the selectors read it, computed once per day with plain arithmetic.
    struct CivilDay
    {
        qint64 julianDay = 0;
        int year = 0;
        int month = 0;   // 1..12
        int day = 0;     // 1..31
        int weekday = 0; // 0 = Monday
        int daysInMonth = 0;
    };
    static CivilDay civilDay(qint64 julianDay);
    // civilDay(), remembered for the last few days (the walk asks for each day twice).
    const CivilDay &dayAt(qint64 julianDay);
    static qint64 julianDayOf(int year, int month, int day);
    static int isoWeek(const CivilDay &day);

    struct Entry
    {
        int rule = 0;
        // The copy of a rule that spills past midnight, acting on the next day.
        bool wrapped = false;
        OpenState state = OpenState::Open;
        bool usesSun = false;
        // Index of the rule's first selector in m_ranges.
        int firstSelector = 0;
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
        // The entries that select the day, in order (what the segments were painted from).
        QVarLengthArray<qint16, 16> active;
        // Some entry could not be told (school holidays of an unknown year): all unknown.
        bool unknown = false;
        // The segments depend on more than the active entries: sun times or a DST gap.
        bool dateDependent = true;
        // The holiday name of the last entry that selected the day by a holiday; it is the
        // comment where that entry decides the state. Only filled when names are asked for.
        QString holidayName;
        int holidayEntry = -1;
        // Why the day cannot be told (with names).
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

    // Dates of a date range resolved for one year, as Julian days (invalidDay when the date
    // does not exist that year).
    struct ResolvedRange
    {
        int year = std::numeric_limits<int>::min();
        qint64 start = 0;
        qint64 end = 0;
        qint64 previousStart = 0;
    };
    static constexpr qint64 invalidDay = std::numeric_limits<qint64>::min();
    // Far enough ahead to mean "never" for a search that spans at most 368 days.
    static constexpr qint64 farAhead = 1000000;

    // With names, the holiday names and reasons that comments need are filled in; without,
    // a day whose selection equals the previous one's keeps its segments.
    void computeDay(qint64 julianDay, Day &day, bool names);
    void selectDay(qint64 julianDay, Day &day, bool names);
    // The first day after julianDay on which some entry may select differently.
    qint64 selectionStableUntil(qint64 julianDay);
    Match matchRule(const Entry &entry, const CivilDay &date, QString *holidayName, QString *reason,
                    qint64 *stableUntil);
    Match matchSelector(const OpeningHoursAst::Selector &selector, int selectorIndex,
                        const CivilDay &date, QString *holidayName, QString *reason,
                        qint64 *stableUntil);
    bool matchDate(const OpeningHoursAst::Selector &selector, int selectorIndex,
                   const CivilDay &date, qint64 *stableUntil);
    QDate resolve(const OpeningHoursAst::DatePoint &point, int year, bool isEnd, bool rangeEnd);
    void piecesOf(const OpeningHoursAst::Rule &rule, int ruleIndex, qint64 julianDay,
                  QVarLengthArray<Piece, 8> &pieces);
    int resolveTime(const OpeningHoursAst::TimePoint &point, qint64 julianDay, bool *valid);
    enum class CommentEffect : quint8 { Keep, Reset, OpenEnd };
    void paint(Day &day, int begin, int end, OpenState state, int entry, CommentEffect effect,
               int piece, bool fallback, int reportedEnd = -1);
    void moveOutOfGap(Day &day, int gapFrom, int gapTo);
    QString commentOf(const Day &day, const Segment &segment) const;
    const QList<Holiday> &publicHolidays(int year);
    const Holiday *publicHoliday(qint64 julianDay, int year);
    qint64 nextPublicHoliday(qint64 julianDay, int year);
    const SunMinutes &sunOn(qint64 julianDay);
    qint64 boundaryInstant(qint64 julianDay, int minute, qint64 after);

    const OpeningHoursAst &m_ast;
    EvaluationContext m_context;
    LocalTimeMapper m_mapper;
    QVarLengthArray<Entry, 16> m_entries;
    QVarLengthArray<int, 16> m_pieceBase;        // first open-end piece id of each rule
    QVarLengthArray<ResolvedRange, 16> m_ranges; // one per selector, in rule order
    bool m_regionSupported = false;
    bool m_schoolZoneSupported = false;
    bool m_weekly = true; // the schedule repeats every week
    QHash<int, QList<Holiday>> m_holidays;
    QHash<qint64, SunMinutes> m_sun;
    std::array<CivilDay, 4> m_days;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSEVALUATOR_H
