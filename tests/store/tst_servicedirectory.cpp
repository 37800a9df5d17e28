#include "core/phone/phonenumbercache.h"
#include "store/datalocation.h"
#include "store/servicedirectory.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

Q_DECLARE_METATYPE(Helplines::Service)

namespace {

const QDate today(2026, 11, 23);

// What the editor builds for a user's therapist.
Service therapist(const QString &name = u"Dr Élise Martin"_s)
{
    Service service;
    service.name = {name, {}};
    service.description = {u"Psychologue, consultations sur rendez-vous."_s, {}};
    service.category = ServiceCategory::PsychologicalSupport;
    service.contacts
            = {Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {u"Cabinet"_s, {}}, {}, {}}};
    service.hours = u"Mo-Fr 09:00-18:00"_s;
    service.timeZone = u"Europe/Paris"_s;
    service.holidays = u"FR"_s;
    return service;
}

QStringList idsOf(const QList<Service> &services)
{
    QStringList ids;
    for (const Service &service : services)
        ids.append(service.id);
    return ids;
}

// The ministry's own file (tests/data/directory/provisioning.json): pins and completes its
// line, adds its site's occupational health service, hides a line for another profession.
QByteArray ministryFile()
{
    QFile file(QFINDTESTDATA("../data/directory/provisioning.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/directory/provisioning.json cannot be read");
    return file.readAll();
}

const Service *find(const ServiceDirectory &directory, const QString &id)
{
    for (const Service &service : directory.services()) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

} // namespace

class TestServiceDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesAnOwnServiceAfterTheDirectory();
    void givesIdsThatCollideWithNothing();
    void editingKeepsTheIdAndThePlace();
    void ownServicesPersistAcrossSessions();
    void ownServicesSurviveARebuiltDirectoryCache();
    void ownServicesAreShownWhenTheDirectoryFileCannotBeRead();
    void favouritesOfOwnServicesAreKeptAndGoWithThem();
    void errorsKeepAnEntryFromBeingSaved_data();
    void errorsKeepAnEntryFromBeingSaved();
    void warningsDoNotKeepAnEntryFromBeingSaved();
    void checkingSavesNothing();
    void deletesOnlyOwnServices();
    void anUnreadableOwnServiceIsSkippedReportedAndKept();
    void laterWinsWhenAnOwnServiceHasADirectoryId();
    void savingWithoutADatabaseIsAStoreError();
    void twoInstancesNeverGiveTheSameId();
    void provisioningAddsChangesHidesAndMarksItsServices();
    void aBrokenProvisioningFileLeavesTheDirectoryAsItIs_data();
    void aBrokenProvisioningFileLeavesTheDirectoryAsItIs();
    void provisioningRecordsWithErrorsAreLeftOut();
    void aMissingProvisioningFileIsAProblemOnlyWhenNamed();
    void changingTheProvisioningFileImportsAgain();
    void hideBundledDirectoryKeepsTheOrganisationsAndOwnServices();
    void hideBundledDirectoryNeverEmptiesTheList();
    void categoriesKeepTheUsersOwnServices();
    void ownServicesCanBeKeptOutAndStayStored();
    void keepsTheNumbersFormattedForTheNextStart();
    void numbersKeptUnusableAreFormattedAgain();
    void clearingTheUsersDataForgetsTheKeptNumbers();

private:
    std::unique_ptr<ServiceDirectory> open(const QString &directoryFile = {});
    std::unique_ptr<ServiceDirectory> open(
            const std::function<void(ServiceDirectory::Options &)> &configure);
    // Writes a provisioning file in the test's folder; returns its path.
    QString writeProvisioning(const QByteArray &content);
    int bundledCount();

    std::unique_ptr<QTemporaryDir> m_data;
    int m_bundledCount = 0;
};

void TestServiceDirectory::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void TestServiceDirectory::cleanup()
{
    m_data.reset();
}

std::unique_ptr<ServiceDirectory> TestServiceDirectory::open(const QString &directoryFile)
{
    ServiceDirectory::Options options;
    options.dataDirectory = m_data->path();
    options.directoryFile = directoryFile;
    options.today = today;
    options.connectionName = u"directory-test"_s;
    return std::make_unique<ServiceDirectory>(options);
}

std::unique_ptr<ServiceDirectory> TestServiceDirectory::open(
        const std::function<void(ServiceDirectory::Options &)> &configure)
{
    ServiceDirectory::Options options;
    options.dataDirectory = m_data->path();
    options.today = today;
    options.connectionName = u"directory-test"_s;
    configure(options);
    return std::make_unique<ServiceDirectory>(options);
}

