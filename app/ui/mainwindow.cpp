#include "mainwindow.h"

#include "core/translations.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "models/servicetexts.h"
#include "store/servicedirectory.h"
#include "ui/announcer.h"
#include "ui/emergencybanner.h"
#include "ui/noticebar.h"
#include "ui/servicecarddelegate.h"
#include "ui/servicedetailspane.h"
#include "ui/serviceeditordialog.h"
#include "ui/themedicons.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString geometryPreference = u"window/geometry"_s;
const QString splitterPreference = u"window/splitter"_s;
const QString categoryPreference = u"filter/category"_s;
const QString channelPreference = u"filter/channel"_s;
const QString scopePreference = u"filter/scope"_s;
const QString openNowPreference = u"filter/openNow"_s;
const QString languagePreference = u"language"_s;

constexpr int statusTimeout = 8000;

} // namespace

MainWindow::MainWindow(ServiceListModel *model, ServiceFilterProxy *proxy,
                       ServiceDirectory *directory, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_directory(directory)
    , m_urlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_confirm([this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    })
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(ThemedIcons::applicationIcon());
    createWidgets();
    createActions();
    createMenus();
    retranslate();

    connect(m_model, &ServiceListModel::favouriteChanged, this,
            [this](const QString &serviceId, bool favourite) {
                if (m_directory) {
                    if (const StoreError error = m_directory->setFavourite(serviceId, favourite))
                        showStatusMessage(
                                tr("Your favourite could not be saved: %1").arg(error.message()));
                    else if (const StoreError backup = m_directory->backupError())
                        showStatusMessage(tr("Your favourite was saved, but the automatic "
                                             "backup of your data could not be written: %1")
                                                  .arg(backup.message()));
                }
                if (const auto current = currentService(); current && current->id == serviceId)
                    m_details->setFavourite(favourite);
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateServiceActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateServiceActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateServiceActions);
    updateCount();
    updateServiceActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    auto *central = new QWidget(this);
    central->setObjectName(u"centralWidget"_s);
    auto *layout = new QVBoxLayout(central);

    m_banner = new EmergencyBanner(central);
    connect(m_banner, &EmergencyBanner::copyRequested, this, &MainWindow::copyContact);
    layout->addWidget(m_banner);

    m_notice = new NoticeBar(central);
    m_noticeDismiss = m_notice->dismissButton();
    layout->addWidget(m_notice);

    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(central);
    m_searchLabel->setObjectName(u"searchLabel"_s);
    m_search = new QLineEdit(central);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
        if (!text.trimmed().isEmpty()) {
            const int shown = m_proxy->rowCount();
            const QString found = shown == 0 ? tr("No service matches “%1”.").arg(text.trimmed())
                                             : tr("%n service(s) found.", nullptr, shown);
            // Shown at once; said once the user pauses, not at every keystroke.
            statusBar()->showMessage(found, statusTimeout);
            m_announcer->announceWhenIdle(found);
        }
    });
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    m_openNow = new QCheckBox(central);
    m_openNow->setObjectName(u"openNowCheckBox"_s);
    // toggled, not clicked: assistive technologies toggle without a click.
    connect(m_openNow, &QCheckBox::toggled, this, &MainWindow::applyFilters);
    searchRow->addWidget(m_openNow);
    layout->addLayout(searchRow);

    auto *filters = new QHBoxLayout;
    const auto addFilter = [&](QLabel *&label, QComboBox *&combo, const QString &labelName,
                               const QString &comboName) {
        label = new QLabel(central);
        label->setObjectName(labelName);
        combo = new QComboBox(central);
        combo->setObjectName(comboName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
        filters->addWidget(label);
        filters->addWidget(combo);
    };
    addFilter(m_categoryLabel, m_category, u"categoryLabel"_s, u"categoryComboBox"_s);
    addFilter(m_channelLabel, m_channel, u"channelLabel"_s, u"channelComboBox"_s);
    addFilter(m_scopeLabel, m_scope, u"scopeLabel"_s, u"scopeComboBox"_s);
    filters->addStretch();
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_list = new QListView(m_splitter);
    m_list->setObjectName(u"serviceListView"_s);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ServiceCardDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_list->installEventFilter(this);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateDetails);
    connect(m_list, &QListView::clicked, this, &MainWindow::updateDetails);
    // Assistive technologies select a card (the list item's action) without making it
    // current: follow the selection, so that its details show.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                const QModelIndexList indexes = selected.indexes();
                if (!indexes.isEmpty() && indexes.first() != m_list->currentIndex())
                    m_list->selectionModel()->setCurrentIndex(indexes.first(),
                                                              QItemSelectionModel::NoUpdate);
            });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            m_list->setCurrentIndex(index);
        showListMenu(m_list->viewport()->mapToGlobal(pos));
    });

    m_details = new ServiceDetailsPane(m_splitter);
    m_details->installEventFilter(this);
    connect(m_details, &ServiceDetailsPane::copyRequested, this, &MainWindow::copyContact);
    connect(m_details, &ServiceDetailsPane::actionRequested, this, &MainWindow::openContact);
    connect(m_details, &ServiceDetailsPane::rebuilt, this, &MainWindow::placeDetailsInTabOrder);
    connect(m_details, &ServiceDetailsPane::favouriteToggled, this,
            [this](const QString &serviceId, bool favourite) {
                m_model->setFavourite(serviceId, favourite);
            });

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    statusBar()->setObjectName(u"mainStatusBar"_s);
    statusBar()->addPermanentWidget(m_count);
    m_announcer = new Announcer(statusBar());

    setTabOrder(m_search, m_openNow);
    setTabOrder(m_openNow, m_category);
    setTabOrder(m_category, m_channel);
    setTabOrder(m_channel, m_scope);
    setTabOrder(m_scope, m_list);
    setTabOrder(m_list, m_details);
}

