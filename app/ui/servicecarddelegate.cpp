#include "servicecarddelegate.h"

#include "core/service.h"
#include "models/serviceroles.h"
#include "ui/badgestyle.h"
#include "ui/themedicons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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

} // namespace

struct ServiceCardDelegate::Layout
{
    QFont nameFont;
    QRect star;
    bool favourite = false;
    QRect name;
    QString nameText;
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

ServiceCardDelegate::ServiceCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
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
    const int width = option.rect.width() > 0 ? option.rect.width() : 40 * fm.averageCharWidth();
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
    const QString name = index.data(NameRole).toString();
    l.name = QRect(nameLeft, y, qMax(0, right - nameLeft), nameFm.height());
    l.nameText = nameFm.elidedText(name, Qt::ElideRight, l.name.width());
    l.nameElided = l.nameText != name;
    y += nameFm.height() + spacing;

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
        const int textWidth = fm.horizontalAdvance(l.numberText);
        l.number = QRect(l.numberIcon.right() + spacing * 2, y, textWidth, rowHeight);
        numberRight = l.number.right() + padding;
    }

    QList<Badge> badges;
    const QString badgeText = index.data(BadgeTextRole).toString();
    if (!badgeText.isEmpty())
        badges.append(Badge{{}, badgeText, BadgeKind(index.data(BadgeKindRole).toInt())});
    const QString statusText = index.data(StatusTextRole).toString();
    if (!statusText.isEmpty())
        badges.append(Badge{{}, statusText, BadgeKind::Unverified});
    const QString staleText = index.data(StaleTextRole).toString();
    if (!staleText.isEmpty())
        badges.append(Badge{{}, staleText, BadgeKind::Stale});
    const QString originText = index.data(OriginTextRole).toString();
    if (!originText.isEmpty())
        badges.append(Badge{{}, originText, BadgeKind::Unknown, true});

    QList<int> widths;
    int total = 0;
    for (const Badge &badge : badges) {
        const int iconWidth = badge.tag ? 0 : fm.height() + spacing;
        widths.append(
                qMin(iconWidth + spacing * 4 + fm.horizontalAdvance(badge.text), right - left));
        total += widths.last() + (widths.size() > 1 ? spacing * 2 : 0);
    }
    int rowTop = y;
    if (!badges.isEmpty() && right - total < numberRight) {
        // Not enough room beside the number (large text, narrow view): badges go below it,
        // from the left, each on a new row when the row is full.
        rowTop = l.numberText.isEmpty() ? y : y + rowHeight + spacing;
        int x = left;
        for (qsizetype i = 0; i < badges.size(); ++i) {
            if (x != left && x + widths.at(i) > right) {
                rowTop += rowHeight + spacing;
                x = left;
            }
            badges[i].rect = QRect(x, rowTop, widths.at(i), rowHeight);
            x += widths.at(i) + spacing * 2;
        }
    } else {
        int x = right - total;
        for (qsizetype i = 0; i < badges.size(); ++i) {
            badges[i].rect = QRect(x, rowTop, widths.at(i), rowHeight);
            x += widths.at(i) + spacing * 2;
        }
    }
    l.badges = badges;
    y = (badges.isEmpty() && l.numberText.isEmpty()) ? y : rowTop + rowHeight;
    l.height = y + padding - option.rect.top();
    return l;
}

void ServiceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws background, selection and focus; the text is ours.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = layout(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QColor text
            = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const auto visual = [&](const QRect &rect) {
        return QStyle::visualRect(option.direction, option.rect, rect);
    };
    const Qt::Alignment textAlignment
            = QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter);

    painter->save();
    painter->setClipRect(option.rect);

    // A hairline between cards.
    painter->setPen(option.palette.color(group, QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());

    if (l.favourite)
        ThemedIcons::icon(ThemedIcons::Favourite, text).paint(painter, visual(l.star));

    painter->setPen(text);
    painter->setFont(l.nameFont);
    painter->drawText(visual(l.name), int(textAlignment), l.nameText);

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
        if (badge.tag) {
            const QRect rect = visual(badge.rect);
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(text, 1));
            painter->setBrush(Qt::NoBrush);
            const QRectF outline = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
            painter->drawRoundedRect(outline, outline.height() / 2.0, outline.height() / 2.0);
            painter->setRenderHint(QPainter::Antialiasing, false);
            const QRect textRect = badge.rect.adjusted(spacing * 2, 0, -spacing * 2, 0);
            painter->drawText(visual(textRect), int(textAlignment),
                              fm.elidedText(badge.text, Qt::ElideRight, textRect.width()));
            continue;
        }
        const BadgeStyle badgeStyle = BadgeStyle::of(badge.kind, option.palette);
        const QRect rect = visual(badge.rect);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeStyle.background);
        painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
        painter->setRenderHint(QPainter::Antialiasing, false);

        const int icon = fm.height() - 2;
        const QRect iconRect(badge.rect.left() + spacing * 2,
                             badge.rect.top() + (badge.rect.height() - icon) / 2, icon, icon);
        ThemedIcons::icon(badgeStyle.icon, badgeStyle.foreground).paint(painter, visual(iconRect));
        const QRect textRect(iconRect.right() + spacing, badge.rect.top(),
                             badge.rect.right() - iconRect.right() - spacing * 2,
                             badge.rect.height());
        painter->setPen(badgeStyle.foreground);
        painter->drawText(visual(textRect), int(textAlignment),
                          fm.elidedText(badge.text, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize ServiceCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTo(0, 0);
    const Layout l = layout(opt, index);
    const QFontMetrics fm(option.font);
    return {qMax(option.rect.width(), 24 * fm.averageCharWidth()), l.height};
}

bool ServiceCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const Layout l = layout(option, index);
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

} // namespace Helplines