QString TestServiceDirectory::writeProvisioning(const QByteArray &content)
{
    const QString path = m_data->filePath(u"organisation.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("Cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

int TestServiceDirectory::bundledCount()
{
    if (m_bundledCount == 0) {
        QTemporaryDir elsewhere;
        ServiceDirectory::Options options;
        options.dataDirectory = elsewhere.path();
        options.connectionName = u"count"_s;
        ServiceDirectory directory(options);
        directory.load();
        m_bundledCount = int(directory.services().size());
    }
    return m_bundledCount;
}

void TestServiceDirectory::savesAnOwnServiceAfterTheDirectory()
{
    const int bundled = bundledCount();
    QVERIFY(bundled >= 15);
    auto directory = open();
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.loaded);
    QVERIFY(!loaded.storeError);

    const ServiceDirectory::OwnServiceResult saved = directory->saveOwnService(therapist());
    QVERIFY2(saved.succeeded(), qPrintable(saved.storeError.detail()));
    QVERIFY(!saved.hasErrors());
    const Service &entry = *saved.service;
    QCOMPARE(entry.id, u"own-dr-elise-martin"_s);
    QCOMPARE(entry.origin, ServiceOrigin::User);
    QCOMPARE(entry.scope, ServiceScope::Personal);
    // The user vouches for it on the day they save it; there is no other source.
    QCOMPARE(entry.verified, today);
    QVERIFY(entry.source.isEmpty());
    QCOMPARE(entry.status, ServiceStatus::Active);

    QCOMPARE(directory->services().size(), bundled + 1);
    QCOMPARE(directory->services().last(), entry);
    QVERIFY(directory->isOwnService(entry.id));
    QVERIFY(!directory->isOwnService(u"3114"_s));
}

void TestServiceDirectory::givesIdsThatCollideWithNothing()
{
    auto directory = open();
    directory->load();
    const auto idOf = [&](const LocalizedText &name) {
        Service service = therapist();
        service.name = name;
        const ServiceDirectory::OwnServiceResult saved = directory->saveOwnService(service);
        return saved.service ? saved.service->id : QString();
    };
    QCOMPARE(idOf({u"Dr Élise Martin"_s, {}}), u"own-dr-elise-martin"_s);
    QCOMPARE(idOf({u"Dr Élise Martin"_s, {}}), u"own-dr-elise-martin-2"_s);
    QCOMPARE(idOf({u"Dr Élise Martin !"_s, {}}), u"own-dr-elise-martin-3"_s);
    // An English name when there is no French one; letters outside ASCII are left out.
    QCOMPARE(idOf({{}, u"Site's Occupational Health"_s}), u"own-site-s-occupational-health"_s);
    QCOMPARE(idOf({u"Ψυχολόγος"_s, {}}), u"own-service"_s);
    // Long names are cut so that the id stays within 64 characters.
    const QString longId = idOf({QString(80, u'a'), {}});
    QCOMPARE(longId, u"own-"_s + QString(48, u'a'));
    QCOMPARE(idOf({QString(80, u'a'), {}}).size(), 4 + 48 + 2);

    // Whatever id the caller gives a new entry, it gets one of its own.
    Service impostor = therapist(u"Impostor"_s);
    impostor.id = u"3114"_s;
    const ServiceDirectory::OwnServiceResult saved = directory->saveOwnService(impostor);
    QVERIFY(saved.succeeded());
    QCOMPARE(saved.service->id, u"own-impostor"_s);
    QCOMPARE(find(*directory, u"3114"_s)->origin, ServiceOrigin::Bundled);

    QStringList ids = idsOf(directory->services());
    const qsizetype count = ids.size();
    ids.removeDuplicates();
    QCOMPARE(ids.size(), count);
}

void TestServiceDirectory::editingKeepsTheIdAndThePlace()
{
    auto directory = open();
    directory->load();
    const Service first = *directory->saveOwnService(therapist(u"Premier"_s)).service;
    const Service second = *directory->saveOwnService(therapist(u"Second"_s)).service;

    Service edited = first;
    edited.name = {u"Dr Martin, nouveau cabinet"_s, u"Dr Martin, new practice"_s};
    edited.contacts.first().value = u"04 72 00 00 00"_s;
    const ServiceDirectory::OwnServiceResult saved = directory->saveOwnService(edited);
    QVERIFY(saved.succeeded());
    QCOMPARE(saved.service->id, first.id);
    QCOMPARE(saved.service->name, edited.name);
    const QList<Service> &services = directory->services();
    QCOMPARE(services.at(services.size() - 2), *saved.service);
    QCOMPARE(services.last().id, second.id);
    QCOMPARE(services.count(*saved.service), 1);

    // And so after a restart.
    directory.reset();
    directory = open();
    directory->load();
    QCOMPARE(directory->services().at(directory->services().size() - 2), *saved.service);
}

void TestServiceDirectory::ownServicesPersistAcrossSessions()
{
    Service saved;
    {
        auto directory = open();
        directory->load();
        saved = *directory->saveOwnService(therapist()).service;
    }
    auto directory = open();
    const ServiceDirectory::LoadResult loaded = directory->load();
    // The directory itself comes from the cache; the own entry is merged after it.
    QVERIFY(loaded.fromCache);
    QVERIFY(loaded.unreadableOwnServices.isEmpty());
    QVERIFY(loaded.ownServicesWarning().isEmpty());
    const Service *found = find(*directory, saved.id);
    QVERIFY(found);
    QCOMPARE(*found, saved);
    QVERIFY(directory->isOwnService(saved.id));
    QCOMPARE(directory->services().size(), bundledCount() + 1);
}

void TestServiceDirectory::ownServicesSurviveARebuiltDirectoryCache()
{
    const QString otherFile = QFINDTESTDATA("../data/directory/valid.json");
    QVERIFY(!otherFile.isEmpty());
    Service saved;
    {
        auto directory = open();
        directory->load();
        saved = *directory->saveOwnService(therapist()).service;
    }
    // Another directory file: the cache is rebuilt from it.
    {
        auto directory = open(otherFile);
        const ServiceDirectory::LoadResult loaded = directory->load();
        QVERIFY(loaded.loaded);
        QVERIFY(!loaded.fromCache);
        QCOMPARE(idsOf(directory->services()),
                 (QStringList{u"example-staff-line"_s, u"reunion-listening"_s, u"occitanie-youth"_s,
                              saved.id}));
    }
    // Back to the bundled directory: rebuilt again, the own entry there once.
    auto directory = open();
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(!loaded.fromCache);
    QCOMPARE(directory->services().size(), bundledCount() + 1);
    QCOMPARE(idsOf(directory->services()).count(saved.id), 1);
    // The cache itself never holds it.
    QSqlDatabase db = QSqlDatabase::database(u"directory-test"_s);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT count(*) FROM service WHERE id LIKE 'own-%'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestServiceDirectory::ownServicesAreShownWhenTheDirectoryFileCannotBeRead()
{
    Service saved;
    {
        auto directory = open();
        directory->load();
        saved = *directory->saveOwnService(therapist()).service;
    }
    auto directory = open(m_data->filePath(u"missing.json"_s));
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(!loaded.loaded);
    QVERIFY(!loaded.sourceError.isEmpty());
    QCOMPARE(idsOf(directory->services()), QStringList{saved.id});
}

void TestServiceDirectory::favouritesOfOwnServicesAreKeptAndGoWithThem()
{
    QString id;
    {
        auto directory = open();
        directory->load();
        id = directory->saveOwnService(therapist()).service->id;
        QVERIFY(!directory->setFavourite(id, true));
        QVERIFY(!directory->setFavourite(u"3114"_s, true));
    }
    auto directory = open();
    directory->load();
    QCOMPARE(directory->favourites(), (QSet<QString>{id, u"3114"_s}));
    QVERIFY(!directory->deleteOwnService(id));
    QCOMPARE(directory->favourites(), QSet<QString>{u"3114"_s});
    QVERIFY(!find(*directory, id));
}

void TestServiceDirectory::errorsKeepAnEntryFromBeingSaved_data()
{
    QTest::addColumn<Service>("entry");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    Service badNumber = therapist();
    badNumber.contacts.first().value = u"01 45 39 40"_s;
    QTest::newRow("number too short")
            << badNumber << u"invalid-phone-number"_s << u"contacts[0].value"_s;
    Service letters = therapist();
    letters.contacts.append(Contact{ContactKind::Sms, u"06 12 AB 56 78"_s, {}, {}, {}});
    QTest::newRow("letters in the second number")
            << letters << u"invalid-phone-number"_s << u"contacts[1].value"_s;
    Service badHours = therapist();
    badHours.hours = u"9h-18h"_s;
    QTest::newRow("hours with h") << badHours << u"invalid-hours"_s << u"hours"_s;
    Service noName = therapist();
    noName.name = {};
    QTest::newRow("no name") << noName << u"missing-field"_s << u"name"_s;
    Service noContact = therapist();
    noContact.contacts.clear();
    QTest::newRow("no contact") << noContact << u"empty-value"_s << u"contacts"_s;
    Service badZone = therapist();
    badZone.timeZone = u"Europe/Pariss"_s;
    QTest::newRow("unknown time zone") << badZone << u"unknown-time-zone"_s << u"timezone"_s;
    Service badMail = therapist();
    badMail.contacts.first() = Contact{ContactKind::Email, u"mailto:a@example.fr"_s, {}, {}, {}};
    QTest::newRow("mailto address") << badMail << u"invalid-email"_s << u"contacts[0].value"_s;
}

void TestServiceDirectory::errorsKeepAnEntryFromBeingSaved()
{
    QFETCH(Service, entry);
    QFETCH(QString, code);
    QFETCH(QString, path);
    auto directory = open();
    directory->load();
    const qsizetype before = directory->services().size();
    const ServiceDirectory::OwnServiceResult result = directory->saveOwnService(entry);
    QVERIFY(!result.succeeded());
    QVERIFY(result.hasErrors());
    QVERIFY(!result.service);
    QVERIFY(!result.storeError);
    QStringList errors;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.isError())
            errors.append(diagnostic.codeName() + u'|' + diagnostic.path);
    }
    QCOMPARE(errors, QStringList{code + u'|' + path});
    QCOMPARE(directory->services().size(), before);

    // Nothing was stored.
    directory.reset();
    directory = open();
    directory->load();
    QCOMPARE(directory->services().size(), before);
}

