#include "core/translations.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "models/timesource.h"
#include "store/servicedirectory.h"
#include "ui/mainwindow.h"
#include "ui/serviceeditordialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Helplines;

// The window as the application builds it, shown.
struct ShownWindow : WindowFixture
{
    explicit ShownWindow(const QString &dataDirectory)
        : WindowFixture(dataDirectory, u"window-test"_s)
    {
        show();
    }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheBundledDirectory();
    void typingANumberLeavesOneCard();
    void typingSaysHowManyWereFound();
    void ctrlCCopiesTheSelectedCardsDialableNumber();
    void copyButtonInTheDetailsCopiesThatContact();
    void callOpensATelUrlOfTheValidatedNumber();
    void smsContactOffersSendSms();
    void emergencyBannerNumbersCopyAndAreNamed();
    void categoryFilterNarrowsTheList();
    void favouriteToggleIsSavedAndSortsFirst();
    void keyboardPathFromSearchToDetailsAndBack();
    void geometryAndCategoryAreRemembered();
    void cardShowsTheBadgeOfAKnownServiceAtAFixedInstant();
    void detailsShowTheWeekAhead();
    void openNowToggleFiltersAndIsRemembered();
    void badgesFollowTheClock();
    void switchesLanguageLiveAndRemembersIt();
    void addingAServiceShowsItAsTheUsers();
    void editingAnOwnServiceKeepsItSelectedAndFavourite();
    void deletingAnOwnServiceAsksFirst();
    void directoryServicesCannotBeEditedOrDeleted();

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<ShownWindow> m_fixture;
    QLineEdit *search() const { return m_fixture->child<QLineEdit>(u"searchLineEdit"_s); }
    QListView *list() const { return m_fixture->child<QListView>(u"serviceListView"_s); }
    // Adds a service through Services > Add a Service and its dialog; returns its id.
    QString addThroughTheDialog(const QString &name, const QString &number);
    QString statusMessage() const { return m_fixture->window->statusBar()->currentMessage(); }
};

QString TestMainWindow::addThroughTheDialog(const QString &name, const QString &number)
{
    QTest::keySequence(m_fixture->window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
    ServiceEditorDialog *editor = m_fixture->window->serviceEditor();
    if (!editor || !editor->isVisible())
        return {};
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"nameFrLineEdit"_s), name);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"contactValueLineEdit"_s), number);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"hoursLineEdit"_s), u"Mo-Fr 09:00-18:00"_s);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    if (editor->isVisible() || !editor->savedService())
        return {};
    const QString id = editor->savedService()->id;
    // Closed, then deleted.
    if (!QTest::qWaitFor([this] { return !m_fixture->window->serviceEditor(); }))
        return {};
    // Back to the window, as the window manager does (the offscreen platform does not).
    m_fixture->window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_fixture->window.get()))
        return {};
    return id;
}

void TestMainWindow::initTestCase()
{
    // As the application does: English texts with their plural forms.
    QVERIFY(Translations::installInApplication(Language::English));
}

void TestMainWindow::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<ShownWindow>(m_data->path());
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture->window.get()));
    // Shortcuts and mnemonics need the active window, as for a user.
    m_fixture->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture->window.get()));
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
    m_data.reset();
    // A failed language test must not leave the next tests in French.
    Translations::installInApplication(Language::English);
}

void TestMainWindow::showsTheBundledDirectory()
{
    QVERIFY(m_fixture->loaded.loaded);
    QVERIFY(!m_fixture->loaded.storeError);
    QVERIFY(m_fixture->model.rowCount() >= 15);
    QCOMPARE(list()->model()->rowCount(), m_fixture->model.rowCount());
    const auto *count = m_fixture->child<QLabel>(u"countLabel"_s);
    QVERIFY(count->text().contains(QString::number(m_fixture->model.rowCount())));
}

void TestMainWindow::typingANumberLeavesOneCard()
{
    QTest::keyClicks(search(), u"3114"_s);
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(list()->model()->index(0, 0).data(ServiceIdRole).toString(), u"3114"_s);
    search()->clear();
    QCOMPARE(list()->model()->rowCount(), m_fixture->model.rowCount());
    QTest::keyClicks(search(), u"0800 400"_s);
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(list()->model()->index(0, 0).data(ServiceIdRole).toString(), u"mtes-agents"_s);
}

