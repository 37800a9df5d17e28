#include "timeformat.h"

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

constexpr int minutesPerDay = 24 * 60;

} // namespace

QString TimeFormat::time(int minutes, Language language)
{
    if (minutes != minutesPerDay)
        minutes = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (language == Language::French) {
        if (rest == 0)
            return u"%1 h"_s.arg(hours);
        return u"%1 h %2"_s.arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
}

QString TimeFormat::time(QTime time, Language language)
{
    if (!time.isValid())
        return QString();
    return TimeFormat::time(time.hour() * 60 + time.minute(), language);
}

QString TimeFormat::duration(int minutes, Language language)
{
    Q_UNUSED(language); // SI symbols read the same in French and English
    minutes = std::abs(minutes);
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return u"%1 min"_s.arg(rest);
    if (rest == 0)
        return u"%1 h"_s.arg(hours);
    return u"%1 h %2"_s.arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace Helplines
