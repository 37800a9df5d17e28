#include "directoryreader.h"

#include "core/calendar/publicholidays.h"
#include "core/directory/wordsuggestion.h"
#include "core/openinghours/openinghours.h"
#include "core/phone/phonenumber.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using Code = Diagnostic::Code;
using Severity = Diagnostic::Severity;

constexpr qsizetype maxIdLength = 64;
const QString defaultTimeZone = u"Europe/Paris"_s;
const QString defaultHolidays = u"FR"_s;

// The fields of each kind of object, in the order of docs/directory-format.md.
enum TopField { TopFormat, TopPublisher, TopEmergency, TopServices, TopHide, TopFieldCount };
constexpr std::array<QStringView, TopFieldCount> topFields{u"format", u"publisher", u"emergency",
                                                           u"services", u"hide"};

enum PublisherField { PublisherName, PublisherUrl, PublisherUpdated, PublisherFieldCount };
constexpr std::array<QStringView, PublisherFieldCount> publisherFields{u"name", u"url", u"updated"};

enum ServiceField {
    ServiceId,
    ServiceName,
    ServiceDescription,
    ServiceAudience,
    ServiceOrganisation,
    ServiceCategory_,
    ServiceScope_,
    ServiceRegion,
    ServiceContacts,
    ServiceHours,
    ServiceHoursNote,
    ServiceTimeZone,
    ServiceHolidays,
    ServiceLocation,
    ServiceCost,
    ServiceCostNote,
    ServiceAnonymous,
    ServiceAccessibility,
    ServiceAccessibilityNote,
    ServiceLanguages,
    ServiceSource,
    ServiceVerified,
    ServiceStatus_,
    ServiceStatusNote,
    ServicePinned,
    ServiceFieldCount
};
constexpr std::array<QStringView, ServiceFieldCount> serviceFields{
        u"id",         u"name",      u"description",   u"audience",           u"organisation",
        u"category",   u"scope",     u"region",        u"contacts",           u"hours",
        u"hours_note", u"timezone",  u"holidays",      u"location",           u"cost",
        u"cost_note",  u"anonymous", u"accessibility", u"accessibility_note", u"languages",
        u"source",     u"verified",  u"status",        u"status_note",        u"pinned",
};

enum ContactField {
    ContactKind_,
    ContactValue,
    ContactLabel,
    ContactHours,
    ContactNote,
    ContactFieldCount
};
constexpr std::array<QStringView, ContactFieldCount> contactFields{u"kind", u"value", u"label",
                                                                   u"hours", u"note"};

enum EmergencyField {
    EmergencyId,
    EmergencyNumber_,
    EmergencyKind,
    EmergencyName,
    EmergencyDescription,
    EmergencyFieldCount
};
constexpr std::array<QStringView, EmergencyFieldCount> emergencyFields{u"id", u"number", u"kind",
                                                                       u"name", u"description"};

// An entry of "hide" written as an object, to say why the service is hidden.
enum HideField { HideId, HideReason, HideFieldCount };
constexpr std::array<QStringView, HideFieldCount> hideFields{u"id", u"reason"};

enum TextField { TextFr, TextEn, TextFieldCount };
constexpr std::array<QStringView, TextFieldCount> textFields{u"fr", u"en"};

enum LocationField { LocationLat, LocationLon, LocationFieldCount };
constexpr std::array<QStringView, LocationFieldCount> locationFields{u"lat", u"lon"};

// What to write for a missing field, in the hint.
QString exampleFor(QStringView field)
{
    static constexpr std::array<std::pair<QStringView, QStringView>, 17> examples{{
            {u"format", u"\"format\": 1"},
            {u"publisher", u"\"publisher\": {\"name\": {\"fr\": \"…\", \"en\": \"…\"}}"},
            {u"services", u"\"services\": []"},
            {u"id", u"\"id\": \"my-service\""},
            {u"name", u"\"name\": {\"fr\": \"…\", \"en\": \"…\"}"},
            {u"category", u"\"category\": \"listening\""},
            {u"scope", u"\"scope\": \"national\""},
            {u"contacts", u"\"contacts\": [{\"kind\": \"phone\", \"value\": \"0 800 000 000\"}]"},
            {u"source", u"\"source\": \"https://www.example.fr/page\""},
            {u"verified", u"\"verified\": \"2026-11-23\""},
            {u"kind", u"\"kind\": \"phone\""},
            {u"value", u"\"value\": \"0 800 000 000\""},
            {u"number", u"\"number\": \"112\""},
            {u"lat", u"\"lat\": 48.8566"},
            {u"lon", u"\"lon\": 2.3522"},
            {u"region", u"\"region\": \"FR-OCC\""},
            {u"updated", u"\"updated\": \"2026-11-23\""},
    }};
    for (const auto &[name, example] : examples) {
        if (name == field)
            return example.toString();
    }
    return {};
}

// The time zone of each overseas department's holiday region.
QString timeZoneOfHolidayRegion(QStringView holidays)
{
    static constexpr std::array<std::pair<QStringView, QStringView>, 6> zones{{
            {u"FR-971", u"America/Guadeloupe"},
            {u"FR-972", u"America/Martinique"},
            {u"FR-973", u"America/Cayenne"},
            {u"FR-974", u"Indian/Reunion"},
            {u"FR-975", u"America/Miquelon"},
            {u"FR-976", u"Indian/Mayotte"},
    }};
    for (const auto &[region, zone] : zones) {
        if (region == holidays)
            return zone.toString();
    }
    return {};
}

// The candidate a misspelt word most likely meant (WordSuggestion::nearest).
template<typename Candidates>
QString suggestion(QStringView word, const Candidates &candidates)
{
    return WordSuggestion::nearest(word, candidates);
}

// The scopes a record may have: "personal" is for the user's own entries only.
QStringList allowedScopeKeys(bool userEntry)
{
    QStringList keys = scopeKeys();
    if (!userEntry)
        keys.removeAll(scopeKey(ServiceScope::Personal));
    return keys;
}

