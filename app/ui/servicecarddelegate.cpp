#include "servicecarddelegate.h"

#include "core/service.h"
#include "models/serviceroles.h"
#include "ui/badgestyle.h"
#include "ui/themedicons.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPointer>
#include <QToolTip>

#include <utility>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

struct Badge
{
    QRect rect;
    QString text;
    BadgeKind kind = BadgeKind::Unknown;
    // A tag rather than a state ("Yours"): an outline in the text colour, without an icon.
    bool tag = false;
    QRect iconRect;
    QRect textRect;
    QString shownText;
    // Qt::TextWordWrap when the text is wider than the card and goes on several lines.
    int textFlags = 0;
};

QFont nameFontOf(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.12);
    else
        font.setPixelSize(qRound(font.pixelSize() * 1.12));
    return font;
}

ThemedIcons::Icon numberIcon(int contactKind)
{
    return ContactKind(contactKind) == ContactKind::Sms ? ThemedIcons::Sms : ThemedIcons::Phone;
}

// WCAG 2 minimums: 4.5:1 for text, 3:1 for the focus indicator.
constexpr double textContrast = 4.5;
constexpr double focusContrast = 3.0;

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// `background` moved towards black or white, whichever takes it away from `text`, by the
// smallest step that gives `minimum` contrast (or as far as it goes).
QColor backgroundFor(const QColor &text, const QColor &background, double minimum)
{
    if (BadgeStyle::contrastRatio(text, background) >= minimum)
        return background;
    const bool lightText
            = BadgeStyle::relativeLuminance(text) > BadgeStyle::relativeLuminance(background);
    const QColor extreme = lightText ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(background, extreme, step / 20.0);
        if (BadgeStyle::contrastRatio(text, candidate) >= minimum)
            return candidate;
    }
    return extreme;
}

// The width a line of text takes when drawn: its advance, or the box the painter needs when
// fractional glyph positions round up.
int textWidth(const QFontMetrics &fm, const QString &text)
{
    return qMax(fm.horizontalAdvance(text), fm.boundingRect(QRect(), 0, text).width());
}

int focusRingWidthFor(const QFontMetrics &fm)
{
    return qMax(2, fm.height() / 8);
}

// The outer edge of the focus ring: one ring's width inside the card.
QRect focusRingRect(const QRect &card, int ringWidth)
{
    return card.adjusted(ringWidth, ringWidth, -ringWidth, -ringWidth);
}

} // namespace

struct ServiceCardDelegate::Layout
{
    QFont nameFont;
    QRect star;
    bool favourite = false;
    QRect name;
    QString nameText;
    int nameFlags = 0;
    bool nameElided = false;
    QRect subtitle;
    QString subtitleText;
    bool subtitleElided = false;
    QRect numberIcon;
    QRect number;
    QString numberText;
    QList<Badge> badges;
    int height = 0;
};

struct ServiceCardDelegate::LayoutCache
{
    // Layouts made at the origin, by service id, each for the card widths asked.
    QHash<QString, QList<std::pair<int, Layout>>> byId;
    QFont font;
    // A card's narrowest width in that font.
    int minimumWidth = 0;
    // The model at the bottom of the view's proxies: its rows change even when a proxy hides
    // them.
    QPointer<const QAbstractItemModel> model;
    QList<QMetaObject::Connection> connections;
};

namespace {

// The card's width: the item's, else the view's (sizeHint() is asked before the item has a
// rectangle), else forty characters.
int cardWidthOf(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (width <= 0) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = view->viewport()->width();
    }
    if (width <= 0)
        width = 40 * QFontMetrics(option.font).averageCharWidth();
    return width;
}

// The roles whose values a card's layout holds.
bool changesLayout(const QList<int> &roles)
{
    static constexpr int layoutRoles[]
            = {Qt::DisplayRole, ServiceIdRole,    FavouriteRole,  NameRole,
               SubtitleRole,    FallbackNoteRole, MainNumberRole, BadgeTextRole,
               BadgeKindRole,   StatusTextRole,   StaleTextRole,  OriginTextRole};
    if (roles.isEmpty())
        return true;
    for (const int role : layoutRoles) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

} // namespace