void TestServiceDirectory::warningsDoNotKeepAnEntryFromBeingSaved()
{
    auto directory = open();
    directory->load();
    Service entry = therapist();
    // French only, and a premium-rate number: warnings.
    entry.contacts.append(Contact{ContactKind::Phone, u"08 92 70 12 38"_s, {}, {}, {}});
    const ServiceDirectory::OwnServiceResult result = directory->saveOwnService(entry);
    QVERIFY(result.succeeded());
    QVERIFY(!result.hasErrors());
    QStringList warnings;
    for (const Diagnostic &diagnostic : result.diagnostics)
        warnings.append(diagnostic.codeName() + u'|' + diagnostic.path);
    warnings.sort();
    QCOMPARE(warnings,
             (QStringList{u"missing-translation|contacts[0].label"_s,
                          u"missing-translation|description"_s, u"missing-translation|name"_s,
                          u"premium-rate-number|contacts[1].value"_s}));
}

void TestServiceDirectory::checkingSavesNothing()
{
    const ServiceDirectory::OwnServiceResult checked
            = ServiceDirectory::checkOwnService(therapist(), today);
    QVERIFY(checked.succeeded());
    QCOMPARE(checked.service->id, u"own-dr-elise-martin"_s);
    QCOMPARE(checked.service->scope, ServiceScope::Personal);
    QCOMPARE(checked.service->origin, ServiceOrigin::User);
    // The format's defaults are filled in when the entry is read back.
    Service noZone = therapist();
    noZone.timeZone.clear();
    noZone.holidays.clear();
    const ServiceDirectory::OwnServiceResult defaults = ServiceDirectory::checkOwnService(noZone);
    QVERIFY(defaults.succeeded());
    QCOMPARE(defaults.service->timeZone, u"Europe/Paris"_s);
    QCOMPARE(defaults.service->holidays, u"FR"_s);

    auto directory = open();
    directory->load();
    QCOMPARE(directory->services().size(), bundledCount());
}

