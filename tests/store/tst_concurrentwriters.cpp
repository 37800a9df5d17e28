// Two or more instances at once (issue 9): the window and a second window, or the window and
// helplines-cli, writing the same user data. The test runs itself as three writer processes
// ("--writer <folder> <name> <count>"), started together on a folder with no database yet,
// so that they also create and migrate it at the same moment. Each loads the directory as
// the window does, then adds favourites of its own, changes a shared preference and adds own
// entries with the same name as the others. Afterwards the database must be sound and hold
// every write of every writer: no corruption, no lost write, no entry overwritten.

#include "store/servicedirectory.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

constexpr int writers = 3;
constexpr int writesEach = 60;

ServiceDirectory::Options optionsFor(const QString &folder, const QString &name)
{
    ServiceDirectory::Options options;
    options.dataDirectory = folder;
    options.today = QDate(2026, 11, 23);
    options.connectionName = name;
    return options;
}

Service sharedName()
{
    Service service;
    service.name = {u"Cabinet partagé"_s, {}};
    service.category = ServiceCategory::PsychologicalSupport;
    service.contacts = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {}, {}, {}}};
    service.hours = u"Mo-Fr 09:00-18:00"_s;
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;
    return service;
}

int runWriter(const QString &folder, const QString &name, int count)
{
    ServiceDirectory directory(optionsFor(folder, name));
    const ServiceDirectory::LoadResult loaded = directory.load();
    if (!loaded.loaded || loaded.storeError) {
        std::fprintf(stderr, "%s: load: %s\n", qPrintable(name),
                     qPrintable(loaded.storeError.detail()));
        return 3;
    }
    for (int i = 0; i < count; ++i) {
        StoreError error = directory.setFavourite(u"%1-%2"_s.arg(name).arg(i), true);
        if (!error)
            error = directory.setPreference(u"window/geometry"_s, name.toUtf8());
        if (!error && i % 10 == 0)
            error = directory.saveOwnService(sharedName()).storeError;
        if (error) {
            std::fprintf(stderr, "%s: write %d: %s\n", qPrintable(name), i,
                         qPrintable(error.detail()));
            return 4;
        }
    }
    return 0;
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writersAtOnceLoseNothingAndCorruptNothing();
};

void TestConcurrentWriters::writersAtOnceLoseNothingAndCorruptNothing()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->start(
                QCoreApplication::applicationFilePath(),
                {u"--writer"_s, data.path(), u"writer%1"_s.arg(w), QString::number(writesEach)});
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        const QByteArray errors = process->readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }

    ServiceDirectory directory(optionsFor(data.path(), u"check"_s));
    const ServiceDirectory::LoadResult loaded = directory.load();
    QVERIFY(!loaded.storeError);
    QVERIFY(loaded.storeWarning().isEmpty());
    {
        QSqlQuery integrity(QSqlDatabase::database(u"check"_s));
        QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    }
    const QSet<QString> favourites = directory.favourites();
    QCOMPARE(favourites.size(), writers * writesEach);
    for (int w = 0; w < writers; ++w) {
        for (int i = 0; i < writesEach; ++i)
            QVERIFY(favourites.contains(u"writer%1-%2"_s.arg(w).arg(i)));
    }
    // Every own entry kept, none overwritten by another writer's with the same name.
    QStringList own;
    for (const Service &service : directory.services()) {
        if (directory.isOwnService(service.id))
            own.append(service.id);
    }
    QCOMPARE(own.size(), writers * writesEach / 10);
    own.removeDuplicates();
    QCOMPARE(own.size(), writers * writesEach / 10);
    const QByteArray geometry = directory.preference(u"window/geometry"_s).value_or(QByteArray());
    QVERIFY(geometry.startsWith("writer"));
}

int main(int argc, char *argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--writer") == 0) {
        QCoreApplication application(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                         QByteArray(argv[4]).toInt());
    }
    QCoreApplication application(argc, argv);
    TestConcurrentWriters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrentwriters.moc"
