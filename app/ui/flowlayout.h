#ifndef HELPLINES_UI_FLOWLAYOUT_H
#define HELPLINES_UI_FLOWLAYOUT_H

#include <QLayout>
#include <QList>

namespace Helplines {

// Lays its items out in lines, left to right (right to left in a right-to-left window), going
// on to a new line when the width is used up: a row of buttons that stays whole at large text
// sizes and in narrow windows, instead of widening the window beyond the screen.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // The widest item: the layout can be as narrow as that.
    QSize minimumSize() const override;
    // Every item on one line.
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int horizontalSpacing() const;
    int verticalSpacing() const;
    // Places the items in `rect` (when `apply`), and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Helplines

#endif // HELPLINES_UI_FLOWLAYOUT_H
