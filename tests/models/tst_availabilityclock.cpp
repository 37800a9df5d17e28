#include "core/translations.h"
#include "models/availabilityclock.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "models/timesource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QTimeZone paris("Europe/Paris");

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

Service serviceWith(const QString &id, const QString &rule, const QString &zone = u"Europe/Paris"_s)
{
    Service service;
    service.id = id;
    service.name = {id, id};
    service.hours = rule;
    service.timeZone = zone;
    service.holidays = u"FR"_s;
    service.contacts = {Contact{ContactKind::Phone, u"3114"_s, {}, {}, {}}};
    return service;
}

// The rows that one dataChanged signal covers.
QPair<int, int> rowsOf(const QList<QVariant> &signal)
{
    return {signal.at(0).value<QModelIndex>().row(), signal.at(1).value<QModelIndex>().row()};
}

} // namespace

class TestAvailabilityClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aimsOneTimerAtTheEarliestChange();
    void flipsToOpenAtNineAndUpdatesExactlyThatRow();
    void wakesForClosingSoonThenForTheClose();
    void changesNothingWhenWokenEarly();
    void catchesAClockJumpForwardByADay();
    void catchesAClockJumpBackwards();
    void followsATimeZoneChange();
    void updatesRelativeDayNamesAtMidnight();
    void countsTheShortDayOfTheSpringChange();
    void showsAReunionLineFromParis();
    void filterFollowsTheClock();
    void sleepsWhenNothingWillChange();
    void aFixedInstantNeverSetsTheTimer();

private:
    std::unique_ptr<FixedTimeSource> m_time;
    std::unique_ptr<ServiceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<AvailabilityClock> m_clock;

    QString badge(const QString &id) const
    {
        return m_model->index(m_model->rowOf(id)).data(BadgeTextRole).toString();
    }
    OpenState state(const QString &id) const
    {
        return OpenState(m_model->index(m_model->rowOf(id)).data(OpenStateRole).toInt());
    }
    // What the timer does when it fires, at the instant it was aimed at.
    void fire(const QDateTime &now)
    {
        m_time->setNow(now);
        m_clock->checkNow();
    }
};

void TestAvailabilityClock::initTestCase()
{
    QVERIFY(Translations::installInApplication(Language::English));
}

void TestAvailabilityClock::init()
{
    m_time = std::make_unique<FixedTimeSource>(at(u"2026-01-12T08:00:00+01:00"_s), paris);
    m_model = std::make_unique<ServiceListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setServices({serviceWith(u"day"_s, u"Mo-Su 09:00-18:00"_s),
                          serviceWith(u"always"_s, u"24/7"_s),
                          serviceWith(u"afternoon"_s, u"Mo-Su 14:00-20:00"_s)});
    m_clock = std::make_unique<AvailabilityClock>(m_time.get(), m_model.get());
    m_clock->start();
}

void TestAvailabilityClock::cleanup()
{
    m_clock.reset();
    m_tester.reset();
    m_model.reset();
    m_time.reset();
}

void TestAvailabilityClock::aimsOneTimerAtTheEarliestChange()
{
    QVERIFY(m_clock->isActive());
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T09:00:00+01:00"_s));
    // One hour from "now": the timer is not a polling interval.
    QVERIFY(qAbs(m_clock->millisecondsToWakeUp() - 3'600'000) < 1000);
    QCOMPARE(m_clock->wakeUps(), 0);
}

void TestAvailabilityClock::flipsToOpenAtNineAndUpdatesExactlyThatRow()
{
    QCOMPARE(state(u"day"_s), OpenState::Closed);
    QCOMPARE(badge(u"day"_s), u"Closed · opens at 9:00"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    fire(at(u"2026-01-12T09:00:00+01:00"_s));
    QCOMPARE(state(u"day"_s), OpenState::Open);
    QCOMPARE(badge(u"day"_s), u"Open now · until 18:00"_s);
    QCOMPARE(changed.count(), 1);
    const int row = m_model->rowOf(u"day"_s);
    QCOMPARE(rowsOf(changed.first()), qMakePair(row, row));
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(OpenStateRole));
    QVERIFY(roles.contains(BadgeTextRole));
    QVERIFY(roles.contains(Qt::AccessibleTextRole));
    QVERIFY(!roles.contains(Qt::DisplayRole));
    // Next: the afternoon line opens at 14:00.
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T14:00:00+01:00"_s));
    QCOMPARE(m_clock->resynchronisations(), 0);
}

void TestAvailabilityClock::wakesForClosingSoonThenForTheClose()
{
    fire(at(u"2026-01-12T09:00:00+01:00"_s));
    fire(at(u"2026-01-12T14:00:00+01:00"_s));
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T17:30:00+01:00"_s));
    fire(at(u"2026-01-12T17:30:00+01:00"_s));
    QCOMPARE(badge(u"day"_s), u"Closing soon · until 18:00"_s);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T18:00:00+01:00"_s));
    fire(at(u"2026-01-12T18:00:00+01:00"_s));
    QCOMPARE(badge(u"day"_s), u"Closed · opens tomorrow at 9:00"_s);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T19:30:00+01:00"_s));
}

