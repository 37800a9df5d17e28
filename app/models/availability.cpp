#include "availability.h"

#include "core/timeformat.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

struct ZonePlace
{
    const char *zone;
    GeoPoint location;
    const char *name;
};

// The French zones and their main place, for sun times and for naming the zone in badges.
// Coordinates: prefectures (rounded to 0.01°).
constexpr std::array<ZonePlace, 10> zonePlaces{{
        {"Europe/Paris", {48.86, 2.35}, QT_TRANSLATE_NOOP("ServiceAvailability", "Paris")},
         {"Indian/Reunion", {-20.88, 55.45}, QT_TRANSLATE_NOOP("ServiceAvailability", "Réunion")},
          {"America/Guadeloupe",
           {16.00, -61.73},
           QT_TRANSLATE_NOOP("ServiceAvailability", "Guadeloupe")},
           {"America/Martinique",
            {14.60, -61.07},
            QT_TRANSLATE_NOOP("ServiceAvailability", "Martinique")},
            {"America/Cayenne",
             {4.94, -52.33},
             QT_TRANSLATE_NOOP("ServiceAvailability", "French Guiana")},
             {"Indian/Mayotte",
              {-12.78, 45.23},
              QT_TRANSLATE_NOOP("ServiceAvailability", "Mayotte")},
              {"America/Miquelon",
               {46.78, -56.18},
               QT_TRANSLATE_NOOP("ServiceAvailability", "Saint Pierre and Miquelon")},
               {"Pacific/Noumea",
                {-22.27, 166.44},
                QT_TRANSLATE_NOOP("ServiceAvailability", "New Caledonia")},
                {"Pacific/Tahiti",
                 {-17.54, -149.57},
                 QT_TRANSLATE_NOOP("ServiceAvailability", "French Polynesia")},
                 {"Pacific/Wallis",
                  {-13.28, -176.17},
                  QT_TRANSLATE_NOOP("ServiceAvailability", "Wallis and Futuna")},
                }};

const ZonePlace *placeOf(const QByteArray &zoneId)
{
    for (const ZonePlace &place : zonePlaces) {
        if (zoneId == place.zone)
            return &place;
    }
    return nullptr;
}

QLocale localeOf(Language language)
{
    return language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString timeOf(const QDateTime &instant, const QTimeZone &zone, Language language)
{
    return TimeFormat::time(instant.toTimeZone(zone).time(), language);
}

} // namespace

QString BadgeText::display() const
{
    if (detail.isEmpty())
        return headline;
    //: A badge: headline and detail, e.g. "Open now · until 18:00"
    return QCoreApplication::translate("ServiceAvailability", "%1 · %2").arg(headline, detail);
}

QString BadgeText::spoken() const
{
    if (detail.isEmpty())
        return headline;
    //: A badge read by a screen reader, e.g. "Open now, until 18:00"
    return QCoreApplication::translate("ServiceAvailability", "%1, %2").arg(headline, detail);
}

EvaluationContext ServiceAvailability::contextFor(const Service &service)
{
    EvaluationContext context;
    context.timeZone = QTimeZone(service.timeZone.isEmpty() ? QByteArrayLiteral("Europe/Paris")
                                                            : service.timeZone.toUtf8());
    if (!context.timeZone.isValid())
        context.timeZone = QTimeZone("Europe/Paris");
    context.holidayRegion = service.holidays.isEmpty() ? u"FR"_s : service.holidays;
    if (service.location) {
        context.location = *service.location;
    } else if (const ZonePlace *place = placeOf(context.timeZone.id())) {
        context.location = place->location;
    } else {
        context.location = zonePlaces.front().location;
    }
    return context;
}

Availability ServiceAvailability::evaluate(const OpeningHours &hours,
                                           const EvaluationContext &context, ServiceStatus status,
                                           const QDateTime &now)
{
    Availability availability;
    if (status == ServiceStatus::Historical || hours.rule().isEmpty() || !hours.isValid())
        return availability;

    const OpeningHoursEvaluation evaluation = hours.evaluate(now, context);
    availability.state = evaluation.state;
    availability.nextChange = evaluation.nextChange;
    availability.comment = evaluation.comment;
    availability.revisit = evaluation.nextChange;

    switch (evaluation.state) {
    case OpenState::Unknown:
        availability.kind = BadgeKind::Unknown;
        break;
    case OpenState::Closed:
        availability.kind = BadgeKind::Closed;
        break;
    case OpenState::Open:
        if (!evaluation.nextChange.isValid()) {
            availability.kind = BadgeKind::OpenAllDay;
            break;
        }
        const QDateTime soon = evaluation.nextChange.addSecs(-closingSoonMinutes * 60);
        if (now >= soon) {
            availability.kind = BadgeKind::ClosingSoon;
        } else {
            availability.kind = BadgeKind::Open;
            availability.revisit = soon;
        }
        break;
    }
    return availability;
}

