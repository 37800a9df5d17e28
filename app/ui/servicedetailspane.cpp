#include "servicedetailspane.h"

#include "core/openinghours/openinghours.h"
#include "models/availability.h"
#include "models/servicetexts.h"
#include "models/weekschedule.h"
#include "ui/flowlayout.h"
#include "ui/themedicons.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

ThemedIcons::Icon iconOf(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return ThemedIcons::Phone;
    case ContactKind::Sms:
        return ThemedIcons::Sms;
    case ContactKind::Video:
        return ThemedIcons::Video;
    case ContactKind::Chat:
        return ThemedIcons::Chat;
    case ContactKind::Email:
        return ThemedIcons::Email;
    case ContactKind::Web:
        return ThemedIcons::Web;
    }
    return ThemedIcons::Web;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace

ServiceDetailsPane::ServiceDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"serviceDetailsPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(u"detailsScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_scrollArea);
    rebuild();
}

ServiceDetailsPane::~ServiceDetailsPane() = default;

void ServiceDetailsPane::setService(const Service &service, bool favourite)
{
    m_service = service;
    m_favourite = favourite;
    rebuild();
}

void ServiceDetailsPane::setTime(const QDateTime &now, const QTimeZone &userZone)
{
    const bool dayChanged
            = !m_now.isValid()
              || m_now.toTimeZone(m_userZone).date() != now.toTimeZone(userZone).date()
              || userZone != m_userZone;
    m_now = now;
    m_userZone = userZone;
    if (dayChanged)
        rebuild();
    else
        refreshTimes();
}

void ServiceDetailsPane::refreshTimes()
{
    if (!m_service || !m_now.isValid())
        return;
    const Service &service = *m_service;
    const EvaluationContext context = ServiceAvailability::contextFor(service);
    if (m_badgeLabel) {
        const Availability availability = ServiceAvailability::evaluate(
                OpeningHours(service.hours), context, service.status, m_now);
        const BadgeText badge = ServiceAvailability::badgeText(availability, m_now, m_userZone,
                                                               context.timeZone, m_language);
        m_badgeLabel->setText(badge.display());
        m_badgeLabel->setAccessibleName(badge.spoken());
        m_commentLabel->setText(availability.comment);
        m_commentLabel->setVisible(!availability.comment.isEmpty());
    }
    for (const auto &[contact, label] : m_contactBadges) {
        const Availability availability = ServiceAvailability::evaluate(
                OpeningHours(contact.hours), context, service.status, m_now);
        const BadgeText badge = ServiceAvailability::badgeText(availability, m_now, m_userZone,
                                                               context.timeZone, m_language);
        const QString kind = contact.label.isEmpty() ? ServiceTexts::contactKindName(contact.kind)
                                                     : contact.label.value(m_language);
        //: A contact's own availability: "Chat: Open now · until 22:00"
        label->setText(tr("%1: %2").arg(kind, badge.display()));
        label->setAccessibleName(tr("%1: %2").arg(kind, badge.spoken()));
    }
}

void ServiceDetailsPane::clear()
{
    m_service.reset();
    rebuild();
}

void ServiceDetailsPane::setFavourite(bool favourite)
{
    if (m_favourite == favourite)
        return;
    m_favourite = favourite;
    updateFavouriteButton();
}

void ServiceDetailsPane::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    rebuild();
}

void ServiceDetailsPane::setCallActionsEnabled(bool enabled)
{
    if (m_callActionsEnabled == enabled)
        return;
    m_callActionsEnabled = enabled;
    rebuild();
}

void ServiceDetailsPane::focusFirstControl()
{
    if (m_favouriteButton)
        m_favouriteButton->setFocus(Qt::OtherFocusReason);
}

void ServiceDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString ServiceDetailsPane::text(const LocalizedText &value) const
{
    bool fallback = false;
    const QString result = value.value(m_language, &fallback);
    // The user's own entries are written in the language the user chose: nothing is missing.
    if (!fallback || (m_service && m_service->origin == ServiceOrigin::User))
        return result;
    //: Marks a text of the directory shown in the other language because it has no translation
    return tr("%1 (not translated)").arg(result);
}

