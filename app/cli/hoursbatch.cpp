#include "hoursbatch.h"

#include "cli/hoursjson.h"
#include "cli/hoursregion.h"
#include "cli/isodatetime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// The engine refuses longer rules at once (OpeningHoursError::TooLong): not worth keeping.
constexpr qsizetype longestCachedRule = 4096;
// Distinct zone and region pairs kept; a batch has a handful.
constexpr qsizetype maximumContexts = 256;

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

} // namespace

HoursBatch::HoursBatch(qsizetype cacheCost)
    : m_rules(cacheCost)
{}

QByteArray HoursBatch::lineTooLong()
{
    return HoursJson::inputError(tr("The line is longer than %1 bytes.").arg(maximumLineLength));
}

OpeningHours HoursBatch::rule(const QString &text)
{
    if (text.size() > longestCachedRule)
        return OpeningHours(text);
    if (const OpeningHours *cached = m_rules.object(text))
        return *cached;
    const OpeningHours parsed(text);
    // The cache owns its copy; both share the parsed rule.
    m_rules.insert(text, new OpeningHours(parsed), text.size() + 64);
    return parsed;
}

const EvaluationContext *HoursBatch::context(const QString &zone, const QString &region,
                                             QString *error)
{
    const QString key = zone + u'\n' + region;
    const auto found = m_contexts.constFind(key);
    if (found != m_contexts.constEnd())
        return &found.value();

    const QTimeZone timeZone(zone.toUtf8());
    if (!timeZone.isValid()) {
        *error = tr("Unknown time zone “%1”: give an IANA time zone such as “Europe/Paris”.")
                         .arg(zone);
        return nullptr;
    }
    if (!HoursRegion::isSupported(region)) {
        *error = tr("Unknown region “%1”: give one of %2.")
                         .arg(region, HoursRegion::supportedList());
        return nullptr;
    }
    if (m_contexts.size() >= maximumContexts)
        m_contexts.clear();
    return &m_contexts.insert(key, HoursRegion::context(region, timeZone)).value();
}

QByteArray HoursBatch::answer(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > maximumLineLength)
        return lineTooLong();
    if (isBlank(line))
        return HoursJson::inputError(tr("The line is empty: a JSON object was expected."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return HoursJson::inputError(tr("The line is not valid JSON: %1 (byte %2).")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset + 1));
    }
    if (!document.isObject())
        return HoursJson::inputError(tr("The line is not a JSON object."));
    const QJsonObject object = document.object();

    QString fields[4];
    const QString names[4] = {u"rule"_s, u"tz"_s, u"country"_s, u"at"_s};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue value = object.value(names[i]);
        if (!value.isString()) {
            return HoursJson::inputError(
                    value.isUndefined() ? tr("The field “%1” is missing.").arg(names[i])
                                        : tr("The field “%1” must be a string.").arg(names[i]));
        }
        fields[i] = value.toString();
    }
    const QString &ruleText = fields[0];
    const QString &zone = fields[1];
    const QString &country = fields[2];
    const QString &at = fields[3];

    if (country.compare(u"FR"_s, Qt::CaseInsensitive) != 0) {
        return HoursJson::inputError(
                tr("Unsupported country “%1”: only “FR” (France) is supported.").arg(country));
    }
    QString region = u"FR"_s;
    const QJsonValue regionValue = object.value(u"region"_s);
    if (regionValue.isString()) {
        region = regionValue.toString().toUpper();
        if (region != u"FR"_s && !region.startsWith(u"FR-"_s)) {
            return HoursJson::inputError(
                    tr("The region “%1” is not in the country “%2”.").arg(region, country));
        }
    } else if (!regionValue.isUndefined() && !regionValue.isNull()) {
        return HoursJson::inputError(tr("The field “%1” must be a string.").arg(u"region"_s));
    }

    QString error;
    const EvaluationContext *evaluationContext = context(zone, region, &error);
    if (!evaluationContext)
        return HoursJson::inputError(error);

    const IsoDateTime parsedAt = IsoDateTime::parse(at);
    if (!parsedAt.isValid())
        return HoursJson::inputError(parsedAt.message(at));
    if (!parsedAt.hasOffset()) {
        return HoursJson::inputError(
                tr("“%1” has no offset from UTC: add one, as in “2026-01-12T09:00:00+01:00” or "
                   "“2026-01-12T08:00:00Z”.")
                        .arg(at));
    }

    const OpeningHours hours = rule(ruleText);
    if (!hours.isValid())
        return HoursJson::parseError(hours);
    return HoursJson::evaluation(
            hours.evaluate(parsedAt.instant(QTimeZone::utc()), *evaluationContext));
}

} // namespace Helplines
