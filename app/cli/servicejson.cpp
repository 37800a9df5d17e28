#include "servicejson.h"

#include "models/availability.h"
#include "models/contactpresentation.h"
#include "models/servicelistmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

QJsonValue textOrNull(const LocalizedText &text, Language language)
{
    const QString value = text.value(language);
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject ServiceJson::summary(const Service &service, Language language, bool favourite)
{
    QJsonArray numbers;
    for (const Contact &contact : service.contacts) {
        if (!contact.isNumber())
            continue;
        const ContactPresentation presentation = ContactPresentation::of(contact, service);
        numbers.append(QJsonObject{
                {u"kind"_s, contactKindKey(contact.kind)},
                {u"display"_s, presentation.display},
                {u"dial"_s, stringOrNull(presentation.valid ? presentation.copyText : QString())},
                {u"international"_s, stringOrNull(presentation.international)},
        });
    }
    return QJsonObject{
            {u"id"_s, service.id},
            {u"name"_s, service.name.value(language)},
            {u"category"_s, categoryKey(service.category)},
            {u"scope"_s, scopeKey(service.scope)},
            {u"status"_s, statusKey(service.status)},
            {u"hours"_s, stringOrNull(service.hours)},
            {u"timezone"_s, service.timeZone},
            {u"verified"_s, service.verified.isValid()
                                    ? QJsonValue(service.verified.toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null)},
            {u"source"_s, stringOrNull(service.source)},
            {u"favourite"_s, favourite},
            {u"origin"_s, originKey(service.origin)},
            {u"pinned"_s, service.pinned},
            {u"numbers"_s, numbers},
    };
}

QString ServiceJson::isoWithOffset(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(Qt::ISODate);
}

void ServiceJson::addAvailability(QJsonObject &object, const ServiceListModel &model, int row)
{
    const Availability &availability = model.availabilityAt(row);
    const Service &service = model.serviceAt(row);
    object.insert(u"state"_s, ServiceAvailability::stateKey(availability.state));
    object.insert(
            u"next_change"_s,
            availability.nextChange.isValid() ? QJsonValue(isoWithOffset(
                    availability.nextChange, ServiceAvailability::contextFor(service).timeZone))
                                              : QJsonValue(QJsonValue::Null));
    object.insert(u"badge"_s, model.badgeAt(row).display());
    object.insert(u"badge_kind"_s, ServiceAvailability::badgeKindKey(availability.kind));
}

QJsonObject ServiceJson::details(const Service &service, Language language, bool favourite)
{
    QJsonObject object = summary(service, language, favourite);
    object.insert(u"description"_s, textOrNull(service.description, language));
    object.insert(u"audience"_s, textOrNull(service.audience, language));
    object.insert(u"organisation"_s, textOrNull(service.organisation, language));
    object.insert(u"region"_s, stringOrNull(service.region));
    object.insert(u"hours_note"_s, textOrNull(service.hoursNote, language));
    object.insert(u"holidays"_s, service.holidays);
    object.insert(u"cost"_s, costKey(service.cost));
    object.insert(u"cost_note"_s, textOrNull(service.costNote, language));
    object.insert(u"anonymous"_s, service.anonymous ? QJsonValue(*service.anonymous)
                                                    : QJsonValue(QJsonValue::Null));
    QJsonArray accessibility;
    for (const AccessibilityFeature feature : service.accessibility)
        accessibility.append(accessibilityKey(feature));
    object.insert(u"accessibility"_s, accessibility);
    object.insert(u"accessibility_note"_s, textOrNull(service.accessibilityNote, language));
    object.insert(u"languages"_s, QJsonArray::fromStringList(service.languages));
    object.insert(u"status_note"_s, textOrNull(service.statusNote, language));
    QJsonArray contacts;
    for (const Contact &contact : service.contacts) {
        const ContactPresentation presentation = ContactPresentation::of(contact, service);
        contacts.append(QJsonObject{
                {u"kind"_s, contactKindKey(contact.kind)},
                {u"value"_s, contact.value},
                {u"label"_s, textOrNull(contact.label, language)},
                {u"hours"_s, stringOrNull(contact.hours)},
                {u"note"_s, textOrNull(contact.note, language)},
                {u"url"_s, presentation.actionUrl.isValid()
                                   ? QJsonValue(presentation.actionUrl.toString())
                                   : QJsonValue(QJsonValue::Null)},
        });
    }
    object.insert(u"contacts"_s, contacts);
    return object;
}

} // namespace Helplines
