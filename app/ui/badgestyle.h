#ifndef HELPLINES_UI_BADGESTYLE_H
#define HELPLINES_UI_BADGESTYLE_H

#include "models/serviceroles.h"
#include "ui/themedicons.h"

#include <QColor>
#include <QPalette>

namespace Helplines {

// The look of a badge of a given kind: a tint of the palette and a text colour that keep at
// least 4.5:1 contrast, and an icon, so that the state is never told by colour alone.
struct BadgeStyle
{
    QColor background;
    QColor foreground;
    ThemedIcons::Icon icon = ThemedIcons::StateUnknown;

    static BadgeStyle of(BadgeKind kind, const QPalette &palette);
    // WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);
    static double relativeLuminance(const QColor &color);
};

} // namespace Helplines

#endif // HELPLINES_UI_BADGESTYLE_H