void ServiceDetailsPane::updateFavouriteButton()
{
    if (!m_favouriteButton || !m_service)
        return;
    const QSignalBlocker blocker(m_favouriteButton);
    m_favouriteButton->setChecked(m_favourite);
    m_favouriteButton->setIcon(ThemedIcons::icon(
            m_favourite ? ThemedIcons::Favourite : ThemedIcons::FavouriteOff, palette()));
    const QString name = m_service->name.value(m_language);
    m_favouriteButton->setToolTip(m_favourite ? tr("Remove %1 from favourites").arg(name)
                                              : tr("Add %1 to favourites").arg(name));
    m_favouriteButton->setAccessibleDescription(m_favouriteButton->toolTip());
}

void ServiceDetailsPane::rebuild()
{
    const bool hadFocus = m_content && m_content->isAncestorOf(QApplication::focusWidget());
    auto *content = new QWidget;
    content->setObjectName(u"detailsContent"_s);
    auto *layout = new QVBoxLayout(content);
    m_favouriteButton = nullptr;
    m_badgeLabel = nullptr;
    m_commentLabel = nullptr;
    m_scheduleWidget = nullptr;
    m_contactBadges.clear();

    if (!m_service) {
        auto *empty
                = wrappedLabel(tr("Choose a service in the list to see how to reach it."), content);
        empty->setObjectName(u"detailsPlaceholderLabel"_s);
        empty->setAlignment(Qt::AlignCenter);
        layout->addStretch();
        layout->addWidget(empty);
        layout->addStretch();
    } else {
        const Service &service = *m_service;

        auto *header = new QHBoxLayout;
        auto *title = wrappedLabel(text(service.name), content);
        title->setObjectName(u"detailsTitleLabel"_s);
        QFont titleFont = title->font();
        titleFont.setBold(true);
        if (titleFont.pointSizeF() > 0)
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        title->setFont(titleFont);
        title->setAccessibleName(service.name.value(m_language));
        header->addWidget(title, 1);

        m_favouriteButton = new QToolButton(content);
        m_favouriteButton->setObjectName(u"favouriteToolButton"_s);
        m_favouriteButton->setCheckable(true);
        m_favouriteButton->setText(tr("Favourite"));
        m_favouriteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_favouriteButton->setAccessibleName(tr("Favourite"));
        m_favouriteButton->setFocusPolicy(Qt::StrongFocus);
        // toggled, not clicked: screen readers toggle without a click.
        connect(m_favouriteButton, &QToolButton::toggled, this, [this](bool checked) {
            m_favourite = checked;
            updateFavouriteButton();
            if (m_service)
                Q_EMIT favouriteToggled(m_service->id, checked);
        });
        header->addWidget(m_favouriteButton, 0, Qt::AlignTop);
        layout->addLayout(header);
        updateFavouriteButton();

        m_badgeLabel = wrappedLabel(QString(), content);
        m_badgeLabel->setObjectName(u"detailsBadgeLabel"_s);
        QFont badgeFont = m_badgeLabel->font();
        badgeFont.setBold(true);
        m_badgeLabel->setFont(badgeFont);
        layout->addWidget(m_badgeLabel);
        m_commentLabel = wrappedLabel(QString(), content);
        m_commentLabel->setObjectName(u"detailsCommentLabel"_s);
        layout->addWidget(m_commentLabel);

        if (service.status != ServiceStatus::Active) {
            auto *status = wrappedLabel(
                    u"<b>%1</b> %2"_s.arg(ServiceTexts::statusName(service.status).toHtmlEscaped(),
                                          text(service.statusNote).toHtmlEscaped()),
                    content);
            status->setObjectName(u"detailsStatusLabel"_s);
            status->setTextFormat(Qt::RichText);
            status->setFrameShape(QFrame::StyledPanel);
            status->setMargin(status->fontMetrics().height() / 3);
            layout->addWidget(status);
        }

        if (!service.description.isEmpty())
            layout->addWidget(wrappedLabel(text(service.description), content));
        if (!service.audience.isEmpty()) {
            auto *audience = wrappedLabel(tr("For: %1").arg(text(service.audience)), content);
            audience->setObjectName(u"detailsAudienceLabel"_s);
            layout->addWidget(audience);
        }

        layout->addWidget(buildContacts(service));

        layout->addWidget(buildHours(service));
        layout->addWidget(buildFacts(service));
        layout->addStretch();
    }

    m_scrollArea->setWidget(content); // deletes the previous content
    m_content = content;
    refreshTimes();
    Q_EMIT rebuilt();
    if (hadFocus)
        focusFirstControl();
}

