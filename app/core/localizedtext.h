#ifndef HELPLINES_CORE_LOCALIZEDTEXT_H
#define HELPLINES_CORE_LOCALIZEDTEXT_H

#include "core/language.h"

#include <QString>

namespace Helplines {

// A text of the directory in French and English. Either may be missing; value() then falls
// back to the other language and says so, so that the interface can mark it.
struct LocalizedText
{
    QString fr;
    QString en;

    QString value(Language language, bool *isFallback = nullptr) const;
    bool has(Language language) const;
    bool isEmpty() const { return fr.isEmpty() && en.isEmpty(); }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.fr == b.fr && a.en == b.en;
    }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

} // namespace Helplines

#endif // HELPLINES_CORE_LOCALIZEDTEXT_H
