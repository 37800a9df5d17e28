// The window under the organisation's policy and provisioning file (docs/deployment.md). Apart
// from tst_mainwindow so that the window's general tests keep their own fixture.

#include "core/policy/policy.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "models/timesource.h"
#include "store/servicedirectory.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/serviceeditordialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "windowfixture.h"

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// The window as the application builds it (app/main.cpp), with the directory's options and
// the policy's settings given by the test.
struct PolicyWindow : WindowFixture
{
    PolicyWindow(const QString &dataDirectory,
                 const std::function<void(ServiceDirectory::Options &)> &configure)
        : WindowFixture(dataDirectory, u"policy-window-test"_s, configure)
    {}

    // The Call and Send SMS buttons of the selected service's contacts.
    QList<QPushButton *> actionButtons() const
    {
        QList<QPushButton *> buttons;
        const auto all = window->findChildren<QPushButton *>(u"contactActionPushButton"_s);
        for (QPushButton *button : all) {
            if (button->isVisibleTo(window.get()))
                buttons.append(button);
        }
        return buttons;
    }

    QStringList idsInOrder() const
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(ServiceIdRole).toString());
        return ids;
    }
};

QByteArray exampleProvisioningFile()
{
    QFile file(QFINDTESTDATA("../../packaging/examples/organisation.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("packaging/examples/organisation.json cannot be read");
    return file.readAll();
}

} // namespace

class TestMainWindowPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callActionDisabledLeavesNoCallOrSmsButton();
    void lockedLanguageCannotBeChangedAndSaysWhy();
    void categoriesLimitTheListAndTheFilter();
    void ownServicesNotAllowedDisableTheServicesActions();
    void organisationsPinnedLineComesBeforeFavourites();
    void onlyTheOrganisationsServicesWhenTheBundledDirectoryIsHidden();
    void aBrokenProvisioningFileShowsTheDirectoryAndANotice();

private:
    QString writeProvisioning(const QByteArray &content) const;
    std::unique_ptr<PolicyWindow> makeWindow(
            const std::function<void(ServiceDirectory::Options &)> &configure = {});

    std::unique_ptr<QTemporaryDir> m_data;
};

void TestMainWindowPolicy::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void TestMainWindowPolicy::cleanup()
{
    m_data.reset();
}

QString TestMainWindowPolicy::writeProvisioning(const QByteArray &content) const
{
    const QString path = m_data->filePath(u"directory.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("Cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

std::unique_ptr<PolicyWindow> TestMainWindowPolicy::makeWindow(
        const std::function<void(ServiceDirectory::Options &)> &configure)
{
    return std::make_unique<PolicyWindow>(
            m_data->path(), configure ? configure : [](ServiceDirectory::Options &) {});
}

void TestMainWindowPolicy::callActionDisabledLeavesNoCallOrSmsButton()
{
    auto fixture = makeWindow();
    fixture->show();
    // Allowed by default: the ministry line has its Call button.
    fixture->window->selectService(u"mtes-agents"_s);
    QCOMPARE(fixture->actionButtons().size(), 1);

    fixture->window->setCallActionsEnabled(false);
    QVERIFY(fixture->actionButtons().isEmpty());
    // The number can still be copied.
    auto *copy = fixture->child<QPushButton>(u"copyPushButton"_s);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"0800400339"_s);

    // 114 by text message: no Send SMS; its web page can still be opened.
    fixture->window->selectService(u"114"_s);
    const QList<QPushButton *> buttons = fixture->actionButtons();
    QCOMPARE(buttons.size(), 1);
    QVERIFY2(!buttons.first()->accessibleName().contains(u"text message"_s),
             qPrintable(buttons.first()->accessibleName()));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(fixture->openedUrls.size(), 1);
    QCOMPARE(fixture->openedUrls.first().scheme(), u"https"_s);
}

void TestMainWindowPolicy::lockedLanguageCannotBeChangedAndSaysWhy()
{
    auto fixture = makeWindow();
    fixture->window->setLanguage(Language::French);
    fixture->window->setLanguageLocked(true);
    fixture->show();
    auto *english = fixture->child<QAction>(u"englishAction"_s);
    auto *french = fixture->child<QAction>(u"frenchAction"_s);
    QVERIFY(english && french);
    QVERIFY(!english->isEnabled());
    QVERIFY(!french->isEnabled());
    QVERIFY(french->isChecked());
    QCOMPARE(english->toolTip(), u"Set by your organisation"_s);
    QCOMPARE(english->statusTip(), u"Set by your organisation"_s);

    fixture->window->changeLanguage(Language::English);
    QCOMPARE(fixture->window->language(), Language::French);
    QVERIFY(french->isChecked());
    QVERIFY(!fixture->directory.preference(u"language"_s));
    QCOMPARE(fixture->window->statusBar()->currentMessage(),
             u"The language is set by your organisation."_s);
}

void TestMainWindowPolicy::categoriesLimitTheListAndTheFilter()
{
    const QList<ServiceCategory> categories{ServiceCategory::SuicidePrevention,
                                            ServiceCategory::DeafAccess};
    // One of the user's own services, of a category the policy does not list.
    {
        auto first = makeWindow();
        Service therapist;
        therapist.name = {u"Dr Élise Martin"_s, {}};
        therapist.category = ServiceCategory::PsychologicalSupport;
        therapist.contacts = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {}, {}, {}}};
        therapist.timeZone = u"Europe/Paris"_s;
        therapist.holidays = u"FR"_s;
        QVERIFY(first->directory.saveOwnService(therapist).succeeded());
    }
    auto fixture = makeWindow(
            [&](ServiceDirectory::Options &options) { options.categories = categories; });
    QAbstractItemModelTester tester(&fixture->proxy);
    fixture->window->setCategoryChoices(categories);
    fixture->show();

    QStringList ids = fixture->idsInOrder();
    ids.sort();
    QCOMPARE(ids, (QStringList{u"114"_s, u"3114"_s, u"own-dr-elise-martin"_s,
                               u"relais-telephonique"_s, u"suicide-ecoute"_s}));
    auto *combo = fixture->child<QComboBox>(u"categoryComboBox"_s);
    QStringList offered;
    for (int i = 1; i < combo->count(); ++i)
        offered.append(combo->itemText(i));
    QCOMPARE(offered, (QStringList{u"Suicide prevention"_s, u"Psychological support"_s,
                                   u"Deaf and hard of hearing"_s}));
    combo->setCurrentIndex(combo->findText(u"Psychological support"_s));
    QCOMPARE(fixture->idsInOrder(), QStringList{u"own-dr-elise-martin"_s});
}

