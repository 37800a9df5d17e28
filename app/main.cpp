// helplines: the window. Whom can I call now?

#include "core/applicationinfo.h"
#include "core/language.h"
#include "core/translations.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/timesource.h"
#include "store/datalocation.h"
#include "store/policysources.h"
#include "store/servicedirectory.h"
#include "ui/benchmarkprobe.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "ui/themedicons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// Qt's own message for a missing display is an abort with a technical line; say what to do.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no window: print them even without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all"
            || argument == "--version" || argument == "-v") {
            if (!displayAvailable())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            break;
        }
    }
    if (!displayAvailable()) {
        std::fputs("helplines: there is no display to show the window on (neither DISPLAY nor "
                   "WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session, or:\n"
                   "  xvfb-run -a helplines                  in a virtual X server\n"
                   "  QT_QPA_PLATFORM=offscreen helplines    with no window at all\n"
                   "  helplines-cli list                     the console program\n",
                   stderr);
        return 1;
    }

    QApplication application(argc, argv);
    ApplicationInfo::apply();
    QGuiApplication::setDesktopFileName(ApplicationInfo::applicationId());
    QApplication::setWindowIcon(ThemedIcons::applicationIcon());

    // The language of --help: the system's, until the user's choice is known.
    const Language systemLanguage = preferredLanguage(QLocale::system().uiLanguages());
    Translations::installInApplication(systemLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Free psychological support lines, and whether "
                                                "they answer now."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
            u"lang"_s, QCoreApplication::translate("main", "Language of the window: fr or en."),
            QCoreApplication::translate("main", "language"));
    const QCommandLineOption dataDirOption(
            u"data-dir"_s,
            QCoreApplication::translate("main", "Folder of the user's data (default: "
                                                "HELPLINES_DATA_DIR, or the platform's data "
                                                "folder)."),
            QCoreApplication::translate("main", "folder"));
    const QCommandLineOption directoryOption(
            u"directory"_s,
            QCoreApplication::translate("main",
                                        "A directory file to use instead of the bundled one."),
            QCoreApplication::translate("main", "file"));
    const QCommandLineOption atOption(
            u"at"_s,
            QCoreApplication::translate("main", "Show the services as at this instant (ISO 8601 "
                                                "with an offset, e.g. "
                                                "2026-01-12T09:00+01:00), for demonstrations."),
            QCoreApplication::translate("main", "instant"));
    parser.addOptions({languageOption, dataDirOption, directoryOption, atOption});
    parser.process(application);

    std::unique_ptr<TimeSource> timeSource;
    if (parser.isSet(atOption)) {
        const QDateTime at = QDateTime::fromString(parser.value(atOption), Qt::ISODate);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
            std::fputs(qPrintable(QCoreApplication::translate(
                                          "main", "helplines: “%1” is not an instant: use ISO "
                                                  "8601 with an offset, e.g. "
                                                  "2026-01-12T09:00+01:00.\n")
                                          .arg(parser.value(atOption))),
                       stderr);
            return 2;
        }
        timeSource = std::make_unique<FixedTimeSource>(at);
    } else {
        timeSource = std::make_unique<SystemTimeSource>();
    }

    std::optional<Language> chosenLanguage;
    if (parser.isSet(languageOption)) {
        chosenLanguage = languageFromCode(parser.value(languageOption));
        if (!chosenLanguage || parser.value(languageOption).size() != 2) {
            std::fputs(qPrintable(QCoreApplication::translate(
                                          "main", "helplines: unknown language “%1”: use --lang "
                                                  "fr or --lang en.\n")
                                          .arg(parser.value(languageOption))),
                       stderr);
            return 2;
        }
    }

    // The organisation's settings (docs/deployment.md); a problem in them never stops anything.
    const PolicySources::Result policySources
            = PolicySources::load(PolicySources::fromEnvironment());
    const Policy &policy = policySources.policy;

    // One window per user and data folder: a second launch brings the first to the front.
    const QString dataDirectory = DataLocation::resolve(parser.value(dataDirOption));
    SingleInstance instance(SingleInstance::keyFor(dataDirectory));
    if (instance.askRunningInstanceToRaise())
        return 0;
    instance.listen();

    ServiceDirectory::Options options;
    options.dataDirectory = dataDirectory;
    options.directoryFile = parser.value(directoryOption);
    options.today = timeSource->now().toTimeZone(timeSource->timeZone()).date();
    options.applyPolicy(policy);
    ServiceDirectory directory(options);
    const ServiceDirectory::LoadResult loaded = directory.load();

    // A language locked by the organisation; else --lang, else the language chosen in the menu
    // last time, else the organisation's default, else the system's.
    std::optional<Language> savedLanguage;
    if (const auto saved = directory.preference(u"language"_s))
        savedLanguage = languageFromCode(QString::fromUtf8(*saved));
    if (chosenLanguage && policy.isLanguageLocked()
        && *chosenLanguage != *policy.language().value) {
        std::fputs(qPrintable(QCoreApplication::translate(
                           "main", "helplines: the language is set by your organisation; --lang "
                                   "is ignored.\n")),
                   stderr);
    }
    const Language language
            = policy.effectiveLanguage(chosenLanguage, savedLanguage, systemLanguage).value;
    if (language != systemLanguage)
        Translations::installInApplication(language);
    const QLocale locale = language == Language::French
                                   ? QLocale(QLocale::French, QLocale::France)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    ServiceListModel model;
    model.setLanguage(language);
    model.setServices(directory.services());
    model.setFavourites(directory.favourites());
    ServiceFilterProxy proxy;
    proxy.setSortLocale(locale);
    proxy.setSourceModel(&model);

    AvailabilityClock clock(timeSource.get(), &model);
    // A fixed instant does not move: nothing to wake up for.
    clock.setLive(!parser.isSet(atOption));
    clock.start();

    MainWindow window(&model, &proxy, &directory);
    window.setLanguage(language);
    window.setLanguageLocked(policy.isLanguageLocked());
    window.setCallActionsEnabled(policy.callActionEnabled());
    window.setCategoryChoices(policy.categories().value);
    window.setOwnEntriesAllowed(policy.allowOwnEntries().value);
    window.setAvailabilityClock(&clock);
    window.setEmergencyNumbers(directory.emergencyNumbers());
    window.restoreState();
    // Only when benchmarks/ asks (HELPLINES_BENCH_FIRST_FRAME); else one getenv.
    BenchmarkProbe::installIfRequested(&window);
    window.show();
    // Once the window is up, the numbers it shows are kept formatted for the next start
    // (PhoneNumberCache): that start need not load libphonenumber. Nothing is written when
    // this start found them all; failing to keep them costs the next start a few milliseconds,
    // nothing else.
    QTimer::singleShot(std::chrono::seconds(1), &window,
                       [&directory] { static_cast<void>(directory.savePhoneNumbers()); });
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window,
                     &MainWindow::raiseFromAnotherLaunch);
    // Problems with the user's data file (what was wrong, what was done about it) and with
    // the organisation's files stay on screen until dismissed.
    if (!loaded.storeWarning().isEmpty() || !loaded.provisioningWarning().isEmpty()
        || !policySources.warning().isEmpty()) {
        window.setNotice([loaded, policySources] {
            QStringList parts{loaded.storeWarning(), policySources.warning(),
                              loaded.provisioningWarning()};
            parts.removeAll(QString());
            return parts.join(u'\n');
        });
    }

    if (!loaded.loaded) {
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Helplines"),
                              QCoreApplication::translate("main", "The directory could not be "
                                                                  "read: %1")
                                      .arg(loaded.sourceError));
    } else if (const QString warning = loaded.ownServicesWarning(); !warning.isEmpty()) {
        window.showStatusMessage(warning);
    }
    return QApplication::exec();
}
