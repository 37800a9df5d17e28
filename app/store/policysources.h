#ifndef HELPLINES_STORE_POLICYSOURCES_H
#define HELPLINES_STORE_POLICYSOURCES_H

#include "core/directory/diagnostic.h"
#include "core/policy/policy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Helplines {

// Where an organisation's system-wide settings are, and reading them into a Policy
// (docs/deployment.md, "Provisioning and policies"):
//
// - the system folder: HELPLINES_SYSTEM_DIR when it is set, else /etc/helplines on Linux,
//   %ProgramData%\Helplines on Windows, /Library/Application Support/Helplines on macOS. It
//   holds policies.json (the settings) and directory.json (the provisioning file, unless a
//   setting names another one);
// - on Windows, the registry: HKLM\Software\Policies\Helplines (Group Policy; its values are
//   locked) and its Recommended subkey (defaults the user may change);
// - on macOS, the managed preferences of the application's id, installed by a configuration
//   profile: /Library/Managed Preferences/fr.helplines.Helplines.plist, then the user's own
//   under /Library/Managed Preferences/<user>/ (locked; a Recommended dictionary inside holds
//   defaults).
//
// The registry and managed preferences come before policies.json. When HELPLINES_SYSTEM_DIR is
// set, only its files are read: tests, and trying a policy before rolling it out, never see
// the machine's own settings.
class PolicySources
{
    Q_DECLARE_TR_FUNCTIONS(PolicySources)

public:
    struct Options
    {
        // Where policies.json and directory.json are looked for.
        QString systemFolder;
        // Whether the registry or managed preferences are read too.
        bool platformSettings = true;
    };

    // One place that was looked at.
    struct Place
    {
        PolicySource source;
        // Whether its values are locked (the registry key itself, a profile) or defaults.
        bool locked = true;
        bool found = false;
        int settingCount = 0;
    };

    struct Result
    {
        Policy policy;
        QString systemFolder;
        // policies.json, then the platform's places, as they were looked at.
        QList<Place> places;
        // The problems of policies.json and of the platform's values; the settings concerned
        // keep their defaults.
        QList<Diagnostic> diagnostics;

        qsizetype errorCount() const;
        // What to tell the user about them, translated when called; empty when all is well.
        QString warning() const;
    };

    static const char *environmentVariable() { return "HELPLINES_SYSTEM_DIR"; }
    // The platform's system folder.
    static QString platformFolder();
    // HELPLINES_SYSTEM_DIR when set (then without the platform's settings), else the
    // platform's folder and settings.
    static Options fromEnvironment();

    static Result load(const Options &options);

private:
    static void readPlatformSettings(QList<PolicySettings> *sources, Result *result);
    static void addValues(const QVariantMap &values, const PolicySource &source, bool locked,
                          QList<PolicySettings> *sources, Result *result);
};

} // namespace Helplines

#endif // HELPLINES_STORE_POLICYSOURCES_H
