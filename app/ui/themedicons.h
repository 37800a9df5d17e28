#ifndef HELPLINES_UI_THEMEDICONS_H
#define HELPLINES_UI_THEMEDICONS_H

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace Helplines {

// The application's monochrome SVG icons, drawn in a colour of the palette so that they follow
// light, dark and high-contrast themes.
class ThemedIcons
{
public:
    enum Icon {
        Favourite,
        FavouriteOff,
        Phone,
        Sms,
        Chat,
        Video,
        Web,
        Email,
        Copy,
        StateOpen,
        StateClosed,
        StateClosingSoon,
        StateUnknown,
        Warning,
        Emergency,
    };

    // An icon drawn in one colour at whatever size it is asked for.
    static QIcon icon(Icon icon, const QColor &color);
    // An icon in the palette's text colour (disabled: the disabled text colour).
    static QIcon icon(Icon icon, const QPalette &palette);
    // The application's own (coloured) icon.
    static QIcon applicationIcon();
};

} // namespace Helplines

#endif // HELPLINES_UI_THEMEDICONS_H