void TestMainWindowPolicy::ownServicesNotAllowedDisableTheServicesActions()
{
    auto fixture = makeWindow(
            [](ServiceDirectory::Options &options) { options.allowOwnEntries = false; });
    fixture->window->setOwnEntriesAllowed(false);
    fixture->show();
    auto *add = fixture->child<QAction>(u"addServiceAction"_s);
    QVERIFY(add);
    QVERIFY(!add->isEnabled());
    QCOMPARE(add->toolTip(), u"Set by your organisation"_s);
    fixture->window->addService();
    QVERIFY(!fixture->window->serviceEditor());
    QCOMPARE(fixture->window->statusBar()->currentMessage(),
             u"Your organisation does not allow services of your own."_s);
    // Still so after the interface is translated again.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(fixture->window.get(), &change);
    QCOMPARE(add->toolTip(), u"Set by your organisation"_s);
    QVERIFY(!add->isEnabled());
}

void TestMainWindowPolicy::organisationsPinnedLineComesBeforeFavourites()
{
    const QString file = writeProvisioning(exampleProvisioningFile());
    {
        auto first = makeWindow();
        QVERIFY(!first->directory.setFavourite(u"3114"_s, true));
    }
    auto fixture = makeWindow(
            [&](ServiceDirectory::Options &options) { options.provisioningFile = file; });
    fixture->show();
    const QStringList ids = fixture->idsInOrder();
    QCOMPARE(ids.value(0), u"mtes-agents"_s);
    QCOMPARE(ids.value(1), u"3114"_s);
    QVERIFY(!ids.contains(u"sps-soignants"_s));
    const QModelIndex pinned = fixture->proxy.index(0, 0);
    QCOMPARE(pinned.data(OriginTextRole).toString(), u"From your organisation"_s);
    QVERIFY(pinned.data(Qt::AccessibleTextRole).toString().contains(u"from your organisation"_s));
    QVERIFY(fixture->proxy.index(1, 0).data(OriginTextRole).toString().isEmpty());
    auto *notice = fixture->child<NoticeBar>(u"noticeBar"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
}

void TestMainWindowPolicy::onlyTheOrganisationsServicesWhenTheBundledDirectoryIsHidden()
{
    const QString file = writeProvisioning(exampleProvisioningFile());
    auto fixture = makeWindow([&](ServiceDirectory::Options &options) {
        options.provisioningFile = file;
        options.hideBundledDirectory = true;
    });
    fixture->show();
    QCOMPARE(fixture->idsInOrder(), QStringList{u"mtes-agents"_s});
    // The emergency numbers stay.
    QVERIFY(!fixture->directory.emergencyNumbers().isEmpty());
}

void TestMainWindowPolicy::aBrokenProvisioningFileShowsTheDirectoryAndANotice()
{
    const QString file = writeProvisioning(R"({"format": 1, "services": [)");
    auto fixture = makeWindow([&](ServiceDirectory::Options &options) {
        options.provisioningFile = file;
        options.hideBundledDirectory = true;
    });
    const ServiceDirectory::LoadResult loaded = fixture->loaded;
    fixture->show();
    QVERIFY(fixture->idsInOrder().contains(u"sps-soignants"_s));
    QVERIFY(fixture->idsInOrder().size() >= 15);
    // As app/main.cpp does.
    fixture->window->setNotice([loaded] { return loaded.provisioningWarning(); });
    auto *notice = fixture->child<NoticeBar>(u"noticeBar"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->message().contains(u"helplines-cli check "_s + file),
             qPrintable(notice->message()));
    // Said once in the status bar, for assistive technologies; then it stays until dismissed.
    QCOMPARE(fixture->window->statusBar()->currentMessage(), notice->message());
    QTest::mouseClick(notice->dismissButton(), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(TestMainWindowPolicy)
#include "tst_mainwindowpolicy.moc"
