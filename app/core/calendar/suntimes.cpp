#include "suntimes.h"

#include <QTime>

#include <array>
#include <cmath>
#include <optional>

namespace Helplines {

namespace {

// Astronomy after Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998):
// chapter 12 (sidereal time), 15 (rising, transit and setting), 22 (obliquity of the
// ecliptic) and 25 (solar coordinates, low accuracy, with the correction to apparent
// longitude), and the ΔT polynomials of Espenak and Meeus (NASA, "Five Millennium Canon of
// Solar Eclipses", 2006). This is the model of SunCalc 2, which opening_hours.js 3.15 uses and
// the reference corpus was produced with; see docs/calendar.md for the measured agreement.

constexpr double pi = 3.14159265358979323846;
constexpr double twoPi = 2.0 * pi;
constexpr double radiansPerDegree = pi / 180.0;
constexpr double millisecondsPerDay = 86400000.0;
// Day number (days since J2000.0, 2000-01-01 12:00 UT) of 1970-01-01 00:00 UT.
constexpr double unixEpochDay = -10957.5;

// Altitudes of the Sun's centre at the events (degrees): upper limb on the horizon with the
// standard refraction (34') and semi-diameter (16'), and civil twilight.
constexpr double sunriseAltitude = -0.833;
constexpr double civilTwilightAltitude = -6.0;

double dayNumber(qint64 msecsSinceEpoch)
{
    return double(msecsSinceEpoch) / millisecondsPerDay + unixEpochDay;
}

qint64 msecsSinceEpoch(double day)
{
    return qint64(std::floor((day - unixEpochDay) * millisecondsPerDay));
}

// ΔT = TT - UT in seconds, Espenak and Meeus; earlier years use the 1900-1920 fit, later ones
// the long-term parabola (the Sun moves 0.04" in a second of ΔT: the choice is immaterial for
// rise and set times, it only keeps the model identical to the reference's).
double deltaTSeconds(double day)
{
    const double year = 2000.0 + day / 365.2425;
    if (year < 1920.0) {
        const double t = year - 1900.0;
        return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - t * 0.000197)));
    }
    if (year < 1941.0) {
        const double t = year - 1920.0;
        return 21.20 + t * (0.84493 + t * (-0.076100 + t * 0.0020936));
    }
    if (year < 1961.0) {
        const double t = year - 1950.0;
        return 29.07 + t * (0.407 + t * (-1.0 / 233.0 + t / 2547.0));
    }
    if (year < 1986.0) {
        const double t = year - 1975.0;
        return 45.45 + t * (1.067 + t * (-1.0 / 260.0 - t / 718.0));
    }
    if (year < 2005.0) {
        const double t = year - 2000.0;
        return 63.86
               + t
                         * (0.3345
                            + t
                                      * (-0.060374
                                         + t
                                                   * (0.0017275
                                                      + t * (0.000651814 + t * 0.00002373599))));
    }
    if (year < 2050.0) {
        const double t = year - 2000.0;
        return 62.92 + t * (0.32217 + t * 0.005589);
    }
    const double u = (year - 1820.0) / 100.0;
    return -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - year);
}

struct EquatorialPosition
{
    double rightAscension; // radians
    double declination;    // radians
};

// Apparent right ascension and declination of the Sun (Meeus 25.2-25.8, 22.2), for a day
// number in UT.
EquatorialPosition apparentSun(double dayUt)
{
    const double centuries = (dayUt + deltaTSeconds(dayUt) / 86400.0) / 36525.0;
    const double meanLongitude = 280.46646 + centuries * (36000.76983 + centuries * 0.0003032);
    const double meanAnomaly
            = (357.52911 + centuries * (35999.05029 - centuries * 0.0001537)) * radiansPerDegree;
    const double equationOfCentre
            = (1.914602 - centuries * (0.004817 + centuries * 0.000014)) * std::sin(meanAnomaly)
              + (0.019993 - centuries * 0.000101) * std::sin(2.0 * meanAnomaly)
              + 0.000289 * std::sin(3.0 * meanAnomaly);
    const double ascendingNode = (125.04 - 1934.136 * centuries) * radiansPerDegree;
    // True longitude, corrected for nutation and aberration.
    const double longitude
            = (meanLongitude + equationOfCentre - 0.00569 - 0.00478 * std::sin(ascendingNode))
              * radiansPerDegree;
    // Mean obliquity (22.2, in degrees), corrected for the apparent position (25.8).
    const double meanObliquity
            = 23.0 + 26.0 / 60.0 + 21.448 / 3600.0
              - centuries * (46.8150 + centuries * (0.00059 - centuries * 0.001813)) / 3600.0;
    const double obliquity = (meanObliquity + 0.00256 * std::cos(ascendingNode)) * radiansPerDegree;

    return {std::atan2(std::cos(obliquity) * std::sin(longitude), std::cos(longitude)),
            std::asin(std::sin(obliquity) * std::sin(longitude))};
}

// Mean sidereal time at Greenwich (Meeus 12.4), radians.
double greenwichSiderealTime(double dayUt)
{
    const double centuries = dayUt / 36525.0;
    const double degrees = 280.46061837 + 360.98564736629 * dayUt
                           + centuries * centuries * (0.000387933 - centuries / 38710000.0);
    return std::fmod(degrees, 360.0) * radiansPerDegree;
}

// An angle brought into [-pi, pi).
double wrapped(double angle)
{
    return angle - twoPi * std::floor((angle + pi) / twoPi);
}

struct Observer
{
    double latitude;  // radians
    double longitude; // radians, east positive
};

