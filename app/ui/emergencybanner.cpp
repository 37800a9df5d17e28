#include "emergencybanner.h"

#include "ui/flowlayout.h"
#include "ui/themedicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Helplines {

EmergencyBanner::EmergencyBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"emergencyBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    m_layout = layout;
    updateIconRoom();
    m_title = new QLabel(this);
    m_title->setObjectName(u"emergencyTitleLabel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_buttons = new FlowLayout;
    layout->addLayout(m_buttons, 1);
    rebuild();
}

EmergencyBanner::~EmergencyBanner() = default;

void EmergencyBanner::setNumbers(const QList<EmergencyNumber> &numbers)
{
    m_numbers = numbers;
    rebuild();
}

void EmergencyBanner::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    rebuild();
}

QList<QWidget *> EmergencyBanner::buttons() const
{
    return m_buttonWidgets;
}

void EmergencyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        updateIconRoom();
    QFrame::changeEvent(event);
}

QRect EmergencyBanner::iconRect() const
{
    const int size = fontMetrics().height();
    const QRect contents = contentsRect();
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    const QRect logical(contents.left() + margin, contents.top() + (contents.height() - size) / 2,
                        size, size);
    return QStyle::visualRect(layoutDirection(), contents, logical);
}

void EmergencyBanner::updateIconRoom()
{
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    // Room for the icon before the title, on the side where text starts.
    m_layout->setContentsMargins(margin + fontMetrics().height() + qMax(spacing, 0),
                                 m_layout->contentsMargins().top(), margin,
                                 m_layout->contentsMargins().bottom());
}

void EmergencyBanner::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    ThemedIcons::icon(ThemedIcons::Emergency, palette()).paint(&painter, iconRect());
}

void EmergencyBanner::rebuild()
{
    m_title->setText(tr("Emergency:"));
    setAccessibleName(tr("Emergency numbers"));
    while (QLayoutItem *item = m_buttons->takeAt(0))
        delete item;
    qDeleteAll(m_buttonWidgets);
    m_buttonWidgets.clear();

    for (const EmergencyNumber &number : m_numbers) {
        Contact contact;
        contact.kind = number.kind;
        contact.value = number.number;
        const ContactPresentation presentation = ContactPresentation::of(contact, Service());
        const QString name = number.name.value(m_language);
        const QString description = number.description.value(m_language);

        auto *button = new QPushButton(this);
        button->setObjectName(u"emergencyPushButton"_s);
        button->setIcon(ThemedIcons::icon(number.kind == ContactKind::Sms ? ThemedIcons::Sms
                                                                          : ThemedIcons::Phone,
                                          palette()));
        button->setText(number.kind == ContactKind::Sms
                                //: Emergency banner button: number, name; the number takes SMS
                                ? tr("%1 %2 (SMS)").arg(number.number, name)
                                //: Emergency banner button: number and name
                                : tr("%1 %2").arg(number.number, name));
        //: Accessible name of an emergency banner button: what a click does, and for what
        button->setAccessibleName(tr("Copy %1, %2").arg(number.number, name));
        button->setAccessibleDescription(description);
        button->setToolTip(description.isEmpty()
                                   ? presentation.copyLabel()
                                   : tr("%1. Click to copy the number.").arg(description));
        connect(button, &QPushButton::clicked, this,
                [this, presentation] { Q_EMIT copyRequested(presentation); });
        m_buttons->addWidget(button);
        m_buttonWidgets.append(button);
    }
}

} // namespace Helplines