void TestMainWindow::typingSaysHowManyWereFound()
{
    QTest::keyClicks(search(), u"3114"_s);
    QCOMPARE(m_fixture->window->statusBar()->currentMessage(), u"1 service found."_s);
    search()->clear();
    QTest::keyClicks(search(), u"xylophone"_s);
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY2(m_fixture->window->statusBar()->currentMessage().contains(u"No service matches"_s),
             qPrintable(m_fixture->window->statusBar()->currentMessage()));
    QVERIFY(m_fixture->child<QLabel>(u"countLabel"_s)->text().startsWith(u"0 of "_s));
}

void TestMainWindow::ctrlCCopiesTheSelectedCardsDialableNumber()
{
    QApplication::clipboard()->clear();
    QTest::keyClicks(search(), u"3114"_s);
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list());
    QTest::keySequence(list(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"3114"_s);
    QCOMPARE(m_fixture->window->statusBar()->currentMessage(), u"3114 copied"_s);

    m_fixture->window->selectService(u"mtes-agents"_s);
    search()->clear();
    m_fixture->window->selectService(u"mtes-agents"_s);
    list()->setFocus();
    QTest::keySequence(list(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"0800400339"_s);
    QCOMPARE(m_fixture->window->statusBar()->currentMessage(), u"0 800 400 339 copied"_s);
}

void TestMainWindow::copyButtonInTheDetailsCopiesThatContact()
{
    QApplication::clipboard()->clear();
    m_fixture->window->selectService(u"sos-amitie"_s);
    const auto buttons = m_fixture->window->findChildren<QPushButton *>(u"copyPushButton"_s);
    QVERIFY(!buttons.isEmpty());
    QCOMPARE(buttons.first()->accessibleName(), u"Copy 09 72 39 40 50"_s);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"0972394050"_s);
    QCOMPARE(m_fixture->window->statusBar()->currentMessage(), u"09 72 39 40 50 copied"_s);

    // A click on the number itself copies too.
    QApplication::clipboard()->clear();
    const auto values = m_fixture->window->findChildren<QPushButton *>(u"contactValueButton"_s);
    QTest::mouseClick(values.first(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"0972394050"_s);
}

void TestMainWindow::callOpensATelUrlOfTheValidatedNumber()
{
    m_fixture->window->selectService(u"mtes-agents"_s);
    const auto actions
            = m_fixture->window->findChildren<QPushButton *>(u"contactActionPushButton"_s);
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.first()->accessibleName(), u"Call 0 800 400 339"_s);
    QTest::mouseClick(actions.first(), Qt::LeftButton);
    QCOMPARE(m_fixture->openedUrls, QList<QUrl>{QUrl(u"tel:+33800400339"_s)});
}

void TestMainWindow::smsContactOffersSendSms()
{
    m_fixture->window->selectService(u"114"_s);
    const auto actions
            = m_fixture->window->findChildren<QPushButton *>(u"contactActionPushButton"_s);
    QVERIFY(!actions.isEmpty());
    QPushButton *sms = nullptr;
    for (QPushButton *button : actions) {
        if (button->accessibleName().contains(u"text message"_s))
            sms = button;
    }
    QVERIFY(sms);
    QTest::mouseClick(sms, Qt::LeftButton);
    QCOMPARE(m_fixture->openedUrls.size(), 1);
    QCOMPARE(m_fixture->openedUrls.first(), QUrl(u"sms:114"_s));
}

