#include "badgestyle.h"

#include <cmath>

namespace Helplines {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// Moves the text colour towards black or white until it reaches the contrast asked for.
QColor readableOn(const QColor &background, QColor text, double minimum)
{
    const bool darkBackground = BadgeStyle::relativeLuminance(background) < 0.18;
    const QColor extreme = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    for (double amount = 0.0; amount <= 1.0; amount += 0.05) {
        const QColor candidate = blend(text, extreme, amount);
        if (BadgeStyle::contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return extreme;
}

} // namespace

double BadgeStyle::relativeLuminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

double BadgeStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

BadgeStyle BadgeStyle::of(BadgeKind kind, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = relativeLuminance(base) < 0.18;

    QColor hue;
    BadgeStyle style;
    switch (kind) {
    case BadgeKind::Open:
    case BadgeKind::OpenAllDay:
        hue = QColor(0x1a, 0x7f, 0x37);
        style.icon = ThemedIcons::StateOpen;
        break;
    case BadgeKind::ClosingSoon:
        hue = QColor(0xb2, 0x6b, 0x00);
        style.icon = ThemedIcons::StateClosingSoon;
        break;
    case BadgeKind::Closed:
        hue = QColor(0xa4, 0x26, 0x2c);
        style.icon = ThemedIcons::StateClosed;
        break;
    case BadgeKind::Unverified:
        hue = QColor(0x8a, 0x5a, 0x00);
        style.icon = ThemedIcons::Warning;
        break;
    case BadgeKind::Unknown:
        hue = palette.color(QPalette::Mid);
        style.icon = ThemedIcons::StateUnknown;
        break;
    case BadgeKind::Stale:
        hue = palette.color(QPalette::Mid);
        style.icon = ThemedIcons::StateClosingSoon;
        break;
    }
    // A light tint of the hue over the base colour; the text in the hue itself, darkened or
    // lightened as far as the contrast needs.
    style.background = blend(base, hue, dark ? 0.35 : 0.16);
    style.foreground = readableOn(style.background, dark ? blend(hue, text, 0.5) : hue, 4.5);
    return style;
}

} // namespace Helplines
