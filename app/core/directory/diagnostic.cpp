#include "diagnostic.h"

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

QString argument(const QStringList &arguments, qsizetype index)
{
    return arguments.value(index);
}

} // namespace

QString Diagnostic::typeName(const QString &typeKey)
{
    if (typeKey == u"string")
        return tr("a string");
    if (typeKey == u"number")
        return tr("a number");
    if (typeKey == u"integer")
        return tr("a whole number");
    if (typeKey == u"object")
        return tr("an object");
    if (typeKey == u"array")
        return tr("an array");
    if (typeKey == u"boolean")
        return tr("true or false");
    if (typeKey == u"null")
        return tr("null");
    if (typeKey == u"text")
        return tr("a text {\"fr\": …, \"en\": …}");
    if (typeKey == u"date")
        return tr("a date \"YYYY-MM-DD\"");
    if (typeKey == u"category-list")
        return tr("a list of categories");
    return typeKey;
}

QString Diagnostic::message() const
{
    const auto a = [this](qsizetype index) {
        return argument(arguments, index);
    };
    switch (code) {
    case Code::Json:
        return jsonError() ? jsonError()->message() : QString();
    case Code::WrongType:
        if (a(0).isEmpty()) {
            return tr("The document must be %1, not %2.").arg(typeName(a(1)), typeName(a(2)));
        }
        if (a(1) == u"integer" && a(2) == u"number")
            return tr("“%1” must be a whole number.").arg(a(0));
        return tr("“%1” must be %2, not %3.").arg(a(0), typeName(a(1)), typeName(a(2)));
    case Code::MissingField:
        return tr("The required field “%1” is missing.").arg(a(0));
    case Code::UnknownField:
        return tr("Unknown field “%1”; it is ignored.").arg(a(0));
    case Code::EmptyValue:
        return tr("“%1” is empty.").arg(a(0));
    case Code::UnsupportedFormat:
        return tr("This file is in format %1, which this version of Helplines cannot read.")
                .arg(a(0));
    case Code::InvalidId:
        return tr("“%1” is not a valid identifier.").arg(a(0));
    case Code::DuplicateId:
        return tr("The identifier “%1” is already used on line %2.").arg(a(0)).arg(relatedLine);
    case Code::DuplicateValue:
        return tr("“%1” lists “%2” more than once.").arg(a(0), a(1));
    case Code::MissingTranslation:
        if (a(1) == u"fr")
            return tr("The French text of “%1” is missing.").arg(a(0));
        return tr("The English translation of “%1” is missing.").arg(a(0));
    case Code::TextNotBilingual:
        return tr("“%1” must be a text in French and English, not a plain string.").arg(a(0));
    case Code::EmptyText:
        return tr("“%1” has neither a French nor an English text.").arg(a(0));
    case Code::UnknownValue:
        return tr("“%1” is not a valid value of “%2”.").arg(a(1), a(0));
    case Code::InvalidPhoneNumber:
        return phoneNumberError() ? phoneNumberError()->message() : QString();
    case Code::PremiumRateNumber:
        return tr("“%1” is a premium-rate number: calls cost more than a normal call.").arg(a(0));
    case Code::ForeignNumber:
        return tr("“%1” is not a French number (region %2).").arg(a(0), a(1));
    case Code::NotShortNumber:
        return tr("The emergency number “%1” is not a short number.").arg(a(0));
    case Code::InvalidUrl:
        return tr("“%1” is not a valid web address.").arg(a(1));
    case Code::UnsupportedUrlScheme:
        return tr("The address “%1” starts with “%2:”; only https and http addresses are "
                  "allowed here.")
                .arg(a(0), a(1));
    case Code::InsecureUrl:
        return tr("The address “%1” is not secure (http).").arg(a(0));
    case Code::InvalidEmail:
        return tr("“%1” is not a valid e-mail address.").arg(a(0));
    case Code::UnknownTimeZone:
        return tr("“%1” is not a known time zone.").arg(a(0));
    case Code::TimeZoneMismatch:
        return tr("The hours are read in the time zone “%1”, but the public holidays are those "
                  "of “%2”, whose time zone is “%3”.")
                .arg(a(0), a(1), a(2));
    case Code::UnsupportedHolidayRegion:
        return tr("“%1” is not a supported public-holiday region.").arg(a(0));
    case Code::InvalidDate:
        return tr("“%1” is not a valid date.").arg(a(1));
    case Code::FutureDate:
        return tr("The date “%1” is in the future.").arg(a(1));
    case Code::OutOfRange:
        return tr("“%1” must be between %2 and %3, not %4.").arg(a(0), a(2), a(3), a(1));
    case Code::MissingRegion:
        return tr("A regional service needs a “region”.");
    case Code::InvalidRegion:
        return tr("“%1” is not an ISO 3166-2 region code.").arg(a(0));
    case Code::UnusedRegion:
        return tr("“region” is ignored for a service whose scope is “%1”.").arg(a(1));
    case Code::InvalidLanguage:
        return tr("“%1” is not a language code.").arg(a(0));
    case Code::InvalidHours:
        return openingHoursError() ? tr("The opening hours are not valid: %1")
                                             .arg(openingHoursError()->message())
                                   : QString();
    case Code::HoursWarning:
        return openingHoursError() ? openingHoursError()->message() : QString();
    case Code::HiddenServiceDefinedHere:
        return tr("The service “%1” is hidden by “hide” but defined in this same file.").arg(a(0));
    case Code::MissingProvenance:
        if (a(0) == u"verified")
            return tr("“verified” is missing: nothing says when the facts were last checked.");
        return tr("“source” is missing: nothing says where the facts were checked.");
    case Code::MissingStatusNote:
        return tr("A record without “source” or “verified” needs a “status_note” saying where "
                  "its facts come from.");
    case Code::HiddenServiceNotFound:
        return tr("No service of the directory that this file changes has the identifier "
                  "“%1”: hiding it changes nothing.")
                .arg(a(0));
    case Code::NotAbsolutePath:
        return tr("“%1” must be an absolute path, not “%2”.").arg(a(0), a(1));
    case Code::SettingNotObject:
        return tr("“%1” must be a setting with a value and a lock, not a plain value.").arg(a(0));
    }
    return {};
}