void TestMainWindow::emergencyBannerNumbersCopyAndAreNamed()
{
    const auto buttons = m_fixture->window->findChildren<QPushButton *>(u"emergencyPushButton"_s);
    QCOMPARE(buttons.size(), 5);
    QStringList numbers;
    for (QPushButton *button : buttons) {
        QVERIFY(button->accessibleName().startsWith(u"Copy "_s));
        numbers.append(button->text().section(u' ', 0, 0));
    }
    QCOMPARE(numbers, (QStringList{u"15"_s, u"17"_s, u"18"_s, u"112"_s, u"114"_s}));
    QTest::mouseClick(buttons.last(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"114"_s);
}

void TestMainWindow::categoryFilterNarrowsTheList()
{
    auto *category = m_fixture->child<QComboBox>(u"categoryComboBox"_s);
    const int index = category->findData(int(ServiceCategory::Addiction));
    QVERIFY(index > 0);
    category->setCurrentIndex(index);
    QVERIFY(list()->model()->rowCount() >= 3);
    for (int row = 0; row < list()->model()->rowCount(); ++row)
        QCOMPARE(list()->model()->index(row, 0).data(CategoryRole).toInt(),
                 int(ServiceCategory::Addiction));
    category->setCurrentIndex(0);
    QCOMPARE(list()->model()->rowCount(), m_fixture->model.rowCount());
}

void TestMainWindow::favouriteToggleIsSavedAndSortsFirst()
{
    m_fixture->window->selectService(u"suicide-ecoute"_s);
    auto *favourite = m_fixture->child<QToolButton>(u"favouriteToolButton"_s);
    QVERIFY(favourite);
    QVERIFY(!favourite->isChecked());
    QTest::mouseClick(favourite, Qt::LeftButton);
    QVERIFY(favourite->isChecked());
    QVERIFY(m_fixture->directory.favourites().contains(u"suicide-ecoute"_s));
    QCOMPARE(list()->model()->index(0, 0).data(ServiceIdRole).toString(), u"suicide-ecoute"_s);

    // A new session over the same data folder remembers it.
    m_fixture.reset();
    m_fixture = std::make_unique<ShownWindow>(m_data->path());
    QVERIFY(m_fixture->directory.favourites().contains(u"suicide-ecoute"_s));
    QCOMPARE(list()->model()->index(0, 0).data(ServiceIdRole).toString(), u"suicide-ecoute"_s);
}

void TestMainWindow::keyboardPathFromSearchToDetailsAndBack()
{
    QTest::keySequence(m_fixture->window.get(), QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), search());
    QTest::keyClicks(search(), u"amitie"_s);
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list());
    QCOMPARE(list()->currentIndex().data(ServiceIdRole).toString(), u"sos-amitie"_s);
    QTest::keyClick(list(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"favouriteToolButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"contactValueButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), search());
    // F6 moves between panes.
    QTest::keyClick(search(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), list());
}

void TestMainWindow::geometryAndCategoryAreRemembered()
{
    m_fixture->window->resize(1300, 860);
    auto *category = m_fixture->child<QComboBox>(u"categoryComboBox"_s);
    category->setCurrentIndex(category->findData(int(ServiceCategory::Youth)));
    m_fixture->window->close();
    m_fixture.reset();

    m_fixture = std::make_unique<ShownWindow>(m_data->path());
    QCOMPARE(m_fixture->window->size(), QSize(1300, 860));
    category = m_fixture->child<QComboBox>(u"categoryComboBox"_s);
    QCOMPARE(category->currentData().toInt(), int(ServiceCategory::Youth));
}

void TestMainWindow::cardShowsTheBadgeOfAKnownServiceAtAFixedInstant()
{
    QTest::keyClicks(search(), u"fil sante"_s);
    QCOMPARE(list()->model()->rowCount(), 1);
    const QModelIndex card = list()->model()->index(0, 0);
    QCOMPARE(card.data(BadgeTextRole).toString(), u"Closed · opens at 9:00"_s);
    QCOMPARE(card.data(BadgeKindRole).toInt(), int(BadgeKind::Closed));
    QVERIFY(card.data(Qt::AccessibleTextRole).toString().contains(u"Closed, opens at 9:00"_s));
    m_fixture->window->selectService(u"fil-sante-jeunes"_s);
    const auto *badge = m_fixture->child<QLabel>(u"detailsBadgeLabel"_s);
    QVERIFY(badge);
    QCOMPARE(badge->text(), u"Closed · opens at 9:00"_s);
}