std::optional<ServiceScope> fileScopeFromKey(QStringView key)
{
    const std::optional<ServiceScope> scope = scopeFromKey(key);
    if (scope == ServiceScope::Personal)
        return std::nullopt;
    return scope;
}

template<typename Candidates>
QString joined(const Candidates &candidates)
{
    QStringList list;
    for (const auto &candidate : candidates)
        list.append(QStringView(candidate).toString());
    return list.join(u", "_s);
}

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > maxIdLength || id.front() == u'-' || id.back() == u'-')
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

// "Écoute Agents 2" -> "ecoute-agents-2".
QString idSuggestion(QStringView id)
{
    const QString decomposed = id.toString().normalized(QString::NormalizationForm_D).toLower();
    QString result;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            result += c;
        } else if (c.category() != QChar::Mark_NonSpacing && !result.isEmpty()
                   && !result.endsWith(u'-')) {
            result += u'-';
        }
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    result.truncate(maxIdLength);
    while (result.endsWith(u'-'))
        result.chop(1);
    return result == id ? QString() : result;
}

// A real date written YYYY-MM-DD.
QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < u'0' || text[i] > u'9')
            return {};
    }
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

bool isLanguageTag(QStringView tag)
{
    // BCP 47 in the forms a directory needs: a 2- or 3-letter language, then subtags of 2 to
    // 8 letters or digits ("fr", "fr-FR", "fsl", "zh-Hant-TW").
    const QList<QStringView> parts = tag.split(u'-');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        const bool language = i == 0;
        if (part.size() < (language ? 2 : 1) || part.size() > (language ? 3 : 8))
            return false;
        for (const QChar c : part) {
            const bool lower = c >= u'a' && c <= u'z';
            const bool other = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
            if (!lower && (language || !other))
                return false;
        }
    }
    return !parts.isEmpty();
}

bool isRegionCode(QStringView code)
{
    // ISO 3166-2: the country, "-", 1 to 3 letters or digits ("FR-OCC", "FR-974").
    if (code.size() < 4 || code.size() > 6 || code[2] != u'-')
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (i == 2)
            continue;
        const bool upper = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i < 2 ? !upper : !(upper || digit))
            return false;
    }
    return true;
}

bool isEmailAddress(QStringView address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || QStringView(u"<>\"(),;:?&/\\[]").contains(c))
            return false;
    }
    const QStringView domain = address.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1 && !domain.contains(u".."_s)
           && domain.front() != u'.';
}

// A string of an array, with its place.
struct ListItem
{
    QString text;
    JsonValue value;
    QString path;
};

// Reads one document into a directory, collecting diagnostics.
class Validator
{
public:
    Validator(const DirectoryReader::Options &options, const QString &fileName,
              DirectoryReader::Result *result)
        : m_options(options)
        , m_fileName(fileName)
        , m_result(result)
    {
        if (m_options.base) {
            m_baseRows.reserve(m_options.base->size());
            for (qsizetype i = 0; i < m_options.base->size(); ++i)
                m_baseRows.insert(m_options.base->at(i).id, i);
        }
    }

    void readDocument(const JsonValue &root);
    // Reads a service record into *service. When `changesBase`, *service holds the base's
    // record of the same id and the object may be partial: only the fields it has replace
    // the base's (docs/directory-format.md, "Provisioning files").
    bool readService(const JsonValue &object, const QString &path, Service *service,
                     bool changesBase = false);

private:
    template<std::size_t N>
    std::array<JsonValue, N> collect(const JsonValue &object, const QString &path,
                                     const std::array<QStringView, N> &known);

    Diagnostic &report(Severity severity, Code code, JsonValue::Position position,
                       const QString &path, QStringList arguments = {});
    Diagnostic &error(Code code, const JsonValue &at, const QString &path,
                      QStringList arguments = {})
    {
        return report(Severity::Error, code, at.position(), path, std::move(arguments));
    }
    Diagnostic &warning(Code code, const JsonValue &at, const QString &path,
                        QStringList arguments = {})
    {
        return report(Severity::Warning, code, at.position(), path, std::move(arguments));
    }
    qsizetype errorCount() const { return m_errors; }

    void missing(const JsonValue &object, const QString &objectPath, QStringView field);
    bool expectType(const JsonValue &value, const QString &path, QStringView field,
                    JsonValue::Type type);
    bool readString(const JsonValue &object, const QString &objectPath, QStringView field,
                    const JsonValue &value, bool required, QString *out);
    bool readText(const JsonValue &object, const QString &objectPath, QStringView field,
                  const JsonValue &value, bool required, LocalizedText *out);
    bool readId(const JsonValue &value, const QString &path, QString *out);
    bool readDate(const JsonValue &value, const QString &path, QStringView field,
                  Severity futureSeverity, QDate *out);
    bool readUrl(const JsonValue &value, const QString &path, QStringView field, QString *out,
                 bool warnIfInsecure = false);
    template<typename Enum>
    bool readKey(const JsonValue &value, const QString &path, QStringView field,
                 std::optional<Enum> (*fromKey)(QStringView), const QStringList &allowed,
                 Enum *out);
    bool readStringList(const JsonValue &value, const QString &path, QStringView field,
                        QList<ListItem> *out);
    void checkNumber(const QString &number, const JsonValue &value, const QString &path,
                     QStringView region, bool emergency);
    void checkHours(const QString &rule, const JsonValue &value, const QString &path);
    bool isKnownTimeZone(const QString &zone);

    void readPublisher(const JsonValue &object, const QString &path);
    bool readEmergencyNumber(const JsonValue &object, const QString &path, EmergencyNumber *number);
    bool readContact(const JsonValue &object, const QString &path, QStringView phoneRegion,
                     Contact *contact);
    bool readLocation(const JsonValue &object, const QString &path, GeoPoint *point);
    void readHide(const JsonValue &hide, const QHash<QString, int> &serviceLines);

    const DirectoryReader::Options &m_options;
    const QString &m_fileName;
    DirectoryReader::Result *m_result;
    qsizetype m_errors = 0;

