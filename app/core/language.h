#ifndef HELPLINES_CORE_LANGUAGE_H
#define HELPLINES_CORE_LANGUAGE_H

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Helplines {

// The languages of the user interface and of the bilingual data.
enum class Language { English, French };

// "en" or "fr".
QString languageCode(Language language);
// Accepts "fr", "FR", "fr_FR", "fr-CA", "en", ...; nothing for other languages.
std::optional<Language> languageFromCode(QStringView code);
// The other one of the two languages, used as a fallback for missing translations.
Language otherLanguage(Language language);
// The first of the user's preferred languages (QLocale::uiLanguages()) that Helplines speaks;
// English when none is French or English.
Language preferredLanguage(const QStringList &uiLanguages);

} // namespace Helplines

#endif // HELPLINES_CORE_LANGUAGE_H
