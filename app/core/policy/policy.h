#ifndef HELPLINES_CORE_POLICY_H
#define HELPLINES_CORE_POLICY_H

#include "core/language.h"
#include "core/service.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Helplines {

// Where the value of a setting comes from.
struct PolicySource
{
    Q_DECLARE_TR_FUNCTIONS(PolicySource)

public:
    enum class Kind {
        // Helplines' own default.
        Default,
        // A policies.json file; location is its path.
        File,
        // The Windows registry (Group Policy); location is the key.
        Registry,
        // macOS managed preferences (a configuration profile); location is the .plist file.
        ManagedPreferences,
        // The user's own choice (the language chosen in the window's menu).
        UserPreference,
        // The command line (--lang).
        CommandLine,
    };

    Kind kind = Kind::Default;
    QString location;

    // "default", "file", "registry", "managed-preferences", "user", "command-line": for
    // helplines-cli policy --json.
    QString key() const;
    // Translated, for people: "default", "/etc/helplines/policies.json", "the registry,
    // HKLM\Software\Policies\Helplines", "your choice".
    QString description() const;

    friend bool operator==(const PolicySource &a, const PolicySource &b)
    {
        return a.kind == b.kind && a.location == b.location;
    }
};

// One setting as one source sets it: its value, and whether the user may change it.
template<typename T>
struct PolicySetting
{
    T value{};
    // Locked: the user cannot change it. Unlocked: a default the user may change.
    bool locked = false;
    PolicySource source;
};

// What one source of policy (a policies.json file, the registry, managed preferences) sets.
// A key it does not set is absent. Keys and their meaning: docs/deployment.md.
struct PolicySettings
{
    // "language": the language of the window.
    std::optional<PolicySetting<Language>> language;
    // "hideBundledDirectory": only the organisation's services, plus the user's own.
    std::optional<PolicySetting<bool>> hideBundledDirectory;
    // "callAction": whether the window offers Call and Send SMS buttons ("enabled").
    std::optional<PolicySetting<bool>> callAction;
    // "categories": the categories shown; the others are hidden.
    std::optional<PolicySetting<QList<ServiceCategory>>> categories;
    // "provisioningFile": the organisation's directory file.
    std::optional<PolicySetting<QString>> provisioningFile;
    // "allowOwnEntries": whether users may add services of their own.
    std::optional<PolicySetting<bool>> allowOwnEntries;

    bool isEmpty() const;
};

// The settings in force, from Helplines' defaults and the organisation's sources, with where
// each comes from. A plain value: built once at start-up and passed to whoever needs it.
//
// For each key, the first source in this order that sets it wins:
//   1. a locked value: the sources in the order given (the platform's managed settings, the
//      registry or managed preferences, before policies.json);
//   2. (the language only) the user's choice: --lang, then the choice saved from the menu;
//   3. an unlocked value, in the same order of sources;
//   4. Helplines' default.
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    // The keys, as written in policies.json.
    static QStringList keys();

    // Only defaults: no provisioning file, everything allowed.
    Policy() = default;
    // `sources`, most authoritative first. `defaultProvisioningFile` is the file looked for
    // when no source names one (directory.json in the system folder); empty for none.
    Policy(const QList<PolicySettings> &sources, const QString &defaultProvisioningFile);

    // The language set by the organisation, if any (value empty otherwise).
    PolicySetting<std::optional<Language>> language() const { return m_language; }
    bool isLanguageLocked() const { return m_language.value && m_language.locked; }
    // The language of the window: a locked policy language wins over everything; then the
    // user's choice (the command line's, else the one saved from the menu); then the
    // organisation's default; then the system's.
    PolicySetting<Language> effectiveLanguage(std::optional<Language> commandLine,
                                              std::optional<Language> saved, Language system) const;

    const PolicySetting<bool> &hideBundledDirectory() const { return m_hideBundledDirectory; }
    const PolicySetting<bool> &callAction() const { return m_callAction; }
    bool callActionEnabled() const { return m_callAction.value; }
    // Empty value: every category.
    const PolicySetting<QList<ServiceCategory>> &categories() const { return m_categories; }
    // Empty value: no provisioning file.
    const PolicySetting<QString> &provisioningFile() const { return m_provisioningFile; }
    // Whether a missing provisioning file is a problem to report: when a source named it.
    bool provisioningFileRequired() const
    {
        return m_provisioningFile.source.kind != PolicySource::Kind::Default;
    }
    const PolicySetting<bool> &allowOwnEntries() const { return m_allowOwnEntries; }

private:
    PolicySetting<std::optional<Language>> m_language;
    PolicySetting<bool> m_hideBundledDirectory;
    PolicySetting<bool> m_callAction{true, false, {}};
    PolicySetting<QList<ServiceCategory>> m_categories;
    PolicySetting<QString> m_provisioningFile;
    PolicySetting<bool> m_allowOwnEntries{true, false, {}};
};

} // namespace Helplines

#endif // HELPLINES_CORE_POLICY_H
