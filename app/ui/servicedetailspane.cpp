#include "servicedetailspane.h"

#include "models/servicetexts.h"
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
    if (!fallback)
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

        auto *hoursBox = new QGroupBox(tr("Hours"), content);
        hoursBox->setObjectName(u"hoursGroupBox"_s);
        auto *hoursLayout = new QVBoxLayout(hoursBox);
        auto *hours = wrappedLabel(service.hours.isEmpty() ? tr("Hours not known") : service.hours,
                                   hoursBox);
        hours->setObjectName(u"hoursLabel"_s);
        hoursLayout->addWidget(hours);
        if (!service.hoursNote.isEmpty())
            hoursLayout->addWidget(wrappedLabel(text(service.hoursNote), hoursBox));
        layout->addWidget(hoursBox);

        layout->addWidget(buildFacts(service));
        layout->addStretch();
    }

    m_scrollArea->setWidget(content); // deletes the previous content
    m_content = content;
    if (hadFocus)
        focusFirstControl();
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

        auto *icon = new QLabel(box);
        icon->setPixmap(
                ThemedIcons::icon(iconOf(contact.kind), palette()).pixmap(fontMetrics().height()));
        icon->setAccessibleName(ServiceTexts::contactKindName(contact.kind));
        grid->addWidget(icon, row, 0, Qt::AlignTop);

        auto *kindLabel = wrappedLabel(kindName, box);
        grid->addWidget(kindLabel, row, 1);

        // The value itself is a button: a click copies it, as the window's cards do.
        auto *value = new QPushButton(presentation.display, box);
        value->setObjectName(u"contactValueButton"_s);
        value->setFlat(true);
        value->setCursor(Qt::PointingHandCursor);
        value->setToolTip(presentation.copyLabel());
        value->setAccessibleName(presentation.copyLabel());
        QFont valueFont = value->font();
        valueFont.setBold(contact.isNumber());
        value->setFont(valueFont);
        connect(value, &QPushButton::clicked, this,
                [this, presentation] { Q_EMIT copyRequested(presentation); });
        grid->addWidget(value, row, 2, Qt::AlignLeft);

        auto *copy
                = new QPushButton(ThemedIcons::icon(ThemedIcons::Copy, palette()), tr("Copy"), box);
        copy->setObjectName(u"copyPushButton"_s);
        copy->setAccessibleName(presentation.copyLabel());
        copy->setToolTip(presentation.copyLabel());
        connect(copy, &QPushButton::clicked, this,
                [this, presentation] { Q_EMIT copyRequested(presentation); });
        grid->addWidget(copy, row, 3);

        if (presentation.action != ContactPresentation::NoAction) {
            auto *action = new QPushButton(presentation.actionLabel(contact.kind), box);
            action->setObjectName(u"contactActionPushButton"_s);
            action->setAccessibleName(presentation.actionLabel(contact.kind));
            connect(action, &QPushButton::clicked, this,
                    [this, presentation] { Q_EMIT actionRequested(presentation); });
            grid->addWidget(action, row, 4);
        }
        ++row;

        QStringList notes;
        if (!contact.hours.isEmpty())
            notes.append(tr("Hours: %1").arg(contact.hours));
        if (!contact.note.isEmpty())
            notes.append(text(contact.note));
        if (!presentation.valid && contact.isNumber())
            notes.append(tr("This number could not be checked."));
        if (!notes.isEmpty()) {
            auto *note = wrappedLabel(notes.join(u'\n'), box);
            grid->addWidget(note, row, 1, 1, 4);
            ++row;
        }
    }
    grid->setColumnStretch(5, 1);
    return box;
}

QWidget *ServiceDetailsPane::buildFacts(const Service &service)
{
    auto *box = new QGroupBox(tr("About this service"));
    box->setObjectName(u"factsGroupBox"_s);
    auto *form = new QFormLayout(box);
    const auto addRow = [&](const QString &label, const QString &value) {
        auto *valueLabel = wrappedLabel(value, box);
        auto *nameLabel = new QLabel(label, box);
        nameLabel->setBuddy(valueLabel);
        valueLabel->setAccessibleName(label);
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
        auto *source = new QLabel(box);
        source->setObjectName(u"sourceLabel"_s);
        source->setTextFormat(Qt::RichText);
        source->setText(u"<a href=\"%1\">%2</a>"_s.arg(service.source.toHtmlEscaped(),
                                                       service.source.toHtmlEscaped()));
        source->setWordWrap(true);
        source->setOpenExternalLinks(true);
        source->setTextInteractionFlags(Qt::TextBrowserInteraction);
        source->setAccessibleName(tr("Source"));
        auto *label = new QLabel(tr("Source"), box);
        label->setBuddy(source);
        form->addRow(label, source);
    }
    addRow(tr("Last checked"), service.verified.isValid()
                                       ? locale.toString(service.verified, u"d MMMM yyyy"_s)
                                       : tr("Not known"));
    return box;
}

} // namespace Helplines
