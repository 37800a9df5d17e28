#ifndef HELPLINES_UI_SERVICECARDDELEGATE_H
#define HELPLINES_UI_SERVICECARDDELEGATE_H

#include <QStyledItemDelegate>

namespace Helplines {

// Paints one service as a card: name (with a star for favourites), one line of audience, the
// main number and the badges. Everything it shows comes from a model role; it only paints.
// The style draws background, selection and focus; colours come from the option's palette.
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

private:
    struct Layout;
    // One layout for paint(), sizeHint() and helpEvent(), in logical (left-to-right)
    // coordinates; mapped with QStyle::visualRect when used.
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Helplines

#endif // HELPLINES_UI_SERVICECARDDELEGATE_H
