#include "policy.h"

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// The setting of `sources` that wins for one key: the first locked one, else the first one.
template<typename T>
const std::optional<PolicySetting<T>> *winner(const QList<PolicySettings> &sources,
                                              std::optional<PolicySetting<T>> PolicySettings::*key)
{
    const std::optional<PolicySetting<T>> *first = nullptr;
    for (const PolicySettings &settings : sources) {
        const std::optional<PolicySetting<T>> &setting = settings.*key;
        if (!setting)
            continue;
        if (setting->locked)
            return &setting;
        if (!first)
            first = &setting;
    }
    return first;
}

template<typename T>
void resolve(const QList<PolicySettings> &sources,
             std::optional<PolicySetting<T>> PolicySettings::*key, PolicySetting<T> *out)
{
    if (const auto *setting = winner(sources, key))
        *out = **setting;
}

} // namespace

QString PolicySource::key() const
{
    switch (kind) {
    case Kind::Default:
        return u"default"_s;
    case Kind::File:
        return u"file"_s;
    case Kind::Registry:
        return u"registry"_s;
    case Kind::ManagedPreferences:
        return u"managed-preferences"_s;
    case Kind::UserPreference:
        return u"user"_s;
    case Kind::CommandLine:
        return u"command-line"_s;
    }
    return {};
}

QString PolicySource::description() const
{
    switch (kind) {
    case Kind::Default:
        //: Where a setting comes from: Helplines' own default
        return tr("default");
    case Kind::File:
        return location;
    case Kind::Registry:
        //: Where a setting comes from; %1 is a registry key
        return tr("the registry, %1").arg(location);
    case Kind::ManagedPreferences:
        //: Where a setting comes from on macOS; %1 is a .plist file
        return tr("managed preferences, %1").arg(location);
    case Kind::UserPreference:
        //: Where a setting comes from: the user chose it in the window's menu
        return tr("the user's choice");
    case Kind::CommandLine:
        return tr("the command line");
    }
    return {};
}

bool PolicySettings::isEmpty() const
{
    return !language && !hideBundledDirectory && !callAction && !categories && !provisioningFile
           && !allowOwnEntries;
}

QStringList Policy::keys()
{
    return {u"language"_s,   u"hideBundledDirectory"_s, u"callAction"_s,
            u"categories"_s, u"provisioningFile"_s,     u"allowOwnEntries"_s};
}

Policy::Policy(const QList<PolicySettings> &sources, const QString &defaultProvisioningFile)
{
    if (const auto *language = winner(sources, &PolicySettings::language)) {
        m_language.value = (*language)->value;
        m_language.locked = (*language)->locked;
        m_language.source = (*language)->source;
    }
    resolve(sources, &PolicySettings::hideBundledDirectory, &m_hideBundledDirectory);
    resolve(sources, &PolicySettings::callAction, &m_callAction);
    resolve(sources, &PolicySettings::categories, &m_categories);
    m_provisioningFile.value = defaultProvisioningFile;
    resolve(sources, &PolicySettings::provisioningFile, &m_provisioningFile);
    resolve(sources, &PolicySettings::allowOwnEntries, &m_allowOwnEntries);
}

PolicySetting<Language> Policy::effectiveLanguage(std::optional<Language> commandLine,
                                                  std::optional<Language> saved,
                                                  Language system) const
{
    if (m_language.value && m_language.locked)
        return {*m_language.value, true, m_language.source};
    if (commandLine)
        return {*commandLine, false, {PolicySource::Kind::CommandLine, {}}};
    if (saved)
        return {*saved, false, {PolicySource::Kind::UserPreference, {}}};
    if (m_language.value)
        return {*m_language.value, false, m_language.source};
    return {system, false, {}};
}

} // namespace Helplines