ServiceCardDelegate::ServiceCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(std::make_unique<LayoutCache>())
{}

ServiceCardDelegate::~ServiceCardDelegate() = default;

ServiceCardDelegate::Layout ServiceCardDelegate::layout(const QStyleOptionViewItem &option,
                                                        const QModelIndex &index) const
{
    Layout l;
    const QFontMetrics fm(option.font);
    l.nameFont = nameFontOf(option.font);
    const QFontMetrics nameFm(l.nameFont);
    const int padding = fm.height() / 2;
    const int spacing = qMax(2, fm.height() / 5);
    const int width = cardWidthOf(option);
    const int left = option.rect.left() + padding;
    const int right = option.rect.left() + width - padding;
    int y = option.rect.top() + padding;

    // Line 1: favourite star and name.
    l.favourite = index.data(FavouriteRole).toBool();
    int nameLeft = left;
    if (l.favourite) {
        const int star = nameFm.height();
        l.star = QRect(left, y, star, star);
        nameLeft += star + spacing * 2;
    }
    // The name is never cut: it goes on as many lines as it needs (large text, narrow view).
    const QString name = index.data(NameRole).toString();
    const int nameWidth = qMax(1, right - nameLeft);
    const QRect nameBounds
            = nameFm.boundingRect(QRect(0, 0, nameWidth, 1 << 20), Qt::TextWordWrap, name);
    l.name = QRect(nameLeft, y, nameWidth, qMax(nameFm.height(), nameBounds.height()));
    if (nameBounds.width() <= nameWidth) {
        l.nameText = name;
        l.nameFlags = Qt::TextWordWrap;
    } else {
        // One word longer than the card: the rest of it goes in the tooltip.
        l.nameText = nameFm.elidedText(name, Qt::ElideRight, nameWidth);
        l.name.setHeight(nameFm.height());
    }
    l.nameElided = l.nameText != name;
    y += l.name.height() + spacing;

    // Line 2: audience.
    QString subtitle = index.data(SubtitleRole).toString();
    // Text shown in the other language is marked so ("— not translated").
    const QString fallbackNote = index.data(FallbackNoteRole).toString();
    if (!fallbackNote.isEmpty())
        subtitle = subtitle.isEmpty() ? fallbackNote : subtitle + u" — "_s + fallbackNote;
    if (!subtitle.isEmpty()) {
        l.subtitle = QRect(left, y, qMax(0, right - left), fm.height());
        l.subtitleText = fm.elidedText(subtitle, Qt::ElideRight, l.subtitle.width());
        l.subtitleElided = l.subtitleText != subtitle;
        y += fm.height() + spacing;
    }

    // Line 3: main number at the left, badges at the right; badges wrap below when the text is
    // large or the view narrow.
    const int rowHeight = fm.height() + spacing * 2;
    l.numberText = index.data(MainNumberRole).toString();
    int numberRight = left;
    if (!l.numberText.isEmpty()) {
        const int icon = fm.height();
        l.numberIcon = QRect(left, y + (rowHeight - icon) / 2, icon, icon);
        l.number = QRect(l.numberIcon.right() + spacing * 2, y, textWidth(fm, l.numberText),
                         rowHeight);
        numberRight = l.number.right() + padding;
    }

    QList<Badge> badges;
    const auto addBadge = [&badges](const QString &text, BadgeKind kind, bool tag) {
        if (text.isEmpty())
            return;
        Badge badge;
        badge.text = text;
        badge.kind = kind;
        badge.tag = tag;
        badges.append(badge);
    };
    addBadge(index.data(BadgeTextRole).toString(), BadgeKind(index.data(BadgeKindRole).toInt()),
             false);
    addBadge(index.data(StatusTextRole).toString(), BadgeKind::Unverified, false);
    addBadge(index.data(StaleTextRole).toString(), BadgeKind::Stale, false);
    addBadge(index.data(OriginTextRole).toString(), BadgeKind::Unknown, true);

    // A badge as wide as its text, or as the card with its text on several lines: a state is
    // never cut short.
    QList<QSize> sizes;
    int total = 0;
    const int cardWidth = qMax(1, right - left);
    for (Badge &badge : badges) {
        const int iconWidth = badge.tag ? 0 : fm.height() + spacing;
        const int chrome = iconWidth + spacing * 4;
        int badgeWidth = chrome + textWidth(fm, badge.text);
        int badgeHeight = rowHeight;
        if (badgeWidth > cardWidth) {
            badgeWidth = cardWidth;
            badge.textFlags = Qt::TextWordWrap;
            const QRect bounds = fm.boundingRect(QRect(0, 0, qMax(1, cardWidth - chrome), 1 << 20),
                                                 Qt::TextWordWrap, badge.text);
            badgeHeight = qMax(rowHeight, bounds.height() + spacing * 2);
        }
        sizes.append({badgeWidth, badgeHeight});
        total += badgeWidth + (sizes.size() > 1 ? spacing * 2 : 0);
    }
    int rowTop = y;
    int rowBottom = l.numberText.isEmpty() ? y : y + rowHeight;
    if (!badges.isEmpty() && right - total < numberRight) {
        // Not enough room beside the number (large text, narrow view): badges go below it,
        // from the left, each on a new row when the row is full.
        rowTop = l.numberText.isEmpty() ? y : y + rowHeight + spacing;
        int x = left;
        int rowHeightSoFar = 0;
        for (qsizetype i = 0; i < badges.size(); ++i) {
            if (x != left && x + sizes.at(i).width() > right) {
                rowTop += rowHeightSoFar + spacing;
                x = left;
                rowHeightSoFar = 0;
            }
            badges[i].rect = QRect(QPoint(x, rowTop), sizes.at(i));
            x += sizes.at(i).width() + spacing * 2;
            rowHeightSoFar = qMax(rowHeightSoFar, sizes.at(i).height());
            rowBottom = qMax(rowBottom, badges.at(i).rect.top() + sizes.at(i).height());
        }
    } else {
        int x = right - total;
        for (qsizetype i = 0; i < badges.size(); ++i) {
            badges[i].rect = QRect(QPoint(x, rowTop), sizes.at(i));
            x += sizes.at(i).width() + spacing * 2;
            rowBottom = qMax(rowBottom, rowTop + sizes.at(i).height());
        }
    }
    // Inside each badge: the state's icon and the text, or the tag's text alone.
    for (Badge &badge : badges) {
        if (badge.tag) {
            badge.textRect = badge.rect.adjusted(spacing * 2, 0, -spacing * 2, 0);
        } else {
            const int icon = fm.height() - 2;
            badge.iconRect = QRect(badge.rect.left() + spacing * 2,
                                   badge.rect.top() + (rowHeight - icon) / 2, icon, icon);
            badge.textRect = QRect(badge.iconRect.right() + spacing, badge.rect.top(),
                                   badge.rect.right() - badge.iconRect.right() - spacing * 2,
                                   badge.rect.height());
        }
        badge.shownText = badge.textFlags != 0 ? badge.text
                                               : fm.elidedText(badge.text, Qt::ElideRight,
                                                               badge.textRect.width());
    }
    l.badges = badges;
    y = (badges.isEmpty() && l.numberText.isEmpty()) ? y : rowBottom;
    l.height = y + padding - option.rect.top();
    return l;
}

