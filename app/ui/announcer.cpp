#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QAccessibleAnnouncementEvent>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Helplines {

namespace {

// Long enough for a word typed at an ordinary pace, short enough to answer a pause.
constexpr auto defaultIdleDelay = 700ms;

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
// The Announcer's accessible role: a notification (ATSPI_ROLE_NOTIFICATION on Linux, a live
// region elsewhere). Qt has no per-widget role setting, so the role comes from a factory.
QAccessibleInterface *announcerInterface(const QString &, QObject *object)
{
    if (auto *announcer = qobject_cast<Announcer *>(object))
        return new QAccessibleWidget(announcer, QAccessible::Notification);
    return nullptr;
}
#endif

} // namespace

Announcer::Announcer(QWidget *host)
    : QWidget(host)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Once per process; the factory only answers for Announcers.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&announcerInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
#endif
    setObjectName(u"announcer"_s);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Outside the host's layout, one pixel, nothing painted: for assistive technologies only.
    setGeometry(0, 0, 1, 1);
    m_label = new QLabel(this);
    m_label->setObjectName(u"announcementLabel"_s);
    m_label->setGeometry(0, 0, 0, 0);
    m_label->setFocusPolicy(Qt::NoFocus);
    // Hidden until there is something to say: an empty notification is not presented when the
    // window appears.
    setVisible(false);

    m_idle.setSingleShot(true);
    m_idle.setInterval(defaultIdleDelay);
    connect(&m_idle, &QTimer::timeout, this, [this] { say(m_message); });
}

Announcer::~Announcer() = default;

void Announcer::announce(const QString &message)
{
    m_idle.stop();
    m_message = message;
    say(message);
}

void Announcer::announceWhenIdle(const QString &message)
{
    m_message = message;
    m_idle.start();
}

std::chrono::milliseconds Announcer::idleDelay() const
{
    return m_idle.intervalAsDuration();
}

void Announcer::setIdleDelay(std::chrono::milliseconds delay)
{
    m_idle.setInterval(delay);
}

void Announcer::say(const QString &message)
{
    if (message.isEmpty())
        return;
    // The label keeps the last message, for a screen reader's review of the status bar.
    m_label->setText(message);
    if (!parentWidget() || !parentWidget()->isVisible())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(this, message);
    QAccessible::updateAccessibility(&event);
#else
    if (!isVisible()) {
        // The first message: the notification appears (Qt tells assistive technologies).
        setVisible(true);
    } else {
        // It appears again. Never hidden in between: some Orca versions present a
        // notification on every change of "showing", hiding included.
        QAccessibleEvent event(this, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&event);
    }
#endif
    Q_EMIT announced(message);
}

} // namespace Helplines