QString Diagnostic::hint() const
{
    const auto a = [this](qsizetype index) {
        return argument(arguments, index);
    };
    switch (code) {
    case Code::Json:
        return jsonError() ? jsonError()->hint() : QString();
    case Code::WrongType:
        if (a(1) == u"text")
            return tr("Write it as {\"fr\": \"…\", \"en\": \"…\"}.");
        if (a(2) == u"string" && (a(1) == u"number" || a(1) == u"integer" || a(1) == u"boolean"))
            return tr("Remove the double quotes around the value.");
        if (a(1) == u"object" && a(0).isEmpty())
            return tr("The file must hold one JSON object, in braces: { … }.");
        if (a(1) == u"object")
            return tr("Write an object in braces: {\"key\": value, …}.");
        if (a(1) == u"array")
            return tr("Write a list in square brackets: [ … ], even for a single item.");
        if (a(1) == u"string")
            return tr("Write the value in double quotes: \"…\".");
        if (a(1) == u"integer")
            return tr("Write a whole number without quotes, such as 1.");
        if (a(1) == u"number")
            return tr("Write a number without quotes, with a dot for decimals: 48.85.");
        if (a(1) == u"boolean")
            return tr("Write true or false, without quotes.");
        if (a(1) == u"date")
            return tr("Write the date in double quotes as \"YYYY-MM-DD\": \"2026-01-15\".");
        return {};
    case Code::MissingField:
    case Code::EmptyValue:
        if (a(1).isEmpty())
            return {};
        return tr("Add it, for example: %1").arg(a(1));
    case Code::UnknownField:
        if (!a(1).isEmpty())
            return tr("Did you mean “%1”?").arg(a(1));
        if (!a(2).isEmpty())
            return tr("The fields allowed here are: %1.").arg(a(2));
        return {};
    case Code::UnsupportedFormat:
        return tr("Update Helplines, or ask the publisher of the file for format 1.");
    case Code::InvalidId:
        if (!a(1).isEmpty()) {
            return tr("Use only lower-case letters, digits and “-”, starting and ending with a "
                      "letter or digit, at most 64 characters, such as “%1”.")
                    .arg(a(1));
        }
        return tr("Use only lower-case letters, digits and “-”, starting and ending with a "
                  "letter or digit, at most 64 characters.");
    case Code::DuplicateId:
        return tr("Each identifier must be unique in a file: rename one of them or remove the "
                  "repetition.");
    case Code::DuplicateValue:
        return tr("Remove the repetition.");
    case Code::MissingTranslation:
        if (a(1) == u"fr")
            return tr("Add \"fr\": \"…\"; until then the English text is shown in French.");
        return tr("Add \"en\": \"…\"; until then the French text is shown in English.");
    case Code::TextNotBilingual:
        return tr("Write it as {\"fr\": \"%1\", \"en\": \"…\"}.").arg(a(1));
    case Code::EmptyText:
        return tr("Write it as {\"fr\": \"…\", \"en\": \"…\"}.");
    case Code::UnknownValue:
        if (!a(3).isEmpty())
            return tr("Did you mean “%1”? The allowed values are: %2.").arg(a(3), a(2));
        return tr("The allowed values are: %1.").arg(a(2));
    case Code::InvalidPhoneNumber:
        return phoneNumberError() ? phoneNumberError()->hint() : QString();
    case Code::PremiumRateNumber:
        return tr("People in distress may not be able to pay: give a free number too if the "
                  "service has one, and state the cost in “cost” and “cost_note”.");
    case Code::ForeignNumber:
        return tr("Callers in France dial it as an international call; say so in the contact's "
                  "label or note.");
    case Code::NotShortNumber:
        return tr("The numbers of the emergency banner are short numbers such as 15, 112 or 114.");
    case Code::InvalidUrl:
    case Code::UnsupportedUrlScheme:
        return tr("Write a full address starting with https://, such as "
                  "https://www.example.fr/page.");
    case Code::InsecureUrl:
        return tr("Use https:// if the site offers it.");
    case Code::InvalidEmail:
        return tr("Write the address alone, such as contact@example.fr, without “mailto:”.");
    case Code::UnknownTimeZone:
        if (!a(1).isEmpty())
            return tr("Did you mean “%1”?").arg(a(1));
        return tr("Use an IANA time zone such as Europe/Paris, America/Martinique or "
                  "Indian/Reunion.");
    case Code::TimeZoneMismatch:
        return tr("If the service is located there, add \"timezone\": \"%1\".").arg(a(2));
    case Code::UnsupportedHolidayRegion:
        return tr("Use one of: %1.").arg(a(1));
    case Code::InvalidDate:
        return tr("Write a real date as YYYY-MM-DD, such as 2026-11-23.");
    case Code::FutureDate:
        return tr("Write the date on which the facts were checked: %1 at the latest.").arg(a(2));
    case Code::OutOfRange:
        return tr("Latitude (lat) goes from -90 to 90 and longitude (lon) from -180 to 180; "
                  "check that they are not swapped: Paris is at lat 48.8566, lon 2.3522.");
    case Code::MissingRegion:
        return tr("Add an ISO 3166-2 code, such as \"region\": \"FR-OCC\", or change the scope.");
    case Code::InvalidRegion:
        return tr("Codes look like FR-OCC (Occitanie) or FR-974 (La Réunion).");
    case Code::UnusedRegion:
        return tr("Remove “region”, or set \"scope\": \"regional\".");
    case Code::InvalidLanguage:
        return tr("Use BCP 47 codes such as fr, en, fr-FR or fsl (French Sign Language).");
    case Code::InvalidHours:
    case Code::HoursWarning:
        return openingHoursError() ? openingHoursError()->hint() : QString();
    case Code::HiddenServiceDefinedHere:
        return tr("Remove the identifier from “hide”, or remove the service.");
    case Code::MissingProvenance:
        return tr("Add it when a public source or date exists; otherwise say in “status_note” "
                  "where the facts come from.");
    case Code::MissingStatusNote:
        return tr("Add, for example: \"status_note\": {\"fr\": \"Document fondateur de 2020, non "
                  "public.\", \"en\": \"Founding document of 2020, not public.\"}");
    case Code::HiddenServiceNotFound:
        if (!a(1).isEmpty()) {
            return tr("Did you mean “%1”? “helplines-cli list” shows the identifiers of the "
                      "services.")
                    .arg(a(1));
        }
        return tr("“helplines-cli list” shows the identifiers of the services.");
    case Code::NotAbsolutePath:
        return tr("Write the full path, such as /etc/helplines/directory.json or "
                  "C:\\ProgramData\\Helplines\\directory.json.");
    case Code::SettingNotObject:
        return tr("Write it as {\"value\": %1, \"locked\": true} to lock it, or with "
                  "\"locked\": false to make it a default that the user can change.")
                .arg(a(1));
    }
    return {};
}

