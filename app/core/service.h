#ifndef HELPLINES_CORE_SERVICE_H
#define HELPLINES_CORE_SERVICE_H

#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Helplines {

// How a contact is reached.
enum class ContactKind { Phone, Sms, Video, Chat, Email, Web };

// What a service is for. Keys in directory files: see categoryKey().
enum class ServiceCategory {
    EmployeeAssistance,
    SuicidePrevention,
    Violence,
    ChildProtection,
    Youth,
    Addiction,
    Listening,
    PsychologicalSupport,
    DeafAccess,
};

// Who a service is for: one organisation's staff, everyone in the country, one region, or the
// user alone (their own entries: their therapist, their site's occupational health service).
// Directory files never use Personal; only the user's own entries, stored in the database, do.
enum class ServiceScope { Organisation, National, Regional, Personal };

// How far the record can be trusted.
enum class ServiceStatus { Active, Unverified, Historical };

// What a call costs the caller.
enum class Cost { Unknown, Free, LocalRate, PremiumRate };

// Access for deaf, hard-of-hearing, deafblind and aphasic people.
enum class AccessibilityFeature { SignLanguage, CuedSpeech, RealTimeText, Relay, Sms };

// Where a record comes from. Later sources override earlier ones (DESIGN §3).
enum class ServiceOrigin { Bundled, Organisation, User };

struct GeoPoint
{
    double latitude = 0.0;
    double longitude = 0.0;

    friend bool operator==(const GeoPoint &a, const GeoPoint &b)
    {
        return a.latitude == b.latitude && a.longitude == b.longitude;
    }
};

struct Contact
{
    ContactKind kind = ContactKind::Phone;
    // As the operator publishes it: "0 800 130 000", "3114", a URL, an e-mail address.
    QString value;
    LocalizedText label;
    // The contact's own opening_hours rule; empty when it follows the service's hours.
    QString hours;
    LocalizedText note;

    bool isNumber() const { return kind == ContactKind::Phone || kind == ContactKind::Sms; }
    friend bool operator==(const Contact &a, const Contact &b);
};

struct Service
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    LocalizedText audience;
    LocalizedText organisation;
    ServiceCategory category = ServiceCategory::Listening;
    ServiceScope scope = ServiceScope::National;
    // ISO 3166-2 code of the region for regional services ("FR-OCC").
    QString region;
    QList<Contact> contacts;
    // An OpenStreetMap opening_hours rule; empty when unknown.
    QString hours;
    LocalizedText hoursNote;
    QString timeZone;
    // Holiday region: "FR", "FR-57", "FR-971", ...
    QString holidays;
    Cost cost = Cost::Unknown;
    LocalizedText costNote;
    std::optional<bool> anonymous;
    QList<AccessibilityFeature> accessibility;
    LocalizedText accessibilityNote;
    // BCP 47 codes of the languages the service answers in.
    QStringList languages;
    QString source;
    QDate verified;
    ServiceStatus status = ServiceStatus::Active;
    LocalizedText statusNote;
    // Where sun times are computed for; the time zone's main city when absent.
    std::optional<GeoPoint> location;

    // Not read from directory files: set by whoever merges the sources.
    ServiceOrigin origin = ServiceOrigin::Bundled;
    bool pinned = false;

    // The first phone, else SMS, contact: the number shown on the card and copied by Ctrl+C.
    const Contact *mainNumber() const;

    friend bool operator==(const Service &a, const Service &b);
    friend bool operator!=(const Service &a, const Service &b) { return !(a == b); }
};

// A number of the emergency banner (15, 17, 18, 112, 114 by SMS). Not a service.
struct EmergencyNumber
{
    QString id;
    QString number;
    ContactKind kind = ContactKind::Phone;
    LocalizedText name;
    LocalizedText description;

    friend bool operator==(const EmergencyNumber &a, const EmergencyNumber &b);
};

// The keys used in directory files for the enumerations above, and back.
QString contactKindKey(ContactKind kind);
std::optional<ContactKind> contactKindFromKey(QStringView key);
QString categoryKey(ServiceCategory category);
std::optional<ServiceCategory> categoryFromKey(QStringView key);
QString scopeKey(ServiceScope scope);
std::optional<ServiceScope> scopeFromKey(QStringView key);
QString statusKey(ServiceStatus status);
std::optional<ServiceStatus> statusFromKey(QStringView key);
QString costKey(Cost cost);
std::optional<Cost> costFromKey(QStringView key);
QString accessibilityKey(AccessibilityFeature feature);
std::optional<AccessibilityFeature> accessibilityFromKey(QStringView key);
QString originKey(ServiceOrigin origin);

// All keys of one enumeration, in declaration order, for error hints and filters.
QStringList contactKindKeys();
QStringList categoryKeys();
QStringList scopeKeys();
QStringList statusKeys();
QStringList costKeys();
QStringList accessibilityKeys();

QList<ServiceCategory> allCategories();

} // namespace Helplines

#endif // HELPLINES_CORE_SERVICE_H
