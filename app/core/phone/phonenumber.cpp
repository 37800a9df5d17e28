#include "phonenumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <array>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

namespace lib = i18n::phonenumbers;

const lib::PhoneNumberUtil &util()
{
    return *lib::PhoneNumberUtil::GetInstance();
}

// Loading the short-number metadata is costly: one immutable instance for the process.
const lib::ShortNumberInfo &shortNumbers()
{
    static const lib::ShortNumberInfo info;
    return info;
}

// Regions that share the French 10-digit national numbering plan ("0" + 9 digits): metropolitan
// France and the overseas departments (with Saint-Barthélemy and Saint-Martin). Their numbers
// are dialled alike from any of them. Saint-Pierre-et-Miquelon has its own 6-digit plan.
constexpr std::array<const char *, 8> tenDigitPlanRegions{"FR", "GP", "MQ", "GF",
                                                          "RE", "YT", "BL", "MF"};

bool isTenDigitPlanRegion(const std::string &region)
{
    for (const char *candidate : tenDigitPlanRegions) {
        if (region == candidate)
            return true;
    }
    return false;
}

// Geographic and mobile ranges of the overseas departments in the French plan, by the first
// three digits after the 0 (ARCEP, plan national de numérotation: ZABPQ allocations to the
// overseas departments; libphonenumber 8.12 metadata of GP, MQ, GF, RE and YT). libphonenumber
// takes "0262 …" read in "FR" for a metropolitan +33 2 number; it is a Réunion line,
// +262 262 ….
const char *overseasRegionOfRange(const std::string &nationalNumber)
{
    struct Range
    {
        const char *prefix;
        const char *region;
    };
    static constexpr std::array<Range, 14> ranges{{
            {"262", "RE"},
            {"263", "RE"},
            {"269", "YT"},
            {"590", "GP"},
            {"594", "GF"},
            {"596", "MQ"},
            {"639", "YT"},
            {"690", "GP"},
            {"691", "GP"},
            {"692", "RE"},
            {"693", "RE"},
            {"694", "GF"},
            {"696", "MQ"},
            {"697", "MQ"},
    }};
    for (const Range &range : ranges) {
        if (nationalNumber.compare(0, 3, range.prefix) == 0)
            return range.region;
    }
    return nullptr;
}

PhoneNumber::Type typeOf(lib::PhoneNumberUtil::PhoneNumberType type)
{
    using T = lib::PhoneNumberUtil;
    switch (type) {
    case T::FIXED_LINE:
        return PhoneNumber::Type::FixedLine;
    case T::MOBILE:
        return PhoneNumber::Type::Mobile;
    case T::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::Type::FixedLineOrMobile;
    case T::TOLL_FREE:
        return PhoneNumber::Type::TollFree;
    case T::PREMIUM_RATE:
        return PhoneNumber::Type::PremiumRate;
    case T::SHARED_COST:
        return PhoneNumber::Type::SharedCost;
    case T::VOIP:
        return PhoneNumber::Type::Voip;
    case T::PERSONAL_NUMBER:
        return PhoneNumber::Type::PersonalNumber;
    case T::PAGER:
        return PhoneNumber::Type::Pager;
    case T::UAN:
        return PhoneNumber::Type::UniversalAccess;
    case T::VOICEMAIL:
        return PhoneNumber::Type::Voicemail;
    case T::UNKNOWN:
        break;
    }
    return PhoneNumber::Type::Unknown;
}

// Separators people write between digits.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'\u2010'
           || c == u'\u2011';
}

// A number recognised in a region: libphonenumber's form and its type.
struct Recognised
{
    lib::PhoneNumber number;
    lib::PhoneNumberUtil::PhoneNumberType type = lib::PhoneNumberUtil::UNKNOWN;
};

// The national significant number read in a region of the ten-digit plan, if valid there.
std::optional<Recognised> recogniseNational(const std::string &nationalNumber,
                                            const std::string &region)
{
    Recognised result;
    result.number.set_country_code(util().GetCountryCodeForRegion(region));
    result.number.set_national_number(std::stoull(nationalNumber));
    result.type = util().GetNumberType(result.number);
    if (result.type == lib::PhoneNumberUtil::UNKNOWN)
        return std::nullopt;
    return result;
}

} // namespace

PhoneNumber::PhoneNumber()
{
    m_error.kind = PhoneNumberError::Empty;
}

