// The window for keyboard and screen-reader users (DESIGN §8): the Tab order and its way back,
// names of every control, the card menu from the keyboard, announcements, and large text.
// The real AT-SPI tree is checked by tests/a11y.

#include "core/translations.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "models/timesource.h"
#include "store/servicedirectory.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QtPlugin>

#include "accessibilityrecorder.h"
#include "windowfixture.h"

Q_IMPORT_PLUGIN(AccessibilityRecorderPlugin)

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// The window as the application builds it, over the bundled directory, on Monday 12 January
// 2026 at 10:00 in Paris.
struct Window : WindowFixture
{
    explicit Window(const QString &dataDirectory)
        : WindowFixture(
                dataDirectory, u"accessibility-test"_s,
                [](ServiceDirectory::Options &options) { options.today = QDate(2026, 1, 12); },
                QDateTime::fromString(u"2026-01-12T10:00:00+01:00"_s, Qt::ISODate))
    {
        window->resize(1200, 800);
        window->show();
    }
};

QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    QString name = widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        name += u" “"_s + button->text() + u"”"_s;
    return name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name;
}

QStringList describe(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *widget : widgets)
        names.append(describe(widget));
    return names;
}

// The notifications shown to assistive technologies since the recorder was cleared: the text of
// their labels.
QStringList announcements()
{
    QStringList said;
    for (const RecordedAccessibilityEvent &event : std::as_const(AccessibilityRecorder::events())) {
        if (event.type == QAccessible::ObjectShow && event.role == QAccessible::Notification) {
            for (const QString &child : event.children)
                said.append(child.section(u':', 1));
        }
    }
    return said;
}

} // namespace

class TestMainWindowAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabVisitsEveryControlInReadingOrderAndComesBack();
    void shiftTabGoesTheSameWayBack();
    void everyFocusableControlHasANameAndARole();
    void fieldsAreLabelledAndButtonsSayWhatTheyDo();
    void assistiveTechnologySelectionShowsTheDetails();
    void editorFieldsAreNamedByTheirLabels();
    void cardMenuOpensFromTheKeyboard_data();
    void cardMenuOpensFromTheKeyboard();
    void escapeClearsTheSearchThenStays();
    void outcomesAreAnnounced();
    void shortcutsAreListedUnderHelpAndInTheReadme();
    void nothingIsClippedAtDoubleTextSize();

private:
    QLineEdit *search() const { return m_window->child<QLineEdit>(u"searchLineEdit"_s); }
    QListView *list() const { return m_window->child<QListView>(u"serviceListView"_s); }
    // Presses Tab (or Shift+Tab) from the search field until the focus comes back to it; the
    // widgets visited on the way, the search field last. Stops after 200 presses.
    QList<QWidget *> tabAround(bool forward) const;
    // Every widget that Tab should reach: shown, enabled, taking the focus by Tab.
    QList<QWidget *> tabStops() const;

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Window> m_window;
};

void TestMainWindowAccessibility::initTestCase()
{
    QVERIFY(Translations::installInApplication(Language::English));
}

void TestMainWindowAccessibility::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<Window>(m_data->path());
    QVERIFY(QTest::qWaitForWindowExposed(m_window->window.get()));
    m_window->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window->window.get()));
    // A service with several contacts, so that the details have controls to visit.
    m_window->window->selectService(u"sos-amitie"_s);
    AccessibilityRecorder::events().clear();
}

void TestMainWindowAccessibility::cleanup()
{
    m_window.reset();
    m_data.reset();
}

QList<QWidget *> TestMainWindowAccessibility::tabAround(bool forward) const
{
    search()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited;
    for (int press = 0; press < 200; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                        forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget *focus = QApplication::focusWidget();
        visited.append(focus);
        if (!focus || focus == search())
            break;
    }
    return visited;
}

QList<QWidget *> TestMainWindowAccessibility::tabStops() const
{
    QList<QWidget *> stops;
    for (QWidget *widget : m_window->window->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && widget->window() == m_window->window.get() && !widget->focusProxy()
            && widget->width() > 0 && widget->height() > 0)
            stops.append(widget);
    }
    return stops;
}

