#include "service.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr KeyTable<ContactKind, 6> contactKinds{{
        {ContactKind::Phone, u"phone"},
        {ContactKind::Sms, u"sms"},
        {ContactKind::Video, u"video"},
        {ContactKind::Chat, u"chat"},
        {ContactKind::Email, u"email"},
        {ContactKind::Web, u"web"},
}};

constexpr KeyTable<ServiceCategory, 9> categories{{
        {ServiceCategory::EmployeeAssistance, u"employee-assistance"},
        {ServiceCategory::SuicidePrevention, u"suicide-prevention"},
        {ServiceCategory::Violence, u"violence"},
        {ServiceCategory::ChildProtection, u"child-protection"},
        {ServiceCategory::Youth, u"youth"},
        {ServiceCategory::Addiction, u"addiction"},
        {ServiceCategory::Listening, u"listening"},
        {ServiceCategory::PsychologicalSupport, u"psychological-support"},
        {ServiceCategory::DeafAccess, u"deaf-access"},
}};

constexpr KeyTable<ServiceScope, 4> scopes{{
        {ServiceScope::Organisation, u"organisation"},
        {ServiceScope::National, u"national"},
        {ServiceScope::Regional, u"regional"},
        {ServiceScope::Personal, u"personal"},
}};

constexpr KeyTable<ServiceStatus, 3> statuses{{
        {ServiceStatus::Active, u"active"},
        {ServiceStatus::Unverified, u"unverified"},
        {ServiceStatus::Historical, u"historical"},
}};

constexpr KeyTable<Cost, 4> costs{{
        {Cost::Unknown, u"unknown"},
        {Cost::Free, u"free"},
        {Cost::LocalRate, u"local-rate"},
        {Cost::PremiumRate, u"premium-rate"},
}};

constexpr KeyTable<AccessibilityFeature, 5> accessibilityFeatures{{
        {AccessibilityFeature::SignLanguage, u"sign-language"},
        {AccessibilityFeature::CuedSpeech, u"cued-speech"},
        {AccessibilityFeature::RealTimeText, u"real-time-text"},
        {AccessibilityFeature::Relay, u"relay"},
        {AccessibilityFeature::Sms, u"sms"},
}};

constexpr KeyTable<ServiceOrigin, 3> origins{{
        {ServiceOrigin::Bundled, u"bundled"},
        {ServiceOrigin::Organisation, u"organisation"},
        {ServiceOrigin::User, u"user"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return key.toString();
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, QStringView key)
{
    for (const auto &[value, candidate] : table) {
        if (candidate == key)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList keysOf(const KeyTable<Enum, N> &table)
{
    QStringList keys;
    keys.reserve(qsizetype(N));
    for (const auto &entry : table)
        keys.append(entry.second.toString());
    return keys;
}

} // namespace

bool operator==(const Contact &a, const Contact &b)
{
    return a.kind == b.kind && a.value == b.value && a.label == b.label && a.hours == b.hours
           && a.note == b.note;
}

bool operator==(const Service &a, const Service &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description
           && a.audience == b.audience && a.organisation == b.organisation
           && a.category == b.category && a.scope == b.scope && a.region == b.region
           && a.contacts == b.contacts && a.hours == b.hours && a.hoursNote == b.hoursNote
           && a.timeZone == b.timeZone && a.holidays == b.holidays && a.cost == b.cost
           && a.costNote == b.costNote && a.anonymous == b.anonymous
           && a.accessibility == b.accessibility && a.accessibilityNote == b.accessibilityNote
           && a.languages == b.languages && a.source == b.source && a.verified == b.verified
           && a.status == b.status && a.statusNote == b.statusNote && a.location == b.location
           && a.origin == b.origin && a.pinned == b.pinned;
}

bool operator==(const EmergencyNumber &a, const EmergencyNumber &b)
{
    return a.id == b.id && a.number == b.number && a.kind == b.kind && a.name == b.name
           && a.description == b.description;
}

const Contact *Service::mainNumber() const
{
    for (const ContactKind kind : {ContactKind::Phone, ContactKind::Sms}) {
        for (const Contact &contact : contacts) {
            if (contact.kind == kind)
                return &contact;
        }
    }
    return nullptr;
}

QString contactKindKey(ContactKind kind)
{
    return keyOf(contactKinds, kind);
}
std::optional<ContactKind> contactKindFromKey(QStringView key)
{
    return valueOf(contactKinds, key);
}
QString categoryKey(ServiceCategory category)
{
    return keyOf(categories, category);
}
std::optional<ServiceCategory> categoryFromKey(QStringView key)
{
    return valueOf(categories, key);
}
QString scopeKey(ServiceScope scope)
{
    return keyOf(scopes, scope);
}
std::optional<ServiceScope> scopeFromKey(QStringView key)
{
    return valueOf(scopes, key);
}
QString statusKey(ServiceStatus status)
{
    return keyOf(statuses, status);
}
std::optional<ServiceStatus> statusFromKey(QStringView key)
{
    return valueOf(statuses, key);
}
QString costKey(Cost cost)
{
    return keyOf(costs, cost);
}
std::optional<Cost> costFromKey(QStringView key)
{
    return valueOf(costs, key);
}
QString accessibilityKey(AccessibilityFeature feature)
{
    return keyOf(accessibilityFeatures, feature);
}
std::optional<AccessibilityFeature> accessibilityFromKey(QStringView key)
{
    return valueOf(accessibilityFeatures, key);
}
QString originKey(ServiceOrigin origin)
{
    return keyOf(origins, origin);
}

QStringList contactKindKeys()
{
    return keysOf(contactKinds);
}
QStringList categoryKeys()
{
    return keysOf(categories);
}
QStringList scopeKeys()
{
    return keysOf(scopes);
}
QStringList statusKeys()
{
    return keysOf(statuses);
}
QStringList costKeys()
{
    return keysOf(costs);
}
QStringList accessibilityKeys()
{
    return keysOf(accessibilityFeatures);
}

QList<ServiceCategory> allCategories()
{
    QList<ServiceCategory> all;
    for (const auto &entry : categories)
        all.append(entry.first);
    return all;
}

} // namespace Helplines
