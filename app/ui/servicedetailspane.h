#ifndef HELPLINES_UI_SERVICEDETAILSPANE_H
#define HELPLINES_UI_SERVICEDETAILSPANE_H

#include "core/language.h"
#include "core/service.h"
#include "models/contactpresentation.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace Helplines {

// Everything about one service: description, every contact with its own Copy button and
// action (Call, Send SMS, Open), hours, cost, anonymity, accessibility, languages, source and
// the date the facts were last checked. It shows; the window acts on its signals.
class ServiceDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDetailsPane)

public:
    explicit ServiceDetailsPane(QWidget *parent = nullptr);
    ~ServiceDetailsPane() override;

    void setService(const Service &service, bool favourite);
    // The instant the badges and the week schedule are for, and the user's time zone in which
    // times are shown; updates only the parts that depend on time, keeping the focus.
    void setTime(const QDateTime &now, const QTimeZone &userZone);
    void clear();
    std::optional<Service> service() const { return m_service; }
    void setFavourite(bool favourite);
    void setLanguage(Language language);
    // Whether contacts offer Call and Send SMS (the organisation's "callAction" policy); Copy
    // and the other actions stay.
    void setCallActionsEnabled(bool enabled);
    bool callActionsEnabled() const { return m_callActionsEnabled; }

    // Moves the focus to the first control of the pane (the favourite toggle).
    void focusFirstControl();
    // The pane's controls in reading order, for the window's Tab order.
    QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    void copyRequested(const Helplines::ContactPresentation &contact);
    void actionRequested(const Helplines::ContactPresentation &contact);
    void favouriteToggled(const QString &serviceId, bool favourite);
    // The pane's controls were made anew (another service, language or time).
    void rebuilt();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *buildContacts(const Service &service);
    QWidget *buildFacts(const Service &service);
    QString text(const LocalizedText &text) const;
    void updateFavouriteButton();
    void refreshTimes();
    QWidget *buildHours(const Service &service);

    QScrollArea *m_scrollArea = nullptr;
    QPointer<QWidget> m_content;
    QToolButton *m_favouriteButton = nullptr;
    QLabel *m_badgeLabel = nullptr;
    QLabel *m_commentLabel = nullptr;
    QWidget *m_scheduleWidget = nullptr;
    // Contacts with hours of their own, and the label of their badge.
    QList<std::pair<Contact, QLabel *>> m_contactBadges;
    QDateTime m_now;
    QTimeZone m_userZone;
    std::optional<Service> m_service;
    bool m_favourite = false;
    Language m_language = Language::English;
    bool m_callActionsEnabled = true;
};

} // namespace Helplines

#endif // HELPLINES_UI_SERVICEDETAILSPANE_H
