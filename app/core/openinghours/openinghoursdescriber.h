#ifndef HELPLINES_CORE_OPENINGHOURSDESCRIBER_H
#define HELPLINES_CORE_OPENINGHOURSDESCRIBER_H

#include "core/language.h"
#include "core/openinghours/openinghoursast.h"

#include <QString>
#include <QStringList>

namespace Helplines {

// Says a parsed rule in plain French or English: "Tous les jours, de 9 h à 18 h", "Monday to
// Friday 8:00 to 2:00 the next morning, closed on public holidays". Every rule of the value is
// said in order (a later rule takes precedence over an earlier one for the days it names, as
// readers expect), with nothing left out: unusual parts are said literally rather than
// simplified. Phrases are translated in the language asked for (context
// "OpeningHoursDescription"), whatever the application's language.
class OpeningHoursDescriber
{
public:
    OpeningHoursDescriber(const OpeningHoursAst &ast, Language language);
    QString describe() const;

private:
    struct Heading
    {
        QStringList parts;
        // English needs "on" before it after "closed" ("closed on Sunday").
        bool needsOn = false;
        bool everyDay = false;
    };

    // A phrase with its disambiguation, as QT_TRANSLATE_NOOP3 gives it.
    struct Phrase
    {
        const char *source;
        const char *comment;
    };

    QString translated(const char *source, const char *comment = nullptr, int n = -1) const;
    QString translated(Phrase phrase) const { return translated(phrase.source, phrase.comment); }
    QString describeRule(const OpeningHoursAst::Rule &rule, const OpeningHoursAst::Rule *previous,
                         bool *isClosedClause) const;
    Heading heading(const OpeningHoursAst::Rule &rule) const;
    QString groupText(const OpeningHoursAst::Group &group, bool *needsOn, bool *everyDay) const;
    QString weekdayText(const OpeningHoursAst::Selector &selector, bool *needsOn,
                        bool *everyDay) const;
    QString holidayText(const OpeningHoursAst::Selector &selector, bool *needsOn) const;
    QString dateText(const OpeningHoursAst::Selector &selector, bool *needsOn) const;
    QString datePoint(const OpeningHoursAst::DatePoint &point) const;
    QString weekText(const OpeningHoursAst::Selector &selector) const;
    QString yearText(const OpeningHoursAst::Selector &selector) const;
    QString timesText(const OpeningHoursAst::Rule &rule) const;
    QString timeRange(const OpeningHoursAst::TimeRange &range) const;
    QString timePoint(const OpeningHoursAst::TimePoint &point, bool isEnd) const;
    QString withOffset(const QString &text, int days) const;
    QString weekdayName(int weekday) const;
    QString monthName(int month) const;
    QString ofMonth(int month) const;
    QString ordinal(int nth) const;
    QString joinList(const QStringList &items) const;
    QString polish(const QString &text) const;

    const OpeningHoursAst &m_ast;
    Language m_language;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSDESCRIBER_H