void MainWindow::createActions()
{
    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_copyAction = new QAction(ThemedIcons::icon(ThemedIcons::Copy, palette()), QString(), this);
    m_copyAction->setObjectName(u"copyNumberAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    // Ctrl+C copies the selected card's number from the list; in a text field it keeps copying
    // the selected text.
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyCurrentNumber);

    m_favouriteAction = new QAction(this);
    m_favouriteAction->setObjectName(u"favouriteAction"_s);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_favouriteAction, &QAction::triggered, this, &MainWindow::toggleCurrentFavourite);

    m_addServiceAction = new QAction(this);
    m_addServiceAction->setObjectName(u"addServiceAction"_s);
    m_addServiceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addServiceAction, &QAction::triggered, this, &MainWindow::addService);

    m_editServiceAction = new QAction(this);
    m_editServiceAction->setObjectName(u"editServiceAction"_s);
    m_editServiceAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editServiceAction, &QAction::triggered, this, &MainWindow::editCurrentService);

    m_deleteServiceAction = new QAction(this);
    m_deleteServiceAction->setObjectName(u"deleteServiceAction"_s);
    m_deleteServiceAction->setShortcut(QKeySequence::Delete);
    // The Delete key deletes the selected card from the list; in a text field it keeps
    // deleting text.
    m_deleteServiceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_deleteServiceAction);
    connect(m_deleteServiceAction, &QAction::triggered, this, &MainWindow::deleteCurrentService);

    m_nextPaneAction = new QAction(this);
    m_nextPaneAction->setObjectName(u"nextPaneAction"_s);
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { cycleFocus(true); });

    m_previousPaneAction = new QAction(this);
    m_previousPaneAction->setObjectName(u"previousPaneAction"_s);
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { cycleFocus(false); });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    // Ctrl+Q where the platform has no standard key for Quit (Windows).
    m_quitAction->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty()
                                      ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                      : QKeySequence(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_hideAction = new QAction(this);
    m_hideAction->setObjectName(u"hideWindowAction"_s);
    connect(m_hideAction, &QAction::triggered, this, &MainWindow::quickHide);

    m_clearDataAction = new QAction(this);
    m_clearDataAction->setObjectName(u"clearDataAction"_s);
    connect(m_clearDataAction, &QAction::triggered, this, &MainWindow::clearUserData);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_clearDataAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_favouriteAction);

    m_servicesMenu = menuBar()->addMenu(QString());
    m_servicesMenu->addAction(m_addServiceAction);
    m_servicesMenu->addAction(m_editServiceAction);
    m_servicesMenu->addAction(m_deleteServiceAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_nextPaneAction);
    m_viewMenu->addAction(m_previousPaneAction);
    m_viewMenu->addAction(m_hideAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    // Each language is named in itself, so that anyone can find theirs.
    m_englishAction = m_languageMenu->addAction(u"English"_s);
    m_englishAction->setObjectName(u"englishAction"_s);
    m_frenchAction = m_languageMenu->addAction(u"Français"_s);
    m_frenchAction->setObjectName(u"frenchAction"_s);
    for (QAction *action : {m_englishAction, m_frenchAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    m_englishAction->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this,
            [this] { changeLanguage(Language::English); });
    connect(m_frenchAction, &QAction::triggered, this,
            [this] { changeLanguage(Language::French); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Helplines"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_findAction->setText(tr("&Find a Service"));
    m_copyAction->setText(tr("&Copy Number"));
    m_copyAction->setToolTip(tr("Copy the selected service's number"));
    m_favouriteAction->setText(tr("Add to or Remove from &Favourites"));
    m_servicesMenu->setTitle(tr("&Services"));
    m_addServiceAction->setText(tr("&Add a Service…"));
    m_addServiceAction->setToolTip(
            tr("Add a service you use yourself, such as your therapist or your site's "
               "occupational health service"));
    m_editServiceAction->setText(tr("&Edit Service…"));
    m_editServiceAction->setToolTip(tr("Edit the selected service; only services you added "
                                       "can be edited"));
    m_deleteServiceAction->setText(tr("&Delete Service"));
    m_deleteServiceAction->setToolTip(tr("Delete the selected service; only services you "
                                         "added can be deleted"));
    if (!m_ownEntriesAllowed) {
        for (QAction *action : {m_addServiceAction, m_editServiceAction, m_deleteServiceAction}) {
            action->setToolTip(tr("Set by your organisation"));
            action->setStatusTip(tr("Set by your organisation"));
        }
    }
    m_nextPaneAction->setText(tr("&Next Pane"));
    m_previousPaneAction->setText(tr("&Previous Pane"));
    m_quitAction->setText(tr("&Quit"));
    //: Escape twice: the keys of the quick hide
    m_hideAction->setText(tr("&Hide Window Now (Escape twice)"));
    m_hideAction->setToolTip(tr("Minimise the window at once and clear the search, for a "
                                "shared or watched screen"));
    m_clearDataAction->setText(tr("C&lear My Data…"));
    m_clearDataAction->setToolTip(tr("Erase your favourites, the services you added and your "
                                     "settings"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Helplines"));

    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, subject or number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search services"));
    m_search->setAccessibleDescription(
            tr("Type a name, a subject or a number; the list below shows the services that "
               "match."));
    m_search->setToolTip(m_search->accessibleDescription());
    // The field's clear button, shown while there is text, takes its name from Qt's action.
    if (auto *clear = m_search->findChild<QAction *>(u"_q_qlineeditclearaction"_s)) {
        clear->setText(tr("Clear the search"));
        clear->setToolTip(tr("Clear the search (Escape)"));
    }
    m_openNow->setText(tr("&Open now"));
    m_openNow->setAccessibleName(tr("Open now only"));
    m_openNow->setToolTip(tr("Show only the services that answer now (Alt+O)"));
    m_categoryLabel->setText(tr("&Category:"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setToolTip(tr("Show only the services of one category"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setToolTip(tr("Show only the services you can reach this way"));
    m_scopeLabel->setText(tr("&For:"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setToolTip(tr("Show only your organisation's, national or regional services"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setAccessibleDescription(
            tr("Press Enter to see a service's details, Ctrl+C to copy its number."));
    m_details->setAccessibleName(tr("Service details"));
    fillFilters();
    updateCount();
}

void MainWindow::fillFilters()
{
    const auto refill = [](QComboBox *combo, const QString &all,
                           const QList<std::pair<QString, int>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        const int index = current.isValid() ? combo->findData(current) : 0;
        combo->setCurrentIndex(qMax(0, index));
    };
    // The organisation's policy may keep some categories out of the list: offer the others,
    // and those of the user's own services, which are always listed.
    QList<ServiceCategory> offered = m_categoryChoices;
    if (!offered.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Service &service = m_model->serviceAt(row);
            if (service.origin == ServiceOrigin::User && !offered.contains(service.category))
                offered.append(service.category);
        }
    }
    QList<std::pair<QString, int>> categories;
    for (const ServiceCategory category : allCategories()) {
        if (offered.isEmpty() || offered.contains(category))
            categories.append({ServiceTexts::categoryName(category), int(category)});
    }
    refill(m_category, tr("All categories"), categories);
    refill(m_channel, tr("Any channel"),
           {{tr("Phone"), PhoneChannel},
            {tr("Text message (SMS)"), SmsChannel},
            {tr("Chat"), ChatChannel},
            {tr("Video call"), VideoChannel},
            {tr("Sign language or deaf access"), SignLanguageChannel}});
    refill(m_scope, tr("Everyone"),
           {{ServiceTexts::scopeName(ServiceScope::Organisation), int(ServiceScope::Organisation)},
            {ServiceTexts::scopeName(ServiceScope::National), int(ServiceScope::National)},
            {ServiceTexts::scopeName(ServiceScope::Regional), int(ServiceScope::Regional)},
            {ServiceTexts::scopeName(ServiceScope::Personal), int(ServiceScope::Personal)}});
}

void MainWindow::applyFilters()
{
    const QVariant category = m_category->currentData();
    m_proxy->setCategoryFilter(category.isValid() ? std::optional(ServiceCategory(category.toInt()))
                                                  : std::nullopt);
    m_proxy->setChannelFilter(m_channel->currentData().toInt());
    const QVariant scope = m_scope->currentData();
    m_proxy->setScopeFilter(scope.isValid() ? std::optional(ServiceScope(scope.toInt()))
                                            : std::nullopt);
    m_proxy->setOpenNowOnly(m_openNow->isChecked());
    updateCount();
}

void MainWindow::setAvailabilityClock(AvailabilityClock *clock)
{
    m_clock = clock;
    connect(clock, &AvailabilityClock::updated, this, &MainWindow::refreshTime);
    // Back from another application, a suspend or a lock screen: catch up at once.
    connect(qApp, &QGuiApplication::applicationStateChanged, clock,
            [clock](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    clock->checkNow();
            });
    refreshTime();
}

void MainWindow::refreshTime()
{
    m_details->setTime(m_model->availabilityTime(), m_model->userTimeZone());
    if (m_editor)
        m_editor->setTime(m_model->availabilityTime(), m_model->userTimeZone());
    updateCount();
}

void MainWindow::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_urlOpener = std::move(opener);
}

void MainWindow::setConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

ServiceEditorDialog *MainWindow::serviceEditor() const
{
    return m_editor;
}

void MainWindow::setEmergencyNumbers(const QList<EmergencyNumber> &numbers)
{
    m_banner->setNumbers(numbers);
    // Tab order: the emergency numbers come first, then search, category, list, details.
    const QList<QWidget *> buttons = m_banner->buttons();
    for (qsizetype i = 1; i < buttons.size(); ++i)
        setTabOrder(buttons.at(i - 1), buttons.at(i));
    // Then the notice's Dismiss button, when a notice is shown.
    if (!buttons.isEmpty())
        setTabOrder(buttons.last(), m_noticeDismiss);
    setTabOrder(m_noticeDismiss, m_search);
}

void MainWindow::changeLanguage(Language language)
{
    if (m_languageLocked) {
        showStatusMessage(tr("The language is set by your organisation."));
        (m_language == Language::French ? m_frenchAction : m_englishAction)->setChecked(true);
        return;
    }
    if (language == m_language)
        return;
    // Qt's strings and ours; every widget then receives QEvent::LanguageChange.
    Translations::installInApplication(language);
    const QLocale locale = language == Language::French
                                   ? QLocale(QLocale::French, QLocale::France)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    setLocale(locale);
    m_proxy->setSortLocale(locale);
    m_model->setLanguage(language);
    setLanguage(language);
    if (m_directory)
        m_directory->setPreference(languagePreference, languageCode(language).toUtf8());
    //: Said in the newly chosen language: the French translation names French
    showStatusMessage(tr("The interface is now in English."));
}

void MainWindow::setLanguageLocked(bool locked)
{
    m_languageLocked = locked;
    // Menus show the tooltip of a disabled item, and assistive technologies its description.
    m_languageMenu->setToolTipsVisible(locked);
    for (QAction *action : {m_englishAction, m_frenchAction}) {
        action->setEnabled(!locked);
        action->setToolTip(locked ? tr("Set by your organisation") : QString());
        action->setStatusTip(locked ? tr("Set by your organisation") : QString());
    }
}

void MainWindow::setCallActionsEnabled(bool enabled)
{
    m_details->setCallActionsEnabled(enabled);
}

void MainWindow::setCategoryChoices(const QList<ServiceCategory> &categories)
{
    m_categoryChoices = categories;
    fillFilters();
    applyFilters();
}

void MainWindow::setOwnEntriesAllowed(bool allowed)
{
    m_ownEntriesAllowed = allowed;
    m_servicesMenu->setToolTipsVisible(!allowed);
    retranslate();
    updateServiceActions();
}

void MainWindow::setNotice(std::function<QString()> message)
{
    m_notice->setMessage(std::move(message));
    if (!m_notice->message().isEmpty())
        showStatusMessage(m_notice->message());
}

void MainWindow::setLanguage(Language language)
{
    m_language = language;
    (language == Language::French ? m_frenchAction : m_englishAction)->setChecked(true);
    m_banner->setLanguage(language);
    m_details->setLanguage(language);
}

void MainWindow::restoreState()
{
    if (!m_directory)
        return;
    if (const auto geometry = m_directory->preference(geometryPreference))
        restoreGeometry(*geometry);
    if (const auto splitter = m_directory->preference(splitterPreference))
        m_splitter->restoreState(*splitter);
    const auto restoreCombo = [this](QComboBox *combo, const QString &key) {
        if (const auto value = m_directory->preference(key)) {
            const int index = combo->findData(value->toInt());
            if (index > 0)
                combo->setCurrentIndex(index);
        }
    };
    restoreCombo(m_category, categoryPreference);
    restoreCombo(m_channel, channelPreference);
    restoreCombo(m_scope, scopePreference);
    if (const auto openNow = m_directory->preference(openNowPreference))
        m_openNow->setChecked(*openNow == "1");
    applyFilters();
}

void MainWindow::saveState()
{
    if (!m_directory)
        return;
    m_directory->setPreference(geometryPreference, saveGeometry());
    m_directory->setPreference(splitterPreference, m_splitter->saveState());
    const auto saveCombo = [this](QComboBox *combo, const QString &key) {
        const QVariant value = combo->currentData();
        if (value.isValid())
            m_directory->setPreference(key, QByteArray::number(value.toInt()));
        else
            m_directory->removePreference(key);
    };
    saveCombo(m_category, categoryPreference);
    saveCombo(m_channel, channelPreference);
    saveCombo(m_scope, scopePreference);
    m_directory->setPreference(openNowPreference, m_openNow->isChecked() ? "1" : "0");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_userDataCleared)
        saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

std::optional<Service> MainWindow::currentService() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_model->rowOf(current.data(ServiceIdRole).toString());
    if (row < 0)
        return std::nullopt;
    return m_model->serviceAt(row);
}

void MainWindow::selectService(const QString &serviceId)
{
    const int sourceRow = m_model->rowOf(serviceId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow));
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::updateDetails()
{
    const std::optional<Service> service = currentService();
    if (!service) {
        m_details->clear();
        return;
    }
    const QModelIndex current = m_list->currentIndex();
    if (m_details->service() && m_details->service()->id == service->id
        && *m_details->service() == *service)
        return;
    m_details->setService(*service, current.data(FavouriteRole).toBool());
}

void MainWindow::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (m_openNow->isChecked()) {
        //: Status bar, with the open-now filter on: "5 of 17 services open now"
        m_count->setText(tr("%1 of %n service(s) open now", nullptr, total).arg(shown));
    } else if (shown == total) {
        //: Status bar: "17 services, 5 open now"
        m_count->setText(
                tr("%n service(s), %1 open now", nullptr, total).arg(m_proxy->openCount()));
    } else {
        //: Status bar with a search or filter: "6 of 17 services shown, 2 open now"
        m_count->setText(tr("%1 of %n service(s) shown, %2 open now", nullptr, total)
                                 .arg(shown)
                                 .arg(m_proxy->openCount()));
    }
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, statusTimeout);
    // Assistive technologies read the status bar's new text as an announcement.
    m_announcer->announce(message);
}

void MainWindow::copyContact(const ContactPresentation &contact)
{
    if (contact.copyText.isEmpty())
        return;
    QApplication::clipboard()->setText(contact.copyText);
    showStatusMessage(contact.copiedMessage());
}

void MainWindow::copyCurrentNumber()
{
    const std::optional<Service> service = currentService();
    if (!service) {
        showStatusMessage(tr("Select a service first, then copy its number."));
        return;
    }
    const Contact *number = service->mainNumber();
    if (!number) {
        showStatusMessage(
                tr("%1 has no phone number to copy.").arg(service->name.value(m_language)));
        return;
    }
    copyContact(ContactPresentation::of(*number, *service));
}

void MainWindow::openContact(const ContactPresentation &contact)
{
    if (!contact.actionUrl.isValid() || !m_urlOpener)
        return;
    if (!m_details->callActionsEnabled()
        && (contact.action == ContactPresentation::Call
            || contact.action == ContactPresentation::SendSms))
        return;
    if (!m_urlOpener(contact.actionUrl)) {
        showStatusMessage(contact.action == ContactPresentation::Call
                                  ? tr("No program on this computer can make calls. The number "
                                       "%1 was copied instead.")
                                            .arg(contact.display)
                                  : tr("This could not be opened: %1").arg(contact.display));
        if (contact.action == ContactPresentation::Call
            || contact.action == ContactPresentation::SendSms)
            QApplication::clipboard()->setText(contact.copyText);
    }
}

void MainWindow::toggleCurrentFavourite()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        showStatusMessage(tr("Select a service first."));
        return;
    }
    const bool favourite = !current.data(FavouriteRole).toBool();
    const QString name = current.data(NameRole).toString();
    m_model->setFavourite(current.data(ServiceIdRole).toString(), favourite);
    showStatusMessage(favourite ? tr("%1 added to favourites.").arg(name)
                                : tr("%1 removed from favourites.").arg(name));
}

void MainWindow::updateServiceActions()
{
    const bool canSave = m_directory && m_directory->isPersistent() && m_ownEntriesAllowed;
    m_addServiceAction->setEnabled(canSave);
    const QModelIndex current = m_list->currentIndex();
    const bool own = canSave && current.isValid()
                     && current.data(OriginRole).toInt() == int(ServiceOrigin::User);
    m_editServiceAction->setEnabled(own);
    m_deleteServiceAction->setEnabled(own);
}

void MainWindow::addService()
{
    openServiceEditor(std::nullopt);
}

void MainWindow::editCurrentService()
{
    const std::optional<Service> service = currentService();
    if (!service) {
        showStatusMessage(tr("Select a service first."));
        return;
    }
    if (service->origin != ServiceOrigin::User) {
        showStatusMessage(tr("Only the services you added can be edited."));
        return;
    }
    openServiceEditor(service);
}

void MainWindow::openServiceEditor(const std::optional<Service> &service)
{
    if (!m_ownEntriesAllowed) {
        showStatusMessage(tr("Your organisation does not allow services of your own."));
        return;
    }
    if (!m_directory || !m_directory->isPersistent()) {
        showStatusMessage(tr("Services of your own cannot be saved: Helplines' data file is not "
                             "available."));
        return;
    }
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *editor = new ServiceEditorDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setLanguage(m_language);
    editor->setTime(m_model->availabilityTime(), m_model->userTimeZone());
    if (service)
        editor->setService(*service);
    editor->setSaveFunction(
            [this](const Service &entry) { return m_directory->saveOwnService(entry); });
    editor->setDiscardConfirmation([this] {
        return m_confirm(tr("Discard Changes"),
                         tr("Discard the changes you made to this service?"));
    });
    const bool editing = service.has_value();
    connect(editor, &QDialog::accepted, this, [this, editor, editing] {
        const std::optional<Service> saved = editor->savedService();
        if (!saved)
            return;
        reloadServices(saved->id);
        const QString name = saved->name.value(m_language);
        showStatusMessage(editing ? tr("“%1” saved.").arg(name) : tr("“%1” added.").arg(name));
        m_list->setFocus(Qt::OtherFocusReason);
    });
    m_editor = editor;
    // Window-modal, without a nested event loop: the window goes on updating its badges.
    editor->open();
}

void MainWindow::deleteCurrentService()
{
    const std::optional<Service> service = currentService();
    if (!service) {
        showStatusMessage(tr("Select a service first."));
        return;
    }
    if (service->origin != ServiceOrigin::User || !m_directory) {
        showStatusMessage(tr("Only the services you added can be deleted."));
        return;
    }
    const QString name = service->name.value(m_language);
    if (!m_confirm(tr("Delete Service"),
                   tr("Delete “%1” from your services? This cannot be undone.").arg(name)))
        return;
    const int proxyRow = m_list->currentIndex().row();
    if (const StoreError error = m_directory->deleteOwnService(service->id)) {
        showStatusMessage(tr("“%1” could not be deleted: %2").arg(name, error.message()));
        return;
    }
    reloadServices(QString(), proxyRow);
    showStatusMessage(tr("“%1” deleted.").arg(name));
}

void MainWindow::reloadServices(const QString &serviceId, int proxyRow)
{
    // Favourites are kept by the model across the reload.
    m_model->setServices(m_directory->services());
    // An own service may bring a category that the organisation's policy does not offer.
    if (!m_categoryChoices.isEmpty())
        fillFilters();
    if (m_clock)
        m_clock->start();
    updateCount();
    if (!serviceId.isEmpty()) {
        const int sourceRow = m_model->rowOf(serviceId);
        if (sourceRow >= 0 && !m_proxy->mapFromSource(m_model->index(sourceRow)).isValid()) {
            // A search or a filter hides the service just saved: show everything.
            m_search->clear();
            m_category->setCurrentIndex(0);
            m_channel->setCurrentIndex(0);
            m_scope->setCurrentIndex(0);
            m_openNow->setChecked(false);
            applyFilters();
        }
        selectService(serviceId);
    } else if (proxyRow >= 0 && m_proxy->rowCount() > 0) {
        m_list->setCurrentIndex(m_proxy->index(qMin(proxyRow, m_proxy->rowCount() - 1), 0));
    }
    updateDetails();
    updateServiceActions();
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::cycleFocus(bool forward)
{
    const QList<QWidget *> panes{m_banner->buttons().isEmpty() ? nullptr
                                                               : m_banner->buttons().first(),
                                 m_search, m_list, m_details};
    int current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; i < panes.size(); ++i) {
        QWidget *pane = panes.at(i);
        if (!pane)
            continue;
        if (pane == focus || pane->isAncestorOf(focus)
            || (i == 0 && m_banner->isAncestorOf(focus))) {
            current = int(i);
            break;
        }
    }
    for (qsizetype step = 1; step <= panes.size(); ++step) {
        const qsizetype next
                = (current + (forward ? step : -step) + panes.size() * 2) % panes.size();
        QWidget *pane = panes.at(next);
        if (!pane || !pane->isVisible())
            continue;
        if (pane == m_details)
            m_details->focusFirstControl();
        else
            pane->setFocus(Qt::ShortcutFocusReason);
        if (pane == m_list && !m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        if (QApplication::focusWidget() == pane || pane->isAncestorOf(QApplication::focusWidget()))
            return;
    }
}

void MainWindow::placeDetailsInTabOrder()
{
    // New controls join the focus chain wherever Qt puts them; chain them after the list. What
    // came after the list (the emergency numbers) then comes after them.
    QWidget *previous = m_list;
    for (QWidget *control : m_details->tabOrder()) {
        setTabOrder(previous, control);
        previous = control;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->modifiers() == Qt::NoModifier
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter)) {
        // From the search field into the results.
        if (m_proxy->rowCount() > 0) {
            m_list->setFocus(Qt::OtherFocusReason);
            if (!m_list->currentIndex().isValid() || key->key() != Qt::Key_Down)
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            // The card with the focus is the selected one, for the eye and the ear, even when
            // a search had cleared the selection.
            m_list->selectionModel()->select(m_list->currentIndex(),
                                             QItemSelectionModel::ClearAndSelect);
        }
        return true;
    }
    if (watched == m_list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        updateDetails();
        m_details->focusFirstControl();
        return true;
    }
    if ((watched == m_list || watched == m_details || watched == m_search)
        && key->key() == Qt::Key_Escape && escapeHides())
        return true;
    if ((watched == m_list || watched == m_details) && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        showStatusMessage(tr("Search cleared."));
        return true;
    }
    // Counted above already: not again by the window's keyPressEvent.
    if (watched == m_search && key->key() == Qt::Key_Escape)
        return true;
    if (watched == m_list
        && (key->key() == Qt::Key_Menu
            || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier))) {
        // The card's menu from the keyboard, at the card.
        const QRect card = m_list->visualRect(m_list->currentIndex());
        const QPoint at = card.isValid() ? card.bottomLeft() : QPoint(0, 0);
        showListMenu(m_list->viewport()->mapToGlobal(at));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape from the other controls (filters, emergency numbers) comes up here.
    if (event->key() == Qt::Key_Escape && escapeHides())
        return;
    QMainWindow::keyPressEvent(event);
}

bool MainWindow::escapeHides()
{
    if (m_sinceEscape.isValid() && m_sinceEscape.elapsed() <= quickHideInterval()) {
        m_sinceEscape.invalidate();
        quickHide();
        return true;
    }
    m_sinceEscape.start();
    return false;
}

void MainWindow::quickHide()
{
    // Off the screen first, then nothing of what was looked at is left to show.
    showMinimized();
    m_search->clear();
    m_list->selectionModel()->clear();
    m_list->setCurrentIndex(QModelIndex());
    m_details->clear();
    statusBar()->clearMessage();
    m_search->setFocus(Qt::OtherFocusReason);
}

void MainWindow::raiseFromAnotherLaunch()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::clearUserData()
{
    if (!m_directory)
        return;
    if (!m_confirm(tr("Clear My Data"),
                   tr("Erase your favourites, the services you added and your settings "
                      "(language, filters, window size), with their automatic backups? The "
                      "directory of services is kept. This cannot be undone.")))
        return;
    const StoreError error = m_directory->clearUserData();
    m_model->setServices(m_directory->services());
    m_model->setFavourites(m_directory->favourites());
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_scope->setCurrentIndex(0);
    m_openNow->setChecked(false);
    applyFilters();
    if (m_clock)
        m_clock->start();
    updateDetails();
    updateServiceActions();
    if (error) {
        showStatusMessage(tr("Your data could not be erased in full: %1").arg(error.message()));
        return;
    }
    m_userDataCleared = true;
    showStatusMessage(tr("Your favourites, the services you added and your settings were "
                         "erased."));
}

void MainWindow::showListMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setObjectName(u"serviceMenu"_s);
    menu.setAccessibleName(tr("Service"));
    menu.addAction(m_copyAction);
    menu.addAction(m_favouriteAction);
    menu.addSeparator();
    menu.addAction(m_editServiceAction);
    menu.addAction(m_deleteServiceAction);
    menu.exec(globalPos);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(u"shortcutsDialog"_s);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(u"shortcutsTableWidget"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    const QList<std::pair<QString, QString>> rows{
            {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
             tr("Go to the search field")},
            {tr("Down arrow"), tr("From the search field, go to the list of services")},
            {tr("Enter"), tr("In the list, go to the selected service's details")},
            {QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
             tr("In the list, copy the selected service's number")},
            {QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText),
             tr("Add the selected service to favourites, or remove it")},
            {tr("%1 or Menu key")
                     .arg(QKeySequence(Qt::SHIFT | Qt::Key_F10).toString(QKeySequence::NativeText)),
             tr("In the list, open the selected service's menu")},
            {QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText),
             tr("Add a service of your own")},
            {QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText),
             tr("Edit the selected service, if you added it")},
            {QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
             tr("In the list, delete the selected service, if you added it")},
            {tr("Tab"), tr("Go to the next control, for example each contact's Copy button")},
            {QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText),
             tr("Go to the next pane (emergency numbers, search, list, details)")},
            {QKeySequence(Qt::SHIFT | Qt::Key_F6).toString(QKeySequence::NativeText),
             tr("Go to the previous pane")},
            {tr("Escape"), tr("Back to the search field; in the search field, clear it")},
            {tr("Escape twice"),
             tr("Hide the window at once (minimise it) and clear the search, for a shared or "
                "watched screen")},
            {QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText),
             tr("Show this list")},
            {m_quitAction->shortcut().toString(QKeySequence::NativeText), tr("Quit Helplines")},
    };
    table->setColumnCount(2);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setWordWrap(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 22);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Helplines"),
            tr("<p><b>Helplines %1</b></p>"
               "<p>Free psychological support lines, and whether they answer now.</p>"
               "<p>Helplines works offline. It sends nothing anywhere and keeps no record of "
               "what you search or copy.</p>"
               "<p>Every record shows its source and the date it was last checked. In an "
               "emergency, call 15 or 112; deaf and hard-of-hearing people can text 114.</p>"
               "<p>Licensed under the EUPL 1.2.</p>")
                    .arg(QApplication::applicationVersion()));
}

} // namespace Helplines
