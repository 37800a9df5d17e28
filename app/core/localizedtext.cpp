#include "localizedtext.h"

namespace Helplines {

QString LocalizedText::value(Language language, bool *isFallback) const
{
    const QString &wanted = language == Language::French ? fr : en;
    const QString &other = language == Language::French ? en : fr;
    const bool fallback = wanted.isEmpty() && !other.isEmpty();
    if (isFallback)
        *isFallback = fallback;
    return fallback ? other : wanted;
}

bool LocalizedText::has(Language language) const
{
    return !(language == Language::French ? fr : en).isEmpty();
}

} // namespace Helplines