void TestServiceDirectory::deletesOnlyOwnServices()
{
    auto directory = open();
    directory->load();
    const QString id = directory->saveOwnService(therapist()).service->id;
    const qsizetype withIt = directory->services().size();
    // A directory service is not the user's to delete: nothing happens.
    QVERIFY(!directory->deleteOwnService(u"3114"_s));
    QCOMPARE(directory->services().size(), withIt);
    QVERIFY(find(*directory, u"3114"_s));

    QVERIFY(!directory->deleteOwnService(id));
    QCOMPARE(directory->services().size(), withIt - 1);
    QVERIFY(!directory->isOwnService(id));
    directory.reset();
    directory = open();
    directory->load();
    QVERIFY(!find(*directory, id));
    QCOMPARE(directory->services().size(), withIt - 1);
}

void TestServiceDirectory::anUnreadableOwnServiceIsSkippedReportedAndKept()
{
    {
        auto directory = open();
        directory->load();
        QVERIFY(directory->saveOwnService(therapist()).succeeded());
        QSqlQuery query(QSqlDatabase::database(u"directory-test"_s));
        QVERIFY(query.exec(u"INSERT INTO own_service VALUES ('own-broken', 99, 'not json')"_s));
    }
    auto directory = open();
    const ServiceDirectory::LoadResult loaded = directory->load();
    // The application goes on: the directory and the readable entry are there.
    QVERIFY(loaded.loaded);
    QVERIFY(!loaded.storeError);
    QCOMPARE(loaded.unreadableOwnServices.size(), 1);
    QCOMPARE(loaded.unreadableOwnServices.first().id, u"own-broken"_s);
    QVERIFY(!loaded.unreadableOwnServices.first().diagnostics.isEmpty());
    QVERIFY2(loaded.ownServicesWarning().contains(u"could not be read"_s),
             qPrintable(loaded.ownServicesWarning()));
    QVERIFY(find(*directory, u"own-dr-elise-martin"_s));
    QVERIFY(!find(*directory, u"own-broken"_s));
    QVERIFY(!directory->isOwnService(u"own-broken"_s));

    // Its id is never given to a new entry, and deleting it from here is not possible.
    QVERIFY(!directory->deleteOwnService(u"own-broken"_s));
    const ServiceDirectory::OwnServiceResult saved
            = directory->saveOwnService(therapist(u"Broken"_s));
    QVERIFY(saved.succeeded());
    QCOMPARE(saved.service->id, u"own-broken-2"_s);
    QSqlQuery query(QSqlDatabase::database(u"directory-test"_s));
    QVERIFY(query.exec(u"SELECT record FROM own_service WHERE id = 'own-broken'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"not json"_s);
}

void TestServiceDirectory::laterWinsWhenAnOwnServiceHasADirectoryId()
{
    // Not something the window does (new entries get ids of their own), but a record stored
    // under a directory id replaces that service in place.
    auto directory = open();
    directory->load();
    const qsizetype position = idsOf(directory->services()).indexOf(u"3114"_s);
    QVERIFY(position >= 0);
    {
        ServiceStore store(u"raw"_s);
        QVERIFY(!store.open(DataLocation::databaseFile(m_data->path())));
        Service replacement = therapist(u"Mon 3114"_s);
        replacement.id = u"3114"_s;
        replacement.scope = ServiceScope::Personal;
        QVERIFY(!store.saveOwnService(replacement));
    }
    directory->load();
    QCOMPARE(directory->services().size(), bundledCount());
    const Service &replaced = directory->services().at(position);
    QCOMPARE(replaced.id, u"3114"_s);
    QCOMPARE(replaced.name.fr, u"Mon 3114"_s);
    QCOMPARE(replaced.origin, ServiceOrigin::User);
    QVERIFY(directory->isOwnService(u"3114"_s));
}

void TestServiceDirectory::savingWithoutADatabaseIsAStoreError()
{
    // A data folder that cannot be created: a file stands where it should be.
    QFile blocker(m_data->filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ServiceDirectory::Options options;
    options.dataDirectory = m_data->filePath(u"blocked/data"_s);
    options.today = today;
    options.connectionName = u"blocked"_s;
    ServiceDirectory directory(options);
    const ServiceDirectory::LoadResult loaded = directory.load();
    QVERIFY(loaded.loaded);
    QVERIFY(loaded.storeError);
    QVERIFY(!directory.isPersistent());

    const ServiceDirectory::OwnServiceResult result = directory.saveOwnService(therapist());
    QVERIFY(!result.hasErrors());
    QVERIFY(result.service);
    QCOMPARE(result.storeError.kind(), StoreError::CannotOpen);
    QVERIFY(!result.succeeded());
    QCOMPARE(directory.services().size(), bundledCount());
}

void TestServiceDirectory::twoInstancesNeverGiveTheSameId()
{
    // The window and a second window (or the command line) over the same data folder, each
    // loaded before the other saved.
    auto first = open();
    first->load();
    ServiceDirectory::Options options;
    options.dataDirectory = m_data->path();
    options.today = today;
    options.connectionName = u"second"_s;
    ServiceDirectory second(options);
    second.load();

    const ServiceDirectory::OwnServiceResult a = first->saveOwnService(therapist());
    const ServiceDirectory::OwnServiceResult b = second.saveOwnService(therapist());
    QVERIFY(a.succeeded());
    QVERIFY(b.succeeded());
    QCOMPARE(a.service->id, u"own-dr-elise-martin"_s);
    QCOMPARE(b.service->id, u"own-dr-elise-martin-2"_s);

    first->load();
    QVERIFY(find(*first, a.service->id));
    QVERIFY(find(*first, b.service->id));
}

void TestServiceDirectory::provisioningAddsChangesHidesAndMarksItsServices()
{
    const QString file = writeProvisioning(ministryFile());
    auto directory = open([&](ServiceDirectory::Options &options) {
        options.provisioningFile = file;
        options.provisioningFileRequired = true;
    });
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.loaded);
    QVERIFY2(loaded.provisioning.diagnostics.isEmpty(),
             qPrintable(loaded.provisioning.diagnostics.value(0).toString()));
    QVERIFY(loaded.provisioning.found);
    QVERIFY(loaded.provisioning.applied);
    QVERIFY(loaded.provisioning.error.isEmpty());
    QVERIFY(loaded.provisioningWarning().isEmpty());
    QCOMPARE(loaded.provisioning.changedIds, QStringList{u"mtes-agents"_s});
    QCOMPARE(loaded.provisioning.addedIds, QStringList{u"site-occupational-health"_s});
    QCOMPARE(loaded.provisioning.hiddenIds, QStringList{u"sps-soignants"_s});

    // Bundled, minus one hidden, plus one added.
    QCOMPARE(directory->services().size(), bundledCount());
    QVERIFY(!find(*directory, u"sps-soignants"_s));

    // The changed record keeps its place and every field it did not change.
    const qsizetype position = idsOf(directory->services()).indexOf(u"mtes-agents"_s);
    QCOMPARE(position, 0);
    const Service &changed = *find(*directory, u"mtes-agents"_s);
    QCOMPARE(changed.origin, ServiceOrigin::Organisation);
    QVERIFY(changed.pinned);
    QCOMPARE(changed.audience.en, u"All the ministry's staff"_s);
    QCOMPARE(changed.contacts.value(0).value, u"0 800 400 339"_s);
    QCOMPARE(changed.accessibility,
             QList<AccessibilityFeature>{AccessibilityFeature::SignLanguage});
    QCOMPARE(changed.status, ServiceStatus::Unverified);

    const Service &added = directory->services().last();
    QCOMPARE(added.id, u"site-occupational-health"_s);
    QCOMPARE(added.origin, ServiceOrigin::Organisation);
    QVERIFY(!added.pinned);
    // The others stay the bundled directory's.
    QCOMPARE(find(*directory, u"3114"_s)->origin, ServiceOrigin::Bundled);

    // The user's own entries come after, and win by id.
    QVERIFY(directory->saveOwnService(therapist()).succeeded());
    QCOMPARE(directory->services().last().origin, ServiceOrigin::User);
}

void TestServiceDirectory::aBrokenProvisioningFileLeavesTheDirectoryAsItIs_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("cut short") << ministryFile().left(120) << u"never closed"_s;
    QTest::newRow("another format")
            << ministryFile().replace("\"format\": 1", "\"format\": 2") << u"format 2"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"must be an object"_s;
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe{\0}\0", 6) << u"UTF-16"_s;
}

void TestServiceDirectory::aBrokenProvisioningFileLeavesTheDirectoryAsItIs()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString file = writeProvisioning(content);
    auto directory = open([&](ServiceDirectory::Options &options) {
        options.provisioningFile = file;
        // Even when asked to show only the organisation's services.
        options.hideBundledDirectory = true;
    });
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.loaded);
    QVERIFY(!loaded.storeError);
    QVERIFY(loaded.provisioning.found);
    QVERIFY(!loaded.provisioning.applied);
    QVERIFY2(loaded.provisioning.error.contains(reason), qPrintable(loaded.provisioning.error));
    QCOMPARE(directory->services().size(), bundledCount());
    QVERIFY(find(*directory, u"sps-soignants"_s));
    QCOMPARE(find(*directory, u"mtes-agents"_s)->origin, ServiceOrigin::Bundled);
    QVERIFY(loaded.bundledDirectoryKept);
    // The notice says what happened and how to find out why.
    const QString warning = loaded.provisioningWarning();
    QVERIFY2(warning.contains(u"helplines-cli check "_s + file), qPrintable(warning));
    QVERIFY2(warning.contains(loaded.provisioning.error), qPrintable(warning));
}