void TestMainWindowAccessibility::tabVisitsEveryControlInReadingOrderAndComesBack()
{
    const QList<QWidget *> visited = tabAround(true);
    const QStringList names = describe(visited);

    // Back to the search field: no trap anywhere on the way.
    QVERIFY2(!visited.isEmpty() && visited.last() == search(), qPrintable(names.join(u", "_s)));
    // Each control once, and every control.
    const QSet<QWidget *> unique(visited.cbegin(), visited.cend());
    QCOMPARE(unique.size(), visited.size());
    for (QWidget *stop : tabStops())
        QVERIFY2(unique.contains(stop),
                 qPrintable(describe(stop) + u" never reached: "_s + names.join(u", "_s)));

    // The reading order, from the search field: the filters, the list, the details from top
    // to bottom and left to right, then round to the emergency numbers and the search field.
    QStringList expectedStart{u"openNowCheckBox"_s, u"categoryComboBox"_s,
                              u"channelComboBox"_s, u"scopeComboBox"_s,
                              u"serviceListView"_s, u"favouriteToolButton"_s};
    QStringList start;
    for (qsizetype i = 0; i < expectedStart.size(); ++i)
        start.append(visited.at(i)->objectName());
    QCOMPARE(start, expectedStart);

    QWidget *details = m_window->child<QWidget>(u"serviceDetailsPane"_s);
    QWidget *banner = m_window->child<QWidget>(u"emergencyBanner"_s);
    qsizetype i = expectedStart.size() - 1;
    QPoint previous = visited.at(i)->mapTo(details, QPoint(0, 0));
    int previousHeight = visited.at(i)->height();
    for (++i; i < visited.size() && details->isAncestorOf(visited.at(i)); ++i) {
        const QPoint at = visited.at(i)->mapTo(details, QPoint(0, 0));
        const bool nextRow = at.y() >= previous.y() + previousHeight / 2;
        const bool sameRowRightwards
                = qAbs(at.y() - previous.y()) < previousHeight && at.x() > previous.x();
        QVERIFY2(nextRow || sameRowRightwards,
                 qPrintable(describe(visited.at(i)) + u" after "_s + describe(visited.at(i - 1))));
        previous = at;
        previousHeight = visited.at(i)->height();
    }
    QVERIFY2(i - expectedStart.size() >= 6, "the details' contacts were not visited");
    const qsizetype bannerStart = i;
    for (; i < visited.size() && banner->isAncestorOf(visited.at(i)); ++i) {
        if (i > bannerStart)
            QVERIFY(visited.at(i)->x() > visited.at(i - 1)->x());
    }
    QCOMPARE(i - bannerStart, 5);
    QCOMPARE(visited.at(i), search());
    QCOMPARE(i, visited.size() - 1);
}

void TestMainWindowAccessibility::shiftTabGoesTheSameWayBack()
{
    QList<QWidget *> forward = tabAround(true);
    const QList<QWidget *> backward = tabAround(false);
    // Forward: A, B, ..., Z, search; backward: Z, ..., B, A, search.
    QVERIFY(!forward.isEmpty());
    forward.removeLast();
    std::reverse(forward.begin(), forward.end());
    forward.append(search());
    QCOMPARE(describe(backward), describe(forward));
}

