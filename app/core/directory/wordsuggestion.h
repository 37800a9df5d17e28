#ifndef HELPLINES_CORE_WORDSUGGESTION_H
#define HELPLINES_CORE_WORDSUGGESTION_H

#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace Helplines {

// The word a misspelt key or value most likely meant, for the hints of diagnostics
// ("Did you mean “timezone”?"): shared by the readers of directory files and policies.
class WordSuggestion
{
public:
    // Damerau-Levenshtein distance (optimal string alignment), case-insensitive; 1000 for
    // words longer than 64 characters.
    static int editDistance(QStringView a, QStringView b);
    // The word in lower case without "_", "-", " " and "/": "Time-Zone" -> "timezone".
    static QString squashed(QStringView word);

    // The candidate meant: the same but for case and separators ("time_zone", "Time-Zone" for
    // "timezone"), a common long form or abbreviation ("latitude" for "lat"), or the nearest
    // within a small edit distance ("catgory"); empty when none is near enough.
    template<typename Candidates>
    static QString nearest(QStringView word, const Candidates &candidates);

private:
    static QStringView alias(QStringView squashedWord);
};

template<typename Candidates>
QString WordSuggestion::nearest(QStringView word, const Candidates &candidates)
{
    const QString squashedWord = squashed(word);
    for (const auto &candidate : candidates) {
        if (squashed(candidate) == squashedWord)
            return QStringView(candidate).toString();
    }
    const QStringView meant = alias(squashedWord);
    if (!meant.isEmpty()
        && std::find(std::begin(candidates), std::end(candidates), meant) != std::end(candidates))
        return meant.toString();
    // Short words get one edit; longer ones two.
    const int allowed = word.size() <= 3 ? 1 : 2;
    int best = allowed + 1;
    QString result;
    for (const auto &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < best) {
            best = distance;
            result = QStringView(candidate).toString();
        }
    }
    return result;
}

} // namespace Helplines

#endif // HELPLINES_CORE_WORDSUGGESTION_H
