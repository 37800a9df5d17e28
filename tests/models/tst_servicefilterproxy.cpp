#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

Service makeService(const QString &id, const QString &name, const QString &number,
                    ServiceCategory category)
{
    Service service;
    service.id = id;
    service.name = {name, name};
    service.category = category;
    service.contacts = {Contact{ContactKind::Phone, number, {}, {}, {}}};
    return service;
}

} // namespace

class TestServiceFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sortsByNameWithFrenchCollation();
    void sortsFavouritesFirst();
    void sortsPinnedBeforeFavourites();
    void searches_data();
    void searches();
    void filtersByCategory();
    void combinesSearchAndCategory();
    void resortsWhenTheLanguageChangesNames();
    void sortsOpenServicesBeforeClosedOnes();
    void keepsTheOpenCountAsRowsComeAndGo();
    void keepsTheOrderOfOneComparisonAfterManyKeystrokes();
    void filtersThousandsOfServicesAsAFew();

private:
    QStringList visibleIds() const;
    int countOpenRows() const;
    void setHours(const QStringList &hoursById);

    std::unique_ptr<ServiceListModel> m_model;
    std::unique_ptr<ServiceFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestServiceFilterProxy::init()
{
    m_model = std::make_unique<ServiceListModel>();
    m_model->setLanguage(Language::French);
    m_proxy = std::make_unique<ServiceFilterProxy>();
    m_proxy->setSortLocale(QLocale(QLocale::French, QLocale::France));
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    Service ecoute = makeService(u"ecoute"_s, u"Écoute Étudiants"_s, u"01 45 39 40 00"_s,
                                 ServiceCategory::Listening);
    ecoute.description = {u"Une ligne pour les étudiants"_s, u"A line for students"_s};
    Service drogues = makeService(u"drogues"_s, u"Drogues Info Service"_s, u"0 800 23 13 13"_s,
                                  ServiceCategory::Addiction);
    drogues.organisation = {u"Santé publique France"_s, u"Santé publique France"_s};
    Service line10 = makeService(u"line10"_s, u"Ligne 10"_s, u"0 800 130 000"_s,
                                 ServiceCategory::Listening);
    Service line9
            = makeService(u"line9"_s, u"Ligne 9"_s, u"3114"_s, ServiceCategory::SuicidePrevention);
    line9.audience = {u"Personnes ayant des idées suicidaires"_s, u"People thinking of suicide"_s};
    m_model->setServices({line10, drogues, ecoute, line9,
                          makeService(u"alcool"_s, u"Alcool Info Service"_s, u"0 980 980 930"_s,
                                      ServiceCategory::Addiction)});
}

void TestServiceFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList TestServiceFilterProxy::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(ServiceIdRole).toString());
    return ids;
}

void TestServiceFilterProxy::sortsByNameWithFrenchCollation()
{
    // "É" sorts with "E", "Ligne 9" before "Ligne 10".
    QCOMPARE(visibleIds(),
             (QStringList{u"alcool"_s, u"drogues"_s, u"ecoute"_s, u"line9"_s, u"line10"_s}));
}

void TestServiceFilterProxy::sortsFavouritesFirst()
{
    QVERIFY(m_model->setFavourite(u"line10"_s, true));
    QVERIFY(m_model->setFavourite(u"drogues"_s, true));
    QCOMPARE(visibleIds(),
             (QStringList{u"drogues"_s, u"line10"_s, u"alcool"_s, u"ecoute"_s, u"line9"_s}));
    QVERIFY(m_model->setFavourite(u"line10"_s, false));
    QCOMPARE(visibleIds().first(), u"drogues"_s);
    QCOMPARE(visibleIds().last(), u"line10"_s);
}

void TestServiceFilterProxy::sortsPinnedBeforeFavourites()
{
    QList<Service> services;
    for (int row = 0; row < m_model->rowCount(); ++row)
        services.append(m_model->serviceAt(row));
    services[2].pinned = true; // ecoute
    m_model->setServices(services);
    QVERIFY(m_model->setFavourite(u"alcool"_s, true));
    QCOMPARE(visibleIds().mid(0, 2), (QStringList{u"ecoute"_s, u"alcool"_s}));
}

void TestServiceFilterProxy::searches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("short number") << u"3114"_s << QStringList{u"line9"_s};
    QTest::newRow("toll-free, grouped differently") << u"0800 130"_s << QStringList{u"line10"_s};
    QTest::newRow("toll-free, all digits") << u"0800231313"_s << QStringList{u"drogues"_s};
    QTest::newRow("without accents") << u"ecoute etudiants"_s << QStringList{u"ecoute"_s};
    QTest::newRow("in the description") << u"étudiants"_s << QStringList{u"ecoute"_s};
    QTest::newRow("in English text too") << u"students"_s << QStringList{u"ecoute"_s};
    QTest::newRow("in the audience") << u"suicidaires"_s << QStringList{u"line9"_s};
    QTest::newRow("in the organisation") << u"sante publique"_s << QStringList{u"drogues"_s};
    QTest::newRow("common word") << u"info service"_s << QStringList{u"alcool"_s, u"drogues"_s};
    QTest::newRow("no match") << u"xylophone"_s << QStringList{};
    QTest::newRow("blank query shows all")
            << u"   "_s
            << QStringList{u"alcool"_s, u"drogues"_s, u"ecoute"_s, u"line9"_s, u"line10"_s};
}

