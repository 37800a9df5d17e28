#include "ui/badgestyle.h"
#include "ui/servicecarddelegate.h"

#include <QTest>

#include "testpalettes.h"

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QList<std::pair<const char *, BadgeKind>> &badgeKinds()
{
    static const QList<std::pair<const char *, BadgeKind>> kinds{
            {"open", BadgeKind::Open},
            {"open 24 hours", BadgeKind::OpenAllDay},
            {"closing soon", BadgeKind::ClosingSoon},
            {"closed", BadgeKind::Closed},
            {"hours unknown", BadgeKind::Unknown},
            {"unverified", BadgeKind::Unverified},
            {"checked long ago", BadgeKind::Stale},
    };
    return kinds;
}

} // namespace

// Badges say a service's state in text, an icon and a tint of the palette; the text must stay
// readable (WCAG 2 1.4.3, 4.5:1) on light, dark and high-contrast desktops.
class TestBadgeStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioFollowsWcag_data();
    void contrastRatioFollowsWcag();
    void badgeTextIsReadableInEveryPalette_data();
    void badgeTextIsReadableInEveryPalette();
    void badgesAreTintsOfThePalette_data();
    void badgesAreTintsOfThePalette();
    void everyStateHasItsOwnIcon();
};

void TestBadgeStyle::contrastRatioFollowsWcag_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // Reference values from the WCAG 2 definition of relative luminance.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black, same ratio") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same colour") << QColor(0x30, 0x8c, 0xc6) << QColor(0x30, 0x8c, 0xc6) << 1.0;
    QTest::newRow("#767676 on white, the lightest grey at 4.5:1")
            << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("#777777 on white, just under")
            << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
}

void TestBadgeStyle::contrastRatioFollowsWcag()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(BadgeStyle::contrastRatio(a, b) - ratio) < 0.01,
             qPrintable(QString::number(BadgeStyle::contrastRatio(a, b))));
}

void TestBadgeStyle::badgeTextIsReadableInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<BadgeKind>("kind");
    for (const auto &[paletteName, palette] : TestPalettes::all()) {
        for (const auto &[kindName, kind] : badgeKinds())
            QTest::addRow("%s, %s", paletteName, kindName) << palette << kind;
    }
}

void TestBadgeStyle::badgeTextIsReadableInEveryPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(BadgeKind, kind);
    const BadgeStyle style = BadgeStyle::of(kind, palette);
    const double ratio = BadgeStyle::contrastRatio(style.foreground, style.background);
    qInfo("text %s on %s: %.2f:1", qPrintable(style.foreground.name()),
          qPrintable(style.background.name()), ratio);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    // The badge is drawn on the card, selected or not: the icon and the text are what tell
    // the state, so only the text needs the contrast; but the badge must not vanish into a
    // plain card either.
    QVERIFY(style.background != palette.color(QPalette::Base) || kind == BadgeKind::Unknown
            || kind == BadgeKind::Stale);
}

void TestBadgeStyle::badgesAreTintsOfThePalette_data()
{
    QTest::addColumn<QPalette>("palette");
    for (const auto &[paletteName, palette] : TestPalettes::all())
        QTest::newRow(paletteName) << palette;
}

void TestBadgeStyle::badgesAreTintsOfThePalette()
{
    // Dark desktops get dark badges, light desktops light ones: a badge is the card's colour
    // with a touch of the state's hue, never a bright patch on a dark card.
    QFETCH(QPalette, palette);
    const double base = BadgeStyle::relativeLuminance(palette.color(QPalette::Base));
    for (const auto &[kindName, kind] : badgeKinds()) {
        const double badge
                = BadgeStyle::relativeLuminance(BadgeStyle::of(kind, palette).background);
        QVERIFY2((base < 0.18) == (badge < 0.18), kindName);
    }
}

void TestBadgeStyle::everyStateHasItsOwnIcon()
{
    // Never colour alone: open, closing soon, closed and unknown look different in shape.
    const QPalette palette = TestPalettes::fusionLight();
    QSet<int> icons;
    for (const BadgeKind kind : {BadgeKind::Open, BadgeKind::ClosingSoon, BadgeKind::Closed,
                                 BadgeKind::Unknown, BadgeKind::Unverified})
        icons.insert(BadgeStyle::of(kind, palette).icon);
    QCOMPARE(icons.size(), 5);
    QCOMPARE(BadgeStyle::of(BadgeKind::OpenAllDay, palette).icon,
             BadgeStyle::of(BadgeKind::Open, palette).icon);
}

QTEST_MAIN(TestBadgeStyle)
#include "tst_badgestyle.moc"
