#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

// A system folder of the test's own (HELPLINES_SYSTEM_DIR), with the organisation's files.
struct SystemFolder
{
    SystemFolder() { cli.setEnvironment(u"HELPLINES_SYSTEM_DIR"_s, folder.path()); }

    void write(const QString &name, const QByteArray &content)
    {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("Cannot write %s", qPrintable(file.fileName()));
        file.write(content);
    }
    void copy(const QString &source, const QString &name)
    {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cannot read %s", qPrintable(source));
        write(name, file.readAll());
    }
    QStringList ids(CliRunner::Result *result = nullptr) const
    {
        const CliRunner::Result run = cli.run({u"list"_s, u"--json"_s});
        QStringList list;
        const QJsonArray services = QJsonDocument::fromJson(run.out.toUtf8()).array();
        for (const QJsonValue &service : services)
            list.append(service.toObject().value(u"id"_s).toString());
        if (result)
            *result = run;
        return list;
    }

    QTemporaryDir folder;
    CliRunner cli;
};

} // namespace

class TestListCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryBundledServiceAsJson();
    void givesEachNumberInDisplayDialAndInternationalForm();
    void jsonKeysAreTheSameInEveryLanguage();
    void leavesEmergencyNumbersOut();
    void printsNamesInTheChosenLanguage();
    void acceptsCommonOptionsBeforeOrAfterTheCommand();
    void dataDirOptionWinsOverTheEnvironment();
    void usesAnotherDirectoryFile();
    void rejectsUnknownOptions();
    void givesAvailabilityAtAnInstant();
    void listsOnlyOpenServicesWithOpenNow();
    void neverCallsAHistoricalLineOpen();
    void rejectsAnInstantWithoutOffset();
    void followsTheOrganisationsProvisioningFile();
    void aBrokenProvisioningFileStillListsTheDirectory();
    void policiesNarrowTheList_data();
    void policiesNarrowTheList();

private:
    QJsonArray listJson(const QStringList &extra = {}) const;
    CliRunner m_cli;
};

QJsonArray TestListCommand::listJson(const QStringList &extra) const
{
    const CliRunner::Result result = m_cli.run(QStringList{u"list"_s, u"--json"_s} + extra);
    if (result.exitCode != 0)
        qWarning().noquote() << result.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << error.errorString() << result.out.left(200);
    return document.array();
}

void TestListCommand::listsEveryBundledServiceAsJson()
{
    const QJsonArray services = listJson();
    QVERIFY2(services.size() >= 15, qPrintable(QString::number(services.size())));
    QSet<QString> ids;
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        for (const QString &key :
             {u"id"_s, u"name"_s, u"category"_s, u"scope"_s, u"status"_s, u"hours"_s, u"timezone"_s,
              u"verified"_s, u"source"_s, u"numbers"_s})
            QVERIFY2(service.contains(key),
                     qPrintable(service.value(u"id"_s).toString() + u' ' + key));
        QVERIFY(!service.value(u"name"_s).toString().isEmpty());
        ids.insert(service.value(u"id"_s).toString());
    }
    QCOMPARE(ids.size(), services.size());
    for (const QString &id : {u"3114"_s, u"sos-amitie"_s, u"3919"_s, u"119"_s, u"mtes-agents"_s,
                              u"fil-sante-jeunes"_s, u"suicide-ecoute"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void TestListCommand::givesEachNumberInDisplayDialAndInternationalForm()
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : listJson())
        byId.insert(value[u"id"_s].toString(), value.toObject());

    const QJsonArray ministry = byId.value(u"mtes-agents"_s).value(u"numbers"_s).toArray();
    QCOMPARE(ministry.size(), 1);
    QCOMPARE(ministry.at(0)[u"kind"_s].toString(), u"phone"_s);
    QCOMPARE(ministry.at(0)[u"display"_s].toString(), u"0 800 400 339"_s);
    QCOMPARE(ministry.at(0)[u"dial"_s].toString(), u"0800400339"_s);
    QCOMPARE(ministry.at(0)[u"international"_s].toString(), u"+33800400339"_s);

    const QJsonArray suicide = byId.value(u"3114"_s).value(u"numbers"_s).toArray();
    QCOMPARE(suicide.at(0)[u"display"_s].toString(), u"3114"_s);
    QCOMPARE(suicide.at(0)[u"dial"_s].toString(), u"3114"_s);
    QVERIFY(suicide.at(0)[u"international"_s].isNull());

    const QJsonArray deaf = byId.value(u"114"_s).value(u"numbers"_s).toArray();
    QCOMPARE(deaf.at(0)[u"kind"_s].toString(), u"sms"_s);
    QCOMPARE(deaf.at(0)[u"dial"_s].toString(), u"114"_s);
}