void TestServiceDirectory::provisioningRecordsWithErrorsAreLeftOut()
{
    QByteArray content = ministryFile();
    // The change of the ministry line is wrong; the added service is fine.
    content.replace(R"("pinned": true,)", R"("pinned": true, "hours": "Mo-Fr 25:00-26:00",)");
    const QString file = writeProvisioning(content);
    auto directory
            = open([&](ServiceDirectory::Options &options) { options.provisioningFile = file; });
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.provisioning.applied);
    QCOMPARE(loaded.provisioning.errorCount(), 1);
    QCOMPARE(loaded.provisioning.diagnostics.first().codeName(), u"invalid-hours"_s);
    QVERIFY(loaded.provisioning.changedIds.isEmpty());
    // The bundled record as it was; the rest of the file applies.
    const Service &line = *find(*directory, u"mtes-agents"_s);
    QCOMPARE(line.origin, ServiceOrigin::Bundled);
    QVERIFY(!line.pinned);
    QCOMPARE(line.hours, u"24/7"_s);
    QVERIFY(find(*directory, u"site-occupational-health"_s));
    QVERIFY(!find(*directory, u"sps-soignants"_s));
    QVERIFY2(loaded.provisioningWarning().contains(u"1 error"_s),
             qPrintable(loaded.provisioningWarning()));
    // A file with errors is not cached: its errors are reported again next time.
    auto again = open([&](ServiceDirectory::Options &options) { options.provisioningFile = file; });
    const ServiceDirectory::LoadResult reloaded = again->load();
    QVERIFY(!reloaded.fromCache);
    QCOMPARE(reloaded.provisioning.errorCount(), 1);
}

