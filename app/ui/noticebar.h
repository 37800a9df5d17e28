#ifndef HELPLINES_UI_NOTICEBAR_H
#define HELPLINES_UI_NOTICEBAR_H

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace Helplines {

// A message that stays above the list until the user dismisses it, for problems that do not
// stop anything but that the user (or their IT department) should know about: the
// organisation's directory file or settings could not be used in full. It never takes the
// focus; Tab reaches its Dismiss button, whose accessible description is the message. Hidden
// while it has no message.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    explicit NoticeBar(QWidget *parent = nullptr);
    ~NoticeBar() override;

    // The message, made again when the language changes; shows the bar. A null function
    // hides it.
    void setMessage(std::function<QString()> message);
    QString message() const;
    // The button that hides the notice, for the window's tab order.
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QString()> m_message;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace Helplines

#endif // HELPLINES_UI_NOTICEBAR_H
