#include "noticebar.h"

#include "ui/themedicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Helplines {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"noticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"noticeIconLabel"_s);
    m_icon->setPixmap(
            ThemedIcons::icon(ThemedIcons::Warning, palette()).pixmap(fontMetrics().height()));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(u"noticeLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_label, 1);
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(u"dismissNoticePushButton"_s);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    retranslate();
    hide();
}

NoticeBar::~NoticeBar() = default;

void NoticeBar::setMessage(std::function<QString()> message)
{
    m_message = std::move(message);
    retranslate();
    setVisible(bool(m_message));
}

QString NoticeBar::message() const
{
    return m_label->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBar::retranslate()
{
    const QString text = m_message ? m_message() : QString();
    m_label->setText(text);
    //: Accessible name of the bar that shows a lasting notice above the list of services
    setAccessibleName(tr("Notice"));
    setAccessibleDescription(text);
    m_dismiss->setText(tr("&Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice"));
    m_dismiss->setAccessibleDescription(text);
    m_dismiss->setToolTip(tr("Hide this notice until Helplines is started again"));
}

} // namespace Helplines