QList<QWidget *> ServiceDetailsPane::tabOrder() const
{
    QList<QWidget *> controls;
    if (!m_content)
        return controls;
    // Created in reading order: the favourite toggle, each contact's controls, the source.
    for (QWidget *widget : m_content->findChildren<QWidget *>()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            controls.append(widget);
    }
    return controls;
}

QWidget *ServiceDetailsPane::buildContacts(const Service &service)
{
    auto *box = new QGroupBox(tr("How to reach them"));
    box->setObjectName(u"contactsGroupBox"_s);
    auto *grid = new QGridLayout(box);
    int row = 0;
    for (const Contact &contact : service.contacts) {
        const ContactPresentation presentation = ContactPresentation::of(contact, service);
        const QString kindName = contact.label.isEmpty()
                                         ? ServiceTexts::contactKindName(contact.kind)
                                         : text(contact.label);

        auto *kindLabel = wrappedLabel(kindName, box);
        grid->addWidget(kindLabel, row, 1);
        // The value and its buttons go on to a second line when the pane is narrow or the
        // text large, rather than widening the pane beyond its window.
        auto *line = new QWidget(box);
        line->setObjectName(u"contactLineWidget"_s);
        auto *lineLayout = new FlowLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        grid->addWidget(line, row, 2, 1, 4);

        // The value itself is a button: a click copies it, as the window's cards do. The
        // kind's icon is part of it, not an image of its own for screen readers.
        auto *value = new QPushButton(ThemedIcons::icon(iconOf(contact.kind), palette()),
                                      presentation.display, line);
        value->setObjectName(u"contactValueButton"_s);
        value->setFlat(true);
        value->setCursor(Qt::PointingHandCursor);
        value->setToolTip(presentation.copyLabel());
        // Not "Copy …" again: the Copy button next to it says that.
        //: Accessible name of a contact's number or address: its kind and the value, e.g.
        //: "Phone: 09 72 39 40 50"
        value->setAccessibleName(tr("%1: %2", "contact").arg(kindName, presentation.display));
        value->setAccessibleDescription(presentation.copyLabel());
        QFont valueFont = value->font();
        valueFont.setBold(contact.isNumber());
        value->setFont(valueFont);
        connect(value, &QPushButton::clicked, this,
                [this, presentation] { Q_EMIT copyRequested(presentation); });
        lineLayout->addWidget(value);

        auto *copy = new QPushButton(ThemedIcons::icon(ThemedIcons::Copy, palette()), tr("Copy"),
                                     line);
        copy->setObjectName(u"copyPushButton"_s);
        copy->setAccessibleName(presentation.copyLabel());
        copy->setToolTip(presentation.copyLabel());
        connect(copy, &QPushButton::clicked, this,
                [this, presentation] { Q_EMIT copyRequested(presentation); });
        lineLayout->addWidget(copy);

        // The organisation's policy may leave calls and text messages to the desk phone.
        const bool callAction = presentation.action == ContactPresentation::Call
                                || presentation.action == ContactPresentation::SendSms;
        if (presentation.action != ContactPresentation::NoAction
            && (m_callActionsEnabled || !callAction)) {
            auto *action = new QPushButton(presentation.actionLabel(contact.kind), line);
            action->setObjectName(u"contactActionPushButton"_s);
            action->setAccessibleName(presentation.actionLabel(contact.kind));
            connect(action, &QPushButton::clicked, this,
                    [this, presentation] { Q_EMIT actionRequested(presentation); });
            lineLayout->addWidget(action);
        }
        ++row;

        if (!contact.hours.isEmpty()) {
            auto *badge = wrappedLabel(QString(), box);
            badge->setObjectName(u"contactBadgeLabel"_s);
            grid->addWidget(badge, row, 1, 1, 5);
            m_contactBadges.append({contact, badge});
            ++row;
        }
        QStringList notes;
        if (!contact.hours.isEmpty())
            notes.append(tr("Hours: %1").arg(OpeningHours(contact.hours).describe(m_language)));
        if (!contact.note.isEmpty())
            notes.append(text(contact.note));
        if (!presentation.valid && contact.isNumber())
            notes.append(tr("This number could not be checked."));
        if (!notes.isEmpty()) {
            auto *note = wrappedLabel(notes.join(u'\n'), box);
            grid->addWidget(note, row, 1, 1, 5);
            ++row;
        }
    }
    grid->setColumnStretch(5, 1);
    return box;
}

