#include "models/servicelistmodel.h"
#include "models/serviceroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

Service makeService(const QString &id, const LocalizedText &name, const QString &number,
                    ServiceCategory category = ServiceCategory::Listening)
{
    Service service;
    service.id = id;
    service.name = name;
    service.audience = {u"Tout le monde"_s, u"Everyone"_s};
    service.category = category;
    service.contacts = {Contact{ContactKind::Phone, number, {}, {}, {}}};
    return service;
}

QList<Service> someServices()
{
    Service french
            = makeService(u"sos-amitie"_s, {u"SOS Amitié"_s, u"SOS Amitié"_s}, u"09 72 39 40 50"_s);
    Service untranslated = makeService(u"local"_s, {u"Écoute locale"_s, {}}, u"05 34 39 33 47"_s);
    untranslated.audience = {u"Habitants"_s, {}};
    Service sms
            = makeService(u"114"_s, {u"114"_s, u"114"_s}, u"114"_s, ServiceCategory::DeafAccess);
    sms.contacts = {Contact{ContactKind::Sms, u"114"_s, {}, {}, {}}};
    sms.status = ServiceStatus::Unverified;
    return {makeService(u"3114"_s, {u"3114 Prévention du suicide"_s, u"3114 Suicide prevention"_s},
                        u"3114"_s, ServiceCategory::SuicidePrevention),
            french, untranslated, sms};
}

} // namespace

class TestServiceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exposesOneRowPerService();
    void givesTypedAndPresentationalRoles();
    void showsTheChosenLanguageAndMarksFallbacks();
    void changingTheLanguageUpdatesTranslatedRolesOnly();
    void favouriteChangesExactlyItsRowAndIsReported();
    void settingTheSameFavouriteAgainChangesNothing();
    void accessibleTextIsOneSentenceWithTheNumber();
    void accessibleTextSaysTheStateAsASentence_data();
    void accessibleTextSaysTheStateAsASentence();
    void accessibleDescriptionSaysWhatTheCardMarks();
    void reloadResetsButKeepsFavourites();

private:
    std::unique_ptr<ServiceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestServiceListModel::init()
{
    m_model = std::make_unique<ServiceListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setServices(someServices());
}

void TestServiceListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestServiceListModel::exposesOneRowPerService()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(u"sos-amitie"_s), 1);
    QCOMPARE(m_model->rowOf(u"nope"_s), -1);
    QCOMPARE(m_model->serviceAt(0).id, u"3114"_s);
}

void TestServiceListModel::givesTypedAndPresentationalRoles()
{
    const QModelIndex index = m_model->index(1);
    QCOMPARE(index.data(ServiceIdRole).toString(), u"sos-amitie"_s);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), u"SOS Amitié"_s);
    QCOMPARE(index.data(MainNumberRole).toString(), u"09 72 39 40 50"_s);
    QCOMPARE(index.data(DialableNumberRole).toString(), u"0972394050"_s);
    QCOMPARE(index.data(SubtitleRole).toString(), u"Everyone"_s);
    QCOMPARE(index.data(CategoryRole).toInt(), int(ServiceCategory::Listening));
    QCOMPARE(index.data(ChannelsRole).toInt(), int(PhoneChannel));
    QVERIFY(index.data(SearchTextRole).toString().contains(u"sos amitie"_s));
    QCOMPARE(index.data(SearchDigitsRole).toString(), u"0972394050"_s);
    QVERIFY(index.data(StatusTextRole).toString().isEmpty());

    const QModelIndex sms = m_model->index(3);
    QCOMPARE(sms.data(MainNumberKindRole).toInt(), int(ContactKind::Sms));
    QCOMPARE(sms.data(ChannelsRole).toInt(), int(SmsChannel));
    QCOMPARE(sms.data(StatusTextRole).toString(), u"Unverified information"_s);
}

void TestServiceListModel::showsTheChosenLanguageAndMarksFallbacks()
{
    m_model->setLanguage(Language::French);
    QCOMPARE(m_model->index(0).data(NameRole).toString(), u"3114 Prévention du suicide"_s);
    QVERIFY(!m_model->index(2).data(UntranslatedRole).toBool());

    m_model->setLanguage(Language::English);
    QCOMPARE(m_model->index(0).data(NameRole).toString(), u"3114 Suicide prevention"_s);
    // No English text: the French one is shown, and marked.
    QCOMPARE(m_model->index(2).data(NameRole).toString(), u"Écoute locale"_s);
    QCOMPARE(m_model->index(2).data(SubtitleRole).toString(), u"Habitants"_s);
    QVERIFY(m_model->index(2).data(UntranslatedRole).toBool());
    QCOMPARE(m_model->index(2).data(FallbackNoteRole).toString(), u"not translated"_s);
    QVERIFY(m_model->index(0).data(FallbackNoteRole).toString().isEmpty());
}

void TestServiceListModel::changingTheLanguageUpdatesTranslatedRolesOnly()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setLanguage(Language::French);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Qt::AccessibleTextRole));
    QVERIFY(!roles.contains(ServiceIdRole));
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 3);

    m_model->setLanguage(Language::French); // no change, no signal
    QCOMPARE(changed.count(), 1);
}

