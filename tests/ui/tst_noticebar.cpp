#include "ui/noticebar.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

class TestNoticeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isHiddenWithoutAMessage();
    void showsTheMessageToTheEyeAndToScreenReaders();
    void dismissHidesItAndSaysSo();
    void makesTheMessageAgainWhenTheLanguageChanges();
    void neverTakesTheFocus();
};

void TestNoticeBar::isHiddenWithoutAMessage()
{
    QWidget window;
    auto *bar = new NoticeBar(&window);
    window.show();
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->message().isEmpty());
    bar->setMessage([] { return u"The file could not be read."_s; });
    QVERIFY(bar->isVisible());
    bar->setMessage({});
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->message().isEmpty());
}

void TestNoticeBar::showsTheMessageToTheEyeAndToScreenReaders()
{
    QWidget window;
    auto *bar = new NoticeBar(&window);
    window.show();
    const QString message = u"Your organisation's services could not be loaded."_s;
    bar->setMessage([message] { return message; });
    QCOMPARE(bar->message(), message);
    auto *label = bar->findChild<QLabel *>(u"noticeLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), message);
    QVERIFY(label->isVisible());
    QVERIFY(label->wordWrap());
    QCOMPARE(bar->accessibleName(), u"Notice"_s);
    QCOMPARE(bar->accessibleDescription(), message);
    // The Dismiss button, which Tab reaches, says what it dismisses.
    QPushButton *dismiss = bar->dismissButton();
    QCOMPARE(dismiss->objectName(), u"dismissNoticePushButton"_s);
    QCOMPARE(dismiss->accessibleName(), u"Dismiss the notice"_s);
    QCOMPARE(dismiss->accessibleDescription(), message);
    QVERIFY(dismiss->focusPolicy() & Qt::TabFocus);
}

void TestNoticeBar::dismissHidesItAndSaysSo()
{
    QWidget window;
    auto *bar = new NoticeBar(&window);
    window.show();
    bar->setMessage([] { return u"Problem"_s; });
    QSignalSpy dismissed(bar, &NoticeBar::dismissed);
    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(dismissed.size(), 1);
    // From the keyboard too.
    bar->setMessage([] { return u"Problem"_s; });
    bar->dismissButton()->setFocus();
    QTest::keyClick(bar->dismissButton(), Qt::Key_Space);
    QVERIFY(!bar->isVisible());
    QCOMPARE(dismissed.size(), 2);
}

void TestNoticeBar::makesTheMessageAgainWhenTheLanguageChanges()
{
    QWidget window;
    auto *bar = new NoticeBar(&window);
    window.show();
    int made = 0;
    bar->setMessage([&made] {
        ++made;
        return made == 1 ? u"Le fichier est illisible."_s : u"The file cannot be read."_s;
    });
    QCOMPARE(bar->message(), u"Le fichier est illisible."_s);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(bar, &change);
    QCOMPARE(made, 2);
    QCOMPARE(bar->message(), u"The file cannot be read."_s);
    QCOMPARE(bar->dismissButton()->accessibleDescription(), u"The file cannot be read."_s);
}

void TestNoticeBar::neverTakesTheFocus()
{
    QWidget window;
    auto *field = new QPushButton(u"Other"_s, &window);
    auto *bar = new NoticeBar(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    bar->setMessage([] { return u"Problem"_s; });
    QCOMPARE(QApplication::focusWidget(), field);
}

QTEST_MAIN(TestNoticeBar)
#include "tst_noticebar.moc"