void TestMainWindow::detailsShowTheWeekAhead()
{
    m_fixture->window->selectService(u"fil-sante-jeunes"_s);
    const auto *description = m_fixture->child<QLabel>(u"hoursDescriptionLabel"_s);
    QVERIFY(description);
    QCOMPARE(description->text(), u"Every day, 9:00 to 23:00"_s);
    const QWidget *schedule = m_fixture->child<QWidget>(u"weekScheduleWidget"_s);
    QVERIFY(schedule);
    QStringList texts;
    for (const QLabel *label : schedule->findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY2(texts.contains(u"Monday 12 January (today)"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"Sunday 18 January"_s));
    QCOMPARE(texts.count(u"9:00 to 23:00"_s), 7);
}

void TestMainWindow::openNowToggleFiltersAndIsRemembered()
{
    auto *openNow = m_fixture->child<QCheckBox>(u"openNowCheckBox"_s);
    QVERIFY(openNow);
    QVERIFY(!openNow->isChecked());
    // Alt+O, the checkbox's mnemonic.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::AltModifier);
    // A mnemonic "animates" the click: it lands a moment later.
    QTRY_VERIFY(openNow->isChecked());
    QVERIFY(list()->model()->rowCount() < m_fixture->model.rowCount());
    for (int row = 0; row < list()->model()->rowCount(); ++row)
        QCOMPARE(list()->model()->index(row, 0).data(OpenStateRole).toInt(), int(OpenState::Open));
    const QString count = m_fixture->child<QLabel>(u"countLabel"_s)->text();
    QVERIFY2(count.contains(u"open now"_s), qPrintable(count));
    QVERIFY2(count.startsWith(QString::number(list()->model()->rowCount()) + u" of "_s),
             qPrintable(count));

    m_fixture->window->close();
    m_fixture.reset();
    m_fixture = std::make_unique<ShownWindow>(m_data->path());
    QVERIFY(m_fixture->child<QCheckBox>(u"openNowCheckBox"_s)->isChecked());
    QVERIFY(list()->model()->rowCount() < m_fixture->model.rowCount());
}

void TestMainWindow::badgesFollowTheClock()
{
    m_fixture->window->selectService(u"fil-sante-jeunes"_s);
    m_fixture->time.setNow(QDateTime::fromString(u"2026-01-12T09:00:00+01:00"_s, Qt::ISODate));
    m_fixture->clock.checkNow();
    const int row = m_fixture->model.rowOf(u"fil-sante-jeunes"_s);
    QCOMPARE(m_fixture->model.index(row).data(BadgeTextRole).toString(),
             u"Open now · until 23:00"_s);
    QCOMPARE(m_fixture->child<QLabel>(u"detailsBadgeLabel"_s)->text(), u"Open now · until 23:00"_s);
}

void TestMainWindow::addingAServiceShowsItAsTheUsers()
{
    const int before = m_fixture->model.rowCount();
    const QString id = addThroughTheDialog(u"Dr Élise Martin"_s, u"01 45 39 40 00"_s);
    QCOMPARE(id, u"own-dr-elise-martin"_s);

    // In the directory and in the list, selected, marked as the user's.
    QCOMPARE(m_fixture->directory.services().last().id, id);
    QCOMPARE(m_fixture->directory.services().last().origin, ServiceOrigin::User);
    QCOMPARE(m_fixture->model.rowCount(), before + 1);
    const QModelIndex card = list()->currentIndex();
    QCOMPARE(card.data(ServiceIdRole).toString(), id);
    QCOMPARE(card.data(OriginRole).toInt(), int(ServiceOrigin::User));
    QCOMPARE(card.data(ScopeRole).toInt(), int(ServiceScope::Personal));
    QCOMPARE(card.data(OriginTextRole).toString(), u"Yours"_s);
    QVERIFY(card.data(Qt::AccessibleTextRole).toString().contains(u"added by you"_s));
    // Written in French only, by the user: not marked as untranslated.
    QVERIFY(!card.data(UntranslatedRole).toBool());
    QCOMPARE(m_fixture->child<QLabel>(u"detailsTitleLabel"_s)->text(), u"Dr Élise Martin"_s);
    // Its badge is live like every other: Monday 8:30.
    QCOMPARE(card.data(BadgeTextRole).toString(), u"Closed · opens at 9:00"_s);
    QCOMPARE(card.data(MainNumberRole).toString(), u"01 45 39 40 00"_s);
    QCOMPARE(statusMessage(), u"“Dr Élise Martin” added."_s);
    QTRY_COMPARE(QApplication::focusWidget(), list());
    QVERIFY(m_fixture->child<QLabel>(u"countLabel"_s)
                    ->text()
                    .startsWith(QString::number(before + 1) + u" services"_s));
    bool listedByYou = false;
    for (const QLabel *label : m_fixture->window->findChildren<QLabel *>())
        listedByYou = listedByYou || label->text() == u"Added by you"_s;
    QVERIFY(listedByYou);

    // The scope filter finds it under "Your own", alone.
    auto *scope = m_fixture->child<QComboBox>(u"scopeComboBox"_s);
    const int own = scope->findData(int(ServiceScope::Personal));
    QVERIFY(own > 0);
    QCOMPARE(scope->itemText(own), u"Your own"_s);
    scope->setCurrentIndex(own);
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(list()->model()->index(0, 0).data(ServiceIdRole).toString(), id);
    scope->setCurrentIndex(0);

    // A new session shows it again.
    m_fixture->window->close();
    m_fixture.reset();
    m_fixture = std::make_unique<ShownWindow>(m_data->path());
    const int row = m_fixture->model.rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_fixture->model.index(row).data(OriginTextRole).toString(), u"Yours"_s);
    QCOMPARE(m_fixture->model.rowCount(), before + 1);
}