    // The allowed keys of the enumerations, for hints, built once per file.
    const QStringList m_categoryKeys = categoryKeys();
    const QStringList m_scopeKeys = allowedScopeKeys(m_options.userEntry);
    const QStringList m_costKeys = costKeys();
    const QStringList m_statusKeys = statusKeys();
    const QStringList m_contactKindKeys = contactKindKeys();
    const QStringList m_accessibilityKeys = accessibilityKeys();

    // Values that repeat across services are checked once per file.
    QHash<QString, PhoneNumber> m_numbers;
    QHash<QString, bool> m_timeZones;
    QHash<QString, OpeningHours> m_rules;
    // Provisioning: the row of each of the base's services, by id.
    QHash<QString, qsizetype> m_baseRows;
};

QString childPath(const QString &path, QStringView field)
{
    if (path.isEmpty())
        return field.toString();
    return path + u'.' + field.toString();
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

Diagnostic &Validator::report(Severity severity, Code code, JsonValue::Position position,
                              const QString &path, QStringList arguments)
{
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.code = code;
    diagnostic.file = m_fileName;
    diagnostic.line = position.line;
    diagnostic.column = position.column;
    diagnostic.path = path;
    diagnostic.arguments = std::move(arguments);
    if (severity == Severity::Error)
        ++m_errors;
    m_result->diagnostics.append(std::move(diagnostic));
    return m_result->diagnostics.last();
}

template<std::size_t N>
std::array<JsonValue, N> Validator::collect(const JsonValue &object, const QString &path,
                                            const std::array<QStringView, N> &known)
{
    std::array<JsonValue, N> values;
    const qsizetype count = object.size();
    for (qsizetype i = 0; i < count; ++i) {
        const JsonValue key = object.keyAt(i);
        const QStringView name = key.stringView();
        const auto found = std::find(known.begin(), known.end(), name);
        if (found != known.end()) {
            values[std::size_t(found - known.begin())] = object.valueAt(i);
        } else {
            warning(Code::UnknownField, key, childPath(path, name),
                    {name.toString(), suggestion(name, known), joined(known)});
        }
    }
    return values;
}

void Validator::missing(const JsonValue &object, const QString &objectPath, QStringView field)
{
    error(Code::MissingField, object, childPath(objectPath, field),
          {field.toString(), exampleFor(field)});
}

bool Validator::expectType(const JsonValue &value, const QString &path, QStringView field,
                           JsonValue::Type type)
{
    if (value.type() == type)
        return true;
    static const QString names[] = {QString(),   u"null"_s,  u"boolean"_s, u"number"_s,
                                    u"string"_s, u"array"_s, u"object"_s};
    error(Code::WrongType, value, path, {field.toString(), names[int(type)], value.typeName()});
    return false;
}

bool Validator::readString(const JsonValue &object, const QString &objectPath, QStringView field,
                           const JsonValue &value, bool required, QString *out)
{
    if (value.isUndefined()) {
        if (required)
            missing(object, objectPath, field);
        return !required;
    }
    const QString path = childPath(objectPath, field);
    if (!expectType(value, path, field, JsonValue::Type::String))
        return false;
    const QStringView text = value.stringView();
    if (text.trimmed().isEmpty()) {
        report(required ? Severity::Error : Severity::Warning, Code::EmptyValue, value.position(),
               path, {field.toString(), exampleFor(field)});
        return !required;
    }
    *out = text.toString();
    return true;
}

bool Validator::readText(const JsonValue &object, const QString &objectPath, QStringView field,
                         const JsonValue &value, bool required, LocalizedText *out)
{
    if (value.isUndefined()) {
        if (required)
            missing(object, objectPath, field);
        return !required;
    }
    const QString path = childPath(objectPath, field);
    if (value.isString()) {
        error(Code::TextNotBilingual, value, path, {field.toString(), value.toString()});
        return false;
    }
    if (!value.isObject()) {
        error(Code::WrongType, value, path, {field.toString(), u"text"_s, value.typeName()});
        return false;
    }
    const std::array<JsonValue, TextFieldCount> languages = collect(value, path, textFields);
    LocalizedText text;
    bool ok = true;
    for (int i = 0; i < TextFieldCount; ++i) {
        const JsonValue &translation = languages[std::size_t(i)];
        if (translation.isUndefined())
            continue;
        if (!expectType(translation, childPath(path, textFields[std::size_t(i)]),
                        textFields[std::size_t(i)], JsonValue::Type::String)) {
            ok = false;
            continue;
        }
        if (translation.stringView().trimmed().isEmpty())
            continue;
        (i == TextFr ? text.fr : text.en) = translation.toString();
    }
    if (!ok)
        return false;
    if (text.isEmpty()) {
        report(required ? Severity::Error : Severity::Warning, Code::EmptyText, value.position(),
               path, {field.toString()});
        return !required;
    }
    if (text.fr.isEmpty() || text.en.isEmpty()) {
        warning(Code::MissingTranslation, value, path,
                {field.toString(), text.fr.isEmpty() ? u"fr"_s : u"en"_s});
    }
    *out = std::move(text);
    return true;
}

bool Validator::readId(const JsonValue &value, const QString &path, QString *out)
{
    const QStringView id = value.stringView();
    if (!isValidId(id)) {
        error(Code::InvalidId, value, path, {id.toString(), idSuggestion(id)});
        return false;
    }
    *out = id.toString();
    return true;
}

bool Validator::readDate(const JsonValue &value, const QString &path, QStringView field,
                         Severity futureSeverity, QDate *out)
{
    if (!value.isString()) {
        error(Code::WrongType, value, path, {field.toString(), u"date"_s, value.typeName()});
        return false;
    }
    const QDate date = parseDate(value.stringView());
    if (!date.isValid()) {
        error(Code::InvalidDate, value, path, {field.toString(), value.toString()});
        return false;
    }
    if (m_options.today.isValid() && date > m_options.today) {
        report(futureSeverity, Code::FutureDate, value.position(), path,
               {field.toString(), value.toString(), m_options.today.toString(Qt::ISODate)});
        if (futureSeverity == Severity::Error)
            return false;
    }
    *out = date;
    return true;
}

bool Validator::readUrl(const JsonValue &value, const QString &path, QStringView field,
                        QString *out, bool warnIfInsecure)
{
    if (!expectType(value, path, field, JsonValue::Type::String))
        return false;
    const QString text = value.toString();
    const bool hasSpace
            = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || hasSpace || !url.isValid() || url.isRelative()) {
        error(Code::InvalidUrl, value, path, {field.toString(), text});
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        error(Code::UnsupportedUrlScheme, value, path, {text, url.scheme()});
        return false;
    }
    if (url.host().isEmpty() || !url.userInfo().isEmpty()) {
        error(Code::InvalidUrl, value, path, {field.toString(), text});
        return false;
    }
    // People are sent to contact addresses; a source or a publisher's page is a reference.
    if (scheme == u"http" && warnIfInsecure)
        warning(Code::InsecureUrl, value, path, {text});
    *out = text;
    return true;
}