void TestMainWindowAccessibility::everyFocusableControlHasANameAndARole()
{
    // Everything a screen reader can land on says what it is; no picture is an unnamed
    // element. Walked as assistive technologies walk it.
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window->window.get());
    QVERIFY(root);
    QList<QAccessibleInterface *> pending{root};
    QStringList problems;
    int focusable = 0;
    while (!pending.isEmpty()) {
        QAccessibleInterface *iface = pending.takeFirst();
        const QAccessible::State state = iface->state();
        const QString name = iface->text(QAccessible::Name);
        const QString what = QString::number(iface->role(), 16) + u" "_s
                             + (iface->object() ? iface->object()->objectName() : QString());
        if (!state.invisible && state.focusable) {
            ++focusable;
            if (name.trimmed().isEmpty())
                problems.append(u"unnamed: "_s + what);
            if (iface->role() == QAccessible::NoRole || iface->role() == QAccessible::Client)
                problems.append(u"no role: "_s + what + u" "_s + name);
        }
        if (!state.invisible && iface->role() == QAccessible::Graphic && name.isEmpty())
            problems.append(u"unnamed image: "_s + what);
        // The list's items are checked by the list model's tests and on AT-SPI.
        if (iface->role() == QAccessible::List)
            continue;
        for (int i = 0; i < iface->childCount(); ++i) {
            if (QAccessibleInterface *child = iface->child(i))
                pending.append(child);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(focusable >= 15);

    // The search field's clear button, once there is something to clear.
    QTest::keyClicks(search(), u"3114"_s);
    QToolButton *clear = nullptr;
    for (QToolButton *button : search()->findChildren<QToolButton *>()) {
        if (button->isVisible())
            clear = button;
    }
    QVERIFY(clear);
    QCOMPARE(QAccessible::queryAccessibleInterface(clear)->text(QAccessible::Name),
             u"Clear the search"_s);
}

void TestMainWindowAccessibility::fieldsAreLabelledAndButtonsSayWhatTheyDo()
{
    // Each field has its visible label as its "labelled by" relation (the buddy).
    for (const QString &name :
         {u"searchLineEdit"_s, u"categoryComboBox"_s, u"channelComboBox"_s, u"scopeComboBox"_s}) {
        QAccessibleInterface *field
                = QAccessible::queryAccessibleInterface(m_window->child<QWidget>(name));
        const auto labels = field->relations(QAccessible::Label);
        QVERIFY2(!labels.isEmpty(), qPrintable(name));
        QVERIFY(!labels.first().first->text(QAccessible::Name).isEmpty());
    }
    // Copy and Call name their number.
    const auto copies = m_window->window->findChildren<QPushButton *>(u"copyPushButton"_s);
    QVERIFY(!copies.isEmpty());
    for (const QPushButton *copy : copies) {
        QVERIFY2(copy->accessibleName().contains(QRegularExpression(u"^Copy \\S"_s)),
                 qPrintable(copy->accessibleName()));
        QVERIFY(copy->accessibleName() != u"Copy"_s);
    }
    const auto values = m_window->window->findChildren<QPushButton *>(u"contactValueButton"_s);
    QVERIFY(!values.isEmpty());
    // The number itself is named after its kind, as the label beside it says, not "Copy" a
    // second time.
    QVERIFY2(values.first()->accessibleName().endsWith(u": 09 72 39 40 50"_s),
             qPrintable(values.first()->accessibleName()));
    QVERIFY(!values.first()->accessibleName().startsWith(u"Copy"_s));
    for (const QPushButton *button :
         m_window->window->findChildren<QPushButton *>(u"contactActionPushButton"_s))
        QVERIFY2(button->accessibleName().contains(QRegularExpression(u"\\d"_s))
                         || button->accessibleName().startsWith(u"Open"_s),
                 qPrintable(button->accessibleName()));
    // A label's name never hides what it shows: "Cost: Free", "Monday 12 January (today):
    // 24 hours a day", not "Cost" or the day alone. (Badges have a spoken form of their own.)
    int named = 0;
    for (const QLabel *label : m_window->window->findChildren<QLabel *>()) {
        if (label->accessibleName().isEmpty() || label->text().isEmpty()
            || label->objectName().endsWith(u"BadgeLabel"_s) || label->textFormat() == Qt::RichText)
            continue;
        ++named;
        // (Zero-width spaces, where a long address may break, are for the eye only.)
        const QString shown = QString(label->text()).remove(QChar(0x200B));
        QVERIFY2(label->accessibleName().contains(shown),
                 qPrintable(label->accessibleName() + u" hides "_s + shown));
    }
    QVERIFY(named >= 10);
    auto *favourite = m_window->child<QToolButton>(u"favouriteToolButton"_s);
    QAccessibleInterface *toggle = QAccessible::queryAccessibleInterface(favourite);
    QVERIFY(toggle->state().checkable);
    QVERIFY(!toggle->text(QAccessible::Description).isEmpty());
}

void TestMainWindowAccessibility::assistiveTechnologySelectionShowsTheDetails()
{
    // A screen reader selects a card through the list item's action ("Toggle" on AT-SPI),
    // which selects without moving Qt's current index.
    m_window->window->selectService(u"3114"_s);
    const int row = list()->model()->rowCount() - 1;
    const QString id = list()->model()->index(row, 0).data(ServiceIdRole).toString();
    QVERIFY(id != u"3114"_s);
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list());
    QAccessibleInterface *item = view->child(row);
    QVERIFY(item && item->actionInterface());
    QVERIFY(item->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::toggleAction()));
    item->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QCOMPARE(list()->currentIndex().data(ServiceIdRole).toString(), id);
    QCOMPARE(m_window->window->currentService()->id, id);
}