void TestAvailabilityClock::changesNothingWhenWokenEarly()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    fire(at(u"2026-01-12T08:30:00+01:00"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T09:00:00+01:00"_s));
}

void TestAvailabilityClock::catchesAClockJumpForwardByADay()
{
    fire(at(u"2026-01-12T10:00:00+01:00"_s));
    QCOMPARE(state(u"day"_s), OpenState::Open);
    // The wall clock moves a day ahead while the monotonic clock does not.
    m_time->jumpTo(at(u"2026-01-13T07:00:00+01:00"_s));
    m_clock->checkNow();
    QCOMPARE(m_clock->resynchronisations(), 1);
    QCOMPARE(state(u"day"_s), OpenState::Closed);
    QCOMPARE(badge(u"day"_s), u"Closed · opens at 9:00"_s);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-13T09:00:00+01:00"_s));
}

void TestAvailabilityClock::catchesAClockJumpBackwards()
{
    fire(at(u"2026-01-12T15:00:00+01:00"_s));
    QCOMPARE(state(u"afternoon"_s), OpenState::Open);
    m_time->jumpTo(at(u"2026-01-12T12:00:00+01:00"_s));
    m_clock->checkNow();
    QCOMPARE(m_clock->resynchronisations(), 1);
    QCOMPARE(state(u"afternoon"_s), OpenState::Closed);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T14:00:00+01:00"_s));
}

void TestAvailabilityClock::followsATimeZoneChange()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_time->setTimeZone(QTimeZone("America/Guadeloupe"));
    m_clock->checkNow();
    QCOMPARE(m_clock->resynchronisations(), 1);
    QVERIFY(changed.count() >= 1);
    // 9:00 in Paris is 4:00 in Guadeloupe; the line's own time is given too.
    QCOMPARE(badge(u"day"_s), u"Closed · opens at 4:00 (9:00 in Paris)"_s);
}

void TestAvailabilityClock::updatesRelativeDayNamesAtMidnight()
{
    fire(at(u"2026-01-12T09:00:00+01:00"_s));
    fire(at(u"2026-01-12T14:00:00+01:00"_s));
    fire(at(u"2026-01-12T17:30:00+01:00"_s));
    fire(at(u"2026-01-12T18:00:00+01:00"_s));
    fire(at(u"2026-01-12T19:30:00+01:00"_s));
    fire(at(u"2026-01-12T20:00:00+01:00"_s));
    QCOMPARE(badge(u"day"_s), u"Closed · opens tomorrow at 9:00"_s);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-13T00:00:00+01:00"_s));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    fire(at(u"2026-01-13T00:00:00+01:00"_s));
    QCOMPARE(badge(u"day"_s), u"Closed · opens at 9:00"_s);
    QVERIFY(changed.count() >= 1);
    // The 24/7 row did not change and was not signalled.
    const int always = m_model->rowOf(u"always"_s);
    for (const auto &signal : changed) {
        const auto rows = rowsOf(signal);
        QVERIFY(always < rows.first || always > rows.second);
    }
}

void TestAvailabilityClock::countsTheShortDayOfTheSpringChange()
{
    m_time->jumpTo(at(u"2026-03-28T20:00:00+01:00"_s));
    m_clock->checkNow();
    fire(at(u"2026-03-29T00:00:00+01:00"_s));
    QCOMPARE(state(u"day"_s), OpenState::Closed);
    // 9:00 on the day clocks go forward is 9:00+02:00: 8 hours after midnight, not 9.
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-03-29T09:00:00+02:00"_s));
    QVERIFY(qAbs(m_clock->millisecondsToWakeUp() - 8 * 3'600'000) < 1000);
    fire(at(u"2026-03-29T09:00:00+02:00"_s));
    QCOMPARE(badge(u"day"_s), u"Open now · until 18:00"_s);
}

void TestAvailabilityClock::showsAReunionLineFromParis()
{
    m_model->setServices({serviceWith(u"reunion"_s, u"Mo-Su 09:00-18:00"_s, u"Indian/Reunion"_s)});
    m_clock->start();
    // 08:00 in Paris is 11:00 in Réunion: open until 18:00 there, 15:00 here.
    QCOMPARE(state(u"reunion"_s), OpenState::Open);
    QCOMPARE(badge(u"reunion"_s), u"Open now · until 15:00 (18:00 in Réunion)"_s);
    QCOMPARE(m_clock->nextWakeUp(), at(u"2026-01-12T14:30:00+01:00"_s));
}

void TestAvailabilityClock::filterFollowsTheClock()
{
    ServiceFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setOpenNowOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ServiceIdRole).toString(), u"always"_s);
    fire(at(u"2026-01-12T09:00:00+01:00"_s));
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.openCount(), 2);
    fire(at(u"2026-01-12T14:00:00+01:00"_s));
    QCOMPARE(proxy.rowCount(), 3);
    fire(at(u"2026-01-12T18:00:00+01:00"_s));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOpenNowOnly(false);
    // Open services sort first.
    QCOMPARE(proxy.index(0, 0).data(ServiceIdRole).toString(), u"afternoon"_s);
    QCOMPARE(proxy.index(1, 0).data(ServiceIdRole).toString(), u"always"_s);
    QCOMPARE(proxy.index(2, 0).data(ServiceIdRole).toString(), u"day"_s);
}

void TestAvailabilityClock::sleepsWhenNothingWillChange()
{
    m_model->setServices({});
    m_clock->start();
    QVERIFY(!m_clock->isActive());
    QVERIFY(!m_clock->nextWakeUp().isValid());
}

void TestAvailabilityClock::aFixedInstantNeverSetsTheTimer()
{
    m_clock->setLive(false);
    QVERIFY(!m_clock->isActive());
    m_clock->checkNow();
    QVERIFY(!m_clock->isActive());
    QCOMPARE(badge(u"day"_s), u"Closed · opens at 9:00"_s);
}

QTEST_GUILESS_MAIN(TestAvailabilityClock)
#include "tst_availabilityclock.moc"