template<typename Enum>
bool Validator::readKey(const JsonValue &value, const QString &path, QStringView field,
                        std::optional<Enum> (*fromKey)(QStringView), const QStringList &allowed,
                        Enum *out)
{
    if (!expectType(value, path, field, JsonValue::Type::String))
        return false;
    const std::optional<Enum> parsed = fromKey(value.stringView());
    if (!parsed) {
        error(Code::UnknownValue, value, path,
              {field.toString(), value.toString(), allowed.join(u", "_s),
               suggestion(value.stringView(), allowed)});
        return false;
    }
    *out = *parsed;
    return true;
}

bool Validator::readStringList(const JsonValue &value, const QString &path, QStringView field,
                               QList<ListItem> *out)
{
    if (!expectType(value, path, field, JsonValue::Type::Array))
        return false;
    bool ok = true;
    QSet<QString> seen;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const JsonValue item = value.at(i);
        const QString itemPath = indexPath(path, i);
        if (!expectType(item, itemPath, field, JsonValue::Type::String)) {
            ok = false;
            continue;
        }
        const QString text = item.toString();
        if (seen.contains(text)) {
            warning(Code::DuplicateValue, item, itemPath, {field.toString(), text});
            continue;
        }
        seen.insert(text);
        out->append({text, item, itemPath});
    }
    return ok;
}

bool Validator::isKnownTimeZone(const QString &zone)
{
    const auto found = m_timeZones.constFind(zone);
    if (found != m_timeZones.constEnd())
        return found.value();
    const bool known = QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
    m_timeZones.insert(zone, known);
    return known;
}

void Validator::checkNumber(const QString &number, const JsonValue &value, const QString &path,
                            QStringView region, bool emergency)
{
    const QString cacheKey = region.toString() + u'\n' + number;
    auto found = m_numbers.constFind(cacheKey);
    if (found == m_numbers.constEnd())
        found = m_numbers.insert(cacheKey, PhoneNumber::parse(number, region));
    const PhoneNumber &parsed = found.value();
    if (!parsed.isValid()) {
        JsonValue::Position position = value.position();
        if (parsed.error().column > 0)
            position = value.positionInString(parsed.error().column - 1);
        Diagnostic &diagnostic
                = report(Severity::Error, Code::InvalidPhoneNumber, position, path, {number});
        diagnostic.cause = parsed.error();
        return;
    }
    if (parsed.isPremiumRate())
        warning(Code::PremiumRateNumber, value, path, {number});
    static const QStringList frenchRegions{u"FR"_s, u"GP"_s, u"MQ"_s, u"GF"_s, u"RE"_s,
                                           u"YT"_s, u"PM"_s, u"BL"_s, u"MF"_s};
    if (!frenchRegions.contains(parsed.regionCode()))
        warning(Code::ForeignNumber, value, path, {number, parsed.regionCode()});
    if (emergency && !parsed.isShortNumber())
        warning(Code::NotShortNumber, value, path, {number});
}

void Validator::checkHours(const QString &rule, const JsonValue &value, const QString &path)
{
    auto found = m_rules.constFind(rule);
    if (found == m_rules.constEnd())
        found = m_rules.insert(rule, OpeningHours(rule));
    const OpeningHours &hours = found.value();
    const auto positionOf = [&value](const OpeningHoursError &problem) {
        return problem.column > 0 ? value.positionInString(problem.column - 1) : value.position();
    };
    if (!hours.isValid()) {
        const OpeningHoursError problem = hours.error();
        Diagnostic &diagnostic
                = report(Severity::Error, Code::InvalidHours, positionOf(problem), path, {rule});
        diagnostic.cause = problem;
        return;
    }
    const QList<OpeningHoursError> warnings = hours.warnings();
    for (const OpeningHoursError &problem : warnings) {
        Diagnostic &diagnostic
                = report(Severity::Warning, Code::HoursWarning, positionOf(problem), path, {rule});
        diagnostic.cause = problem;
    }
}