void TestListCommand::jsonKeysAreTheSameInEveryLanguage()
{
    const QJsonArray english = listJson({u"--lang"_s, u"en"_s});
    const QJsonArray french = listJson({u"--lang"_s, u"fr"_s});
    QCOMPARE(english.size(), french.size());
    QHash<QString, QJsonObject> frenchById;
    for (const QJsonValue &value : french)
        frenchById.insert(value[u"id"_s].toString(), value.toObject());
    for (const QJsonValue &value : english) {
        const QJsonObject fr = frenchById.value(value[u"id"_s].toString());
        QCOMPARE(fr.keys(), value.toObject().keys());
        QCOMPARE(fr.value(u"category"_s), value[u"category"_s]);
    }
    QVERIFY(frenchById.value(u"3114"_s).value(u"name"_s).toString().contains(u"prévention"_s));
}

void TestListCommand::leavesEmergencyNumbersOut()
{
    for (const QJsonValue &value : listJson()) {
        const QString id = value[u"id"_s].toString();
        QVERIFY2(id != u"15"_s && id != u"samu"_s && id != u"112"_s, qPrintable(id));
    }
}

void TestListCommand::printsNamesInTheChosenLanguage()
{
    const CliRunner::Result french = m_cli.run({u"list"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(french.exitCode, 0);
    QVERIFY2(french.out.contains(u"Numéro national de prévention du suicide"_s),
             qPrintable(french.out.left(500)));
    QVERIFY(french.out.contains(u"[3114]"_s));
    const CliRunner::Result english = m_cli.run({u"--lang=en"_s, u"list"_s});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(u"National suicide prevention line"_s));
}

void TestListCommand::acceptsCommonOptionsBeforeOrAfterTheCommand()
{
    const CliRunner::Result before = m_cli.run({u"--lang"_s, u"fr"_s, u"list"_s, u"--json"_s});
    const CliRunner::Result after = m_cli.run({u"list"_s, u"--json"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(before.out, after.out);
}

void TestListCommand::dataDirOptionWinsOverTheEnvironment()
{
    QTemporaryDir other;
    const CliRunner::Result result
            = m_cli.run({u"list"_s, u"--data-dir"_s, other.path(), u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(other.filePath(u"helplines.sqlite"_s)));
}

void TestListCommand::usesAnotherDirectoryFile()
{
    const QString file = QFINDTESTDATA("../data/cli/minimal.json");
    QVERIFY(!file.isEmpty());
    const QJsonArray services = listJson({u"--directory"_s, file});
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.at(0)[u"id"_s].toString(), u"example-staff-line"_s);
}

void TestListCommand::rejectsUnknownOptions()
{
    const CliRunner::Result result = m_cli.run({u"list"_s, u"--colour"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"colour"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestListCommand::givesAvailabilityAtAnInstant()
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : listJson({u"--at"_s, u"2026-01-12T08:30:00+01:00"_s}))
        byId.insert(value[u"id"_s].toString(), value.toObject());
    const QJsonObject youth = byId.value(u"fil-sante-jeunes"_s);
    QCOMPARE(youth.value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(youth.value(u"next_change"_s).toString(), u"2026-01-12T09:00:00+01:00"_s);
    QCOMPARE(youth.value(u"badge"_s).toString(), u"Closed · opens at 9:00"_s);
    QCOMPARE(youth.value(u"badge_kind"_s).toString(), u"closed"_s);
    const QJsonObject suicide = byId.value(u"3114"_s);
    QCOMPARE(suicide.value(u"state"_s).toString(), u"open"_s);
    QVERIFY(suicide.value(u"next_change"_s).isNull());
    QCOMPARE(suicide.value(u"badge"_s).toString(), u"Open 24 hours"_s);
    QCOMPARE(suicide.value(u"badge_kind"_s).toString(), u"open-24-hours"_s);
    const QJsonObject drugs = byId.value(u"drogues-info-service"_s);
    QCOMPARE(drugs.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(drugs.value(u"next_change"_s).toString(), u"2026-01-13T02:00:00+01:00"_s);
    QCOMPARE(drugs.value(u"badge"_s).toString(), u"Open now · until 2:00"_s);
}

void TestListCommand::listsOnlyOpenServicesWithOpenNow()
{
    const QJsonArray open = listJson({u"--open-now"_s, u"--at"_s, u"2026-01-12T08:30:00+01:00"_s});
    QVERIFY(!open.isEmpty());
    QStringList ids;
    for (const QJsonValue &value : open) {
        QCOMPARE(value[u"state"_s].toString(), u"open"_s);
        ids.append(value[u"id"_s].toString());
    }
    QVERIFY(ids.contains(u"3114"_s));
    QVERIFY(!ids.contains(u"fil-sante-jeunes"_s));
    // Later that day the youth line answers.
    const QJsonArray evening
            = listJson({u"--open-now"_s, u"--at"_s, u"2026-01-12T20:00:00+01:00"_s});
    bool youthOpen = false;
    for (const QJsonValue &value : evening)
        youthOpen = youthOpen || value[u"id"_s].toString() == u"fil-sante-jeunes"_s;
    QVERIFY(youthOpen);
}

void TestListCommand::neverCallsAHistoricalLineOpen()
{
    for (const QJsonValue &value : listJson({u"--at"_s, u"2026-01-12T12:00:00+01:00"_s})) {
        if (value[u"status"_s].toString() == u"historical"_s) {
            QCOMPARE(value[u"state"_s].toString(), u"unknown"_s);
            QCOMPARE(value[u"badge"_s].toString(), u"Hours unknown"_s);
        }
    }
}

void TestListCommand::rejectsAnInstantWithoutOffset()
{
    const CliRunner::Result result = m_cli.run({u"list"_s, u"--at"_s, u"tomorrow"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"tomorrow"_s));
}

void TestListCommand::followsTheOrganisationsProvisioningFile()
{
    const QStringList bundled = SystemFolder().ids();
    QVERIFY(bundled.contains(u"sps-soignants"_s));
    SystemFolder system;
    system.copy(QFINDTESTDATA("../../packaging/examples/organisation.json"), u"directory.json"_s);

    const CliRunner::Result result = system.cli.run({u"list"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonArray services = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(services.size(), bundled.size() - 1);
    // The pinned line first; the hidden one gone.
    const QJsonObject first = services.first().toObject();
    QCOMPARE(first.value(u"id"_s).toString(), u"mtes-agents"_s);
    QCOMPARE(first.value(u"pinned"_s), QJsonValue(true));
    QCOMPARE(first.value(u"origin"_s).toString(), u"organisation"_s);
    for (const QJsonValue &service : services) {
        QVERIFY(service.toObject().value(u"id"_s).toString() != u"sps-soignants"_s);
        if (service.toObject().value(u"id"_s).toString() != u"mtes-agents"_s) {
            QCOMPARE(service.toObject().value(u"origin"_s).toString(), u"bundled"_s);
            QCOMPARE(service.toObject().value(u"pinned"_s), QJsonValue(false));
        }
    }

    const CliRunner::Result human = system.cli.run({u"list"_s, u"--lang"_s, u"en"_s});
    const QStringList lines = human.out.split(u'\n');
    QVERIFY2(lines.value(0).endsWith(u"[mtes-agents]"_s), qPrintable(human.out));
    QVERIFY2(lines.value(1).endsWith(u"Provided by your organisation"_s), qPrintable(human.out));
    const CliRunner::Result show
            = system.cli.run({u"show"_s, u"mtes-agents"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(show.out.contains(u"If your own service already offers a support platform, call it "
                               u"first."_s),
             qPrintable(show.out));
}

void TestListCommand::aBrokenProvisioningFileStillListsTheDirectory()
{
    const QStringList bundled = SystemFolder().ids();
    SystemFolder system;
    system.write(u"directory.json"_s, "{\"format\": 1, \"services\": [");
    CliRunner::Result result;
    QCOMPARE(system.ids(&result), bundled);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"could not be loaded"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"helplines-cli check "_s), qPrintable(result.err));
}

void TestListCommand::policiesNarrowTheList_data()
{
    QTest::addColumn<QByteArray>("policies");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("only the organisation's services") << QByteArray(
            R"({"format": 1, "hideBundledDirectory": {"value": true, "locked": true}})")
                                                      << QStringList{u"mtes-agents"_s};
    QTest::newRow("only some categories") << QByteArray(
            R"({"format": 1, "categories": {"value": ["suicide-prevention"], "locked": true}})")
                                          << QStringList{u"3114"_s, u"suicide-ecoute"_s};
}

void TestListCommand::policiesNarrowTheList()
{
    QFETCH(QByteArray, policies);
    QFETCH(QStringList, expected);
    SystemFolder system;
    system.copy(QFINDTESTDATA("../../packaging/examples/organisation.json"), u"directory.json"_s);
    system.write(u"policies.json"_s, policies);
    CliRunner::Result result;
    QStringList ids = system.ids(&result);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    ids.sort();
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestListCommand)
#include "tst_listcommand.moc"
