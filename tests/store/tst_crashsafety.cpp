// kill -9 during writes loses nothing committed (DESIGN §9, issue 9). The test runs itself
// again as a child ("--child <folder> <first>") that saves user data in a loop through
// ServiceStore (a favourite, the preference "counter" and, every fifth write, an own entry)
// and prints each write's number, flushed, once it is committed and backed up. The parent
// kills the child with SIGKILL at a random moment, then opens the database and checks that
// it is sound and holds every write the child said was committed, and that the newest backup
// is whole and holds them too. Thirty times over the same file.

#include "store/servicestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

constexpr int iterations = 30;

Service ownEntry(qint64 n)
{
    Service service;
    service.id = u"own-entry-%1"_s.arg(n);
    service.name = {u"Entrée %1"_s.arg(n), {}};
    service.category = ServiceCategory::PsychologicalSupport;
    service.scope = ServiceScope::Personal;
    service.contacts
            = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {u"Cabinet"_s, {}}, {}, {}}};
    service.hours = u"Mo-Fr 09:00-18:00"_s;
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;
    service.verified = QDate(2026, 11, 23);
    return service;
}

// The child: writes until it is killed.
int runChild(const QString &folder, qint64 first)
{
    ServiceStore store(u"child"_s);
    if (const StoreError error = store.open(folder + u"/helplines.sqlite"_s)) {
        std::fprintf(stderr, "child: cannot open: %s\n", qPrintable(error.detail()));
        return 3;
    }
    for (qint64 n = first;; ++n) {
        StoreError error = store.setFavourite(u"service-%1"_s.arg(n), true);
        if (!error)
            error = store.setPreference(u"counter"_s, QByteArray::number(n));
        if (!error && n % 5 == 0) {
            bool added = false;
            error = store.addOwnService(ownEntry(n), &added);
        }
        if (error) {
            std::fprintf(stderr, "child: write %lld failed: %s\n", static_cast<long long>(n),
                         qPrintable(error.detail()));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killingTheWriterLosesNothingCommitted();
};

void TestCrashSafety::killingTheWriterLosesNothingCommitted()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString file = data.filePath(u"helplines.sqlite"_s);
    // Fixed, so that a failure can be replayed.
    QRandomGenerator random(20261123);
    qint64 next = 0;
    qint64 totalCommitted = 0;
    // Kills that fell after a write committed and before its number was printed.
    int unreportedCommits = 0;
    // Kills that fell after at least one write of the child was reported.
    int killsDuringWrites = 0;

    for (int iteration = 0; iteration < iterations; ++iteration) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--child"_s, data.path(), QString::number(next)});
        QVERIFY(child.waitForStarted(10000));
        const bool duringWrites = iteration % 2 == 1;
        if (duringWrites) {
            // Once the child has committed a write and said so, at a random moment of the
            // writes that follow: however slow the machine (sanitizers, a loaded CI), the kill
            // falls among writes.
            QVERIFY2(child.waitForReadyRead(60000), "the child wrote nothing within a minute");
            QTest::qWait(int(random.bounded(0, 150)));
        } else {
            // From at once (during the open and its checks) to well into the loop.
            QTest::qWait(int(random.bounded(20, 400)));
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());

        // Only whole lines count: a number is printed after its write committed.
        QByteArray out = child.readAllStandardOutput();
        out.truncate(out.lastIndexOf('\n') + 1);
        const QList<QByteArray> lines = out.split('\n');
        qint64 last = next - 1;
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                last = line.toLongLong();
        }
        totalCommitted += last - next + 1;
        if (duringWrites) {
            QVERIFY2(last >= next, qPrintable(u"iteration %1: no write reported"_s.arg(iteration)));
            ++killsDuringWrites;
        }

        ServiceStore store(u"check"_s);
        const StoreError error = store.open(file);
        QVERIFY2(!error, qPrintable(error.detail()));
        {
            QSqlQuery integrity(QSqlDatabase::database(u"check"_s));
            QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), u"ok"_s);
        }
        const QSet<QString> favourites = store.favourites();
        if (favourites.contains(u"service-%1"_s.arg(last + 1)))
            ++unreportedCommits;
        const QStringList own = store.ownServiceIds();
        for (qint64 n = 0; n <= last; ++n) {
            QVERIFY2(favourites.contains(u"service-%1"_s.arg(n)),
                     qPrintable(u"iteration %1: write %2 lost"_s.arg(iteration).arg(n)));
            if (n % 5 == 0)
                QVERIFY(own.contains(ownEntry(n).id));
        }
        if (last >= 0) {
            QVERIFY(store.preference(u"counter"_s).value_or(QByteArray()).toLongLong() >= last);
            // Backed up before it was printed: the newest backup is whole and has it.
            const std::optional<UserDataBackup::Restored> backup = store.backup().newest();
            QVERIFY(backup);
            QCOMPARE(store.backup().files().first(), backup->file);
            QVERIFY(backup->data.favourites.contains(u"service-%1"_s.arg(last)));
        }
        // The write under way when the child died may have committed in part: the next child
        // does it again (every write can be repeated).
        next = last + 1;
    }
    qInfo("%d kills (%d among writes), %lld reported writes all found, %d kills after a commit "
          "and before its report",
          iterations, killsDuringWrites, static_cast<long long>(totalCommitted), unreportedCommits);
    QCOMPARE(killsDuringWrites, iterations / 2);
    QVERIFY(totalCommitted >= killsDuringWrites);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication application(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    QCoreApplication application(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