void Validator::readDocument(const JsonValue &root)
{
    if (!root.isObject()) {
        error(Code::WrongType, root, QString(), {QString(), u"object"_s, root.typeName()});
        return;
    }
    const std::array<JsonValue, TopFieldCount> fields = collect(root, QString(), topFields);
    Directory &directory = m_result->directory;

    const JsonValue &format = fields[TopFormat];
    if (format.isUndefined()) {
        missing(root, QString(), u"format");
    } else if (!format.isNumber() || !format.isInteger()) {
        error(Code::WrongType, format, u"format"_s, {u"format"_s, u"integer"_s, format.typeName()});
    } else if (format.toDouble() != 1.0) {
        error(Code::UnsupportedFormat, format, u"format"_s,
              {QString::number(format.toDouble(), 'g', 17)});
        return;
    }
    m_result->documentRead = true;

    if (fields[TopPublisher].isUndefined())
        missing(root, QString(), u"publisher");
    else if (expectType(fields[TopPublisher], u"publisher"_s, u"publisher",
                        JsonValue::Type::Object))
        readPublisher(fields[TopPublisher], u"publisher"_s);

    const JsonValue &emergency = fields[TopEmergency];
    if (!emergency.isUndefined()
        && expectType(emergency, u"emergency"_s, u"emergency", JsonValue::Type::Array)) {
        QHash<QString, int> lines;
        for (qsizetype i = 0; i < emergency.size(); ++i) {
            const JsonValue item = emergency.at(i);
            const QString path = indexPath(u"emergency"_s, i);
            EmergencyNumber number;
            const qsizetype errorsBefore = errorCount();
            if (!expectType(item, path, u"emergency", JsonValue::Type::Object)
                || !readEmergencyNumber(item, path, &number) || errorCount() != errorsBefore) {
                ++m_result->rejectedEmergencyNumbers;
                continue;
            }
            const JsonValue idValue = item.value(u"id");
            const auto first = lines.constFind(number.id);
            if (first != lines.constEnd()) {
                error(Code::DuplicateId, idValue, childPath(path, u"id"), {number.id}).relatedLine
                        = first.value();
                ++m_result->rejectedEmergencyNumbers;
                continue;
            }
            lines.insert(number.id, idValue.line());
            directory.emergencyNumbers.append(std::move(number));
        }
    }

    QHash<QString, int> serviceLines;
    const JsonValue &services = fields[TopServices];
    if (services.isUndefined()) {
        missing(root, QString(), u"services");
    } else if (expectType(services, u"services"_s, u"services", JsonValue::Type::Array)) {
        directory.services.reserve(services.size());
        for (qsizetype i = 0; i < services.size(); ++i) {
            const JsonValue item = services.at(i);
            const QString path = indexPath(u"services"_s, i);
            Service service;
            if (!expectType(item, path, u"services", JsonValue::Type::Object)) {
                ++m_result->rejectedServices;
                continue;
            }
            // Provisioning: a record with the id of a base service changes that service.
            const JsonValue idValue = item.value(u"id");
            const auto baseRow = idValue.isString() ? m_baseRows.constFind(idValue.toString())
                                                    : m_baseRows.constEnd();
            const bool changesBase = baseRow != m_baseRows.constEnd();
            if (changesBase)
                service = m_options.base->at(baseRow.value());
            bool valid = readService(item, path, &service, changesBase);
            // Repeated identifiers are reported even for services with other errors.
            if (idValue.isString() && isValidId(idValue.stringView())) {
                const QString id = idValue.toString();
                const auto first = serviceLines.constFind(id);
                if (first != serviceLines.constEnd()) {
                    error(Code::DuplicateId, idValue, childPath(path, u"id"), {id}).relatedLine
                            = first.value();
                    valid = false;
                } else {
                    serviceLines.insert(id, idValue.line());
                }
            }
            if (!valid) {
                ++m_result->rejectedServices;
                continue;
            }
            if (changesBase)
                m_result->changedIds.append(service.id);
            directory.services.append(std::move(service));
        }
    }

    const JsonValue &hide = fields[TopHide];
    if (!hide.isUndefined())
        readHide(hide, serviceLines);
}

void Validator::readHide(const JsonValue &hide, const QHash<QString, int> &serviceLines)
{
    if (!expectType(hide, u"hide"_s, u"hide", JsonValue::Type::Array))
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < hide.size(); ++i) {
        JsonValue item = hide.at(i);
        QString itemPath = indexPath(u"hide"_s, i);
        // An entry is an id, or {"id": …, "reason": …} to say why the service is hidden.
        if (item.isObject()) {
            const std::array<JsonValue, HideFieldCount> fields
                    = collect(item, itemPath, hideFields);
            const JsonValue &reason = fields[HideReason];
            if (!reason.isUndefined())
                expectType(reason, childPath(itemPath, u"reason"), u"reason",
                           JsonValue::Type::String);
            if (fields[HideId].isUndefined()) {
                missing(item, itemPath, u"id");
                continue;
            }
            item = fields[HideId];
            itemPath = childPath(itemPath, u"id");
        }
        if (!expectType(item, itemPath, u"hide", JsonValue::Type::String))
            continue;
        const QString text = item.toString();
        if (seen.contains(text)) {
            warning(Code::DuplicateValue, item, itemPath, {u"hide"_s, text});
            continue;
        }
        seen.insert(text);
        QString id;
        if (!readId(item, itemPath, &id))
            continue;
        if (serviceLines.contains(id)) {
            warning(Code::HiddenServiceDefinedHere, item, itemPath, {id});
        } else if (m_options.base && !m_baseRows.contains(id)) {
            QStringList ids;
            ids.reserve(m_options.base->size());
            for (const Service &service : *m_options.base)
                ids.append(service.id);
            warning(Code::HiddenServiceNotFound, item, itemPath, {id, suggestion(id, ids)});
        }
        m_result->directory.hiddenIds.append(id);
    }
}

void Validator::readPublisher(const JsonValue &object, const QString &path)
{
    const std::array<JsonValue, PublisherFieldCount> fields
            = collect(object, path, publisherFields);
    Directory &directory = m_result->directory;
    readText(object, path, u"name", fields[PublisherName], true, &directory.publisher);
    if (!fields[PublisherUrl].isUndefined())
        readUrl(fields[PublisherUrl], childPath(path, u"url"), u"url", &directory.publisherUrl);
    if (fields[PublisherUpdated].isUndefined()) {
        missing(object, path, u"updated");
    } else {
        readDate(fields[PublisherUpdated], childPath(path, u"updated"), u"updated",
                 Severity::Warning, &directory.updated);
    }
}