void TestMainWindowAccessibility::editorFieldsAreNamedByTheirLabels()
{
    // Services > Add a Service: every field is named by the label before it (its buddy, read
    // through the "labelled by" relation) or, in the contact rows, by a name of its own.
    QTest::keySequence(m_window->window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QDialog *editor = m_window->window->findChild<QDialog *>(u"serviceEditorDialog"_s);
    QVERIFY(editor && editor->isVisible());
    QStringList problems;
    int fields = 0;
    for (QWidget *widget : editor->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->state().invisible)
            continue;
        ++fields;
        const QString name = iface->text(QAccessible::Name).trimmed();
        const bool labelled = !iface->relations(QAccessible::Label).isEmpty();
        if (name.isEmpty() && !labelled)
            problems.append(describe(widget));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"unnamed: "_s + problems.join(u", "_s)));
    QVERIFY(fields >= 15);
    editor->reject();
}

void TestMainWindowAccessibility::cardMenuOpensFromTheKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("Menu key") << int(Qt::Key_Menu) << Qt::KeyboardModifiers();
    QTest::newRow("Shift+F10") << int(Qt::Key_F10) << Qt::KeyboardModifiers(Qt::ShiftModifier);
}

void TestMainWindowAccessibility::cardMenuOpensFromTheKeyboard()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QTest::keyClicks(search(), u"3114"_s);
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list());
    const QRect card = list()->visualRect(list()->currentIndex());

    QStringList items;
    QPoint menuAt;
    QString menuName;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuName = menu->accessibleName();
        menuAt = menu->pos();
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                items.append(action->text());
        }
        // The first item copies, from the keyboard.
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QApplication::clipboard()->clear();
    QTest::keyClick(list(), Qt::Key(key), modifiers);
    QCOMPARE(items, (QStringList{u"&Copy Number"_s, u"Add to or Remove from &Favourites"_s,
                                 u"&Edit Service…"_s, u"&Delete Service"_s}));
    QCOMPARE(menuName, u"Service"_s);
    // At the card, not wherever the mouse happens to be.
    const QPoint cardCorner = list()->viewport()->mapToGlobal(card.bottomLeft());
    QVERIFY2((menuAt - cardCorner).manhattanLength() < 4,
             qPrintable(u"%1,%2 vs %3,%4"_s.arg(menuAt.x())
                                .arg(menuAt.y())
                                .arg(cardCorner.x())
                                .arg(cardCorner.y())));
    QCOMPARE(QApplication::clipboard()->text(), u"3114"_s);
    // Back in the list (the offscreen platform does not give the window back its activation,
    // as a window manager does).
    m_window->window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), list());
}

void TestMainWindowAccessibility::escapeClearsTheSearchThenStays()
{
    search()->setFocus();
    QTest::keyClicks(search(), u"3114"_s);
    QCOMPARE(list()->model()->rowCount(), 1);
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QCOMPARE(list()->model()->rowCount(), m_window->model.rowCount());
    QCOMPARE(QApplication::focusWidget(), search());
    QCOMPARE(m_window->window->statusBar()->currentMessage(), u"Search cleared."_s);
    // From the list and the details, Escape comes back here.
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list());
    QTest::keyClick(list(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), search());
}

void TestMainWindowAccessibility::outcomesAreAnnounced()
{
    QTest::keyClicks(search(), u"3114"_s);
    // Said once the typing pauses, once.
    QTRY_COMPARE(announcements(), QStringList{u"1 service found."_s});
    QTest::keyClick(search(), Qt::Key_Down);
    QTest::keySequence(list(), QKeySequence::Copy);
    QCOMPARE(announcements().last(), u"3114 copied"_s);
    QCOMPARE(m_window->window->statusBar()->currentMessage(), u"3114 copied"_s);

    AccessibilityRecorder::events().clear();
    search()->setFocus();
    search()->selectAll();
    QTest::keyClicks(search(), u"xylophone"_s);
    QTRY_COMPARE(announcements(), QStringList{u"No service matches “xylophone”."_s});
}

