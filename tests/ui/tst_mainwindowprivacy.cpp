// Privacy on a shared or watched computer (DESIGN §1, issue 9): a session of searching,
// copying and reading details writes nothing of it to disk; Escape twice hides the window at
// once; Clear My Data erases favourites, own services and settings after a confirmation.
// The window runs offscreen with a home, settings, cache and data folders of the test's own,
// which are scanned byte by byte afterwards.

#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/timesource.h"
#include "store/servicedirectory.h"
#include "store/userdatabackup.h"
#include "ui/mainwindow.h"
#include "ui/servicedetailspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "windowfixture.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// Set up by main() before the application reads any of it.
QTemporaryDir *root = nullptr;

// A name someone might look for, that is nowhere in the directory.
const QString probeSearch = u"Marie-Claire Dupuis"_s;
// A number search: it finds the ministry's line, stored as "0 800 400 339".
const QString numberSearch = u"0800 400"_s;
// What Ctrl+C puts on the clipboard for that line.
const QString copiedNumber = u"0800400339"_s;

struct Window : WindowFixture
{
    explicit Window(const QString &dataDirectory, ServiceStore::Faults faults = {})
        : WindowFixture(dataDirectory, u"privacy"_s,
                        [&](ServiceDirectory::Options &options) { options.storeFaults = faults; })
    {
        window->setConfirmation([this](const QString &title, const QString &question) {
            questions.append(title + u'\n' + question);
            return answer;
        });
        show();
    }

    QLineEdit *search() const { return child<QLineEdit>(u"searchLineEdit"_s); }
    QListView *list() const { return child<QListView>(u"serviceListView"_s); }

    bool answer = false;
    QStringList questions;
};

// The forms a text takes in a file: UTF-8, UTF-16 either way (QDataStream, SQLite's UTF-16),
// and, for numbers, the digits alone.
QList<QByteArray> formsOf(const QString &text)
{
    QList<QByteArray> forms{text.toUtf8(), text.toLower().toUtf8()};
    for (const QString &variant : {text, text.toLower()}) {
        QByteArray little;
        QByteArray big;
        for (const QChar c : variant) {
            little.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        }
        forms << little << big;
    }
    return forms;
}

// Every file under the folder that holds one of the texts, with which.
QStringList filesHolding(const QString &folder, const QStringList &texts)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &text : texts) {
            const QList<QByteArray> forms = formsOf(text);
            for (const QByteArray &form : forms) {
                if (bytes.contains(form)) {
                    found.append(path + u": "_s + text);
                    break;
                }
            }
        }
    }
    return found;
}

} // namespace

class TestMainWindowPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSessionWritesNothingOfWhatWasSearchedCopiedOrViewed();
    void escapeTwiceHidesTheWindowAndClearsWhatItShowed_data();
    void escapeTwiceHidesTheWindowAndClearsWhatItShowed();
    void escapeOnceStillOnlyClearsTheSearch();
    void theViewMenuHidesTheWindowToo();
    void aSecondLaunchBringsTheWindowBack();
    void clearMyDataAsksFirstAndErasesNothingWhenRefused();
    void clearMyDataErasesFavouritesOwnServicesSettingsAndBackups();
    void aFavouriteWhoseBackupFailsSaysSo();

private:
    QString dataDirectory() const { return root->filePath(u"data"_s); }
    std::unique_ptr<Window> m_window;
};

void TestMainWindowPrivacy::init()
{
    QDir(dataDirectory()).removeRecursively();
    m_window = std::make_unique<Window>(dataDirectory());
    QVERIFY(QTest::qWaitForWindowExposed(m_window->window.get()));
}

void TestMainWindowPrivacy::cleanup()
{
    m_window.reset();
}

