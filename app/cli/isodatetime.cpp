#include "isodatetime.h"

#include "core/openinghours/localtimemapper.h"

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

constexpr qint64 msecsPerDay = 86400 * 1000;
// Julian day of 1970-01-01.
constexpr qint64 epochJulianDay = 2440588;

// Reads `count` ASCII digits at `position`; -1 if there are not as many.
int digits(QStringView text, qsizetype position, int count)
{
    if (position + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(position + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isDigit(QStringView text, qsizetype position)
{
    return position < text.size() && text.at(position) >= u'0' && text.at(position) <= u'9';
}

void appendNumber(QString &text, int value, int width)
{
    text += QString::number(value).rightJustified(width, u'0');
}

} // namespace

IsoDateTime IsoDateTime::parse(QStringView text)
{
    IsoDateTime result;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text.at(4) != u'-'
        || text.at(7) != u'-' || text.at(13) != u':'
        || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' '))
        return result;

    qsizetype position = 16;
    int second = 0;
    int millisecond = 0;
    if (position < text.size() && text.at(position) == u':') {
        second = digits(text, position + 1, 2);
        if (second < 0)
            return result;
        position += 3;
        if (position < text.size() && (text.at(position) == u'.' || text.at(position) == u',')) {
            ++position;
            if (!isDigit(text, position))
                return result;
            int scale = 100;
            for (int count = 0; isDigit(text, position); ++count, ++position) {
                if (count >= 9)
                    return result;
                millisecond += (text.at(position).unicode() - u'0') * scale;
                scale /= 10;
            }
        }
    }

    int offset = 0;
    bool hasOffset = false;
    bool offsetInRange = true;
    if (position < text.size()) {
        const QChar sign = text.at(position);
        if (sign == u'Z' || sign == u'z') {
            hasOffset = true;
            ++position;
        } else if (sign == u'+' || sign == u'-') {
            const int offsetHours = digits(text, position + 1, 2);
            if (offsetHours < 0)
                return result;
            position += 3;
            int offsetMinutes = 0;
            if (position < text.size()) {
                if (text.at(position) == u':')
                    ++position;
                offsetMinutes = digits(text, position, 2);
                if (offsetMinutes < 0)
                    return result;
                position += 2;
            }
            hasOffset = true;
            offsetInRange = offsetHours <= 23 && offsetMinutes <= 59;
            offset = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
        }
    }
    if (position != text.size())
        return result;

    // Well formed; now whether it exists.
    result.m_date = QDate(year, month, day);
    result.m_time = QTime(hour, minute, second, millisecond);
    if (year < 1 || !result.m_date.isValid())
        result.m_error = InvalidDate;
    else if (!result.m_time.isValid())
        result.m_error = InvalidTime;
    else if (!offsetInRange)
        result.m_error = InvalidOffset;
    else
        result.m_error = NoError;
    result.m_hasOffset = hasOffset;
    result.m_offsetSeconds = offset;
    return result;
}

QDateTime IsoDateTime::instant(const QTimeZone &zone) const
{
    if (!isValid())
        return QDateTime();
    const qint64 julianDay = m_date.toJulianDay();
    qint64 msecs = 0;
    if (m_hasOffset) {
        msecs = (julianDay - epochJulianDay) * msecsPerDay + m_time.msecsSinceStartOfDay()
                - qint64(m_offsetSeconds) * 1000;
    } else {
        // The engine's own reading of wall-clock times (gap forward, first of two).
        LocalTimeMapper mapper(zone);
        msecs = mapper.toUtc(julianDay, m_time.msecsSinceStartOfDay() / 1000) * 1000
                + m_time.msec();
    }
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

QString IsoDateTime::message(QStringView text) const
{
    const QString quoted = text.toString();
    switch (m_error) {
    case NoError:
        return QString();
    case Malformed:
        return tr("“%1” is not a date and time in ISO 8601 form such as "
                  "“2026-01-12T09:00:00+01:00”.")
                .arg(quoted);
    case InvalidDate:
        return tr("“%1” is not a day of the calendar.").arg(quoted);
    case InvalidTime:
        return tr("“%1” is not a time of day.").arg(quoted);
    case InvalidOffset:
        return tr("The offset from UTC of “%1” is out of range (at most 23:59).").arg(quoted);
    }
    return QString();
}

QString IsoDateTime::format(const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    const int offset = instant.offsetFromUtc();
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(
            instant.toMSecsSinceEpoch() + qint64(offset) * 1000, QTimeZone::utc());
    const QDate date = wall.date();
    const QTime time = wall.time();

    QString text;
    text.reserve(32);
    // Astronomical year numbering, as ISO 8601: 1 BC is 0000, beyond 9999 with a sign.
    const int year = date.year() < 0 ? date.year() + 1 : date.year();
    if (year < 0 || year > 9999)
        text += year < 0 ? u'-' : u'+';
    appendNumber(text, std::abs(year), 4);
    text += u'-';
    appendNumber(text, date.month(), 2);
    text += u'-';
    appendNumber(text, date.day(), 2);
    text += u'T';
    appendNumber(text, time.hour(), 2);
    text += u':';
    appendNumber(text, time.minute(), 2);
    text += u':';
    appendNumber(text, time.second(), 2);
    if (time.msec() != 0) {
        text += u'.';
        appendNumber(text, time.msec(), 3);
    }
    const int magnitude = std::abs(offset);
    text += offset < 0 ? u'-' : u'+';
    appendNumber(text, magnitude / 3600, 2);
    text += u':';
    appendNumber(text, magnitude / 60 % 60, 2);
    if (magnitude % 60 != 0) {
        text += u':';
        appendNumber(text, magnitude % 60, 2);
    }
    return text;
}

} // namespace Helplines