const ServiceCardDelegate::Layout *ServiceCardDelegate::originLayout(
        const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString id = index.data(ServiceIdRole).toString();
    if (id.isEmpty())
        return nullptr;
    watch(index.model());
    if (!(option.font == m_cache->font) || m_cache->minimumWidth == 0) {
        m_cache->byId.clear();
        m_cache->font = option.font;
        m_cache->minimumWidth = 24 * QFontMetrics(option.font).averageCharWidth();
    }
    const int width = cardWidthOf(option);
    QList<std::pair<int, Layout>> &layouts = m_cache->byId[id];
    for (const auto &[layoutWidth, cached] : std::as_const(layouts)) {
        if (layoutWidth == width)
            return &cached;
    }
    QStyleOptionViewItem origin = option;
    origin.rect = QRect(0, 0, width, qMax(0, option.rect.height()));
    layouts.append({width, layout(origin, index)});
    return &layouts.constLast().second;
}

ServiceCardDelegate::Layout ServiceCardDelegate::cachedLayout(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    const Layout *found = originLayout(option, index);
    if (!found)
        return layout(option, index);
    // Moved from the origin to the card.
    Layout l = *found;
    const QPoint offset = option.rect.topLeft();
    for (QRect *rect : {&l.star, &l.name, &l.subtitle, &l.numberIcon, &l.number})
        rect->translate(offset);
    for (Badge &badge : l.badges) {
        badge.rect.translate(offset);
        badge.iconRect.translate(offset);
        badge.textRect.translate(offset);
    }
    return l;
}