bool Validator::readEmergencyNumber(const JsonValue &object, const QString &path,
                                    EmergencyNumber *number)
{
    const std::array<JsonValue, EmergencyFieldCount> fields
            = collect(object, path, emergencyFields);
    bool ok = true;
    QString id;
    if (readString(object, path, u"id", fields[EmergencyId], true, &id) && !id.isEmpty())
        ok = readId(fields[EmergencyId], childPath(path, u"id"), &number->id) && ok;
    else
        ok = false;
    if (readString(object, path, u"number", fields[EmergencyNumber_], true, &number->number)) {
        if (!number->number.isEmpty()) {
            checkNumber(number->number, fields[EmergencyNumber_], childPath(path, u"number"), u"FR",
                        true);
        }
    } else {
        ok = false;
    }
    const JsonValue &kind = fields[EmergencyKind];
    if (kind.isUndefined()) {
        missing(object, path, u"kind");
        ok = false;
    } else {
        static const QStringList allowed{u"phone"_s, u"sms"_s};
        const auto fromKey = [](QStringView key) -> std::optional<ContactKind> {
            if (key == u"phone")
                return ContactKind::Phone;
            if (key == u"sms")
                return ContactKind::Sms;
            return std::nullopt;
        };
        ok = readKey<ContactKind>(kind, childPath(path, u"kind"), u"kind", fromKey, allowed,
                                  &number->kind)
             && ok;
    }
    ok = readText(object, path, u"name", fields[EmergencyName], true, &number->name) && ok;
    ok = readText(object, path, u"description", fields[EmergencyDescription], false,
                  &number->description)
         && ok;
    return ok;
}

bool Validator::readContact(const JsonValue &object, const QString &path, QStringView phoneRegion,
                            Contact *contact)
{
    const std::array<JsonValue, ContactFieldCount> fields = collect(object, path, contactFields);
    bool ok = true;
    bool kindKnown = false;
    if (fields[ContactKind_].isUndefined()) {
        missing(object, path, u"kind");
        ok = false;
    } else {
        kindKnown = readKey<ContactKind>(fields[ContactKind_], childPath(path, u"kind"), u"kind",
                                         contactKindFromKey, m_contactKindKeys, &contact->kind);
        ok = kindKnown;
    }
    if (readString(object, path, u"value", fields[ContactValue], true, &contact->value)) {
        const QString valuePath = childPath(path, u"value");
        const JsonValue &value = fields[ContactValue];
        if (kindKnown && !contact->value.isEmpty()) {
            switch (contact->kind) {
            case ContactKind::Phone:
            case ContactKind::Sms:
                checkNumber(contact->value, value, valuePath, phoneRegion, false);
                break;
            case ContactKind::Video:
            case ContactKind::Chat:
            case ContactKind::Web:
                ok = readUrl(value, valuePath, u"value", &contact->value, true) && ok;
                break;
            case ContactKind::Email:
                if (!isEmailAddress(contact->value)) {
                    error(Code::InvalidEmail, value, valuePath, {contact->value});
                    ok = false;
                }
                break;
            }
        }
    } else {
        ok = false;
    }
    ok = readText(object, path, u"label", fields[ContactLabel], false, &contact->label) && ok;
    if (readString(object, path, u"hours", fields[ContactHours], false, &contact->hours)) {
        if (!contact->hours.isEmpty())
            checkHours(contact->hours, fields[ContactHours], childPath(path, u"hours"));
    } else {
        ok = false;
    }
    ok = readText(object, path, u"note", fields[ContactNote], false, &contact->note) && ok;
    return ok;
}

bool Validator::readLocation(const JsonValue &object, const QString &path, GeoPoint *point)
{
    const std::array<JsonValue, LocationFieldCount> fields = collect(object, path, locationFields);
    bool ok = true;
    for (int i = 0; i < LocationFieldCount; ++i) {
        const QStringView field = locationFields[std::size_t(i)];
        const JsonValue &value = fields[std::size_t(i)];
        if (value.isUndefined()) {
            missing(object, path, field);
            ok = false;
            continue;
        }
        const QString fieldPath = childPath(path, field);
        if (!expectType(value, fieldPath, field, JsonValue::Type::Number)) {
            ok = false;
            continue;
        }
        const double limit = i == LocationLat ? 90.0 : 180.0;
        const double number = value.toDouble();
        if (number < -limit || number > limit) {
            error(Code::OutOfRange, value, fieldPath,
                  {field.toString(), QString::number(number, 'g', 10), QString::number(-limit),
                   QString::number(limit)});
            ok = false;
            continue;
        }
        (i == LocationLat ? point->latitude : point->longitude) = number;
    }
    return ok;
}

