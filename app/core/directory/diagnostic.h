#ifndef HELPLINES_CORE_DIAGNOSTIC_H
#define HELPLINES_CORE_DIAGNOSTIC_H

#include "core/json/jsonerror.h"
#include "core/openinghours/openinghourserror.h"
#include "core/phone/phonenumbererror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <variant>

namespace Helplines {

// One problem found in a directory file (DESIGN §3) or in an organisation's policies
// (docs/deployment.md), as a value: what (a code and its
// arguments, or the underlying JSON, phone number or opening-hours error), where (file, line,
// column, JSON path) and how bad. message() and hint() are translated when called (context
// "Diagnostic"); toString() gives the line helplines-cli prints:
//
//     FILE:LINE:COLUMN: error|warning: message [json.path] (hint)
//
// "error" and "warning" are not translated there, so that editors and scripts can parse it.
struct Diagnostic
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)

public:
    enum class Severity { Error, Warning };

    enum class Code {
        Json,                     // the file is not valid JSON: see jsonError()
        WrongType,                // arguments: field, expected type, actual type (typeKey)
        MissingField,             // field, example
        UnknownField,             // field, suggestion, known fields (comma-separated)
        EmptyValue,               // field, example
        UnsupportedFormat,        // format
        InvalidId,                // id, suggestion
        DuplicateId,              // id; relatedLine: the first one
        DuplicateValue,           // field, value
        MissingTranslation,       // field, language code of the missing text ("fr", "en")
        TextNotBilingual,         // field, the plain string
        EmptyText,                // field
        UnknownValue,             // field, value, allowed values, suggestion
        InvalidPhoneNumber,       // see phoneNumberError()
        PremiumRateNumber,        // number
        ForeignNumber,            // number, region
        NotShortNumber,           // number
        InvalidUrl,               // field, value
        UnsupportedUrlScheme,     // value, scheme
        InsecureUrl,              // value
        InvalidEmail,             // value
        UnknownTimeZone,          // value, suggestion
        TimeZoneMismatch,         // zone, holiday region, the region's zone
        UnsupportedHolidayRegion, // value, supported regions
        InvalidDate,              // field, value
        FutureDate,               // field, value, today
        OutOfRange,               // field, value, minimum, maximum
        MissingRegion,            //
        InvalidRegion,            // value
        UnusedRegion,             // region, scope
        InvalidLanguage,          // value
        InvalidHours,             // see openingHoursError()
        HoursWarning,             // see openingHoursError()
        HiddenServiceDefinedHere, // id
        MissingProvenance,        // field ("source" or "verified") of an unverified record
        MissingStatusNote,        // status
        HiddenServiceNotFound,    // id, suggestion (provisioning files)
        NotAbsolutePath,          // field, value (policies)
        SettingNotObject,         // field, the value as written (policies)
    };

    Severity severity = Severity::Error;
    Code code = Code::Json;
    QString file;
    // 1-based; 0 when the problem concerns the whole file (it cannot be read, it is too large).
    int line = 0;
    int column = 0;
    // Where in the document: "services[3].contacts[0].value"; empty for the whole document.
    QString path;
    QStringList arguments;
    // DuplicateId: the line of the first one.
    int relatedLine = 0;
    std::variant<std::monostate, JsonError, PhoneNumberError, OpeningHoursError> cause;

    bool isError() const { return severity == Severity::Error; }
    bool isWarning() const { return severity == Severity::Warning; }
    const JsonError *jsonError() const { return std::get_if<JsonError>(&cause); }
    const PhoneNumberError *phoneNumberError() const
    {
        return std::get_if<PhoneNumberError>(&cause);
    }
    const OpeningHoursError *openingHoursError() const
    {
        return std::get_if<OpeningHoursError>(&cause);
    }

    // What is wrong, in one sentence.
    QString message() const;
    // How to fix it; may be empty.
    QString hint() const;
    // "FILE:LINE:COLUMN: error: message [path] (hint)".
    QString toString() const;
    // A stable name for tests and machine-readable output: "duplicate-id", "json".
    QString codeName() const;
    // "error" or "warning".
    QString severityName() const;
    // A type key of WrongType ("string", "number", "integer", "object", "array", "boolean",
    // "null", "text", "date") in words: "a string", "a text {"fr": …, "en": …}".
    static QString typeName(const QString &typeKey);
};

} // namespace Helplines

#endif // HELPLINES_CORE_DIAGNOSTIC_H