void ServiceCardDelegate::watch(const QAbstractItemModel *model) const
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    if (model == m_cache->model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_cache->connections))
        disconnect(connection);
    m_cache->connections.clear();
    m_cache->byId.clear();
    m_cache->model = model;
    if (!model)
        return;
    LayoutCache *cache = m_cache.get();
    const auto forgetAll = [cache] {
        cache->byId.clear();
    };
    m_cache->connections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [cache](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles) {
                        if (!changesLayout(roles))
                            return;
                        // A language change touches every row: start again.
                        if (bottomRight.row() - topLeft.row() >= 64) {
                            cache->byId.clear();
                            return;
                        }
                        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                            cache->byId.remove(
                                    topLeft.sibling(row, 0).data(ServiceIdRole).toString());
                        }
                    }),
            connect(model, &QAbstractItemModel::modelReset, this, forgetAll),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forgetAll),
            connect(model, &QAbstractItemModel::rowsInserted, this, forgetAll),
            connect(model, &QAbstractItemModel::destroyed, this, forgetAll),
    };
}

void ServiceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.palette = cardPalette(option.palette);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool focused = opt.state & QStyle::State_HasFocus;

    // The style draws background and selection; the text and the focus ring are ours.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = cachedLayout(option, index);
    const QPalette &palette = opt.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const auto visual = [&](const QRect &rect) {
        return QStyle::visualRect(option.direction, option.rect, rect);
    };
    const Qt::Alignment textAlignment
            = QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter);

    painter->save();
    painter->setClipRect(option.rect);

    // A hairline between cards.
    painter->setPen(palette.color(group, QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());

    if (l.favourite)
        ThemedIcons::icon(ThemedIcons::Favourite, text).paint(painter, visual(l.star));

    painter->setPen(text);
    painter->setFont(l.nameFont);
    painter->drawText(visual(l.name), int(textAlignment) | l.nameFlags, l.nameText);

    painter->setFont(option.font);
    if (!l.subtitleText.isEmpty())
        painter->drawText(visual(l.subtitle), int(textAlignment), l.subtitleText);

    if (!l.numberText.isEmpty()) {
        ThemedIcons::icon(numberIcon(index.data(MainNumberKindRole).toInt()), text)
                .paint(painter, visual(l.numberIcon));
        painter->drawText(visual(l.number), int(textAlignment), l.numberText);
    }

    const QFontMetrics fm(option.font);
    const int spacing = qMax(2, fm.height() / 5);
    for (const Badge &badge : l.badges) {
        const QRect rect = visual(badge.rect);
        // Round ends on one line; rounded corners when the text takes several.
        const qreal radius = qMin(rect.height(), fm.height() + spacing * 2) / 2.0;
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (badge.tag) {
            painter->setPen(QPen(text, 1));
            painter->setBrush(Qt::NoBrush);
            const QRectF outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
            painter->drawRoundedRect(outline, radius, radius);
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->drawText(visual(badge.textRect), int(textAlignment) | badge.textFlags,
                              badge.shownText);
            continue;
        }
        const BadgeStyle badgeStyle = BadgeStyle::of(badge.kind, palette);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeStyle.background);
        painter->drawRoundedRect(rect, radius, radius);
        painter->setRenderHint(QPainter::Antialiasing, false);
        ThemedIcons::icon(badgeStyle.icon, badgeStyle.foreground)
                .paint(painter, visual(badge.iconRect));
        painter->setPen(badgeStyle.foreground);
        painter->drawText(visual(badge.textRect), int(textAlignment) | badge.textFlags,
                          badge.shownText);
    }

    // The keyboard focus: a ring inside the card, as thick as the text is large, a little
    // away from the card's edge so that it reads as a ring and not as the card's border.
    if (focused) {
        const int ringWidth = focusRingWidthFor(QFontMetrics(option.font));
        const QRectF ring = QRectF(focusRingRect(option.rect, ringWidth))
                                    .adjusted(ringWidth / 2.0, ringWidth / 2.0, -ringWidth / 2.0,
                                              -ringWidth / 2.0);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(focusRingColor(palette, group, selected), ringWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(ring, ringWidth * 2.0, ringWidth * 2.0);
    }
    painter->restore();
}

