#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

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

QTEST_GUILESS_MAIN(TestListCommand)
#include "tst_listcommand.moc"