void TestMainWindow::editingAnOwnServiceKeepsItSelectedAndFavourite()
{
    const QString id = addThroughTheDialog(u"Cabinet Martin"_s, u"01 45 39 40 00"_s);
    QVERIFY(!id.isEmpty());
    QTest::keySequence(m_fixture->window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QVERIFY(m_fixture->directory.favourites().contains(id));

    auto *edit = m_fixture->window->findChild<QAction *>(u"editServiceAction"_s);
    QVERIFY(edit->isEnabled());
    QTest::keyClick(list(), Qt::Key_F2);
    ServiceEditorDialog *editor = m_fixture->window->serviceEditor();
    QVERIFY(editor);
    QCOMPARE(editor->windowTitle(), u"Edit “Cabinet Martin”"_s);
    auto *name = editor->findChild<QLineEdit *>(u"nameFrLineEdit"_s);
    QCOMPARE(name->text(), u"Cabinet Martin"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"hoursLineEdit"_s)->text(), u"Mo-Fr 09:00-18:00"_s);
    name->clear();
    QTest::keyClicks(name, u"Cabinet du Dr Martin"_s);
    auto *hours = editor->findChild<QLineEdit *>(u"hoursLineEdit"_s);
    hours->clear();
    QTest::keyClicks(hours, u"Mo-Fr 08:00-18:00"_s);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_fixture->window->serviceEditor());

    // Same service, new content, still selected and a favourite (so first in the list).
    QCOMPARE(list()->currentIndex().data(ServiceIdRole).toString(), id);
    QCOMPARE(list()->currentIndex().data(NameRole).toString(), u"Cabinet du Dr Martin"_s);
    QCOMPARE(list()->currentIndex().data(BadgeTextRole).toString(), u"Open now · until 18:00"_s);
    QVERIFY(list()->currentIndex().data(FavouriteRole).toBool());
    QCOMPARE(list()->model()->index(0, 0).data(ServiceIdRole).toString(), id);
    QVERIFY(m_fixture->directory.favourites().contains(id));
    QCOMPARE(statusMessage(), u"“Cabinet du Dr Martin” saved."_s);
    int copies = 0;
    for (const Service &service : m_fixture->directory.services())
        copies += service.id == id ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestMainWindow::deletingAnOwnServiceAsksFirst()
{
    QStringList questions;
    bool answer = false;
    m_fixture->window->setConfirmation([&](const QString &, const QString &question) {
        questions.append(question);
        return answer;
    });
    const QString id = addThroughTheDialog(u"Cabinet Martin"_s, u"01 45 39 40 00"_s);
    QVERIFY(!id.isEmpty());
    const int withIt = m_fixture->model.rowCount();

    // No: nothing changes.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(u"“Cabinet Martin”"_s), qPrintable(questions.first()));
    QCOMPARE(m_fixture->model.rowCount(), withIt);
    QVERIFY(m_fixture->directory.isOwnService(id));

    // Yes: gone from the list, the directory and the database.
    answer = true;
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(m_fixture->model.rowCount(), withIt - 1);
    QCOMPARE(m_fixture->model.rowOf(id), -1);
    QVERIFY(!m_fixture->directory.isOwnService(id));
    QCOMPARE(statusMessage(), u"“Cabinet Martin” deleted."_s);
    // Another card is selected, so that the keyboard user stays in the list.
    QVERIFY(list()->currentIndex().isValid());

    m_fixture->window->close();
    m_fixture.reset();
    m_fixture = std::make_unique<ShownWindow>(m_data->path());
    QCOMPARE(m_fixture->model.rowOf(id), -1);
}

