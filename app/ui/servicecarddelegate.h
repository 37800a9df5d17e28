#ifndef HELPLINES_UI_SERVICECARDDELEGATE_H
#define HELPLINES_UI_SERVICECARDDELEGATE_H

#include <QFont>
#include <QPalette>
#include <QStyledItemDelegate>

#include <memory>

namespace Helplines {

// Paints one service as a card: name (with a star for favourites), one line of audience, the
// main number and the badges. Everything it shows comes from a model role; it only paints.
// The style draws background and selection; colours come from the option's palette, with the
// selection made dark or light enough for its text (4.5:1). The card with the keyboard focus
// has a ring of its own, at least 3:1 against the card, whatever the style draws or not.
class ServiceCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCardDelegate)

public:
    explicit ServiceCardDelegate(QObject *parent = nullptr);
    ~ServiceCardDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // A piece of text of a card, where and in which font it is drawn.
    struct TextBox
    {
        QRect rect;
        QFont font;
        QString text;
        // Qt::TextWordWrap for text drawn on several lines.
        int flags = 0;
        bool elided = false;
    };
    // Where a card draws its texts and its focus ring, in the view's coordinates; the layout
    // of paint(), sizeHint() and the tooltips. Tests check that nothing is clipped at any
    // text size.
    struct Geometry
    {
        QRect card;
        QList<TextBox> texts;
        // The outer edge of the focus ring, and its width.
        QRect focusRing;
        int focusRingWidth = 0;
    };
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The palette cards are painted with: the selection colour moved towards black or white
    // until the selected card's text reaches 4.5:1 on it, in the active and inactive groups.
    static QPalette cardPalette(const QPalette &palette);
    // The colour of the focus ring on a card of `palette` (a cardPalette()): at least 3:1
    // against the card's background, selected or not.
    static QColor focusRingColor(const QPalette &palette, QPalette::ColorGroup group,
                                 bool selected);

private:
    struct Layout;
    struct LayoutCache;
    // One layout for paint(), sizeHint() and helpEvent(), in logical (left-to-right)
    // coordinates; mapped with QStyle::visualRect when used.
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The same, made once per service, card width and font, and kept until the model says
    // that something the card shows changed: a view that lays out 10,000 cards again after a
    // keystroke measures no text, and paint() lays nothing out.
    Layout cachedLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The cached layout at the origin; null for a model without service ids.
    const Layout *originLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void watch(const QAbstractItemModel *model) const;

    std::unique_ptr<LayoutCache> m_cache;
};

} // namespace Helplines

#endif // HELPLINES_UI_SERVICECARDDELEGATE_H
