#include "language.h"

using namespace Qt::StringLiterals;

namespace Helplines {

QString languageCode(Language language)
{
    return language == Language::French ? u"fr"_s : u"en"_s;
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QStringView primary = code.left(2);
    if (code.size() > 2 && code.at(2) != u'_' && code.at(2) != u'-')
        return std::nullopt;
    if (primary.compare(u"fr", Qt::CaseInsensitive) == 0)
        return Language::French;
    if (primary.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

Language otherLanguage(Language language)
{
    return language == Language::French ? Language::English : Language::French;
}

Language preferredLanguage(const QStringList &uiLanguages)
{
    for (const QString &code : uiLanguages) {
        if (const std::optional<Language> language = languageFromCode(code))
            return *language;
    }
    return Language::English;
}

} // namespace Helplines