bool Validator::readService(const JsonValue &object, const QString &path, Service *service,
                            bool changesBase)
{
    const qsizetype errorsBefore = errorCount();
    const std::array<JsonValue, ServiceFieldCount> fields = collect(object, path, serviceFields);
    // A record that changes a base service needs only its id: the base has the rest.
    const bool complete = !changesBase;

    if (readString(object, path, u"id", fields[ServiceId], true, &service->id)
        && !service->id.isEmpty()) {
        readId(fields[ServiceId], childPath(path, u"id"), &service->id);
    }
    readText(object, path, u"name", fields[ServiceName], complete, &service->name);
    readText(object, path, u"description", fields[ServiceDescription], false,
             &service->description);
    readText(object, path, u"audience", fields[ServiceAudience], false, &service->audience);
    readText(object, path, u"organisation", fields[ServiceOrganisation], false,
             &service->organisation);

    if (fields[ServiceCategory_].isUndefined()) {
        if (complete)
            missing(object, path, u"category");
    } else {
        readKey<ServiceCategory>(fields[ServiceCategory_], childPath(path, u"category"),
                                 u"category", categoryFromKey, m_categoryKeys, &service->category);
    }
    bool scopeKnown = false;
    if (fields[ServiceScope_].isUndefined()) {
        if (complete)
            missing(object, path, u"scope");
        else
            scopeKnown = true;
    } else {
        scopeKnown
                = readKey<ServiceScope>(fields[ServiceScope_], childPath(path, u"scope"), u"scope",
                                        m_options.userEntry ? scopeFromKey : fileScopeFromKey,
                                        m_scopeKeys, &service->scope);
    }
    const JsonValue &region = fields[ServiceRegion];
    // A changed scope that is no longer regional takes the base's region away with it.
    if (changesBase && region.isUndefined() && !fields[ServiceScope_].isUndefined()
        && service->scope != ServiceScope::Regional) {
        service->region.clear();
    }
    if (readString(object, path, u"region", region, false, &service->region)
        && !region.isUndefined() && !service->region.isEmpty()) {
        const QString regionPath = childPath(path, u"region");
        if (!isRegionCode(service->region)) {
            error(Code::InvalidRegion, region, regionPath, {service->region});
        } else if (scopeKnown && service->scope != ServiceScope::Regional) {
            warning(Code::UnusedRegion, region, regionPath,
                    {service->region, scopeKey(service->scope)});
        }
    }
    if (scopeKnown && service->scope == ServiceScope::Regional && service->region.isEmpty()) {
        error(Code::MissingRegion, fields[ServiceScope_], childPath(path, u"region"));
    }

    // The holiday region comes before the numbers, which are read in its numbering region.
    if (complete)
        service->holidays = defaultHolidays;
    const JsonValue &holidays = fields[ServiceHolidays];
    if (readString(object, path, u"holidays", holidays, false, &service->holidays)
        && !holidays.isUndefined()) {
        if (!PublicHolidays::isSupportedRegion(service->holidays)) {
            error(Code::UnsupportedHolidayRegion, holidays, childPath(path, u"holidays"),
                  {service->holidays, PublicHolidays::supportedRegions().join(u", "_s)});
        } else {
            service->holidays = service->holidays.toUpper();
        }
    }
    QString phoneRegion = PhoneNumber::regionForHolidays(service->holidays);
    if (phoneRegion == u"FR" && service->scope == ServiceScope::Regional)
        phoneRegion = PhoneNumber::regionForHolidays(service->region);

    const JsonValue &contacts = fields[ServiceContacts];
    const QString contactsPath = childPath(path, u"contacts");
    if (contacts.isUndefined()) {
        if (complete)
            missing(object, path, u"contacts");
    } else if (expectType(contacts, contactsPath, u"contacts", JsonValue::Type::Array)) {
        if (contacts.size() == 0) {
            error(Code::EmptyValue, contacts, contactsPath,
                  {u"contacts"_s, exampleFor(u"contacts")});
        }
        // A list replaces the base's as a whole.
        service->contacts.clear();
        service->contacts.reserve(contacts.size());
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const JsonValue item = contacts.at(i);
            const QString itemPath = indexPath(contactsPath, i);
            Contact contact;
            if (expectType(item, itemPath, u"contacts", JsonValue::Type::Object)
                && readContact(item, itemPath, phoneRegion, &contact)) {
                service->contacts.append(std::move(contact));
            }
        }
    }

    const JsonValue &hours = fields[ServiceHours];
    if (readString(object, path, u"hours", hours, false, &service->hours) && !hours.isUndefined()
        && !service->hours.isEmpty()) {
        checkHours(service->hours, hours, childPath(path, u"hours"));
    }
    readText(object, path, u"hours_note", fields[ServiceHoursNote], false, &service->hoursNote);

    if (complete)
        service->timeZone = defaultTimeZone;
    const JsonValue &timeZone = fields[ServiceTimeZone];
    if (readString(object, path, u"timezone", timeZone, false, &service->timeZone)
        && !timeZone.isUndefined() && !isKnownTimeZone(service->timeZone)) {
        QString suggested;
        const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
        QStringList names;
        names.reserve(zones.size());
        for (const QByteArray &zone : zones)
            names.append(QString::fromLatin1(zone));
        error(Code::UnknownTimeZone, timeZone, childPath(path, u"timezone"),
              {service->timeZone, suggestion(service->timeZone, names)});
    }
    const QString holidayZone = timeZoneOfHolidayRegion(service->holidays);
    // A change that touches neither leaves the base's pair as it was checked.
    const bool zoneOrHolidaysRead = complete || !timeZone.isUndefined() || !holidays.isUndefined();
    if (zoneOrHolidaysRead && !holidayZone.isEmpty() && service->timeZone != holidayZone) {
        const JsonValue &at = timeZone.isUndefined() ? holidays : timeZone;
        warning(Code::TimeZoneMismatch, at,
                childPath(path, timeZone.isUndefined() ? u"holidays" : u"timezone"),
                {service->timeZone, service->holidays, holidayZone});
    }

    const JsonValue &location = fields[ServiceLocation];
    if (!location.isUndefined()
        && expectType(location, childPath(path, u"location"), u"location",
                      JsonValue::Type::Object)) {
        GeoPoint point;
        if (readLocation(location, childPath(path, u"location"), &point))
            service->location = point;
    }

    if (!fields[ServiceCost].isUndefined()) {
        readKey<Cost>(fields[ServiceCost], childPath(path, u"cost"), u"cost", costFromKey,
                      m_costKeys, &service->cost);
    }
    readText(object, path, u"cost_note", fields[ServiceCostNote], false, &service->costNote);

    const JsonValue &anonymous = fields[ServiceAnonymous];
    if (!anonymous.isUndefined()
        && expectType(anonymous, childPath(path, u"anonymous"), u"anonymous",
                      JsonValue::Type::Bool)) {
        service->anonymous = anonymous.toBool();
    }

    const JsonValue &accessibility = fields[ServiceAccessibility];
    if (!accessibility.isUndefined()) {
        service->accessibility.clear();
        QList<ListItem> keys;
        readStringList(accessibility, childPath(path, u"accessibility"), u"accessibility", &keys);
        for (const ListItem &item : std::as_const(keys)) {
            AccessibilityFeature feature;
            if (readKey<AccessibilityFeature>(item.value, item.path, u"accessibility",
                                              accessibilityFromKey, m_accessibilityKeys,
                                              &feature)) {
                service->accessibility.append(feature);
            }
        }
    }
    readText(object, path, u"accessibility_note", fields[ServiceAccessibilityNote], false,
             &service->accessibilityNote);

    const JsonValue &languages = fields[ServiceLanguages];
    if (!languages.isUndefined()) {
        service->languages.clear();
        QList<ListItem> tags;
        readStringList(languages, childPath(path, u"languages"), u"languages", &tags);
        for (const ListItem &item : std::as_const(tags)) {
            if (!isLanguageTag(item.text)) {
                error(Code::InvalidLanguage, item.value, item.path, {item.text});
                continue;
            }
            service->languages.append(item.text);
        }
    }

    // The status first: an unverified or historical record may lack its source or date.
    bool statusKnown = true;
    if (!fields[ServiceStatus_].isUndefined()) {
        statusKnown
                = readKey<ServiceStatus>(fields[ServiceStatus_], childPath(path, u"status"),
                                         u"status", statusFromKey, m_statusKeys, &service->status);
    }
    readText(object, path, u"status_note", fields[ServiceStatusNote], false, &service->statusNote);
    const JsonValue &source = fields[ServiceSource];
    const JsonValue &verified = fields[ServiceVerified];
    // A change of a base service is held to the rules of provenance only when it touches them:
    // the base's own record was checked with its file.
    const bool provenanceRead = complete || !fields[ServiceStatus_].isUndefined()
                                || !source.isUndefined() || !verified.isUndefined()
                                || !fields[ServiceStatusNote].isUndefined();
    const bool hasSource = !source.isUndefined() || (changesBase && !service->source.isEmpty());
    const bool hasVerified
            = !verified.isUndefined() || (changesBase && service->verified.isValid());
    const bool hasStatusNote = !fields[ServiceStatusNote].isUndefined()
                               || (changesBase && !service->statusNote.isEmpty());
    // A user's own entry needs neither: the user is the source.
    const bool provenanceRequired
            = service->status == ServiceStatus::Active && !m_options.userEntry;
    const auto missingProvenance = [&](QStringView field) {
        if (m_options.userEntry || !provenanceRead)
            return;
        if (provenanceRequired || !statusKnown)
            missing(object, path, field);
        else
            warning(Code::MissingProvenance, object, childPath(path, field), {field.toString()});
    };

    if (!hasSource)
        missingProvenance(u"source");
    else if (!source.isUndefined())
        readUrl(source, childPath(path, u"source"), u"source", &service->source);

    if (!hasVerified) {
        missingProvenance(u"verified");
    } else if (!verified.isUndefined()) {
        readDate(verified, childPath(path, u"verified"), u"verified", Severity::Error,
                 &service->verified);
    }

    if (!m_options.userEntry && provenanceRead && !provenanceRequired && statusKnown
        && (!hasSource || !hasVerified) && !hasStatusNote) {
        error(Code::MissingStatusNote, object, childPath(path, u"status_note"),
              {statusKey(service->status)});
    }

    const JsonValue &pinned = fields[ServicePinned];
    if (!pinned.isUndefined()
        && expectType(pinned, childPath(path, u"pinned"), u"pinned", JsonValue::Type::Bool)) {
        service->pinned = pinned.toBool();
    }

    return errorCount() == errorsBefore;
}

} // namespace

