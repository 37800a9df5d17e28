#include "policyreader.h"

#include "core/directory/wordsuggestion.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using Code = Diagnostic::Code;
using Severity = Diagnostic::Severity;

enum Key {
    KeyLanguage,
    KeyHideBundledDirectory,
    KeyCallAction,
    KeyCategories,
    KeyProvisioningFile,
    KeyAllowOwnEntries,
    KeyCount
};

// The keys of the file's top level besides the settings.
const QStringList documentKeys{u"format"_s, u"comment"_s};
// The keys of one setting's object.
const QStringList settingKeys{u"value"_s, u"locked"_s, u"comment"_s};
const QStringList languageValues{u"fr"_s, u"en"_s};
const QStringList callActionValues{u"enabled"_s, u"disabled"_s};

// The value as it could be written in the file, for a hint: "fr" with its quotes, true, 12.
QString writtenForm(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::String:
        return u'"' + value.toString() + u'"';
    case JsonValue::Type::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case JsonValue::Type::Number:
        return QString::number(value.toDouble(), 'g', 17);
    case JsonValue::Type::Array:
        return u"[…]"_s;
    case JsonValue::Type::Null:
        return u"null"_s;
    case JsonValue::Type::Object:
    case JsonValue::Type::Undefined:
        break;
    }
    return u"…"_s;
}

QString childPath(const QString &path, QStringView field)
{
    return path.isEmpty() ? field.toString() : path + u'.' + field.toString();
}

// Checks one policies document, collecting its settings and diagnostics.
class PolicyValidator
{
public:
    PolicyValidator(const QString &fileName, PolicyReader::Result *result)
        : m_fileName(fileName)
        , m_result(result)
    {
        m_source.kind = PolicySource::Kind::File;
        m_source.location = fileName;
    }

    void readDocument(const JsonValue &root);

private:
    Diagnostic &report(Severity severity, Code code, const JsonValue &at, const QString &path,
                       QStringList arguments = {})
    {
        Diagnostic diagnostic;
        diagnostic.severity = severity;
        diagnostic.code = code;
        diagnostic.file = m_fileName;
        diagnostic.line = at.line();
        diagnostic.column = at.column();
        diagnostic.path = path;
        diagnostic.arguments = std::move(arguments);
        if (severity == Severity::Error)
            ++m_errors;
        m_result->diagnostics.append(std::move(diagnostic));
        return m_result->diagnostics.last();
    }
    void error(Code code, const JsonValue &at, const QString &path, QStringList arguments = {})
    {
        report(Severity::Error, code, at, path, std::move(arguments));
    }
    bool expectType(const JsonValue &value, const QString &path, QStringView field,
                    JsonValue::Type type, const QString &typeKey);
    void readSetting(Key key, const JsonValue &object, const QString &path);

    QString m_fileName;
    PolicyReader::Result *m_result;
    PolicySource m_source;
    int m_errors = 0;
};

bool PolicyValidator::expectType(const JsonValue &value, const QString &path, QStringView field,
                                 JsonValue::Type type, const QString &typeKey)
{
    if (value.type() == type)
        return true;
    error(Code::WrongType, value, path, {field.toString(), typeKey, value.typeName()});
    return false;
}

void PolicyValidator::readDocument(const JsonValue &root)
{
    if (!root.isObject()) {
        error(Code::WrongType, root, QString(), {QString(), u"object"_s, root.typeName()});
        return;
    }
    const QStringList keys = Policy::keys();
    const QStringList known = keys + documentKeys;
    const JsonValue format = root.value(u"format");
    if (format.isUndefined()) {
        error(Code::MissingField, root, u"format"_s, {u"format"_s, u"\"format\": 1"_s});
    } else if (!format.isNumber() || !format.isInteger()) {
        error(Code::WrongType, format, u"format"_s, {u"format"_s, u"integer"_s, format.typeName()});
    } else if (format.toDouble() != 1.0) {
        error(Code::UnsupportedFormat, format, u"format"_s,
              {QString::number(format.toDouble(), 'g', 17)});
        return;
    }
    m_result->documentRead = true;

    for (qsizetype i = 0; i < root.size(); ++i) {
        const JsonValue keyValue = root.keyAt(i);
        const QString name = keyValue.toString();
        const JsonValue value = root.valueAt(i);
        const qsizetype index = keys.indexOf(name);
        if (index >= 0) {
            readSetting(Key(index), value, name);
        } else if (name == u"comment") {
            expectType(value, name, name, JsonValue::Type::String, u"string"_s);
        } else if (name != u"format") {
            report(Severity::Warning, Code::UnknownField, keyValue, name,
                   {name, WordSuggestion::nearest(name, known), known.join(u", "_s)});
        }
    }
}