QWidget *ServiceDetailsPane::buildHours(const Service &service)
{
    auto *box = new QGroupBox(tr("Hours"));
    box->setObjectName(u"hoursGroupBox"_s);
    auto *layout = new QVBoxLayout(box);
    const OpeningHours hours(service.hours);
    QString description;
    if (service.hours.isEmpty())
        description = tr("Hours not known");
    else if (!hours.isValid())
        description = tr("The hours of this record cannot be read: %1").arg(service.hours);
    else
        description = hours.describe(m_language);
    auto *descriptionLabel = wrappedLabel(description, box);
    descriptionLabel->setObjectName(u"hoursDescriptionLabel"_s);
    layout->addWidget(descriptionLabel);
    if (!service.hoursNote.isEmpty())
        layout->addWidget(wrappedLabel(text(service.hoursNote), box));

    if (hours.isValid() && !service.hours.isEmpty() && m_now.isValid()) {
        const EvaluationContext context = ServiceAvailability::contextFor(service);
        m_scheduleWidget = new QWidget(box);
        m_scheduleWidget->setObjectName(u"weekScheduleWidget"_s);
        m_scheduleWidget->setAccessibleName(tr("The week ahead"));
        auto *grid = new QGridLayout(m_scheduleWidget);
        grid->setContentsMargins(0, 0, 0, 0);
        int row = 0;
        for (const WeekSchedule::Day &day :
             WeekSchedule::compute(hours, context, m_now, m_userZone, m_language)) {
            auto *dayLabel
                    = wrappedLabel(WeekSchedule::dayLabel(day, m_language), m_scheduleWidget);
            // Wraps at large text rather than widening the pane.
            dayLabel->setWordWrap(true);
            QString times = WeekSchedule::entriesText(day, m_userZone, m_language);
            if (!day.holiday.isEmpty())
                //: A day of the schedule that is a public holiday: "Closed (Easter Monday)"
                times = tr("%1 (%2)").arg(times, day.holiday);
            auto *timesLabel = wrappedLabel(times, m_scheduleWidget);
            if (day.today) {
                QFont bold = dayLabel->font();
                bold.setBold(true);
                dayLabel->setFont(bold);
                timesLabel->setFont(bold);
            }
            dayLabel->setBuddy(timesLabel);
            // The day and its hours together: a name alone would hide the hours.
            //: A day of the schedule as a screen reader reads it: "Monday 12 January (today):
            //: 9:00 to 18:00"
            timesLabel->setAccessibleName(
                    tr("%1: %2", "day and hours")
                            .arg(WeekSchedule::dayLabel(day, m_language), times));
            grid->addWidget(dayLabel, row, 0, Qt::AlignTop);
            grid->addWidget(timesLabel, row, 1);
            ++row;
        }
        grid->setColumnStretch(1, 1);
        layout->addWidget(m_scheduleWidget);
        const QString zone = ServiceAvailability::placeName(m_userZone, m_language);
        if (m_userZone.offsetFromUtc(m_now) != context.timeZone.offsetFromUtc(m_now)) {
            layout->addWidget(
                    wrappedLabel(tr("Times are given in your time zone (%1).").arg(zone), box));
        }
    }
    auto *rule = wrappedLabel(tr("Rule: %1").arg(service.hours), box);
    rule->setObjectName(u"hoursRuleLabel"_s);
    rule->setVisible(!service.hours.isEmpty());
    layout->addWidget(rule);
    return box;
}

