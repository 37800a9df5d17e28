#ifndef HELPLINES_UI_MAINWINDOW_H
#define HELPLINES_UI_MAINWINDOW_H

#include "core/language.h"
#include "core/service.h"
#include "models/contactpresentation.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;

namespace Helplines {

class Announcer;
class AvailabilityClock;
class EmergencyBanner;
class NoticeBar;
class ServiceDetailsPane;
class ServiceDirectory;
class ServiceEditorDialog;
class ServiceFilterProxy;
class ServiceListModel;

// The Helplines window (DESIGN §6): emergency banner, search and filters, the list of cards
// and the details of the selected service. It presents the models and acts on the user's
// requests; the logic lives below it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The window does not own the models or the directory; they must outlive it.
    MainWindow(ServiceListModel *model, ServiceFilterProxy *proxy, ServiceDirectory *directory,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // How Call, Send SMS and Open reach the desktop; QDesktopServices::openUrl by default.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Asks the user a yes-or-no question (delete a service? discard changes?); true for yes. A
    // message box by default; tests answer it.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;
    void setConfirmation(Confirmation confirm);
    // The editor of one of the user's own services, while it is open.
    ServiceEditorDialog *serviceEditor() const;
    void setEmergencyNumbers(const QList<EmergencyNumber> &numbers);
    // The language of the data shown (initial setup; no translator change).
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Switches the whole interface to another language, live: Qt's and our translators, the
    // models' texts, sorting, dates and times; the choice is remembered.
    void changeLanguage(Language language);
    // A language set by the organisation's policy cannot be changed from the menu.
    void setLanguageLocked(bool locked);
    // The organisation's policy (docs/deployment.md): whether contacts offer Call and Send SMS
    // ("callAction"); the categories the category filter offers, the services of the others
    // being out of the list ("categories"; empty for all, and the categories of the user's own
    // services are offered too); whether the user may add, edit and delete services of their
    // own ("allowOwnEntries"; when not, the Services actions are disabled and say why).
    void setCallActionsEnabled(bool enabled);
    void setCategoryChoices(const QList<ServiceCategory> &categories);
    void setOwnEntriesAllowed(bool allowed);
    // A lasting notice above the list, until the user dismisses it: the organisation's
    // directory file or settings could not be used in full. The message is made again when
    // the language changes; a null function hides the notice.
    void setNotice(std::function<QString()> message);
    // The clock that keeps badges live; the window tells it when the application becomes
    // active again, and follows its updates.
    void setAvailabilityClock(AvailabilityClock *clock);

    // Restores geometry and filters saved by an earlier session.
    void restoreState();

    // The service selected in the list, or nothing.
    std::optional<Service> currentService() const;
    void selectService(const QString &serviceId);
    // Shows a transient message in the status bar (and, for assistive technologies, announces
    // it).
    void showStatusMessage(const QString &message);
    // Brings the window to the front, restored if minimised: a second launch asked for it.
    void raiseFromAnotherLaunch();
    // The longest pause between the two Escape presses of a quick hide, in milliseconds.
    static constexpr int quickHideInterval() { return 600; }

public Q_SLOTS:
    void copyContact(const Helplines::ContactPresentation &contact);
    void copyCurrentNumber();
    void focusSearch();
    // The user's own services (DESIGN §3): add one, edit or delete the selected one. Only the
    // services the user added can be edited or deleted.
    void addService();
    void editCurrentService();
    void deleteCurrentService();
    // Quick hide, for a shared or watched screen (issue 9): minimises the window at once and
    // clears the search, the selection and the details. Escape pressed twice within
    // quickHideInterval() anywhere in the window, or View > Hide Window Now.
    void quickHide();
    // "Clear my data": after the user confirms, erases their favourites, own services and
    // settings, with the backups (ServiceDirectory::clearUserData); the window's settings
    // are then not saved again on closing.
    void clearUserData();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void retranslate();
    void fillFilters();
    void applyFilters();
    void refreshTime();
    void updateDetails();
    void updateCount();
    void openContact(const Helplines::ContactPresentation &contact);
    void toggleCurrentFavourite();
    void cycleFocus(bool forward);
    // Tab goes from the list to the details' controls, then on to the top of the window.
    void placeDetailsInTabOrder();
    void showShortcuts();
    void showAbout();
    // The menu of the selected card (Copy Number, Favourites, Edit, Delete), at `globalPos`;
    // from the mouse, or from the keyboard (Menu key, Shift+F10) at the card.
    void showListMenu(const QPoint &globalPos);
    void saveState();
    void openServiceEditor(const std::optional<Service> &service);
    // Shows the directory's services again after an own service changed, selecting `serviceId`
    // (or the row at `proxyRow` when it is empty).
    void reloadServices(const QString &serviceId, int proxyRow = -1);
    void updateServiceActions();
    // Counts an Escape press; true when it is the second of a quick hide (then hidden).
    bool escapeHides();

    ServiceListModel *m_model;
    ServiceFilterProxy *m_proxy;
    ServiceDirectory *m_directory;
    std::function<bool(const QUrl &)> m_urlOpener;
    Confirmation m_confirm;
    QPointer<ServiceEditorDialog> m_editor;
    Language m_language = Language::English;

    EmergencyBanner *m_banner = nullptr;
    NoticeBar *m_notice = nullptr;
    QPushButton *m_noticeDismiss = nullptr;
    QList<ServiceCategory> m_categoryChoices;
    bool m_ownEntriesAllowed = true;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_openNow = nullptr;
    AvailabilityClock *m_clock = nullptr;
    QSplitter *m_splitter = nullptr;
    QListView *m_list = nullptr;
    ServiceDetailsPane *m_details = nullptr;
    QLabel *m_count = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_favouriteAction = nullptr;
    QAction *m_addServiceAction = nullptr;
    QAction *m_editServiceAction = nullptr;
    QAction *m_deleteServiceAction = nullptr;
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_hideAction = nullptr;
    QAction *m_clearDataAction = nullptr;
    // Since the last Escape press, for the quick hide.
    QElapsedTimer m_sinceEscape;
    // The user's data was erased: the window's settings are not saved back on closing.
    bool m_userDataCleared = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_servicesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_frenchAction = nullptr;
    bool m_languageLocked = false;
    QMenu *m_helpMenu = nullptr;
    // Says outcomes to screen readers (in the status bar).
    Announcer *m_announcer = nullptr;
};

} // namespace Helplines

#endif // HELPLINES_UI_MAINWINDOW_H