void TestServiceDirectory::aMissingProvisioningFileIsAProblemOnlyWhenNamed()
{
    const QString absent = m_data->filePath(u"absent/directory.json"_s);
    {
        // The system folder's directory.json, which most computers do not have.
        auto directory = open(
                [&](ServiceDirectory::Options &options) { options.provisioningFile = absent; });
        const ServiceDirectory::LoadResult loaded = directory->load();
        QVERIFY(!loaded.provisioning.found);
        QVERIFY(loaded.provisioning.error.isEmpty());
        QVERIFY(loaded.provisioningWarning().isEmpty());
        QCOMPARE(directory->services().size(), bundledCount());
    }
    // A file that a policy names.
    auto directory = open([&](ServiceDirectory::Options &options) {
        options.provisioningFile = absent;
        options.provisioningFileRequired = true;
    });
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(!loaded.provisioning.found);
    QVERIFY(loaded.provisioning.error.contains(QDir::toNativeSeparators(absent)));
    QVERIFY(!loaded.provisioningWarning().isEmpty());
    QCOMPARE(directory->services().size(), bundledCount());
}

void TestServiceDirectory::changingTheProvisioningFileImportsAgain()
{
    const QString file = writeProvisioning(ministryFile());
    const auto load = [&](ServiceDirectory::LoadResult *result) {
        auto directory = open(
                [&](ServiceDirectory::Options &options) { options.provisioningFile = file; });
        *result = directory->load();
        return directory;
    };
    ServiceDirectory::LoadResult first;
    const QList<Service> imported = load(&first)->services();
    QVERIFY(!first.fromCache);

    // Unchanged: from the cache, the organisation's marks and pins included.
    ServiceDirectory::LoadResult second;
    const QList<Service> cached = load(&second)->services();
    QVERIFY(second.fromCache);
    QVERIFY(second.provisioning.applied);
    QCOMPARE(cached, imported);

    // Another content: imported again.
    writeProvisioning(ministryFile().replace("sps-soignants", "sos-help"));
    ServiceDirectory::LoadResult third;
    auto changed = load(&third);
    QVERIFY(!third.fromCache);
    QVERIFY(find(*changed, u"sps-soignants"_s));
    QVERIFY(!find(*changed, u"sos-help"_s));

    // Removed: the bundled directory again.
    QVERIFY(QFile::remove(file));
    ServiceDirectory::LoadResult fourth;
    auto removed = load(&fourth);
    QVERIFY(!fourth.fromCache);
    QCOMPARE(removed->services().size(), bundledCount());
    QCOMPARE(find(*removed, u"mtes-agents"_s)->origin, ServiceOrigin::Bundled);
}

