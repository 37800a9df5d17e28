#ifndef HELPLINES_TESTS_UI_TESTPALETTES_H
#define HELPLINES_TESTS_UI_TESTPALETTES_H

// Palettes the contrast tests run in: what users of light, dark and high-contrast desktops
// give the application. Qt 6.4 has no colour-scheme API: the application judges a palette by
// its colours alone.

#include <QApplication>
#include <QList>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <utility>

namespace TestPalettes {

inline QPalette withSelection(QPalette palette, const QColor &highlight, const QColor &text)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, text);
    }
    return palette;
}

// Qt's Fusion style, light: what Helplines gets on a desktop without a platform theme.
inline QPalette fusionLight()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// KDE's Breeze Dark colour scheme (its selection, #3daee9 under #fcfcfc text, is 2.3:1).
inline QPalette breezeDark()
{
    QPalette palette(QColor(0xfc, 0xfc, 0xfc), QColor(0x31, 0x36, 0x3b), QColor(0x4d, 0x54, 0x5b),
                     QColor(0x1b, 0x1e, 0x20), QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc),
                     QColor(0xff, 0xff, 0xff), QColor(0x1b, 0x1e, 0x20), QColor(0x2a, 0x2e, 0x32));
    return withSelection(palette, QColor(0x3d, 0xae, 0xe9), QColor(0xfc, 0xfc, 0xfc));
}

// Windows' "High Contrast Black" (Aquatic): white on black, selection #1aebff under black.
inline QPalette highContrastBlack()
{
    QPalette palette(Qt::white, Qt::black, Qt::white, Qt::white, Qt::white, Qt::white, Qt::white,
                     Qt::black, Qt::black);
    return withSelection(palette, QColor(0x1a, 0xeb, 0xff), Qt::black);
}

// Windows' "High Contrast White" (Desert): black on white, selection #37006e under white.
inline QPalette highContrastWhite()
{
    QPalette palette(Qt::black, Qt::white, Qt::black, Qt::black, Qt::black, Qt::black, Qt::black,
                     Qt::white, Qt::white);
    return withSelection(palette, QColor(0x37, 0x00, 0x6e), Qt::white);
}

// GNOME's Adwaita (light), as Qt gets it through the GTK platform theme: its selection is
// #3584e4 under white (3.9:1).
inline QPalette adwaitaLight()
{
    QPalette palette = fusionLight();
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf5, 0xf4));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x2e, 0x34, 0x36));
    palette.setColor(QPalette::WindowText, QColor(0x2e, 0x34, 0x36));
    return withSelection(palette, QColor(0x35, 0x84, 0xe4), Qt::white);
}

inline QList<std::pair<const char *, QPalette>> all()
{
    return {{"Fusion light", fusionLight()},
            {"Adwaita light", adwaitaLight()},
            {"Breeze Dark", breezeDark()},
            {"high-contrast black", highContrastBlack()},
            {"high-contrast white", highContrastWhite()}};
}

} // namespace TestPalettes

#endif // HELPLINES_TESTS_UI_TESTPALETTES_H