void TestServiceListModel::favouriteChangesExactlyItsRowAndIsReported()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy saved(m_model.get(), &ServiceListModel::favouriteChanged);
    QVERIFY(m_model->setData(m_model->index(2), true, FavouriteRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 2);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(FavouriteRole));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(0).toString(), u"local"_s);
    QCOMPARE(saved.first().at(1).toBool(), true);
    QVERIFY(m_model->index(2).data(FavouriteRole).toBool());
    QCOMPARE(m_model->favourites(), QSet<QString>{u"local"_s});
}

void TestServiceListModel::settingTheSameFavouriteAgainChangesNothing()
{
    QVERIFY(m_model->setFavourite(u"3114"_s, true));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy saved(m_model.get(), &ServiceListModel::favouriteChanged);
    QVERIFY(m_model->setFavourite(u"3114"_s, true));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_model->setFavourite(u"unknown-id"_s, true));
    // Only FavouriteRole is editable.
    QVERIFY(!m_model->setData(m_model->index(0), u"x"_s, Qt::DisplayRole));
}

void TestServiceListModel::accessibleTextIsOneSentenceWithTheNumber()
{
    const QString text = m_model->index(1).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.startsWith(u"SOS Amitié"_s), qPrintable(text));
    QVERIFY2(text.contains(u"09 72 39 40 50"_s), qPrintable(text));
    QVERIFY(!text.contains(u'\n'));
    const QString sms = m_model->index(3).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(sms.contains(u"text message to 114"_s), qPrintable(sms));
    QVERIFY2(sms.contains(u"Unverified information"_s), qPrintable(sms));
    const QString description = m_model->index(1).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(description.contains(u"Everyone"_s), qPrintable(description));
    QVERIFY2(description.contains(u"Cost not known"_s), qPrintable(description));
}

void TestServiceListModel::accessibleTextSaysTheStateAsASentence_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QDate>("verified");
    QTest::addColumn<QString>("sentence");
    // Monday 12 January 2026, 10:00 in Paris.
    QTest::newRow("open round the clock")
            << u"24/7"_s << QDate(2025, 12, 1)
            << u"SOS Amitié, Open now, 24 hours a day, 09 72 39 40 50"_s;
    QTest::newRow("open until a time") << u"Mo-Fr 09:00-18:00"_s << QDate(2025, 12, 1)
                                       << u"SOS Amitié, Open now, until 18:00, 09 72 39 40 50"_s;
    QTest::newRow("closed, opens later") << u"Mo-Fr 14:00-18:00"_s << QDate(2025, 12, 1)
                                         << u"SOS Amitié, Closed, opens at 14:00, 09 72 39 40 50"_s;
    QTest::newRow("hours unknown")
            << QString() << QDate(2025, 12, 1) << u"SOS Amitié, Hours unknown, 09 72 39 40 50"_s;
    QTest::newRow("checked long ago, as the card says")
            << u"24/7"_s << QDate(2024, 3, 1)
            << u"SOS Amitié, Open now, 24 hours a day, Last checked March 2024, "
               u"09 72 39 40 50"_s;
}

void TestServiceListModel::accessibleTextSaysTheStateAsASentence()
{
    QFETCH(QString, hours);
    QFETCH(QDate, verified);
    QFETCH(QString, sentence);
    Service service
            = makeService(u"sos-amitie"_s, {u"SOS Amitié"_s, u"SOS Amitié"_s}, u"09 72 39 40 50"_s);
    service.hours = hours;
    service.verified = verified;
    m_model->setServices({service});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T10:00:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), true);
    QCOMPARE(m_model->index(0).data(Qt::AccessibleTextRole).toString(), sentence);
    // Screen readers hear of it when it changes.
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.last().at(2).value<QList<int>>().contains(Qt::AccessibleTextRole));
}

void TestServiceListModel::accessibleDescriptionSaysWhatTheCardMarks()
{
    // Audience, category and cost; and "not translated" when the card says so.
    const QString translated = m_model->index(0).data(Qt::AccessibleDescriptionRole).toString();
    QCOMPARE(translated, u"Everyone. Suicide prevention. Cost not known"_s);
    const QString untranslated = m_model->index(2).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY(m_model->index(2).data(UntranslatedRole).toBool());
    QVERIFY2(untranslated.startsWith(u"Habitants. "_s), qPrintable(untranslated));
    QVERIFY2(untranslated.endsWith(u". Not translated"_s), qPrintable(untranslated));
}

void TestServiceListModel::reloadResetsButKeepsFavourites()
{
    QVERIFY(m_model->setFavourite(u"114"_s, true));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QList<Service> services = someServices();
    services.removeFirst();
    m_model->setServices(services);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->index(m_model->rowOf(u"114"_s)).data(FavouriteRole).toBool());
}

QTEST_GUILESS_MAIN(TestServiceListModel)
#include "tst_servicelistmodel.moc"