void TestMainWindowAccessibility::shortcutsAreListedUnderHelpAndInTheReadme()
{
    QStringList keys;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTableWidget"_s);
        for (int row = 0; table && row < table->rowCount(); ++row)
            keys.append(table->item(row, 0)->text());
        dialog->reject();
    });
    QTest::keyClick(m_window->window.get(), Qt::Key_F1);
    for (const QString &key :
         {u"Ctrl+F"_s, u"Down arrow"_s, u"Enter"_s, u"Ctrl+C"_s, u"Ctrl+D"_s, u"Tab"_s, u"F6"_s,
          u"Shift+F6"_s, u"Shift+F10 or Menu key"_s, u"Escape"_s, u"F1"_s, u"Ctrl+Q"_s})
        QVERIFY2(keys.contains(key), qPrintable(key + u" not in "_s + keys.join(u", "_s)));

    // The README's table says the same keys.
    QFile readme(QStringLiteral(HELPLINES_SOURCE_DIR) + u"/README.md"_s);
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const QString &key :
         {u"| Ctrl+F |"_s, u"| Down arrow |"_s, u"| Enter |"_s, u"| Ctrl+C |"_s, u"| Ctrl+D |"_s,
          u"| Tab, Shift+Tab |"_s, u"| F6, Shift+F6 |"_s, u"| Shift+F10, Menu key |"_s,
          u"| Escape |"_s, u"| F1 |"_s, u"| Ctrl+Q |"_s})
        QVERIFY2(text.contains(key), qPrintable(key));
}

void TestMainWindowAccessibility::nothingIsClippedAtDoubleTextSize()
{
    // 200 % text (WCAG 1.4.4): the window follows the system font; at twice its size every
    // label, button and field keeps at least the room it asks for.
    m_window.reset();
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&] { QApplication::setFont(normal); });
    m_window = std::make_unique<Window>(m_data->path());
    MainWindow *window = m_window->window.get();
    window->selectService(u"sos-amitie"_s);
    // As large as a 1920×1080 screen allows, and no smaller than the window needs.
    const QSize needed = window->minimumSizeHint();
    qInfo("smallest window at 200 %% text: %d×%d", needed.width(), needed.height());

    QVERIFY2(needed.width() <= 1920, qPrintable(QString::number(needed.width())));
    window->resize(QSize(1920, 1080).expandedTo(needed));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();

    QStringList clipped;
    int checked = 0;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        QSize needs;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            needs = label->wordWrap() ? QSize(label->minimumSizeHint().width(),
                                              label->heightForWidth(label->width()))
                                      : label->sizeHint();
        } else if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                   || qobject_cast<QLineEdit *>(widget)) {
            // The line edit's clear button is Qt's, an icon of the size Qt gives it.
            if (qobject_cast<QLineEdit *>(widget->parentWidget()))
                continue;
            needs = widget->minimumSizeHint();
        } else {
            continue;
        }
        ++checked;
        // Whole, and inside its parent: nothing pushed out of sight by the larger text.
        const QRect inParent = widget->geometry();
        if (!widget->parentWidget()->rect().contains(inParent)) {
            clipped.append(u"%1 is outside its parent"_s.arg(describe(widget)));
        } else if (widget->width() < needs.width() || widget->height() < needs.height()) {
            clipped.append(u"%1 is %2×%3, needs %4×%5"_s.arg(describe(widget))
                                   .arg(widget->width())
                                   .arg(widget->height())
                                   .arg(needs.width())
                                   .arg(needs.height()));
        }
    }
    QVERIFY(checked >= 25);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));

    // In a window as wide as a 1280-pixel screen, the details reflow: read from top to bottom,
    // never scrolled sideways.
    window->resize(QSize(1280, 1000).expandedTo(needed));
    QCoreApplication::processEvents();
    for (const QString &name : {u"detailsScrollArea"_s, u"serviceListView"_s}) {
        auto *area = m_window->child<QAbstractScrollArea>(name);
        QVERIFY(area);
        QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                 qPrintable(name + u" scrolls sideways by "_s
                            + QString::number(area->horizontalScrollBar()->maximum())));
    }
}

QTEST_MAIN(TestMainWindowAccessibility)
#include "tst_mainwindowaccessibility.moc"