QWidget *ServiceDetailsPane::buildFacts(const Service &service)
{
    auto *box = new QGroupBox(tr("About this service"));
    box->setObjectName(u"factsGroupBox"_s);
    auto *form = new QFormLayout(box);
    // Labels above their values when the pane is narrow or the text large.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [&](const QString &label, const QString &value) {
        auto *valueLabel = wrappedLabel(value, box);
        auto *nameLabel = new QLabel(label, box);
        nameLabel->setBuddy(valueLabel);
        // What the row says and its value: a name alone would hide the value.
        //: A fact about a service as a screen reader reads it: "Cost: Free"
        valueLabel->setAccessibleName(tr("%1: %2", "fact and value").arg(label, value));
        form->addRow(nameLabel, valueLabel);
    };

    if (!service.organisation.isEmpty())
        addRow(tr("Run by"), text(service.organisation));
    addRow(tr("Category"), ServiceTexts::categoryName(service.category));
    QString cost = ServiceTexts::costName(service.cost);
    if (!service.costNote.isEmpty())
        cost = tr("%1. %2").arg(cost, text(service.costNote));
    addRow(tr("Cost"), cost);
    addRow(tr("Anonymity"), ServiceTexts::anonymityText(service.anonymous));
    if (!service.accessibility.isEmpty() || !service.accessibilityNote.isEmpty()) {
        QStringList features;
        for (const AccessibilityFeature feature : service.accessibility)
            features.append(ServiceTexts::accessibilityName(feature));
        QString value = features.join(tr(", "));
        if (!service.accessibilityNote.isEmpty())
            value = value.isEmpty() ? text(service.accessibilityNote)
                                    : tr("%1. %2").arg(value, text(service.accessibilityNote));
        addRow(tr("Deaf and hard of hearing"), value);
    }
    if (!service.languages.isEmpty()) {
        const QLocale ui(m_language == Language::French ? QLocale::French : QLocale::English);
        QStringList names;
        for (const QString &code : service.languages) {
            const QLocale spoken(code);
            names.append(spoken.language() == QLocale::C ? code
                                                         : ui.languageToString(spoken.language()));
        }
        addRow(tr("Languages"), names.join(tr(", ")));
    }
    addRow(tr("Listed by"), ServiceTexts::originName(service.origin));

    const QLocale locale(m_language == Language::French ? QLocale::French : QLocale::English);
    if (!service.source.isEmpty()) {
        // The address in full (it can be long: it wraps), and a button that opens it. Not a
        // link inside the label: Qt's keyboard navigation of label links traps Shift+Tab.
        auto *field = new QWidget(box);
        auto *fieldLayout = new QHBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        // A long address may break after its slashes and dashes (zero-width spaces, for the
        // eye only: the accessible name has the address as it is).
        QString breakable = service.source;
        for (const QChar mark : {u'/', u'-', u'_', u'.', u'?', u'&', u'='})
            breakable.replace(mark, QString(mark) + QChar(0x200B));
        auto *source = wrappedLabel(breakable, field);
        source->setObjectName(u"sourceLabel"_s);
        source->setAccessibleName(tr("%1: %2", "fact and value").arg(tr("Source"), service.source));
        fieldLayout->addWidget(source, 1);
        auto *label = new QLabel(tr("Source"), box);
        label->setBuddy(source);
        Contact page;
        page.kind = ContactKind::Web;
        page.value = service.source;
        const ContactPresentation presentation = ContactPresentation::of(page, service);
        if (presentation.action == ContactPresentation::OpenPage) {
            auto *open = new QPushButton(tr("Open"), field);
            open->setObjectName(u"openSourcePushButton"_s);
            open->setAccessibleName(tr("Open the source"));
            open->setAccessibleDescription(service.source);
            open->setToolTip(tr("Open %1 in the web browser").arg(service.source));
            connect(open, &QPushButton::clicked, this,
                    [this, presentation] { Q_EMIT actionRequested(presentation); });
            fieldLayout->addWidget(open, 0, Qt::AlignTop);
            label->setBuddy(open);
        }
        form->addRow(label, field);
    }
    addRow(tr("Last checked"), service.verified.isValid()
                                       ? locale.toString(service.verified, u"d MMMM yyyy"_s)
                                       : tr("Not known"));
    return box;
}

} // namespace Helplines