bool DirectoryReader::Result::hasErrors() const
{
    return errorCount() > 0;
}

qsizetype DirectoryReader::Result::errorCount() const
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

qsizetype DirectoryReader::Result::warningCount() const
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &diagnostic) { return diagnostic.isWarning(); });
}

DirectoryReader::DirectoryReader(Options options)
    : m_options(std::move(options))
{}

namespace {

// The diagnostic of a document that could not be read as JSON.
Diagnostic jsonDiagnostic(const JsonError &error, const QString &fileName)
{
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::Error;
    diagnostic.code = Diagnostic::Code::Json;
    diagnostic.file = fileName;
    diagnostic.line = error.line;
    diagnostic.column = error.column;
    diagnostic.relatedLine = error.relatedLine;
    diagnostic.cause = error;
    return diagnostic;
}

// Diagnostics in the order of the file, as an editor's list of problems shows them.
void sortByPosition(QList<Diagnostic> *diagnostics)
{
    std::stable_sort(diagnostics->begin(), diagnostics->end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
}

} // namespace

DirectoryReader::Result DirectoryReader::readFile(const QString &path) const
{
    const JsonDocument document = JsonReader(m_options.limits).readFile(path);
    Result result;
    if (!document.isValid()) {
        result.diagnostics.append(jsonDiagnostic(document.error(), path));
        return result;
    }
    Validator(m_options, path, &result).readDocument(document.root());
    sortByPosition(&result.diagnostics);
    return result;
}

DirectoryReader::Result DirectoryReader::read(const QByteArray &bytes,
                                              const QString &fileName) const
{
    const JsonDocument document = JsonReader(m_options.limits).read(bytes);
    Result result;
    if (!document.isValid()) {
        result.diagnostics.append(jsonDiagnostic(document.error(), fileName));
        return result;
    }
    Validator(m_options, fileName, &result).readDocument(document.root());
    sortByPosition(&result.diagnostics);
    return result;
}

DirectoryReader::Result DirectoryReader::readService(const QByteArray &bytes,
                                                     const QString &fileName) const
{
    const JsonDocument document = JsonReader(m_options.limits).read(bytes);
    Result result;
    if (!document.isValid()) {
        result.diagnostics.append(jsonDiagnostic(document.error(), fileName));
        return result;
    }
    const JsonValue &root = document.root();
    Validator validator(m_options, fileName, &result);
    if (!root.isObject()) {
        Diagnostic diagnostic;
        diagnostic.code = Diagnostic::Code::WrongType;
        diagnostic.file = fileName;
        diagnostic.line = root.line();
        diagnostic.column = root.column();
        diagnostic.arguments = {QString(), u"object"_s, root.typeName()};
        result.diagnostics.append(diagnostic);
        return result;
    }
    result.documentRead = true;
    Service service;
    if (validator.readService(root, QString(), &service))
        result.directory.services.append(std::move(service));
    else
        result.rejectedServices = 1;
    sortByPosition(&result.diagnostics);
    return result;
}

} // namespace Helplines
