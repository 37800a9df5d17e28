#ifndef HELPLINES_UI_ANNOUNCER_H
#define HELPLINES_UI_ANNOUNCER_H

#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;

namespace Helplines {

// Says transient outcomes ("3114 copied", "3 services found") to screen readers, without moving
// the focus (DESIGN §8, STYLE "Accessibility").
//
// From Qt 6.8 it sends a QAccessibleAnnouncementEvent. Before 6.8 Qt has no announcement, and
// its AT-SPI bridge drops QAccessible::Alert; the Announcer is then an element of role
// Notification (ATSPI_ROLE_NOTIFICATION) in the status bar, holding one label with the message,
// that reports "showing" anew for every message. Orca presents a notification on
// object:state-changed:showing: Orca 43 says its role and the text of the labels inside it
// (all of them, shown or not, for a notification in a status bar); Orca 44 and later say its
// role, its name and those labels. The element itself has no name, so that no version says the
// message twice (docs/accessibility.md).
//
// The element is one pixel, paints nothing, takes no focus and ignores the mouse: the status
// bar shows the same message to the eye. It stays hidden until the first message.
class Announcer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    // `host` is where assistive technologies find the element: the window's status bar.
    explicit Announcer(QWidget *host);
    ~Announcer() override;

    // Says `message` now, after what the screen reader is saying (polite). A message waiting
    // for a pause is dropped: it would be out of date.
    void announce(const QString &message);
    // Says `message` once nothing new was asked for during idleDelay(); a newer message replaces
    // one still waiting. For results that change with every keystroke ("3 services found").
    void announceWhenIdle(const QString &message);

    // The last message said, or the one waiting for a pause.
    QString message() const { return m_message; }
    bool isWaiting() const { return m_idle.isActive(); }
    std::chrono::milliseconds idleDelay() const;
    void setIdleDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    // A message was handed to assistive technologies.
    void announced(const QString &message);

private:
    void say(const QString &message);

    QLabel *m_label = nullptr;
    QTimer m_idle;
    QString m_message;
};

} // namespace Helplines

#endif // HELPLINES_UI_ANNOUNCER_H