void TestServiceDirectory::hideBundledDirectoryKeepsTheOrganisationsAndOwnServices()
{
    const QString file = writeProvisioning(ministryFile());
    QString own;
    {
        auto directory = open();
        directory->load();
        own = directory->saveOwnService(therapist()).service->id;
    }
    auto directory = open([&](ServiceDirectory::Options &options) {
        options.provisioningFile = file;
        options.hideBundledDirectory = true;
    });
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(!loaded.bundledDirectoryKept);
    QVERIFY(loaded.provisioningWarning().isEmpty());
    // What the file adds or changes, then the user's own.
    QCOMPARE(idsOf(directory->services()),
             (QStringList{u"mtes-agents"_s, u"site-occupational-health"_s, own}));
}

void TestServiceDirectory::hideBundledDirectoryNeverEmptiesTheList()
{
    auto directory = open([&](ServiceDirectory::Options &options) {
        options.provisioningFile = m_data->filePath(u"directory.json"_s);
        options.hideBundledDirectory = true;
    });
    const ServiceDirectory::LoadResult loaded = directory->load();
    QVERIFY(loaded.bundledDirectoryKept);
    QCOMPARE(directory->services().size(), bundledCount());
    QVERIFY2(loaded.provisioningWarning().contains(u"directory.json"_s),
             qPrintable(loaded.provisioningWarning()));
}