void PolicyValidator::readSetting(Key key, const JsonValue &object, const QString &path)
{
    const int errorsBefore = m_errors;
    const QString field = Policy::keys().at(key);
    if (!object.isObject()) {
        error(Code::SettingNotObject, object, path, {field, writtenForm(object)});
        return;
    }
    JsonValue value;
    bool locked = false;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const JsonValue keyValue = object.keyAt(i);
        const QString name = keyValue.toString();
        const JsonValue member = object.valueAt(i);
        const QString memberPath = childPath(path, name);
        if (name == u"value") {
            value = member;
        } else if (name == u"locked") {
            if (expectType(member, memberPath, name, JsonValue::Type::Bool, u"boolean"_s))
                locked = member.toBool();
        } else if (name == u"comment") {
            expectType(member, memberPath, name, JsonValue::Type::String, u"string"_s);
        } else {
            report(Severity::Warning, Code::UnknownField, keyValue, memberPath,
                   {name, WordSuggestion::nearest(name, settingKeys), settingKeys.join(u", "_s)});
        }
    }
    const QString valuePath = childPath(path, u"value");
    if (value.isUndefined()) {
        error(Code::MissingField, object, valuePath,
              {u"value"_s, u"\"value\": "_s + (key == KeyLanguage ? u"\"fr\""_s : u"…"_s)});
        return;
    }

    PolicySettings &settings = m_result->settings;
    switch (key) {
    case KeyLanguage:
    case KeyCallAction: {
        if (!expectType(value, valuePath, field, JsonValue::Type::String, u"string"_s))
            return;
        const QString text = value.toString();
        const QStringList &allowed = key == KeyLanguage ? languageValues : callActionValues;
        if (!allowed.contains(text)) {
            error(Code::UnknownValue, value, valuePath,
                  {field, text, allowed.join(u", "_s), WordSuggestion::nearest(text, allowed)});
            return;
        }
        if (m_errors != errorsBefore)
            return;
        if (key == KeyLanguage) {
            settings.language = PolicySetting<Language>{
                    text == u"fr" ? Language::French : Language::English, locked, m_source};
        } else {
            settings.callAction = PolicySetting<bool>{text == u"enabled", locked, m_source};
        }
        return;
    }
    case KeyHideBundledDirectory:
    case KeyAllowOwnEntries: {
        if (!expectType(value, valuePath, field, JsonValue::Type::Bool, u"boolean"_s)
            || m_errors != errorsBefore)
            return;
        (key == KeyHideBundledDirectory ? settings.hideBundledDirectory : settings.allowOwnEntries)
                = PolicySetting<bool>{value.toBool(), locked, m_source};
        return;
    }
    case KeyCategories: {
        if (!expectType(value, valuePath, field, JsonValue::Type::Array, u"array"_s))
            return;
        if (value.size() == 0) {
            error(Code::EmptyValue, value, valuePath,
                  {field, u"\"value\": [\"employee-assistance\", \"suicide-prevention\"]"_s});
            return;
        }
        const QStringList allowed = categoryKeys();
        QList<ServiceCategory> categories;
        QSet<QString> seen;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const JsonValue item = value.at(i);
            const QString itemPath = valuePath + u'[' + QString::number(i) + u']';
            if (!expectType(item, itemPath, field, JsonValue::Type::String, u"string"_s))
                continue;
            const QString text = item.toString();
            if (seen.contains(text)) {
                report(Severity::Warning, Code::DuplicateValue, item, itemPath, {field, text});
                continue;
            }
            seen.insert(text);
            const std::optional<ServiceCategory> category = categoryFromKey(text);
            if (!category) {
                error(Code::UnknownValue, item, itemPath,
                      {field, text, allowed.join(u", "_s), WordSuggestion::nearest(text, allowed)});
                continue;
            }
            categories.append(*category);
        }
        if (m_errors == errorsBefore)
            settings.categories
                    = PolicySetting<QList<ServiceCategory>>{categories, locked, m_source};
        return;
    }
    case KeyProvisioningFile: {
        if (!expectType(value, valuePath, field, JsonValue::Type::String, u"string"_s))
            return;
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            error(Code::EmptyValue, value, valuePath,
                  {field, u"\"value\": \"/etc/helplines/directory.json\""_s});
            return;
        }
        if (m_errors != errorsBefore)
            return;
        // A relative path is relative to the policies file's folder.
        const QString file
                = QDir::cleanPath(QFileInfo(m_fileName)
                                          .absoluteDir()
                                          .absoluteFilePath(QDir::fromNativeSeparators(text)));
        settings.provisioningFile = PolicySetting<QString>{file, locked, m_source};
        return;
    }
    case KeyCount:
        break;
    }
}