// The Sun's local hour angle in [-pi, pi): negative before the meridian passage.
double hourAngle(double dayUt, const Observer &observer, const EquatorialPosition &sun)
{
    return wrapped(greenwichSiderealTime(dayUt) + observer.longitude - sun.rightAscension);
}

double altitude(double hourAngleRadians, const Observer &observer, double declination)
{
    return std::asin(std::sin(observer.latitude) * std::sin(declination)
                     + std::cos(observer.latitude) * std::cos(declination)
                               * std::cos(hourAngleRadians));
}

// One passage of the Sun across the meridian, and its declination then.
struct SolarDay
{
    double transit;
    double declination;
};

// The meridian passage nearest to a day number: the hour angle grows by 2 pi in about a day,
// so each Newton step removes it; two or three steps reach a millisecond.
SolarDay solarDayNear(double dayUt, const Observer &observer)
{
    double transit = dayUt;
    for (int step = 0; step < 6; ++step) {
        const double correction = hourAngle(transit, observer, apparentSun(transit)) / twoPi;
        transit -= correction;
        if (std::abs(correction) < 1e-9)
            break;
    }
    return {transit, apparentSun(transit).declination};
}

// When the Sun's centre crosses an altitude between a meridian passage and the following
// (side +1) or preceding (side -1) lower passage, half a day away; nothing when the Sun stays
// above or below that altitude there (polar day or night). The crossing is bracketed, so that
// near the polar circle a short night is found even when the declination at the passage says
// otherwise, and a Sun that only grazes the altitude gives no event. Newton steps start from
// Meeus's estimate (15.1, with the declination at the passage), falling back on bisection
// whenever a step would leave the bracket.
std::optional<double> crossing(const SolarDay &day, const Observer &observer,
                               double altitudeDegrees, int side)
{
    const double target = altitudeDegrees * radiansPerDegree;
    struct Sample
    {
        double excess; // altitude above the target, radians
        double rate;   // its derivative, radians per day
    };
    const auto sample = [&](double dayUt) {
        const EquatorialPosition sun = apparentSun(dayUt);
        const double angle = hourAngle(dayUt, observer, sun);
        const double height = altitude(angle, observer, sun.declination);
        const double rate = -twoPi * std::cos(observer.latitude) * std::cos(sun.declination)
                            * std::sin(angle) / std::cos(height);
        return Sample{height - target, rate};
    };

    double above = day.transit;              // the Sun is above the target here...
    double below = day.transit + side * 0.5; // ...and below it here
    if (!(sample(above).excess > 0.0 && sample(below).excess < 0.0))
        return std::nullopt;

    const double cosHourAngle
            = (std::sin(target) - std::sin(observer.latitude) * std::sin(day.declination))
              / (std::cos(observer.latitude) * std::cos(day.declination));
    double event = cosHourAngle >= -1.0 && cosHourAngle <= 1.0
                           ? day.transit + side * std::acos(cosHourAngle) / twoPi
                           : (above + below) / 2.0;
    constexpr double tolerance = 1e-8; // days, about a millisecond
    for (int step = 0; step < 64; ++step) {
        const Sample current = sample(event);
        (current.excess > 0.0 ? above : below) = event;
        double next = current.rate != 0.0 ? event - current.excess / current.rate : above;
        if (!((next - above) * (next - below) < 0.0)) // outside the bracket
            next = (above + below) / 2.0;
        if (std::abs(next - event) < tolerance)
            return next;
        event = next;
    }
    return event;
}

// The event's local time truncated to the minute, as opening_hours.js does (it keeps the hours
// and minutes of the local time and drops the seconds).
QDateTime truncatedToMinute(const QDateTime &dateTime)
{
    const QTime time = dateTime.time();
    return dateTime.addMSecs(-(time.second() * 1000 + time.msec()));
}

} // namespace

SunTimes SunTimes::forDay(QDate date, GeoPoint location, const QTimeZone &timeZone)
{
    SunTimes times;
    if (!date.isValid() || !timeZone.isValid() || !std::isfinite(location.latitude)
        || !std::isfinite(location.longitude) || std::abs(location.latitude) > 90.0)
        return times;

    const Observer observer{location.latitude * radiansPerDegree,
                            location.longitude * radiansPerDegree};
    const double localNoon = dayNumber(QDateTime(date, QTime(12, 0), timeZone).toMSecsSinceEpoch());

    // The events of the solar day nearest to local noon, unless one of them falls on another
    // local date (a zone far from its meridian, a sunset after midnight near the polar circle):
    // then the day before or after may provide that event for this date.
    std::array<std::optional<SolarDay>, 3> solarDays;
    constexpr std::array<int, 3> dayOffsets = {0, -1, 1};
    const auto solarDay = [&](std::size_t index) -> const SolarDay & {
        if (!solarDays[index])
            solarDays[index] = solarDayNear(localNoon + dayOffsets[index], observer);
        return *solarDays[index];
    };
    const auto eventOnDate = [&](double altitudeDegrees, int side) -> QDateTime {
        for (std::size_t index = 0; index < dayOffsets.size(); ++index) {
            const std::optional<double> event
                    = crossing(solarDay(index), observer, altitudeDegrees, side);
            if (!event)
                continue;
            const QDateTime local
                    = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch(*event), timeZone);
            if (local.date() == date)
                return truncatedToMinute(local);
        }
        return {};
    };

    times.dawn = eventOnDate(civilTwilightAltitude, -1);
    times.sunrise = eventOnDate(sunriseAltitude, -1);
    times.sunset = eventOnDate(sunriseAltitude, 1);
    times.dusk = eventOnDate(civilTwilightAltitude, 1);
    return times;
}

} // namespace Helplines
