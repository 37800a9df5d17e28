#include "policycommand.h"

#include "cli/console.h"
#include "store/datalocation.h"
#include "store/policysources.h"
#include "store/servicestore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// One line of the table: a key of policies.json and its setting in force.
struct Row
{
    QString key;
    QJsonValue value;
    bool locked = false;
    PolicySource source;
};

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(item.toString());
        return items.join(u", "_s);
    }
    default:
        return {};
    }
}

template<typename T>
Row rowOf(const QString &key, const PolicySetting<T> &setting, const QJsonValue &value)
{
    return {key, value, setting.locked, setting.source};
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject diagnosticJson(const Diagnostic &diagnostic)
{
    return {
            {u"file"_s, diagnostic.file},         {u"line"_s, diagnostic.line},
            {u"column"_s, diagnostic.column},     {u"severity"_s, diagnostic.severityName()},
            {u"code"_s, diagnostic.codeName()},   {u"path"_s, stringOrNull(diagnostic.path)},
            {u"message"_s, diagnostic.message()}, {u"hint"_s, stringOrNull(diagnostic.hint())},
    };
}

// The language the user chose in the window, saved in their data.
std::optional<Language> savedLanguage(const CommonOptions &common)
{
    const QString file = DataLocation::databaseFile(DataLocation::resolve(common.dataDirectory));
    if (!QFileInfo::exists(file))
        return std::nullopt;
    ServiceStore store(u"helplines-cli-policy"_s);
    if (store.open(file))
        return std::nullopt;
    const std::optional<QByteArray> saved = store.preference(u"language"_s);
    if (!saved)
        return std::nullopt;
    return languageFromCode(QString::fromUtf8(*saved));
}

} // namespace

QString PolicyCommand::summary() const
{
    return tr("Show the settings in force, whether each is locked, and where it comes from.");
}

void PolicyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, tr("Print a JSON object.")});
}