Diagnostic jsonDiagnostic(const JsonError &error, const QString &fileName)
{
    Diagnostic diagnostic;
    diagnostic.code = Code::Json;
    diagnostic.file = fileName;
    diagnostic.line = error.line;
    diagnostic.column = error.column;
    diagnostic.relatedLine = error.relatedLine;
    diagnostic.cause = error;
    return diagnostic;
}

void sortByPosition(QList<Diagnostic> *diagnostics)
{
    std::stable_sort(diagnostics->begin(), diagnostics->end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
}

// A registry or managed-preferences value as a boolean: true/false, 1/0 (REG_DWORD), or the
// same words written as a string.
std::optional<bool> toBoolean(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        const qlonglong number = value.toLongLong();
        if (number == 0 || number == 1)
            return number == 1;
        return std::nullopt;
    }
    case QMetaType::QString: {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"1" || text == u"true")
            return true;
        if (text == u"0" || text == u"false")
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString typeKeyOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return u"boolean"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return u"number"_s;
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return u"string"_s;
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return u"array"_s;
    case QMetaType::QVariantMap:
        return u"object"_s;
    default:
        return QString::fromLatin1(value.typeName());
    }
}

} // namespace

bool PolicyReader::Result::hasErrors() const
{
    return errorCount() > 0;
}

qsizetype PolicyReader::Result::errorCount() const
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

qsizetype PolicyReader::Result::warningCount() const
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &diagnostic) { return diagnostic.isWarning(); });
}

int PolicyReader::Result::settingCount() const
{
    return int(bool(settings.language)) + int(bool(settings.hideBundledDirectory))
           + int(bool(settings.callAction)) + int(bool(settings.categories))
           + int(bool(settings.provisioningFile)) + int(bool(settings.allowOwnEntries));
}

PolicyReader::PolicyReader(const JsonReader::Limits &limits)
    : m_limits(limits)
{}

PolicyReader::Result PolicyReader::readFile(const QString &path) const
{
    const JsonDocument document = JsonReader(m_limits).readFile(path);
    Result result;
    if (!document.isValid()) {
        result.diagnostics.append(jsonDiagnostic(document.error(), path));
        return result;
    }
    PolicyValidator(path, &result).readDocument(document.root());
    sortByPosition(&result.diagnostics);
    return result;
}

PolicyReader::Result PolicyReader::read(const QByteArray &bytes, const QString &fileName) const
{
    const JsonDocument document = JsonReader(m_limits).read(bytes);
    Result result;
    if (!document.isValid()) {
        result.diagnostics.append(jsonDiagnostic(document.error(), fileName));
        return result;
    }
    PolicyValidator(fileName, &result).readDocument(document.root());
    sortByPosition(&result.diagnostics);
    return result;
}

QStringList PolicyReader::valueNames()
{
    return {u"Language"_s,   u"HideBundledDirectory"_s, u"CallAction"_s,
            u"Categories"_s, u"ProvisioningFile"_s,     u"AllowOwnEntries"_s};
}

