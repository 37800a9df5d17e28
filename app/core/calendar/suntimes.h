#ifndef HELPLINES_CORE_SUNTIMES_H
#define HELPLINES_CORE_SUNTIMES_H

#include "core/service.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Helplines {

// Sunrise and sunset (upper limb on the horizon, with refraction: centre at -0.833 degrees),
// dawn and dusk (civil twilight: centre at -6 degrees) for one local day.
//
// Each member is the event that happens on that local date, in timeZone, truncated to the
// minute (seconds dropped) as opening_hours.js does; it agrees with the reference corpus on
// every sun event it contains (docs/calendar.md gives the measured agreement). A member is
// invalid when the event does not happen on that date: polar day or night, or near the polar
// circle a sunset that falls after midnight and so belongs to the next date. For the same
// reason the members are not always in order there (Tromsø, 26 July: sunset 00:37, sunrise
// 01:04). Also invalid for an invalid date or zone, or a latitude outside [-90, 90].
//
// A pure function: some hundred trigonometric evaluations and a few time zone conversions
// (about 10 µs); callers that need a day many times may keep the result.
struct SunTimes
{
    QDateTime dawn;
    QDateTime sunrise;
    QDateTime sunset;
    QDateTime dusk;

    static SunTimes forDay(QDate date, GeoPoint location, const QTimeZone &timeZone);
};

} // namespace Helplines

#endif // HELPLINES_CORE_SUNTIMES_H