int PolicyCommand::run(const QCommandLineParser &parser, const CommonOptions &common,
                       Console &console)
{
    if (parser.positionalArguments().size() > 1) {
        console.err() << tr("helplines-cli policy: unexpected argument “%1”.")
                                 .arg(parser.positionalArguments().at(1))
                      << u'\n';
        return ExitUsage;
    }
    const PolicySources::Result sources = PolicySources::load(PolicySources::fromEnvironment());
    const Policy &policy = sources.policy;

    const Language system = preferredLanguage(QLocale::system().uiLanguages());
    const PolicySetting<Language> language
            = policy.effectiveLanguage(std::nullopt, savedLanguage(common), system);
    QJsonArray categories;
    for (const ServiceCategory category : policy.categories().value)
        categories.append(categoryKey(category));
    const QString provisioningFile = policy.provisioningFile().value;
    const QList<Row> rows{
            rowOf(u"language"_s, language, languageCode(language.value)),
            rowOf(u"hideBundledDirectory"_s, policy.hideBundledDirectory(),
                  policy.hideBundledDirectory().value),
            rowOf(u"callAction"_s, policy.callAction(),
                  policy.callAction().value ? u"enabled"_s : u"disabled"_s),
            rowOf(u"categories"_s, policy.categories(),
                  categories.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(categories)),
            rowOf(u"provisioningFile"_s, policy.provisioningFile(),
                  stringOrNull(QDir::toNativeSeparators(provisioningFile))),
            rowOf(u"allowOwnEntries"_s, policy.allowOwnEntries(), policy.allowOwnEntries().value),
    };
    const bool provisioningFound
            = !provisioningFile.isEmpty() && QFileInfo::exists(provisioningFile);
    const bool provisioningMissing = policy.provisioningFileRequired() && !provisioningFound;
    const bool failed = sources.errorCount() > 0 || provisioningMissing;

    if (parser.isSet(u"json"_s)) {
        QJsonObject settings;
        for (const Row &row : rows) {
            QJsonObject setting{
                    {u"value"_s, row.value},
                    {u"locked"_s, row.locked},
                    {u"source"_s, row.source.key()},
                    {u"location"_s, stringOrNull(QDir::toNativeSeparators(row.source.location))},
            };
            if (row.key == u"provisioningFile")
                setting.insert(u"found"_s, provisioningFound);
            settings.insert(row.key, setting);
        }
        QJsonArray places;
        for (const PolicySources::Place &place : sources.places) {
            places.append(QJsonObject{
                    {u"kind"_s, place.source.key()},
                    {u"location"_s, QDir::toNativeSeparators(place.source.location)},
                    {u"locked"_s, place.source.kind == PolicySource::Kind::File
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(place.locked)},
                    {u"found"_s, place.found},
                    {u"settings"_s, place.settingCount},
            });
        }
        QJsonArray problems;
        for (const Diagnostic &diagnostic : sources.diagnostics)
            problems.append(diagnosticJson(diagnostic));
        const QJsonObject object{
                {u"folder"_s, QDir::toNativeSeparators(sources.systemFolder)},
                {u"sources"_s, places},
                {u"settings"_s, settings},
                {u"problems"_s, problems},
        };
        console.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return failed ? ExitFailure : ExitSuccess;
    }

    QTextStream &out = console.out();
    out << tr("System folder: %1").arg(QDir::toNativeSeparators(sources.systemFolder)) << u"\n\n"_s;
    out << tr("Settings in force:") << u'\n';
    qsizetype keyWidth = 0;
    qsizetype valueWidth = 0;
    for (const Row &row : rows) {
        keyWidth = qMax(keyWidth, row.key.size());
        valueWidth = qMax(valueWidth, text(row.value).size());
    }
    //: The value of the "categories" setting when no category is hidden
    const QString allCategories = tr("all");
    //: The value of the "provisioningFile" setting when there is none
    const QString none = tr("none");
    valueWidth = qMin<qsizetype>(std::max({valueWidth, allCategories.size(), none.size()}), 48);
    const QString locked = tr("locked");
    const QString unlocked = tr("not locked");
    const qsizetype lockWidth = qMax(locked.size(), unlocked.size());
    for (const Row &row : rows) {
        QString value = text(row.value);
        if (value.isEmpty())
            value = row.key == u"categories" ? allCategories : none;
        out << u"  "_s << row.key.leftJustified(keyWidth) << u"  "_s
            << value.leftJustified(valueWidth) << u"  "_s
            << (row.locked ? locked : unlocked).leftJustified(lockWidth) << u"  "_s
            << row.source.description() << u'\n';
    }
    out << u'\n';
    if (!provisioningFile.isEmpty()) {
        const QString file = QDir::toNativeSeparators(provisioningFile);
        if (provisioningFound)
            out << tr("The provisioning file %1 is present.").arg(file) << u'\n';
        else if (provisioningMissing)
            out << tr("The provisioning file %1 is missing, although a setting names it.").arg(file)
                << u'\n';
        else
            out << tr("There is no provisioning file (%1 is absent).").arg(file) << u'\n';
    }
    out << u'\n' << tr("Sources:") << u'\n';
    for (const PolicySources::Place &place : sources.places) {
        const QString where = place.source.kind == PolicySource::Kind::File
                                      ? QDir::toNativeSeparators(place.source.location)
                                      : place.source.description();
        if (!place.found) {
            out << u"  "_s << tr("%1: absent").arg(where) << u'\n';
        } else {
            out << u"  "_s << tr("%1: %n setting(s)", nullptr, place.settingCount).arg(where)
                << u'\n';
        }
    }
    if (!sources.diagnostics.isEmpty()) {
        out << u'\n' << tr("Problems:") << u'\n';
        for (const Diagnostic &diagnostic : sources.diagnostics)
            out << u"  "_s << diagnostic.toString() << u'\n';
    }
    return failed ? ExitFailure : ExitSuccess;
}

} // namespace Helplines