QString Diagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += u": "_s + severityName() + u": "_s + message();
    if (!path.isEmpty())
        text += u" ["_s + path + u']';
    const QString fix = hint();
    if (!fix.isEmpty())
        text += u" ("_s + fix + u')';
    return text;
}

QString Diagnostic::severityName() const
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

QString Diagnostic::codeName() const
{
    switch (code) {
    case Code::Json:
        return u"json"_s;
    case Code::WrongType:
        return u"wrong-type"_s;
    case Code::MissingField:
        return u"missing-field"_s;
    case Code::UnknownField:
        return u"unknown-field"_s;
    case Code::EmptyValue:
        return u"empty-value"_s;
    case Code::UnsupportedFormat:
        return u"unsupported-format"_s;
    case Code::InvalidId:
        return u"invalid-id"_s;
    case Code::DuplicateId:
        return u"duplicate-id"_s;
    case Code::DuplicateValue:
        return u"duplicate-value"_s;
    case Code::MissingTranslation:
        return u"missing-translation"_s;
    case Code::TextNotBilingual:
        return u"text-not-bilingual"_s;
    case Code::EmptyText:
        return u"empty-text"_s;
    case Code::UnknownValue:
        return u"unknown-value"_s;
    case Code::InvalidPhoneNumber:
        return u"invalid-phone-number"_s;
    case Code::PremiumRateNumber:
        return u"premium-rate-number"_s;
    case Code::ForeignNumber:
        return u"foreign-number"_s;
    case Code::NotShortNumber:
        return u"not-short-number"_s;
    case Code::InvalidUrl:
        return u"invalid-url"_s;
    case Code::UnsupportedUrlScheme:
        return u"unsupported-url-scheme"_s;
    case Code::InsecureUrl:
        return u"insecure-url"_s;
    case Code::InvalidEmail:
        return u"invalid-email"_s;
    case Code::UnknownTimeZone:
        return u"unknown-time-zone"_s;
    case Code::TimeZoneMismatch:
        return u"time-zone-mismatch"_s;
    case Code::UnsupportedHolidayRegion:
        return u"unsupported-holiday-region"_s;
    case Code::InvalidDate:
        return u"invalid-date"_s;
    case Code::FutureDate:
        return u"future-date"_s;
    case Code::OutOfRange:
        return u"out-of-range"_s;
    case Code::MissingRegion:
        return u"missing-region"_s;
    case Code::InvalidRegion:
        return u"invalid-region"_s;
    case Code::UnusedRegion:
        return u"unused-region"_s;
    case Code::InvalidLanguage:
        return u"invalid-language"_s;
    case Code::InvalidHours:
        return u"invalid-hours"_s;
    case Code::HoursWarning:
        return u"hours-warning"_s;
    case Code::HiddenServiceDefinedHere:
        return u"hidden-service-defined-here"_s;
    case Code::MissingProvenance:
        return u"missing-provenance"_s;
    case Code::MissingStatusNote:
        return u"missing-status-note"_s;
    case Code::HiddenServiceNotFound:
        return u"hidden-service-not-found"_s;
    case Code::NotAbsolutePath:
        return u"not-absolute-path"_s;
    case Code::SettingNotObject:
        return u"setting-not-object"_s;
    }
    return {};
}

} // namespace Helplines