void TestServiceFilterProxy::searches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(query);
    QCOMPARE(visibleIds(), expected);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestServiceFilterProxy::filtersByCategory()
{
    m_proxy->setCategoryFilter(ServiceCategory::Addiction);
    QCOMPARE(visibleIds(), (QStringList{u"alcool"_s, u"drogues"_s}));
    m_proxy->setCategoryFilter(ServiceCategory::Youth);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setCategoryFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestServiceFilterProxy::combinesSearchAndCategory()
{
    // "ligne" is in both listening lines (a name and a description) and in no other category.
    m_proxy->setSearchText(u"ligne"_s);
    QCOMPARE(visibleIds(), (QStringList{u"ecoute"_s, u"line9"_s, u"line10"_s}));
    m_proxy->setCategoryFilter(ServiceCategory::Listening);
    QCOMPARE(visibleIds(), (QStringList{u"ecoute"_s, u"line10"_s}));
}

void TestServiceFilterProxy::resortsWhenTheLanguageChangesNames()
{
    QList<Service> services{makeService(u"a"_s, {}, u"3114"_s, ServiceCategory::Listening),
                            makeService(u"b"_s, {}, u"3115"_s, ServiceCategory::Listening)};
    services[0].name = {u"Zèbre"_s, u"Apple"_s};
    services[1].name = {u"Arbre"_s, u"Zebra"_s};
    m_model->setServices(services);
    QCOMPARE(visibleIds(), (QStringList{u"b"_s, u"a"_s}));
    m_model->setLanguage(Language::English);
    QCOMPARE(visibleIds(), (QStringList{u"a"_s, u"b"_s}));
}

int TestServiceFilterProxy::countOpenRows() const
{
    int open = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(OpenStateRole).toInt() == int(OpenState::Open))
            ++open;
    }
    return open;
}

// "id=rule" for each service whose hours are set; the others keep none (unknown).
void TestServiceFilterProxy::setHours(const QStringList &hoursById)
{
    QList<Service> services;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Service service = m_model->serviceAt(row);
        for (const QString &entry : hoursById) {
            if (entry.section(u'=', 0, 0) == service.id)
                service.hours = entry.section(u'=', 1);
        }
        services.append(service);
    }
    m_model->setServices(services);
}

void TestServiceFilterProxy::sortsOpenServicesBeforeClosedOnes()
{
    setHours({u"line10=Mo-Fr 09:00-18:00"_s, u"alcool=24/7"_s, u"drogues=Mo-Fr 14:00-18:00"_s});
    // A Monday morning: line10 and alcool answer, drogues not yet, the others cannot tell.
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T10:00:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), true);
    QCOMPARE(visibleIds(),
             (QStringList{u"alcool"_s, u"line10"_s, u"drogues"_s, u"ecoute"_s, u"line9"_s}));
    QCOMPARE(m_proxy->openCount(), 2);
    // In the afternoon drogues opens too and moves up, by name among the open ones.
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T15:00:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), false);
    QCOMPARE(visibleIds(),
             (QStringList{u"alcool"_s, u"drogues"_s, u"line10"_s, u"ecoute"_s, u"line9"_s}));
    QCOMPARE(m_proxy->openCount(), 3);
    // A favourite goes first, open or not.
    QVERIFY(m_model->setFavourite(u"line9"_s, true));
    QCOMPARE(visibleIds().first(), u"line9"_s);
}

void TestServiceFilterProxy::keepsTheOpenCountAsRowsComeAndGo()
{
    setHours({u"line10=Mo-Fr 09:00-18:00"_s, u"alcool=24/7"_s, u"drogues=Mo-Fr 14:00-18:00"_s,
              u"ecoute=Mo-Fr 08:00-12:00"_s});
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T10:00:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), true);
    QCOMPARE(m_proxy->openCount(), 3);
    // Asked after every change, as the window's status bar does.
    int checks = 0;
    const auto check = [this, &checks] {
        ++checks;
        QCOMPARE(m_proxy->openCount(), countOpenRows());
    };
    const QList<QMetaObject::Connection> connections{
            connect(m_proxy.get(), &QAbstractItemModel::rowsInserted, this, check),
            connect(m_proxy.get(), &QAbstractItemModel::rowsRemoved, this, check),
            connect(m_proxy.get(), &QAbstractItemModel::layoutChanged, this, check),
            connect(m_proxy.get(), &QAbstractItemModel::dataChanged, this, check),
    };
    for (const QString &query : {u"l"_s, u"li"_s, u"lig"_s, u"ligne"_s, u"lign"_s, u"l"_s,
                                 QString(), u"0800"_s, u"0"_s, QString()}) {
        m_proxy->setSearchText(query);
        QCOMPARE(m_proxy->openCount(), countOpenRows());
    }
    m_proxy->setOpenNowOnly(true);
    QCOMPARE(m_proxy->openCount(), 3);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setCategoryFilter(ServiceCategory::Listening);
    QCOMPARE(m_proxy->openCount(), 2);
    m_proxy->setCategoryFilter(std::nullopt);
    // Noon: ecoute closes while the open-now filter hides closed services; it leaves the list
    // with its new state already in the model.
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T12:30:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), false);
    QCOMPARE(m_proxy->rowCount(), 2);
    QCOMPARE(m_proxy->openCount(), 2);
    m_proxy->setOpenNowOnly(false);
    QCOMPARE(m_proxy->openCount(), 2);
    // Afternoon: drogues opens.
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T14:30:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), false);
    QCOMPARE(m_proxy->openCount(), 3);
    m_model->setServices({});
    QCOMPARE(m_proxy->openCount(), 0);
    for (const QMetaObject::Connection &connection : connections)
        disconnect(connection);
    QVERIFY(checks > 10);
}