QSize ServiceCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    // The height alone: no copy of the cached layout.
    if (const Layout *cached = originLayout(option, index))
        return {qMax(option.rect.width(), m_cache->minimumWidth), cached->height};
    const QFontMetrics fm(option.font);
    return {qMax(option.rect.width(), 24 * fm.averageCharWidth()), layout(option, index).height};
}

bool ServiceCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const Layout l = cachedLayout(option, index);
        const auto visual = [&](const QRect &rect) {
            return QStyle::visualRect(option.direction, option.rect, rect);
        };
        QString tip;
        if (l.nameElided && visual(l.name).contains(event->pos()))
            tip = index.data(NameRole).toString();
        else if (l.subtitleElided && visual(l.subtitle).contains(event->pos()))
            tip = index.data(SubtitleRole).toString();
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

ServiceCardDelegate::Geometry ServiceCardDelegate::geometry(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index) const
{
    const Layout l = cachedLayout(option, index);
    const auto visual = [&](const QRect &rect) {
        return QStyle::visualRect(option.direction, option.rect, rect);
    };
    Geometry geometry;
    geometry.card = option.rect;
    geometry.texts.append({visual(l.name), l.nameFont, l.nameText, l.nameFlags, l.nameElided});
    if (!l.subtitleText.isEmpty()) {
        geometry.texts.append(
                {visual(l.subtitle), option.font, l.subtitleText, 0, l.subtitleElided});
    }
    if (!l.numberText.isEmpty())
        geometry.texts.append({visual(l.number), option.font, l.numberText, 0, false});
    for (const Badge &badge : l.badges) {
        geometry.texts.append({visual(badge.textRect), option.font, badge.shownText,
                               badge.textFlags, badge.shownText != badge.text});
    }
    geometry.focusRingWidth = focusRingWidthFor(QFontMetrics(option.font));
    geometry.focusRing = focusRingRect(option.rect, geometry.focusRingWidth);
    return geometry;
}

QPalette ServiceCardDelegate::cardPalette(const QPalette &palette)
{
    QPalette result = palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        result.setColor(group, QPalette::Highlight,
                        backgroundFor(palette.color(group, QPalette::HighlightedText),
                                      palette.color(group, QPalette::Highlight), textContrast));
    }
    return result;
}

QColor ServiceCardDelegate::focusRingColor(const QPalette &palette, QPalette::ColorGroup group,
                                           bool selected)
{
    const QColor background = palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    // The selection colour on a plain card, the selection's text colour on a selected one; the
    // text colour when the theme's selection colour is too close to its background.
    const QList<QColor> candidates
            = selected ? QList<QColor>{palette.color(group, QPalette::HighlightedText),
                                       palette.color(group, QPalette::Text)}
                       : QList<QColor>{palette.color(group, QPalette::Highlight),
                                       palette.color(group, QPalette::Text)};
    for (const QColor &candidate : candidates) {
        if (BadgeStyle::contrastRatio(candidate, background) >= focusContrast)
            return candidate;
    }
    return BadgeStyle::relativeLuminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace Helplines