BadgeText ServiceAvailability::badgeText(const Availability &availability, const QDateTime &now,
                                         const QTimeZone &userZone, const QTimeZone &serviceZone,
                                         Language language)
{
    BadgeText badge;
    const QLocale locale = localeOf(language);
    const QDateTime change = availability.nextChange;
    const QDate today = now.toTimeZone(userZone).date();
    const QDateTime localChange = change.toTimeZone(userZone);
    const qint64 daysAway = today.daysTo(localChange.date());
    const QString time = change.isValid() ? timeOf(change, userZone, language) : QString();

    switch (availability.kind) {
    case BadgeKind::Unknown:
    case BadgeKind::Unverified:
    case BadgeKind::Stale:
        badge.headline = tr("Hours unknown");
        return badge;
    case BadgeKind::OpenAllDay:
        badge.headline = tr("Open 24 hours");
        return badge;
    case BadgeKind::Open:
    case BadgeKind::ClosingSoon:
        badge.headline = availability.kind == BadgeKind::Open ? tr("Open now") : tr("Closing soon");
        if (now.secsTo(change) < 24 * 3600) {
            //: Open now · until 18:00
            badge.detail = tr("until %1").arg(time);
        } else if (daysAway < 7) {
            //: Open now · until Monday 9:00
            badge.detail
                    = tr("until %1 %2").arg(locale.dayName(localChange.date().dayOfWeek()), time);
        } else {
            //: Open now · until 12 January
            badge.detail = tr("until %1", "a date")
                                   .arg(locale.toString(localChange.date(), u"d MMMM"_s));
        }
        break;
    case BadgeKind::Closed:
        badge.headline = tr("Closed");
        if (!change.isValid())
            return badge;
        if (daysAway == 0) {
            badge.detail = tr("opens at %1").arg(time);
        } else if (daysAway == 1) {
            badge.detail = tr("opens tomorrow at %1").arg(time);
        } else if (daysAway < 7) {
            //: Closed · opens Monday at 9:00
            badge.detail = tr("opens %1 at %2")
                                   .arg(locale.dayName(localChange.date().dayOfWeek()), time);
        } else {
            //: Closed · opens on 12 January at 9:00
            badge.detail = tr("opens on %1 at %2")
                                   .arg(locale.toString(localChange.date(), u"d MMMM"_s), time);
        }
        break;
    }

    // A line in another zone: its own local time too.
    if (change.isValid() && serviceZone.isValid()
        && userZone.offsetFromUtc(change) != serviceZone.offsetFromUtc(change)) {
        //: The service's local time and place after a time in the user's zone: "(9:00 in
        //: Réunion)"
        badge.detail = tr("%1 (%2 in %3)")
                               .arg(badge.detail, timeOf(change, serviceZone, language),
                                    placeName(serviceZone, language));
    }
    return badge;
}

QString ServiceAvailability::staleText(QDate verified, QDate today, Language language)
{
    if (!verified.isValid() || !today.isValid() || verified.addYears(1) >= today)
        return {};
    //: A record whose facts were checked long ago: "Last checked March 2025"
    return tr("Last checked %1").arg(localeOf(language).toString(verified, u"MMMM yyyy"_s));
}

QString ServiceAvailability::placeName(const QTimeZone &zone, Language language)
{
    if (const ZonePlace *place = placeOf(zone.id()))
        return QCoreApplication::translate("ServiceAvailability", place->name);
    return zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, localeOf(language));
}

QString ServiceAvailability::stateKey(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return u"open"_s;
    case OpenState::Closed:
        return u"closed"_s;
    case OpenState::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString ServiceAvailability::badgeKindKey(BadgeKind kind)
{
    switch (kind) {
    case BadgeKind::Open:
        return u"open"_s;
    case BadgeKind::OpenAllDay:
        return u"open-24-hours"_s;
    case BadgeKind::ClosingSoon:
        return u"closing-soon"_s;
    case BadgeKind::Closed:
        return u"closed"_s;
    case BadgeKind::Unverified:
        return u"unverified"_s;
    case BadgeKind::Stale:
        return u"stale"_s;
    case BadgeKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace Helplines
