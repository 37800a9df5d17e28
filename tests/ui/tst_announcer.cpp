#include "ui/announcer.h"

#include <QAccessible>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QtPlugin>

#include "accessibilityrecorder.h"

Q_IMPORT_PLUGIN(AccessibilityRecorderPlugin)

using namespace Qt::StringLiterals;
using namespace Helplines;
using namespace std::chrono_literals;

class TestAnnouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void announcementShowsANotificationHoldingTheMessage();
    void theSameMessageTwiceIsPresentedTwice();
    void messagesWaitingForAPauseCollapseIntoTheLast();
    void anImmediateMessageDropsTheOneWaiting();
    void emptyMessagesAreNotPresented();
    void nothingIsPresentedWhileTheHostIsHidden();
    void theElementTakesNoFocusAndShowsNothing();

private:
    // The notifications shown since the last clear: their names.
    QStringList shownNotifications() const;

    std::unique_ptr<QStatusBar> m_host;
    Announcer *m_announcer = nullptr;
};

void TestAnnouncer::initTestCase()
{
    // The recorder is loaded with the first event.
    QWidget probe;
    probe.show();
    QVERIFY(QTest::qWaitForWindowExposed(&probe));
}

void TestAnnouncer::init()
{
    m_host = std::make_unique<QStatusBar>();
    m_announcer = new Announcer(m_host.get());
    m_announcer->setIdleDelay(80ms);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    AccessibilityRecorder::events().clear();
}

void TestAnnouncer::cleanup()
{
    m_host.reset();
    AccessibilityRecorder::events().clear();
}

QStringList TestAnnouncer::shownNotifications() const
{
    QStringList texts;
    for (const RecordedAccessibilityEvent &event : std::as_const(AccessibilityRecorder::events())) {
        if (event.type == QAccessible::ObjectShow && event.role == QAccessible::Notification)
            texts.append(event.children.join(u'|'));
    }
    return texts;
}

// How a label inside the notification is recorded: "role:text".
static QString label(const QString &text)
{
    return QString::number(QAccessible::StaticText) + u':' + text;
}

void TestAnnouncer::announcementShowsANotificationHoldingTheMessage()
{
    QSignalSpy announced(m_announcer, &Announcer::announced);
    QVERIFY(!m_announcer->isVisible());
    m_announcer->announce(u"3114 copied"_s);

    // What Orca reads on object:state-changed:showing: the labels inside the notification.
    QCOMPARE(shownNotifications(), QStringList{label(u"3114 copied"_s)});
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().first().toString(), u"3114 copied"_s);
    QCOMPARE(m_announcer->message(), u"3114 copied"_s);
    const RecordedAccessibilityEvent shown = AccessibilityRecorder::events().last();
    QCOMPARE(shown.type, QAccessible::ObjectShow);
    // In the status bar: Orca 43 then reads its labels even though they are not on screen.
    QCOMPARE(shown.parentRole, QAccessible::StatusBar);
    // No name of its own, or Orca 44 and later would say the message twice.
    QCOMPARE(shown.name, QString());

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_announcer);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QVERIFY(!iface->state().invisible);
    QVERIFY(!iface->state().focusable);
    QCOMPARE(iface->childCount(), 1);
    QCOMPARE(iface->child(0)->text(QAccessible::Name), u"3114 copied"_s);
    QVERIFY(!iface->child(0)->state().invisible);
}

void TestAnnouncer::theSameMessageTwiceIsPresentedTwice()
{
    m_announcer->announce(u"3114 copied"_s);
    m_announcer->announce(u"3114 copied"_s);
    m_announcer->announce(u"0 800 130 000 copied"_s);
    QCOMPARE(shownNotifications(), (QStringList{label(u"3114 copied"_s), label(u"3114 copied"_s),
                                                label(u"0 800 130 000 copied"_s)}));
    // Never hidden in between: some Orca versions present every change of "showing".
    for (const RecordedAccessibilityEvent &event : std::as_const(AccessibilityRecorder::events()))
        QVERIFY(event.type != QAccessible::ObjectHide);
}

void TestAnnouncer::messagesWaitingForAPauseCollapseIntoTheLast()
{
    m_announcer->announceWhenIdle(u"12 services found."_s);
    m_announcer->announceWhenIdle(u"3 services found."_s);
    QTest::qWait(20);
    m_announcer->announceWhenIdle(u"1 service found."_s);
    QVERIFY(m_announcer->isWaiting());
    QVERIFY(shownNotifications().isEmpty());
    QTRY_COMPARE(shownNotifications(), QStringList{label(u"1 service found."_s)});
    QVERIFY(!m_announcer->isWaiting());
    // Nothing more comes later.
    QTest::qWait(200);
    QCOMPARE(shownNotifications(), QStringList{label(u"1 service found."_s)});
}

void TestAnnouncer::anImmediateMessageDropsTheOneWaiting()
{
    m_announcer->announceWhenIdle(u"1 service found."_s);
    m_announcer->announce(u"3114 copied"_s);
    QVERIFY(!m_announcer->isWaiting());
    QTest::qWait(200);
    QCOMPARE(shownNotifications(), QStringList{label(u"3114 copied"_s)});
}

void TestAnnouncer::emptyMessagesAreNotPresented()
{
    QSignalSpy announced(m_announcer, &Announcer::announced);
    m_announcer->announce(QString());
    QVERIFY(shownNotifications().isEmpty());
    QCOMPARE(announced.size(), 0);
}

void TestAnnouncer::nothingIsPresentedWhileTheHostIsHidden()
{
    m_host->hide();
    AccessibilityRecorder::events().clear();
    m_announcer->announce(u"3114 copied"_s);
    QVERIFY(shownNotifications().isEmpty());
    // Nor when the window shows again: the message is out of date by then.
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    QVERIFY(shownNotifications().isEmpty());
    QVERIFY(!m_announcer->isVisible());
}

void TestAnnouncer::theElementTakesNoFocusAndShowsNothing()
{
    m_announcer->announce(u"A long message that would be seen if it were painted"_s);
    QVERIFY(m_announcer->isVisible());
    QCOMPARE(m_announcer->focusPolicy(), Qt::NoFocus);
    QVERIFY(m_announcer->testAttribute(Qt::WA_TransparentForMouseEvents));
    QVERIFY(!m_announcer->autoFillBackground());
    QVERIFY(m_announcer->width() * m_announcer->height() <= 1);
    const auto *text = m_announcer->findChild<QLabel *>();
    QVERIFY(text);
    QCOMPARE(text->text(), u"A long message that would be seen if it were painted"_s);
    QCOMPARE(text->focusPolicy(), Qt::NoFocus);
    QVERIFY(text->width() == 0 || text->height() == 0);
}

QTEST_MAIN(TestAnnouncer)
#include "tst_announcer.moc"
