#ifndef HELPLINES_CLI_HOURSBATCH_H
#define HELPLINES_CLI_HOURSBATCH_H

#include "core/openinghours/openinghours.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCache>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Helplines {

// `helplines-cli hours --batch` one line at a time (DESIGN §11). Each input line is a JSON
// object {"rule", "tz", "country", "at"} with an optional "region"; each answer is one line of
// JSON (HoursJson): the evaluation, a parse error with its column, or an error about the
// input line. "country" "FR" is EvaluationContext::france() in the zone "tz"; "region"
// ("FR-57", "FR-971", ...) refines its holidays and school zone (HoursRegion).
//
// Parsed rules are kept in a bounded cache keyed by their text, so that a batch that repeats
// rules parses each once; contexts are kept by zone and region. Shared by the CLI and the
// fuzz target fuzz_hoursbatch. Not thread-safe.
class HoursBatch
{
    Q_DECLARE_TR_FUNCTIONS(HoursBatch)
    Q_DISABLE_COPY_MOVE(HoursBatch)

public:
    // Rules kept: each costs its length in UTF-16 code units plus 64 (about 8,000 rules of
    // corpus size; at most 250 of the longest rules).
    static constexpr qsizetype defaultCacheCost = 1 << 20;
    // Lines longer than this (in bytes) are answered with an error without being read whole.
    static constexpr qsizetype maximumLineLength = 1 << 20;

    explicit HoursBatch(qsizetype cacheCost = defaultCacheCost);

    // The answer to one line given without its line break (a trailing "\r" is ignored),
    // without a line break either.
    QByteArray answer(QByteArrayView line);
    // The answer to a line longer than maximumLineLength.
    static QByteArray lineTooLong();

    // How many parsed rules the cache holds.
    qsizetype cachedRules() const { return m_rules.size(); }

private:
    OpeningHours rule(const QString &text);
    const EvaluationContext *context(const QString &zone, const QString &region, QString *error);

    QCache<QString, OpeningHours> m_rules;
    QHash<QString, EvaluationContext> m_contexts;
};

} // namespace Helplines

#endif // HELPLINES_CLI_HOURSBATCH_H