void TestServiceFilterProxy::keepsTheOrderOfOneComparisonAfterManyKeystrokes()
{
    // The order comes from ranks computed once: after rows leave and come back, and after a
    // favourite changes, it is the order of the comparison of pinned, favourite, open, name.
    for (const QString &query : {u"a"_s, u"al"_s, u"a"_s, QString()})
        m_proxy->setSearchText(query);
    QCOMPARE(visibleIds(),
             (QStringList{u"alcool"_s, u"drogues"_s, u"ecoute"_s, u"line9"_s, u"line10"_s}));
    m_proxy->setSearchText(u"ligne"_s);
    QVERIFY(m_model->setFavourite(u"line10"_s, true));
    QCOMPARE(visibleIds(), (QStringList{u"line10"_s, u"ecoute"_s, u"line9"_s}));
    m_proxy->setSearchText(QString());
    QCOMPARE(visibleIds(),
             (QStringList{u"line10"_s, u"alcool"_s, u"drogues"_s, u"ecoute"_s, u"line9"_s}));
}

void TestServiceFilterProxy::filtersThousandsOfServicesAsAFew()
{
    // Above 2,000 services the proxy rebuilds its mapping at once instead of row by row: the
    // same rows, in the same order, with the same open count, through a model tester.
    // The digits of i written with letters that no other searched text has: 12 is "rs".
    const auto code = [](int i) {
        QString letters = QString::number(i);
        for (QChar &c : letters)
            c = QChar(u'q' + c.digitValue());
        return letters;
    };
    QList<Service> services;
    for (int i = 0; i < 2500; ++i) {
        Service service = makeService(u"s%1"_s.arg(i), u"Ligne %1"_s.arg(code(i)),
                                      i % 2 ? u"0 800 130 000"_s : u"3114"_s,
                                      i % 3 ? ServiceCategory::Listening : ServiceCategory::Youth);
        service.hours = i % 4 ? u"24/7"_s : u"off"_s;
        services.append(service);
    }
    m_model->setServices(services);
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T10:00:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), true);
    QVERIFY(m_model->setFavourite(u"s2499"_s, true));
    const auto expected = [&services, &code](const QString &letters, bool youthOnly) {
        // Favourite first, then open ones, then by number in the name.
        QList<int> rows;
        for (int i = 0; i < services.size(); ++i) {
            if (code(i).contains(letters)
                && (!youthOnly || services.at(i).category == ServiceCategory::Youth))
                rows.append(i);
        }
        std::stable_sort(rows.begin(), rows.end(), [&code](int a, int b) {
            const auto key = [&code](int i) {
                return std::tuple(i != 2499, i % 4 == 0, code(i));
            };
            return key(a) < key(b);
        });
        QStringList ids;
        for (const int row : rows)
            ids.append(u"s%1"_s.arg(row));
        return ids;
    };
    for (const QString &query : {u"ligne r"_s, u"ligne rs"_s, u"ligne r"_s, u"ligne su"_s}) {
        m_proxy->setSearchText(query);
        QCOMPARE(visibleIds(), expected(query.mid(6), false));
        QCOMPARE(m_proxy->openCount(), countOpenRows());
    }
    m_proxy->setCategoryFilter(ServiceCategory::Youth);
    QCOMPARE(visibleIds(), expected(u"su"_s, true));
    m_proxy->setCategoryFilter(std::nullopt);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 2500);
    QCOMPARE(m_proxy->openCount(), 2500 - 2500 / 4);
    m_proxy->setOpenNowOnly(true);
    QCOMPARE(m_proxy->rowCount(), 2500 - 2500 / 4);
    QCOMPARE(m_proxy->openCount(), m_proxy->rowCount());
}

QTEST_GUILESS_MAIN(TestServiceFilterProxy)
#include "tst_servicefilterproxy.moc"