void TestMainWindowPrivacy::aSessionWritesNothingOfWhatWasSearchedCopiedOrViewed()
{
    const QStringList secrets{probeSearch, numberSearch, copiedNumber};
    // The texts are nowhere to begin with (else the scan below would prove nothing): not in
    // the directory cache, not in any file of the home folder.
    QCOMPARE(filesHolding(root->path(), secrets), QStringList());

    // The session: a search with no result, a number search, the line's details, its number
    // copied from the list and from the details.
    Window &w = *m_window;
    QTest::keyClicks(w.search(), probeSearch);
    QCOMPARE(w.proxy.rowCount(), 0);
    w.search()->clear();
    QTest::keyClicks(w.search(), numberSearch);
    QVERIFY(w.proxy.rowCount() >= 1);
    QTest::keyClick(w.search(), Qt::Key_Down);
    QTest::keyClick(w.list(), Qt::Key_Return);
    QVERIFY(w.window->currentService());
    QCOMPARE(w.window->currentService()->id, u"mtes-agents"_s);
    w.list()->setFocus();
    QTest::keySequence(w.list(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), copiedNumber);
    // Filters are preferences: they may be remembered; the search is not.
    w.child<QComboBox>(u"channelComboBox"_s)->setCurrentIndex(1);
    // Closing saves the window's settings; the database closes.
    w.window->close();
    m_window.reset();

    const QStringList leaks = filesHolding(root->path(), secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

    // The database holds the directory cache and the user's data, and nothing else; the
    // preferences are the window's settings only.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scan"_s);
        db.setDatabaseName(root->filePath(u"data/helplines.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        QCOMPARE(tables, (QStringList{u"emergency_number"_s, u"favourite"_s, u"meta"_s,
                                      u"own_service"_s, u"preference"_s, u"service"_s}));
        QVERIFY(query.exec(u"SELECT key FROM preference ORDER BY key"_s));
        QStringList keys;
        while (query.next())
            keys.append(query.value(0).toString());
        const QStringList allowed{u"filter/category"_s, u"filter/channel"_s, u"filter/openNow"_s,
                                  u"filter/scope"_s,    u"language"_s,       u"window/geometry"_s,
                                  u"window/splitter"_s};
        for (const QString &key : std::as_const(keys))
            QVERIFY2(allowed.contains(key), qPrintable(key));
        QVERIFY(keys.contains(u"filter/channel"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM favourite"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"SELECT key FROM meta"_s));
        while (query.next())
            QVERIFY(query.value(0).toString().startsWith(u"directory."_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"scan"_s);
    // No settings file of Qt's, no cache, nothing outside the data folder.
    QDirIterator it(root->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(path.startsWith(dataDirectory() + u'/'), qPrintable(path));
    }
}

void TestMainWindowPrivacy::escapeTwiceHidesTheWindowAndClearsWhatItShowed_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("search field") << u"searchLineEdit"_s;
    QTest::newRow("list") << u"serviceListView"_s;
    QTest::newRow("a filter") << u"categoryComboBox"_s;
}

void TestMainWindowPrivacy::escapeTwiceHidesTheWindowAndClearsWhatItShowed()
{
    QFETCH(QString, from);
    Window &w = *m_window;
    QTest::keyClicks(w.search(), numberSearch);
    QTest::keyClick(w.search(), Qt::Key_Down);
    QVERIFY(w.window->currentService());
    QWidget *focus = w.child<QWidget>(from);
    QVERIFY(focus);
    focus->setFocus();
    QVERIFY(!w.window->isMinimized());

    QTest::keyClick(focus, Qt::Key_Escape);
    QVERIFY(!w.window->isMinimized());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(w.window->isMinimized());
    QVERIFY(w.search()->text().isEmpty());
    QVERIFY(!w.window->currentService());
    QVERIFY(!w.list()->selectionModel()->hasSelection());
    QVERIFY(!w.child<ServiceDetailsPane>(QString())->service());
    QVERIFY(w.window->statusBar()->currentMessage().isEmpty());
}

void TestMainWindowPrivacy::escapeOnceStillOnlyClearsTheSearch()
{
    Window &w = *m_window;
    QTest::keyClicks(w.search(), numberSearch);
    QTest::keyClick(w.search(), Qt::Key_Escape);
    QVERIFY(w.search()->text().isEmpty());
    QVERIFY(!w.window->isMinimized());
    // A second Escape after the pause starts a new pair: still shown.
    QTest::qWait(MainWindow::quickHideInterval() + 150);
    QTest::keyClick(w.search(), Qt::Key_Escape);
    QVERIFY(!w.window->isMinimized());
}

void TestMainWindowPrivacy::theViewMenuHidesTheWindowToo()
{
    Window &w = *m_window;
    QTest::keyClicks(w.search(), numberSearch);
    auto *action = w.child<QAction>(u"hideWindowAction"_s);
    QVERIFY(action);
    QVERIFY(action->text().contains(u"Escape twice"_s));
    action->trigger();
    QVERIFY(w.window->isMinimized());
    QVERIFY(w.search()->text().isEmpty());
}

void TestMainWindowPrivacy::aSecondLaunchBringsTheWindowBack()
{
    Window &w = *m_window;
    w.window->quickHide();
    QVERIFY(w.window->isMinimized());
    w.window->raiseFromAnotherLaunch();
    QVERIFY(!w.window->isMinimized());
    QVERIFY(w.window->isVisible());
}

void TestMainWindowPrivacy::clearMyDataAsksFirstAndErasesNothingWhenRefused()
{
    Window &w = *m_window;
    w.model.setFavourite(u"3114"_s, true);
    auto *action = w.child<QAction>(u"clearDataAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    w.answer = false;
    action->trigger();
    QCOMPARE(w.questions.size(), 1);
    // The question names what goes.
    for (const QString &what : {u"favourites"_s, u"services you added"_s, u"settings"_s})
        QVERIFY2(w.questions.first().contains(what), qPrintable(w.questions.first()));
    QVERIFY(w.directory.favourites().contains(u"3114"_s));
    QVERIFY(w.model.favourites().contains(u"3114"_s));
}

void TestMainWindowPrivacy::clearMyDataErasesFavouritesOwnServicesSettingsAndBackups()
{
    Window &w = *m_window;
    Service own;
    own.name = {u"Dr Élise Martin"_s, {}};
    own.category = ServiceCategory::PsychologicalSupport;
    own.contacts = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {}, {}, {}}};
    own.hours = u"Mo-Fr 09:00-18:00"_s;
    own.timeZone = u"Europe/Paris"_s;
    own.holidays = u"FR"_s;
    const ServiceDirectory::OwnServiceResult saved = w.directory.saveOwnService(own);
    QVERIFY(saved.succeeded());
    w.model.setServices(w.directory.services());
    w.model.setFavourite(u"3114"_s, true);
    QVERIFY(!w.directory.setPreference(u"language"_s, "fr"));
    const QString backups = UserDataBackup::folderFor(w.directory.databaseFile());
    QVERIFY(QFileInfo::exists(backups));
    w.child<QComboBox>(u"channelComboBox"_s)->setCurrentIndex(2);

    w.answer = true;
    w.child<QAction>(u"clearDataAction"_s)->trigger();
    QCOMPARE(w.questions.size(), 1);
    QVERIFY(w.directory.favourites().isEmpty());
    QVERIFY(w.model.favourites().isEmpty());
    QCOMPARE(w.model.rowOf(saved.service->id), -1);
    QVERIFY(!w.directory.preference(u"language"_s));
    QVERIFY(!QFileInfo::exists(backups));
    QCOMPARE(w.child<QComboBox>(u"channelComboBox"_s)->currentIndex(), 0);
    QVERIFY(w.window->statusBar()->currentMessage().contains(u"erased"_s));

    // Closing does not write the window's settings back.
    w.window->close();
    QVERIFY(!w.directory.preference(u"window/geometry"_s));
    QVERIFY(!QFileInfo::exists(backups));
}

void TestMainWindowPrivacy::aFavouriteWhoseBackupFailsSaysSo()
{
    m_window.reset();
    ServiceStore::Faults faults;
    faults.diskFull = true;
    m_window = std::make_unique<Window>(dataDirectory(), faults);
    Window &w = *m_window;
    w.model.setFavourite(u"3114"_s, true);
    // Saved in the database's free pages; the backup, on the "full" disk, not.
    QVERIFY(w.directory.favourites().contains(u"3114"_s));
    const QString message = w.window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"backup of your data could not be written"_s), qPrintable(message));
    QVERIFY(message.contains(u"the disk is full"_s));
}

int main(int argc, char *argv[])
{
    // A home of the test's own: Qt's settings, caches and data locations all under it.
    QTemporaryDir home;
    root = &home;
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    qputenv("HOME", QFile::encodeName(home.path()));
    QApplication application(argc, argv);
    TestMainWindowPrivacy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowprivacy.moc"
