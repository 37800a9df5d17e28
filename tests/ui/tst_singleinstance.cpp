// One window per user and data folder (DESIGN §6, issue 9): a second launch asks the first,
// over a local socket, to raise its window. The second launch runs in a thread of its own
// here, as it would in a process of its own, while the first answers from its event loop.

#include "ui/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

QString uniqueKey()
{
    return u"helplines-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondLaunchAsksTheFirstToRaiseItsWindow();
    void withNoWindowRunningNobodyAnswers();
    void aLaterLaunchDoesNotTakeTheSocketOfARunningOne();
    void replacesTheSocketLeftByACrashedInstance();
    void keysDifferPerDataFolder();
    void ignoresRequestsThatAreNotOurs();
};

void TestSingleInstance::aSecondLaunchAsksTheFirstToRaiseItsWindow()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    int raised = 0;
    connect(&first, &SingleInstance::raiseRequested, this, [&raised] { ++raised; });

    std::atomic<int> answered{-1};
    std::thread second([&key, &answered] {
        SingleInstance launch(key);
        answered = launch.askRunningInstanceToRaise(5000) ? 1 : 0;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered != -1, 10000);
    second.join();
    QCOMPARE(answered.load(), 1);
    QCOMPARE(raised, 1);
}

void TestSingleInstance::withNoWindowRunningNobodyAnswers()
{
    SingleInstance launch(uniqueKey());
    QVERIFY(!launch.askRunningInstanceToRaise(500));
}

void TestSingleInstance::aLaterLaunchDoesNotTakeTheSocketOfARunningOne()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    int raised = 0;
    connect(&first, &SingleInstance::raiseRequested, this, [&raised] { ++raised; });

    // Two launches at once: the later one finds the name taken, asks, and gets an answer.
    std::atomic<int> listened{-1};
    std::thread later([&key, &listened] {
        SingleInstance launch(key);
        listened = launch.listen() ? 1 : 0;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listened != -1, 10000);
    later.join();
    QCOMPARE(listened.load(), 0);
    QVERIFY(first.isListening());
    QCOMPARE(raised, 1);
}

void TestSingleInstance::replacesTheSocketLeftByACrashedInstance()
{
#ifdef Q_OS_WIN
    QSKIP("Named pipes disappear with their process");
#else
    const QString key = uniqueKey();
    // What a killed instance leaves: the socket's file, with nobody behind it.
    const QString path = QDir(QDir::tempPath()).filePath(key);
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance next(key);
    QVERIFY(next.listen());
    QVERIFY(next.isListening());
#endif
}

void TestSingleInstance::keysDifferPerDataFolder()
{
    const QString a = SingleInstance::keyFor(u"/home/alice/.local/share/helplines"_s);
    const QString b = SingleInstance::keyFor(u"/tmp/other-data"_s);
    QVERIFY(a != b);
    QCOMPARE(SingleInstance::keyFor(u"/tmp/other-data/../other-data"_s), b);
    QVERIFY(a.startsWith(u"helplines-"_s));
    // Short enough for a Unix socket path in any temporary folder.
    QVERIFY(a.size() <= 40);
}

void TestSingleInstance::ignoresRequestsThatAreNotOurs()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    int raised = 0;
    connect(&first, &SingleInstance::raiseRequested, this, [&raised] { ++raised; });
    std::atomic<bool> done{false};
    std::thread stranger([&key, &done] {
        QLocalSocket socket;
        socket.connectToServer(key);
        if (socket.waitForConnected(5000)) {
            socket.write("open /etc/passwd\n");
            socket.waitForBytesWritten(5000);
            socket.waitForDisconnected(5000);
        }
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    stranger.join();
    QCOMPARE(raised, 0);
    QVERIFY(first.isListening());
}

QTEST_GUILESS_MAIN(TestSingleInstance)

#include "tst_singleinstance.moc"
