#ifndef HELPLINES_CORE_POLICYREADER_H
#define HELPLINES_CORE_POLICYREADER_H

#include "core/directory/diagnostic.h"
#include "core/json/jsonreader.h"
#include "core/policy/policy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Helplines {

// Reads what one source of policy sets (docs/deployment.md, "Policies"): a policies.json file,
// checked like directory files, every problem a Diagnostic with its line, column, JSON path
// and a fix hint; or the values of the Windows registry or of macOS managed preferences, as
// QSettings gives them. A setting with an error is left out (it keeps its default); the other
// settings still apply. A file that cannot be read as a policies document sets nothing.
class PolicyReader
{
public:
    struct Result
    {
        PolicySettings settings;
        QList<Diagnostic> diagnostics;
        // False when the document could not be read at all (not JSON, another format, ...).
        bool documentRead = false;

        bool hasErrors() const;
        qsizetype errorCount() const;
        qsizetype warningCount() const;
        // How many settings it sets.
        int settingCount() const;
    };

    PolicyReader() = default;
    explicit PolicyReader(const JsonReader::Limits &limits);

    // A relative "provisioningFile" is resolved against the file's folder.
    Result readFile(const QString &path) const;
    Result read(const QByteArray &bytes, const QString &fileName) const;

    // The values under a registry key or in a managed preferences .plist, named as in
    // valueNames(): strings, numbers (REG_DWORD), booleans and string lists (REG_MULTI_SZ, a
    // plist array). `locked` says whether they come from the mandatory place (the key
    // itself, the profile) or the recommended one. Diagnostics name `source.location` as
    // their file and the value's name as their path, without a line.
    static Result readValues(const QVariantMap &values, bool locked, const PolicySource &source);
    // "Language", "HideBundledDirectory", "CallAction", "Categories", "ProvisioningFile",
    // "AllowOwnEntries": the names of the keys in the registry and in managed preferences.
    static QStringList valueNames();

    // Whether a file is a policies file rather than a directory file: its name is
    // policies.json, or it is a JSON object without "services" or "publisher" that has at
    // least one key of a policies file. For helplines-cli check.
    static bool isPoliciesDocument(const QString &fileName, const QByteArray &bytes);

private:
    JsonReader::Limits m_limits;
};

} // namespace Helplines

#endif // HELPLINES_CORE_POLICYREADER_H
