#include "wordsuggestion.h"

namespace Helplines {

int WordSuggestion::editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n > 64 || m > 64)
        return 1000;
    std::array<std::array<int, 65>, 65> d{};
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1].toCaseFolded() == b[j - 2].toCaseFolded()
                && a[i - 2].toCaseFolded() == b[j - 1].toCaseFolded()) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

QString WordSuggestion::squashed(QStringView word)
{
    QString result;
    result.reserve(word.size());
    for (const QChar c : word) {
        if (c != u'_' && c != u'-' && c != u' ' && c != u'/')
            result += c.toCaseFolded();
    }
    return result;
}

QStringView WordSuggestion::alias(QStringView squashedWord)
{
    // Common long forms and abbreviations that no edit distance finds.
    static constexpr std::array<std::pair<QStringView, QStringView>, 6> aliases{{
            {u"latitude", u"lat"},
            {u"longitude", u"lon"},
            {u"long", u"lon"},
            {u"lng", u"lon"},
            {u"tz", u"timezone"},
            {u"zone", u"timezone"},
    }};
    for (const auto &[alias, meant] : aliases) {
        if (squashedWord == alias)
            return meant;
    }
    return {};
}

} // namespace Helplines