void TestServiceDirectory::categoriesKeepTheUsersOwnServices()
{
    QString own;
    {
        auto directory = open();
        directory->load();
        own = directory->saveOwnService(therapist()).service->id;
    }
    auto directory = open([&](ServiceDirectory::Options &options) {
        options.categories = {ServiceCategory::SuicidePrevention, ServiceCategory::DeafAccess};
    });
    directory->load();
    QStringList ids = idsOf(directory->services());
    QVERIFY(ids.contains(u"3114"_s));
    QVERIFY(ids.contains(u"114"_s));
    QVERIFY(!ids.contains(u"sos-amitie"_s));
    // The therapist is psychological support, a category the policy does not show: it is the
    // user's own, and stays.
    QCOMPARE(ids.last(), own);
    for (const Service &service : directory->services()) {
        if (service.origin != ServiceOrigin::User) {
            QVERIFY2(service.category == ServiceCategory::SuicidePrevention
                             || service.category == ServiceCategory::DeafAccess,
                     qPrintable(service.id));
        }
    }
}

void TestServiceDirectory::ownServicesCanBeKeptOutAndStayStored()
{
    QString own;
    {
        auto directory = open();
        directory->load();
        own = directory->saveOwnService(therapist()).service->id;
    }
    {
        auto directory
                = open([](ServiceDirectory::Options &options) { options.allowOwnEntries = false; });
        directory->load();
        QVERIFY(!find(*directory, own));
        QVERIFY(!directory->isOwnService(own));
        QCOMPARE(directory->services().size(), bundledCount());
    }
    // Allowed again: the entry was kept.
    auto directory = open();
    directory->load();
    QVERIFY(find(*directory, own));
}

void TestServiceDirectory::keepsTheNumbersFormattedForTheNextStart()
{
    QList<PhoneNumberCache::Key> keys;
    {
        auto directory = open();
        directory->load();
        keys = directory->phoneNumberKeys();
        // Every number of the emergency banner and of the services, once each.
        QVERIFY(!directory->emergencyNumbers().isEmpty());
        QVERIFY(keys.contains(
                PhoneNumberCache::Key(directory->emergencyNumbers().first().number, u"FR"_s)));
        for (const Service &service : directory->services()) {
            for (const Contact &contact : service.contacts) {
                if (const auto key = PhoneNumberCache::keyOf(contact, service))
                    QCOMPARE(keys.count(*key), 1);
            }
        }
        QVERIFY(!directory->savePhoneNumbers());
    }
    // The next start finds them all, and formats none.
    PhoneNumberCache::clear();
    auto directory = open();
    QVERIFY(directory->load().fromCache);
    QVERIFY(PhoneNumberCache::contains(keys));
    const int misses = PhoneNumberCache::misses();
    for (const PhoneNumberCache::Key &key : keys)
        QCOMPARE(PhoneNumberCache::parse(key.first, key.second),
                 PhoneNumber::parse(key.first, key.second));
    QCOMPARE(PhoneNumberCache::misses(), misses);
    QVERIFY(!directory->savePhoneNumbers());
}

void TestServiceDirectory::numbersKeptUnusableAreFormattedAgain()
{
    QList<PhoneNumberCache::Key> keys;
    {
        auto directory = open();
        directory->load();
        keys = directory->phoneNumberKeys();
        QVERIFY(!directory->savePhoneNumbers());
    }
    {
        // Damaged, as after an upgrade of libphonenumber or a bad sector.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(DataLocation::databaseFile(m_data->path()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE meta SET value = x'00ff' WHERE key = 'cache.phone-numbers'"_s));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    PhoneNumberCache::clear();
    {
        auto directory = open();
        directory->load();
        QCOMPARE(PhoneNumberCache::size(), 0);
        QVERIFY(!directory->savePhoneNumbers());
    }
    PhoneNumberCache::clear();
    auto directory = open();
    directory->load();
    QVERIFY(PhoneNumberCache::contains(keys));
}

void TestServiceDirectory::clearingTheUsersDataForgetsTheKeptNumbers()
{
    const PhoneNumberCache::Key own(u"01 44 27 61 93"_s, u"FR"_s);
    {
        auto directory = open();
        directory->load();
        QVERIFY(!directory->phoneNumberKeys().contains(own));
        Service service = therapist();
        service.contacts.first().value = own.first;
        QVERIFY(directory->saveOwnService(service).service);
        QVERIFY(directory->phoneNumberKeys().contains(own));
        QVERIFY(!directory->savePhoneNumbers());
        QVERIFY(!directory->clearUserData());
        // Nothing kept in memory either.
        QVERIFY(!PhoneNumberCache::contains({own}));
    }
    PhoneNumberCache::clear();
    auto directory = open();
    directory->load();
    QCOMPARE(PhoneNumberCache::size(), 0);
    QVERIFY(!directory->phoneNumberKeys().contains(own));
}

QTEST_GUILESS_MAIN(TestServiceDirectory)
#include "tst_servicedirectory.moc"
