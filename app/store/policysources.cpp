#include "policysources.h"

#include "core/applicationinfo.h"
#include "core/policy/policyreader.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Helplines {

qsizetype PolicySources::Result::errorCount() const
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

QString PolicySources::Result::warning() const
{
    const qsizetype errors = errorCount();
    if (errors == 0)
        return {};
    return tr("Your organisation's settings have %n error(s); the settings concerned keep "
              "their defaults. “helplines-cli policy” lists them.",
              nullptr, int(errors));
}

QString PolicySources::platformFolder()
{
#if defined(Q_OS_WIN)
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = u"C:/ProgramData"_s;
    return QDir(QDir::fromNativeSeparators(programData)).filePath(u"Helplines"_s);
#elif defined(Q_OS_MACOS)
    return u"/Library/Application Support/Helplines"_s;
#else
    return u"/etc/helplines"_s;
#endif
}

PolicySources::Options PolicySources::fromEnvironment()
{
    Options options;
    const QString folder = qEnvironmentVariable(environmentVariable());
    if (!folder.isEmpty()) {
        options.systemFolder = QDir(folder).absolutePath();
        options.platformSettings = false;
    } else {
        options.systemFolder = platformFolder();
    }
    return options;
}

void PolicySources::addValues(const QVariantMap &values, const PolicySource &source, bool locked,
                              QList<PolicySettings> *sources, Result *result)
{
    const PolicyReader::Result read = PolicyReader::readValues(values, locked, source);
    result->places.append({source, locked, !values.isEmpty(), read.settingCount()});
    result->diagnostics.append(read.diagnostics);
    if (!read.settings.isEmpty())
        sources->append(read.settings);
}

void PolicySources::readPlatformSettings(QList<PolicySettings> *sources, Result *result)
{
#if defined(Q_OS_WIN)
    // Group Policy (packaging/windows/policy/helplines.admx) and the MSI write here.
    QSettings registry(u"HKEY_LOCAL_MACHINE\\Software\\Policies\\Helplines"_s,
                       QSettings::NativeFormat);
    const auto valuesOf = [&registry] {
        QVariantMap values;
        const QStringList names = registry.childKeys();
        for (const QString &name : names)
            values.insert(name, registry.value(name));
        return values;
    };
    const QString key = u"HKLM\\Software\\Policies\\Helplines"_s;
    const QVariantMap mandatory = valuesOf();
    registry.beginGroup(u"Recommended"_s);
    const QVariantMap recommended = valuesOf();
    registry.endGroup();
    addValues(mandatory, {PolicySource::Kind::Registry, key}, true, sources, result);
    addValues(recommended, {PolicySource::Kind::Registry, key + u"\\Recommended"_s}, false, sources,
              result);
#elif defined(Q_OS_MACOS)
    // A configuration profile whose payload type is the application's id
    // (packaging/macos/helplines.mobileconfig) installs these files.
    const QString name = ApplicationInfo::applicationId() + u".plist"_s;
    QStringList files{u"/Library/Managed Preferences/"_s + name};
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty())
        files.append(u"/Library/Managed Preferences/"_s + user + u'/' + name);
    for (const QString &file : std::as_const(files)) {
        if (!QFileInfo::exists(file)) {
            result->places.append({{PolicySource::Kind::ManagedPreferences, file}, true, false, 0});
            continue;
        }
        QSettings preferences(file, QSettings::NativeFormat);
        const auto valuesOf = [&preferences] {
            QVariantMap values;
            const QStringList names = preferences.childKeys();
            for (const QString &key : names) {
                // What the profile itself carries, not settings.
                if (!key.startsWith(u"Payload"_s))
                    values.insert(key, preferences.value(key));
            }
            return values;
        };
        const QVariantMap mandatory = valuesOf();
        preferences.beginGroup(u"Recommended"_s);
        const QVariantMap recommended = valuesOf();
        preferences.endGroup();
        addValues(mandatory, {PolicySource::Kind::ManagedPreferences, file}, true, sources, result);
        if (!recommended.isEmpty()) {
            addValues(recommended,
                      {PolicySource::Kind::ManagedPreferences, file + u" (Recommended)"_s}, false,
                      sources, result);
        }
    }
#else
    Q_UNUSED(sources);
    Q_UNUSED(result);
#endif
}

PolicySources::Result PolicySources::load(const Options &options)
{
    Result result;
    result.systemFolder = options.systemFolder;
    QList<PolicySettings> sources;
    if (options.platformSettings)
        readPlatformSettings(&sources, &result);

    const QString policiesFile = QDir(options.systemFolder).filePath(u"policies.json"_s);
    Place place{{PolicySource::Kind::File, policiesFile}, true, false, 0};
    if (QFileInfo::exists(policiesFile)) {
        const PolicyReader::Result read = PolicyReader().readFile(policiesFile);
        place.found = true;
        place.settingCount = read.settingCount();
        result.diagnostics.append(read.diagnostics);
        if (!read.settings.isEmpty())
            sources.append(read.settings);
    }
    // The file is listed first: it is what most administrators look at.
    result.places.prepend(place);

    result.policy = Policy(sources, QDir(options.systemFolder).filePath(u"directory.json"_s));
    return result;
}

} // namespace Helplines