PhoneNumber PhoneNumber::parse(const QString &text, QStringView region)
{
    PhoneNumber result;
    result.m_text = text;
    result.m_display = text;
    result.m_error.kind = PhoneNumberError::None;
    result.m_error.text = text.trimmed();
    const auto fail = [&result](PhoneNumberError::Kind kind, int column = 0, QString detail = {}) {
        result.m_error.kind = kind;
        result.m_error.column = column;
        result.m_error.detail = std::move(detail);
        return result;
    };

    const std::string regionCode = region.toString().toUpper().toStdString();
    if (util().GetCountryCodeForRegion(regionCode) == 0)
        return fail(PhoneNumberError::UnsupportedRegion, 0, region.toString());

    // Only digits, separators and a leading "+": whatever else is there ("tel:", ";ext=",
    // letters, "?") makes the number invalid rather than being dropped.
    std::string digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            digits += char(c.unicode());
        } else if (c == u'+' && digits.empty() && !plus) {
            plus = true;
        } else if (!isSeparator(c)) {
            const bool pair
                    = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            return fail(PhoneNumberError::InvalidCharacter, int(i) + 1, text.mid(i, pair ? 2 : 1));
        }
        if (digits.size() > 17)
            break;
    }
    const QString digitCount = QString::number(digits.size());
    if (digits.empty())
        return fail(PhoneNumberError::Empty);
    if (digits.size() > 17)
        return fail(PhoneNumberError::TooLong, 0, u"18+"_s);

    const bool tenDigitPlan = isTenDigitPlanRegion(regionCode);

    // Short numbers: "15", "3114", "116 111". Those of metropolitan France answer in the
    // overseas departments too, whose metadata lists few of them.
    if (!plus && digits.front() != '0' && digits.size() <= 6) {
        const std::array<std::string, 2> candidates{regionCode, std::string("FR")};
        for (const std::string &candidate : candidates) {
            if (&candidate != &candidates.front() && candidate == regionCode)
                break;
            lib::PhoneNumber number;
            number.set_country_code(util().GetCountryCodeForRegion(candidate));
            number.set_national_number(std::stoull(digits));
            if (!shortNumbers().IsValidShortNumberForRegion(number, candidate))
                continue;
            const bool emergency = shortNumbers().IsEmergencyNumber(digits, candidate);
            const lib::ShortNumberInfo::ShortNumberCost cost
                    = shortNumbers().GetExpectedCostForRegion(number, candidate);
            result.m_type = emergency ? Type::EmergencyNumber : Type::ShortNumber;
            result.m_tollFree = cost == lib::ShortNumberInfo::TOLL_FREE;
            result.m_premiumRate = cost == lib::ShortNumberInfo::PREMIUM_RATE;
            result.m_regionCode = QString::fromStdString(candidate);
            result.m_dialable = QString::fromStdString(digits);
            result.m_display = text.trimmed();
            return result;
        }
        // In the French plan, short numbers are all there is below 10 digits; elsewhere
        // (Saint-Pierre-et-Miquelon: "41 23 45") subscriber numbers may be as short.
        if (tenDigitPlan)
            return fail(PhoneNumberError::UnknownShortNumber);
    }

    std::optional<Recognised> recognised;
    if (tenDigitPlan && !plus && digits.front() == '0' && digits.compare(0, 2, "00") != 0) {
        // "0 800 130 000": the national form, the common case, read without libphonenumber's
        // parser (the trunk prefix is 0 throughout the plan).
        if (digits.size() < 10)
            return fail(PhoneNumberError::TooShort, 0, digitCount);
        if (digits.size() > 10)
            return fail(PhoneNumberError::TooLong, 0, digitCount);
        const std::string national = digits.substr(1);
        std::array<std::string, 3> candidates;
        if (const char *overseas = overseasRegionOfRange(national))
            candidates[0] = overseas;
        candidates[1] = regionCode;
        candidates[2] = "FR";
        for (const std::string &candidate : candidates) {
            if (!candidate.empty() && (recognised = recogniseNational(national, candidate)))
                break;
        }
        if (!recognised) {
            // A number of another department of the plan, outside the ranges above.
            for (const char *candidate : tenDigitPlanRegions) {
                if ((recognised = recogniseNational(national, candidate)))
                    break;
            }
        }
        if (!recognised)
            return fail(PhoneNumberError::InvalidNumber);
    } else {
        if (tenDigitPlan && !plus && digits.front() != '0')
            return fail(PhoneNumberError::MissingTrunkPrefix);
        // International forms ("+33 …", "00 33 …") and other regions' plans.
        Recognised parsed;
        const std::string input = plus ? "+" + digits : digits;
        if (util().Parse(input, regionCode, &parsed.number)
            != lib::PhoneNumberUtil::NO_PARSING_ERROR) {
            return fail(PhoneNumberError::InvalidNumber);
        }
        parsed.type = util().GetNumberType(parsed.number);
        if (parsed.type == lib::PhoneNumberUtil::UNKNOWN) {
            switch (util().IsPossibleNumberWithReason(parsed.number)) {
            case lib::PhoneNumberUtil::TOO_SHORT:
            case lib::PhoneNumberUtil::INVALID_LENGTH:
                return fail(PhoneNumberError::TooShort, 0, digitCount);
            case lib::PhoneNumberUtil::TOO_LONG:
                return fail(PhoneNumberError::TooLong, 0, digitCount);
            default:
                return fail(PhoneNumberError::InvalidNumber);
            }
        }
        recognised = parsed;
    }

    const lib::PhoneNumber &number = recognised->number;
    std::string numberRegion;
    util().GetRegionCodeForNumber(number, &numberRegion);
    std::string e164;
    util().Format(number, lib::PhoneNumberUtil::E164, &e164);

    result.m_type = typeOf(recognised->type);
    result.m_tollFree = recognised->type == lib::PhoneNumberUtil::TOLL_FREE;
    result.m_premiumRate = recognised->type == lib::PhoneNumberUtil::PREMIUM_RATE;
    result.m_regionCode = QString::fromStdString(numberRegion);
    result.m_international = QString::fromStdString(e164);

    // Numbers of the French plan are dialled in national form from France; others in
    // international form.
    const bool national = isTenDigitPlanRegion(numberRegion) || numberRegion == regionCode;
    std::string dialable;
    if (national) {
        std::string significant;
        util().GetNationalSignificantNumber(number, &significant);
        std::string prefix;
        util().GetNddPrefixForRegion(numberRegion, true, &prefix);
        dialable = prefix + significant;
    } else {
        dialable = e164;
    }
    result.m_dialable = QString::fromStdString(dialable);

    const std::string dialableDigits = dialable.front() == '+' ? dialable.substr(1) : dialable;
    if (digits == dialableDigits) {
        result.m_display = text.trimmed();
    } else {
        std::string formatted;
        util().Format(number,
                      national ? lib::PhoneNumberUtil::NATIONAL
                               : lib::PhoneNumberUtil::INTERNATIONAL,
                      &formatted);
        result.m_display = QString::fromStdString(formatted);
    }
    return result;
}