PolicyReader::Result PolicyReader::readValues(const QVariantMap &values, bool locked,
                                              const PolicySource &source)
{
    Result result;
    result.documentRead = true;
    const QStringList names = valueNames();
    const auto report
            = [&](Severity severity, Code code, const QString &name, QStringList arguments) {
                  Diagnostic diagnostic;
                  diagnostic.severity = severity;
                  diagnostic.code = code;
                  diagnostic.file = source.location;
                  diagnostic.path = name;
                  diagnostic.arguments = std::move(arguments);
                  result.diagnostics.append(std::move(diagnostic));
              };
    const auto wrongType = [&](const QString &name, const QString &expected,
                               const QVariant &value) {
        report(Severity::Error, Code::WrongType, name, {name, expected, typeKeyOf(value)});
    };
    const auto oneOf = [&](const QString &name, const QVariant &value,
                           const QStringList &allowed) -> std::optional<QString> {
        if (value.typeId() != QMetaType::QString) {
            wrongType(name, u"string"_s, value);
            return std::nullopt;
        }
        const QString text = value.toString().trimmed().toLower();
        if (!allowed.contains(text)) {
            report(Severity::Error, Code::UnknownValue, name,
                   {name, value.toString(), allowed.join(u", "_s),
                    WordSuggestion::nearest(text, allowed)});
            return std::nullopt;
        }
        return text;
    };

    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &name = it.key();
        const QVariant &value = it.value();
        qsizetype index = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            // Registry names are not case-sensitive.
            if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            report(Severity::Warning, Code::UnknownField, name,
                   {name, WordSuggestion::nearest(name, names), names.join(u", "_s)});
            continue;
        }
        PolicySettings &settings = result.settings;
        switch (Key(index)) {
        case KeyLanguage:
            if (const auto text = oneOf(name, value, languageValues)) {
                settings.language = PolicySetting<Language>{
                        *text == u"fr" ? Language::French : Language::English, locked, source};
            }
            break;
        case KeyCallAction:
            if (const auto text = oneOf(name, value, callActionValues))
                settings.callAction = PolicySetting<bool>{*text == u"enabled", locked, source};
            break;
        case KeyHideBundledDirectory:
        case KeyAllowOwnEntries: {
            const std::optional<bool> flag = toBoolean(value);
            if (!flag) {
                wrongType(name, u"boolean"_s, value);
                break;
            }
            (index == KeyHideBundledDirectory ? settings.hideBundledDirectory
                                              : settings.allowOwnEntries)
                    = PolicySetting<bool>{*flag, locked, source};
            break;
        }
        case KeyCategories: {
            QStringList items;
            if (value.typeId() == QMetaType::QStringList
                || value.typeId() == QMetaType::QVariantList) {
                items = value.toStringList();
            } else if (value.typeId() == QMetaType::QString) {
                // One string: the keys separated by commas, semicolons or spaces.
                static const QRegularExpression separators(u"[,;\\s]+"_s);
                items = value.toString().split(separators, Qt::SkipEmptyParts);
            } else {
                wrongType(name, u"array"_s, value);
                break;
            }
            QList<ServiceCategory> categories;
            bool ok = !items.isEmpty();
            if (items.isEmpty()) {
                report(Severity::Error, Code::EmptyValue, name,
                       {name, u"employee-assistance, suicide-prevention"_s});
            }
            const QStringList allowed = categoryKeys();
            for (const QString &item : std::as_const(items)) {
                const QString text = item.trimmed();
                const std::optional<ServiceCategory> category = categoryFromKey(text);
                if (!category) {
                    report(Severity::Error, Code::UnknownValue, name,
                           {name, text, allowed.join(u", "_s),
                            WordSuggestion::nearest(text, allowed)});
                    ok = false;
                } else if (!categories.contains(*category)) {
                    categories.append(*category);
                }
            }
            if (ok) {
                settings.categories
                        = PolicySetting<QList<ServiceCategory>>{categories, locked, source};
            }
            break;
        }
        case KeyProvisioningFile: {
            if (value.typeId() != QMetaType::QString) {
                wrongType(name, u"string"_s, value);
                break;
            }
            const QString text = value.toString().trimmed();
            if (text.isEmpty()) {
                report(Severity::Error, Code::EmptyValue, name, {name, QString()});
            } else if (!QDir::isAbsolutePath(QDir::fromNativeSeparators(text))) {
                report(Severity::Error, Code::NotAbsolutePath, name, {name, text});
            } else {
                settings.provisioningFile = PolicySetting<QString>{
                        QDir::cleanPath(QDir::fromNativeSeparators(text)), locked, source};
            }
            break;
        }
        case KeyCount:
            break;
        }
    }
    return result;
}

bool PolicyReader::isPoliciesDocument(const QString &fileName, const QByteArray &bytes)
{
    if (QFileInfo(fileName).fileName().compare(u"policies.json"_s, Qt::CaseInsensitive) == 0)
        return true;
    const JsonDocument document = JsonReader().read(bytes);
    if (!document.isValid() || !document.root().isObject())
        return false;
    const JsonValue &root = document.root();
    if (!root.value(u"services").isUndefined() || !root.value(u"publisher").isUndefined())
        return false;
    const QStringList keys = Policy::keys();
    return std::any_of(keys.begin(), keys.end(),
                       [&root](const QString &key) { return !root.value(key).isUndefined(); });
}

} // namespace Helplines
