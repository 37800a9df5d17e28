#ifndef HELPLINES_CORE_TRANSLATIONS_H
#define HELPLINES_CORE_TRANSLATIONS_H

#include "core/language.h"

#include <QString>

class QTranslator;

namespace Helplines {

// The application's own messages in a language chosen by the caller rather than by the
// translator installed on the application: a rule described in French for the French text of
// a record while the interface is in English, the CLI's --lang, tests. The .qm files are
// embedded in helplines_core under :/i18n. Source strings are English; mark them with
// QT_TRANSLATE_NOOP so that lupdate finds them.
class Translations
{
public:
    // The embedded translator of one language, loaded once and never changed afterwards; null
    // if the resource is missing.
    static const QTranslator *translator(Language language);
    // Like QCoreApplication::translate(), in the given language; the source text when the
    // translation is missing. "%n" is replaced by n, formatted for the language.
    static QString translate(Language language, const char *context, const char *sourceText,
                             const char *disambiguation = nullptr, int n = -1);
    // Resource path of a language's .qm file: ":/i18n/helplines_fr.qm".
    static QString resourcePath(Language language);

    // Installs the application's translators for a language (ours and Qt's own: standard
    // buttons, dialogs, the command-line parser), replacing those installed before; widgets
    // then receive QEvent::LanguageChange. Returns false if ours could not be loaded.
    static bool installInApplication(Language language);
};

} // namespace Helplines

#endif // HELPLINES_CORE_TRANSLATIONS_H
