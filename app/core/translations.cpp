#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

std::unique_ptr<QTranslator> loadTranslator(Language language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(Translations::resourcePath(language)))
        return nullptr;
    return translator;
}

} // namespace

QString Translations::resourcePath(Language language)
{
    return u":/i18n/helplines_%1.qm"_s.arg(languageCode(language));
}

const QTranslator *Translations::translator(Language language)
{
    // Loaded on first use, thread-safely, and read-only from then on.
    static const std::unique_ptr<QTranslator> french = loadTranslator(Language::French);
    static const std::unique_ptr<QTranslator> english = loadTranslator(Language::English);
    return language == Language::French ? french.get() : english.get();
}

QString Translations::translate(Language language, const char *context, const char *sourceText,
                                const char *disambiguation, int n)
{
    QString result;
    if (const QTranslator *t = translator(language))
        result = t->translate(context, sourceText, disambiguation, n);
    if (result.isNull())
        result = QString::fromUtf8(sourceText);
    if (n >= 0) {
        const QLocale locale(language == Language::French ? QLocale::French : QLocale::English);
        result.replace(u"%n"_s, locale.toString(n));
    }
    return result;
}

bool Translations::installInApplication(Language language)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return false;
    static const QString installedName = u"helplines-translator"_s;
    const auto previous
            = application->findChildren<QTranslator *>(installedName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    bool ours = false;
    const auto install = [&](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(application);
        translator->setObjectName(installedName);
        if (translator->load(file, directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
        return false;
    };
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (language == Language::French) {
        // Qt's own strings first, so that ours win where both translate the same text. Debian
        // ships qtbase_fr.qm; windeployqt bundles them as qt_fr.qm next to the program.
        const QString besideProgram = QCoreApplication::applicationDirPath() + u"/translations"_s;
        if (!install(u"qtbase_fr"_s, qtTranslations) && !install(u"qt_fr"_s, besideProgram))
            install(u"qt_fr"_s, qtTranslations);
    }
    ours = install(resourcePath(language), QString());
    return ours;
}

} // namespace Helplines