void TestMainWindow::directoryServicesCannotBeEditedOrDeleted()
{
    int asked = 0;
    m_fixture->window->setConfirmation([&](const QString &, const QString &) {
        ++asked;
        return true;
    });
    const int count = m_fixture->model.rowCount();
    m_fixture->window->selectService(u"3114"_s);
    list()->setFocus();
    auto *edit = m_fixture->window->findChild<QAction *>(u"editServiceAction"_s);
    auto *remove = m_fixture->window->findChild<QAction *>(u"deleteServiceAction"_s);
    auto *add = m_fixture->window->findChild<QAction *>(u"addServiceAction"_s);
    QVERIFY(add->isEnabled());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(list(), Qt::Key_Delete);
    QTest::keyClick(list(), Qt::Key_F2);
    QCOMPARE(asked, 0);
    QVERIFY(!m_fixture->window->serviceEditor());
    QCOMPARE(m_fixture->model.rowCount(), count);
    // Asked directly, the window refuses and says why.
    m_fixture->window->deleteCurrentService();
    QCOMPARE(asked, 0);
    QCOMPARE(statusMessage(), u"Only the services you added can be deleted."_s);
    QVERIFY(m_fixture->model.rowOf(u"3114"_s) >= 0);

    // Delete in the search field deletes text, not a service.
    QTest::keyClicks(search(), u"3114"_s);
    search()->setCursorPosition(0);
    QTest::keyClick(search(), Qt::Key_Delete);
    QCOMPARE(search()->text(), u"114"_s);
    QCOMPARE(asked, 0);
}

void TestMainWindow::switchesLanguageLiveAndRemembersIt()
{
    MainWindow *window = m_fixture->window.get();
    const int row = m_fixture->model.rowOf(u"fil-sante-jeunes"_s);
    const QModelIndex card = m_fixture->model.index(row);
    QCOMPARE(window->windowTitle(), u"Helplines"_s);
    QCOMPARE(card.data(BadgeTextRole).toString(), u"Closed · opens at 9:00"_s);
    const QString englishSentence = card.data(Qt::AccessibleTextRole).toString();
    QMenu *fileMenu = window->menuBar()->actions().first()->menu();
    QCOMPARE(fileMenu->title(), u"&File"_s);

    auto *french = window->findChild<QAction *>(u"frenchAction"_s);
    QVERIFY(french);
    french->trigger();
    QCOMPARE(window->language(), Language::French);
    // Widgets retranslate on QEvent::LanguageChange, which Qt posts.
    QTRY_COMPARE(window->windowTitle(), u"Lignes d’écoute"_s);
    QCOMPARE(fileMenu->title(), u"&Fichier"_s);
    QCOMPARE(window->statusBar()->currentMessage(), u"L’interface est maintenant en français."_s);
    QCOMPARE(card.data(BadgeTextRole).toString(), u"Fermé · ouvre à 9 h"_s);
    const QString frenchSentence = card.data(Qt::AccessibleTextRole).toString();
    QVERIFY(frenchSentence != englishSentence);
    QVERIFY2(frenchSentence.contains(u"Fermé, ouvre à 9 h"_s), qPrintable(frenchSentence));
    QCOMPARE(m_fixture->child<QLabel>(u"searchLabel"_s)->text(), u"&Rechercher\u00a0:"_s);
    QTest::keyClicks(search(), u"3114"_s);
    QCOMPARE(window->statusBar()->currentMessage(), u"1 service trouvé."_s);
    QCOMPARE(m_fixture->directory.preference(u"language"_s), std::optional<QByteArray>("fr"));

    window->findChild<QAction *>(u"englishAction"_s)->trigger();
    QTRY_COMPARE(window->windowTitle(), u"Helplines"_s);
    QCOMPARE(card.data(BadgeTextRole).toString(), u"Closed · opens at 9:00"_s);
    QCOMPARE(window->statusBar()->currentMessage(), u"The interface is now in English."_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
