#include "servicecodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Helplines {

namespace {

// Bump whenever the encoding below changes.
constexpr int codecVersion = 1;
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

// Number of values of each enumeration, for range checks when decoding.
constexpr int contactKindCount = int(ContactKind::Web) + 1;
constexpr int categoryCount = int(ServiceCategory::DeafAccess) + 1;
constexpr int scopeCount = int(ServiceScope::Personal) + 1;
constexpr int costCount = int(Cost::PremiumRate) + 1;
constexpr int featureCount = int(AccessibilityFeature::Sms) + 1;
constexpr int statusCount = int(ServiceStatus::Historical) + 1;
constexpr int originCount = int(ServiceOrigin::User) + 1;

template<typename Enum>
void writeEnum(QDataStream &out, Enum value)
{
    out << qint32(value);
}

template<typename Enum>
bool readEnum(QDataStream &in, Enum &value, int count)
{
    qint32 raw = 0;
    in >> raw;
    if (raw < 0 || raw >= count)
        return false;
    value = Enum(raw);
    return true;
}

QDataStream &operator<<(QDataStream &out, const LocalizedText &text)
{
    return out << text.fr << text.en;
}

QDataStream &operator>>(QDataStream &in, LocalizedText &text)
{
    return in >> text.fr >> text.en;
}

void write(QDataStream &out, const Contact &contact)
{
    writeEnum(out, contact.kind);
    out << contact.value << contact.label << contact.hours << contact.note;
}

bool read(QDataStream &in, Contact &contact)
{
    if (!readEnum(in, contact.kind, contactKindCount))
        return false;
    in >> contact.value >> contact.label >> contact.hours >> contact.note;
    return in.status() == QDataStream::Ok;
}

} // namespace

int ServiceCodec::version()
{
    return codecVersion;
}

QByteArray ServiceCodec::encode(const Service &s)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << s.id << s.name << s.description << s.audience << s.organisation;
    writeEnum(out, s.category);
    writeEnum(out, s.scope);
    out << s.region;
    out << quint32(s.contacts.size());
    for (const Contact &contact : s.contacts)
        write(out, contact);
    out << s.hours << s.hoursNote << s.timeZone << s.holidays;
    writeEnum(out, s.cost);
    out << s.costNote;
    out << qint8(s.anonymous ? (*s.anonymous ? 1 : 0) : -1);
    out << quint32(s.accessibility.size());
    for (const AccessibilityFeature feature : s.accessibility)
        writeEnum(out, feature);
    out << s.accessibilityNote << s.languages << s.source << s.verified;
    writeEnum(out, s.status);
    out << s.statusNote;
    out << bool(s.location);
    if (s.location)
        out << s.location->latitude << s.location->longitude;
    writeEnum(out, s.origin);
    out << s.pinned;
    return bytes;
}

std::optional<Service> ServiceCodec::decodeService(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(streamVersion);
    Service s;
    in >> s.id >> s.name >> s.description >> s.audience >> s.organisation;
    if (!readEnum(in, s.category, categoryCount) || !readEnum(in, s.scope, scopeCount))
        return std::nullopt;
    in >> s.region;
    quint32 contactCount = 0;
    in >> contactCount;
    if (in.status() != QDataStream::Ok || contactCount > 10000)
        return std::nullopt;
    s.contacts.reserve(qsizetype(contactCount));
    for (quint32 i = 0; i < contactCount; ++i) {
        Contact contact;
        if (!read(in, contact))
            return std::nullopt;
        s.contacts.append(contact);
    }
    in >> s.hours >> s.hoursNote >> s.timeZone >> s.holidays;
    if (!readEnum(in, s.cost, costCount))
        return std::nullopt;
    in >> s.costNote;
    qint8 anonymous = -1;
    in >> anonymous;
    if (anonymous >= 0)
        s.anonymous = anonymous == 1;
    quint32 features = 0;
    in >> features;
    if (in.status() != QDataStream::Ok || features > 100)
        return std::nullopt;
    for (quint32 i = 0; i < features; ++i) {
        AccessibilityFeature feature{};
        if (!readEnum(in, feature, featureCount))
            return std::nullopt;
        s.accessibility.append(feature);
    }
    in >> s.accessibilityNote >> s.languages >> s.source >> s.verified;
    if (!readEnum(in, s.status, statusCount))
        return std::nullopt;
    in >> s.statusNote;
    bool hasLocation = false;
    in >> hasLocation;
    if (hasLocation) {
        GeoPoint point;
        in >> point.latitude >> point.longitude;
        s.location = point;
    }
    if (!readEnum(in, s.origin, originCount))
        return std::nullopt;
    in >> s.pinned;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return s;
}

QByteArray ServiceCodec::encode(const EmergencyNumber &number)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << number.id << number.number;
    writeEnum(out, number.kind);
    out << number.name << number.description;
    return bytes;
}

std::optional<EmergencyNumber> ServiceCodec::decodeEmergencyNumber(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(streamVersion);
    EmergencyNumber number;
    in >> number.id >> number.number;
    if (!readEnum(in, number.kind, contactKindCount))
        return std::nullopt;
    in >> number.name >> number.description;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return number;
}

} // namespace Helplines