QString PhoneNumber::regionForHolidays(QStringView holidayRegion)
{
    static constexpr std::array<std::pair<QStringView, QStringView>, 6> overseas{{
            {u"FR-971", u"GP"},
            {u"FR-972", u"MQ"},
            {u"FR-973", u"GF"},
            {u"FR-974", u"RE"},
            {u"FR-975", u"PM"},
            {u"FR-976", u"YT"},
    }};
    for (const auto &[holidays, region] : overseas) {
        if (holidayRegion.compare(holidays, Qt::CaseInsensitive) == 0)
            return region.toString();
    }
    return u"FR"_s;
}

QString PhoneNumber::digits() const
{
    return m_dialable.startsWith(u'+') ? m_dialable.mid(1) : m_dialable;
}

QUrl PhoneNumber::telUrl() const
{
    if (!isValid())
        return {};
    return QUrl(u"tel:"_s + (m_international.isEmpty() ? m_dialable : m_international));
}

QUrl PhoneNumber::smsUrl() const
{
    if (!isValid())
        return {};
    return QUrl(u"sms:"_s + (m_international.isEmpty() ? m_dialable : m_international));
}

bool operator==(const PhoneNumber &a, const PhoneNumber &b)
{
    return a.m_text == b.m_text && a.m_regionCode == b.m_regionCode && a.m_dialable == b.m_dialable
           && a.m_international == b.m_international && a.m_display == b.m_display
           && a.m_error.kind == b.m_error.kind && a.m_error.column == b.m_error.column
           && a.m_type == b.m_type && a.m_tollFree == b.m_tollFree
           && a.m_premiumRate == b.m_premiumRate;
}

} // namespace Helplines
