#ifndef HELPLINES_TESTS_WINDOWFIXTURE_H
#define HELPLINES_TESTS_WINDOWFIXTURE_H

// The main window as app/main.cpp builds it, over the bundled directory and a data folder of
// the test's own, at a fixed instant (Monday 12 January 2026, 8:30 in Paris, unless told
// otherwise), with no live clock. URLs the window would open are recorded in openedUrls, not
// opened. Shared by the window's tests (tst_mainwindow, tst_mainwindowpolicy,
// tst_mainwindowprivacy, tst_mainwindowaccessibility).

#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/timesource.h"
#include "store/servicedirectory.h"
#include "ui/mainwindow.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

namespace Helplines {

class WindowFixture
{
public:
    // `configure` may change the options of the directory (a provisioning file, the policy,
    // store faults) before it is loaded. The window is built, not shown: show().
    WindowFixture(const QString &dataDirectory, const QString &connectionName,
                  const std::function<void(ServiceDirectory::Options &)> &configure = {},
                  const QDateTime &at = defaultInstant())
        : directory([&] {
            ServiceDirectory::Options options;
            options.dataDirectory = dataDirectory;
            options.today = QDate(2026, 11, 23);
            options.connectionName = connectionName;
            if (configure)
                configure(options);
            return options;
        }())
        , time(at, QTimeZone("Europe/Paris"))
    {
        loaded = directory.load();
        model.setServices(directory.services());
        model.setFavourites(directory.favourites());
        proxy.setSourceModel(&model);
        clock.setLive(false);
        clock.start();
        window = std::make_unique<MainWindow>(&model, &proxy, &directory);
        window->setAvailabilityClock(&clock);
        window->setEmergencyNumbers(directory.emergencyNumbers());
        window->setUrlOpener([this](const QUrl &url) {
            openedUrls.append(url);
            return true;
        });
    }

    // As the application does: the saved geometry and filters, then show().
    void show()
    {
        window->restoreState();
        window->show();
    }

    // Monday 12 January 2026, 8:30 in Paris.
    static QDateTime defaultInstant()
    {
        return QDateTime::fromString(QStringLiteral("2026-01-12T08:30:00+01:00"), Qt::ISODate);
    }

    template<typename T>
    T *child(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    ServiceDirectory directory;
    ServiceDirectory::LoadResult loaded;
    FixedTimeSource time;
    ServiceListModel model;
    ServiceFilterProxy proxy;
    AvailabilityClock clock{&time, &model};
    std::unique_ptr<MainWindow> window;
    QList<QUrl> openedUrls;
};

} // namespace Helplines

#endif // HELPLINES_TESTS_WINDOWFIXTURE_H
