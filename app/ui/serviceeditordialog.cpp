#include "serviceeditordialog.h"

#include "core/calendar/publicholidays.h"
#include "core/openinghours/openinghours.h"
#include "models/availability.h"
#include "models/servicetexts.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Helplines {

// The parts of the form that a diagnostic can concern.
enum class ServiceEditorDialog::Field {
    Name,
    Description,
    Audience,
    Category,
    Contacts,
    Contact,
    Hours,
    TimeZone,
    Holidays,
    Cost,
    Anonymity,
    Accessibility,
    Note,
    Other,
};

struct ServiceEditorDialog::ContactRow
{
    QWidget *widget = nullptr;
    QLabel *title = nullptr;
    QLabel *kindLabel = nullptr;
    QComboBox *kind = nullptr;
    QLabel *valueLabel = nullptr;
    QLineEdit *value = nullptr;
    QLabel *labelLabel = nullptr;
    QLineEdit *label = nullptr;
    QPushButton *remove = nullptr;
    QLabel *error = nullptr;
    // What the form does not show (the contact's own hours, its note) is kept; the label is
    // kept in both languages unless the user changes it.
    Contact original;
    QString originalLabelText;
    bool touched = false;
};

namespace {

// Zones of metropolitan France and its overseas departments and territories, for the time
// zone field; any other IANA zone can be typed.
constexpr std::array<QStringView, 10> commonTimeZones{
        u"Europe/Paris",   u"America/Guadeloupe", u"America/Martinique", u"America/Cayenne",
        u"Indian/Reunion", u"Indian/Mayotte",     u"America/Miquelon",   u"Pacific/Noumea",
        u"Pacific/Tahiti", u"Pacific/Wallis",
};

const QString defaultTimeZone = u"Europe/Paris"_s;

LocalizedText textIn(Language language, const QString &text)
{
    LocalizedText result;
    (language == Language::French ? result.fr : result.en) = text;
    return result;
}

QLabel *feedbackLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPlainTextEdit *multiLineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    // Tab moves on, as in every other field; Enter makes a new line.
    edit->setTabChangesFocus(true);
    const QFontMetrics metrics(edit->font());
    edit->setFixedHeight(metrics.lineSpacing() * 3 + edit->frameWidth() * 2
                         + int(edit->document()->documentMargin() * 2));
    return edit;
}

void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : -1;
    combo->setCurrentIndex(qMax(0, index));
}

void fillContactKinds(QComboBox *combo)
{
    QList<std::pair<QString, QVariant>> kinds;
    for (const QString &key : contactKindKeys()) {
        const ContactKind kind = *contactKindFromKey(key);
        kinds.append({ServiceTexts::contactKindName(kind), int(kind)});
    }
    refill(combo, kinds);
}

bool isStructural(Diagnostic::Code code)
{
    switch (code) {
    case Diagnostic::Code::MissingField:
    case Diagnostic::Code::EmptyValue:
    case Diagnostic::Code::EmptyText:
    case Diagnostic::Code::TextNotBilingual:
        return true;
    default:
        return false;
    }
}

// Hints written for directory files that also help in the form.
bool hasUsefulHint(Diagnostic::Code code)
{
    switch (code) {
    case Diagnostic::Code::InvalidPhoneNumber:
    case Diagnostic::Code::InvalidUrl:
    case Diagnostic::Code::UnsupportedUrlScheme:
    case Diagnostic::Code::InsecureUrl:
    case Diagnostic::Code::InvalidEmail:
    case Diagnostic::Code::UnknownTimeZone:
        return true;
    default:
        return false;
    }
}

} // namespace

ServiceEditorDialog::ServiceEditorDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"serviceEditorDialog"_s);
    createWidgets();
    retranslate();
    Service blank;
    blank.category = ServiceCategory::PsychologicalSupport;
    blank.scope = ServiceScope::Personal;
    blank.origin = ServiceOrigin::User;
    blank.timeZone = defaultTimeZone;
    blank.holidays = u"FR"_s;
    blank.contacts = {Contact{}};
    loadForm(blank);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
}

ServiceEditorDialog::~ServiceEditorDialog()
{
    // The rows' widgets are children of the dialog, deleted with it; the rows themselves are not.
    qDeleteAll(m_contactRows);
}

void ServiceEditorDialog::createWidgets()
{
    auto *outer = new QVBoxLayout(this);

    m_summaryLabel = feedbackLabel(this, u"summaryLabel"_s);
    outer->addWidget(m_summaryLabel);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(u"editorScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget;
    content->setObjectName(u"editorContent"_s);
    auto *layout = new QVBoxLayout(content);

    m_introLabel = new QLabel(content);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_introLabel);

    // About the service.
    m_aboutBox = new QGroupBox(content);
    m_aboutBox->setObjectName(u"aboutGroupBox"_s);
    auto *about = new QFormLayout(m_aboutBox);
    about->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // A field and its label, and under the field the lines that tell about it (what is wrong
    // with it). The label names the field for assistive technologies only when both are
    // siblings: no container around the field.
    const auto addRow = [](QFormLayout *form, QLabel *&label, QWidget *field,
                           const QList<QWidget *> &under, const QString &labelName) {
        label = new QLabel(form->parentWidget());
        label->setObjectName(labelName);
        label->setBuddy(field);
        form->addRow(label, field);
        for (QWidget *line : under)
            form->addRow(static_cast<QWidget *>(nullptr), line);
    };

    m_nameFr = new QLineEdit(m_aboutBox);
    m_nameFr->setObjectName(u"nameFrLineEdit"_s);
    addRow(about, m_nameFrLabel, m_nameFr, {}, u"nameFrLabel"_s);
    m_nameEn = new QLineEdit(m_aboutBox);
    m_nameEn->setObjectName(u"nameEnLineEdit"_s);
    m_nameError = feedbackLabel(m_aboutBox, u"nameErrorLabel"_s);
    addRow(about, m_nameEnLabel, m_nameEn, {m_nameError}, u"nameEnLabel"_s);

    m_descriptionFr = multiLineEdit(m_aboutBox, u"descriptionFrTextEdit"_s);
    addRow(about, m_descriptionFrLabel, m_descriptionFr, {}, u"descriptionFrLabel"_s);
    m_descriptionEn = multiLineEdit(m_aboutBox, u"descriptionEnTextEdit"_s);
    m_descriptionError = feedbackLabel(m_aboutBox, u"descriptionErrorLabel"_s);
    addRow(about, m_descriptionEnLabel, m_descriptionEn, {m_descriptionError},
           u"descriptionEnLabel"_s);

    m_audienceFr = new QLineEdit(m_aboutBox);
    m_audienceFr->setObjectName(u"audienceFrLineEdit"_s);
    addRow(about, m_audienceFrLabel, m_audienceFr, {}, u"audienceFrLabel"_s);
    m_audienceEn = new QLineEdit(m_aboutBox);
    m_audienceEn->setObjectName(u"audienceEnLineEdit"_s);
    m_audienceError = feedbackLabel(m_aboutBox, u"audienceErrorLabel"_s);
    addRow(about, m_audienceEnLabel, m_audienceEn, {m_audienceError}, u"audienceEnLabel"_s);

    m_category = new QComboBox(m_aboutBox);
    m_category->setObjectName(u"categoryComboBox"_s);
    addRow(about, m_categoryLabel, m_category, {}, u"categoryLabel"_s);

    m_scope = new QLineEdit(m_aboutBox);
    m_scope->setObjectName(u"scopeLineEdit"_s);
    m_scope->setReadOnly(true);
    addRow(about, m_scopeLabel, m_scope, {}, u"scopeLabel"_s);
    layout->addWidget(m_aboutBox);

    // How to reach them.
    m_contactsBox = new QGroupBox(content);
    m_contactsBox->setObjectName(u"contactsGroupBox"_s);
    auto *contacts = new QVBoxLayout(m_contactsBox);
    m_contactsLayout = new QVBoxLayout;
    contacts->addLayout(m_contactsLayout);
    m_contactsError = feedbackLabel(m_contactsBox, u"contactsErrorLabel"_s);
    contacts->addWidget(m_contactsError);
    m_addContact = new QPushButton(m_contactsBox);
    m_addContact->setObjectName(u"addContactPushButton"_s);
    m_addContact->setAutoDefault(false);
    connect(m_addContact, &QPushButton::clicked, this, [this] {
        ContactRow *row = addContactRow(Contact{});
        row->kind->setFocus(Qt::OtherFocusReason);
        m_scrollArea->ensureWidgetVisible(row->widget);
    });
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_addContact);
    addRowLayout->addStretch();
    contacts->addLayout(addRowLayout);
    layout->addWidget(m_contactsBox);

    // Hours.
    m_hoursBox = new QGroupBox(content);
    m_hoursBox->setObjectName(u"hoursGroupBox"_s);
    auto *hours = new QFormLayout(m_hoursBox);
    hours->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_hours = new QLineEdit(m_hoursBox);
    m_hours->setObjectName(u"hoursLineEdit"_s);
    m_hoursDescription = new QLabel(m_hoursBox);
    m_hoursDescription->setObjectName(u"hoursDescriptionLabel"_s);
    m_hoursDescription->setWordWrap(true);
    m_hoursError = feedbackLabel(m_hoursBox, u"hoursErrorLabel"_s);
    m_hoursPreview = new QLabel(m_hoursBox);
    m_hoursPreview->setObjectName(u"hoursPreviewLabel"_s);
    m_hoursPreview->setWordWrap(true);
    addRow(hours, m_hoursLabel, m_hours, {m_hoursDescription, m_hoursError, m_hoursPreview},
           u"hoursLabel"_s);
    // Every keystroke: parsing a rule takes microseconds.
    connect(m_hours, &QLineEdit::textChanged, this, &ServiceEditorDialog::updateHoursFeedback);

    m_timeZone = new QComboBox(m_hoursBox);
    m_timeZone->setObjectName(u"timeZoneComboBox"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->installEventFilter(this);
    m_timeZone->lineEdit()->installEventFilter(this);
    m_timeZoneError = feedbackLabel(m_hoursBox, u"timeZoneErrorLabel"_s);
    addRow(hours, m_timeZoneLabel, m_timeZone, {m_timeZoneError}, u"timeZoneLabel"_s);
    connect(m_timeZone, &QComboBox::currentTextChanged, this,
            &ServiceEditorDialog::updateHoursFeedback);
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { touch(Field::TimeZone); });
    connect(m_timeZone, &QComboBox::activated, this, [this] { touch(Field::TimeZone); });

    m_holidays = new QComboBox(m_hoursBox);
    m_holidays->setObjectName(u"holidaysComboBox"_s);
    m_holidaysError = feedbackLabel(m_hoursBox, u"holidaysErrorLabel"_s);
    addRow(hours, m_holidaysLabel, m_holidays, {m_holidaysError}, u"holidaysLabel"_s);
    connect(m_holidays, &QComboBox::currentIndexChanged, this, [this] {
        updateHoursFeedback();
        touch(Field::Holidays);
    });
    layout->addWidget(m_hoursBox);

    // Other details.
    m_otherBox = new QGroupBox(content);
    m_otherBox->setObjectName(u"otherGroupBox"_s);
    auto *other = new QFormLayout(m_otherBox);
    other->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_cost = new QComboBox(m_otherBox);
    m_cost->setObjectName(u"costComboBox"_s);
    addRow(other, m_costLabel, m_cost, {}, u"costLabel"_s);
    m_anonymity = new QComboBox(m_otherBox);
    m_anonymity->setObjectName(u"anonymityComboBox"_s);
    addRow(other, m_anonymityLabel, m_anonymity, {}, u"anonymityLabel"_s);

    m_accessibilityBox = new QGroupBox(m_otherBox);
    m_accessibilityBox->setObjectName(u"accessibilityGroupBox"_s);
    auto *features = new QVBoxLayout(m_accessibilityBox);
    for (const QString &key : accessibilityKeys()) {
        auto *box = new QCheckBox(m_accessibilityBox);
        box->setObjectName(u"accessibilityCheckBox"_s);
        const AccessibilityFeature feature = *accessibilityFromKey(key);
        box->setProperty("feature", int(feature));
        features->addWidget(box);
        m_accessibility.append({feature, box});
    }
    other->addRow(m_accessibilityBox);

    m_note = multiLineEdit(m_otherBox, u"noteTextEdit"_s);
    m_noteError = feedbackLabel(m_otherBox, u"noteErrorLabel"_s);
    addRow(other, m_noteLabel, m_note, {m_noteError}, u"noteLabel"_s);
    layout->addWidget(m_otherBox);
    layout->addStretch();

    m_scrollArea->setWidget(content);
    outer->addWidget(m_scrollArea, 1);

    // Qt's own buttons, so that Qt's translations name them.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"editorButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceEditorDialog::reject);
    outer->addWidget(m_buttons);

    // Content checks as each field is left; the missing ones only on Save.
    const auto watch = [this](QLineEdit *edit, Field field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
    };
    watch(m_nameEn, Field::Name);
    watch(m_audienceEn, Field::Audience);
}

void ServiceEditorDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit “%1”").arg(m_original.name.value(m_language))
                             : tr("Add a Service"));
    m_introLabel->setText(tr("A service you use yourself: your therapist, your site's "
                             "occupational health service… It is kept on this computer only, "
                             "with the same checks as the directory's services."));
    m_aboutBox->setTitle(tr("The service"));
    m_nameFrLabel->setText(tr("Name in &French:"));
    m_nameEnLabel->setText(tr("Name in &English:"));
    m_nameFr->setToolTip(tr("Give a name in French, in English or in both."));
    m_nameEn->setToolTip(m_nameFr->toolTip());
    m_descriptionFrLabel->setText(tr("&Description in French:"));
    m_descriptionEnLabel->setText(tr("Description in English:"));
    m_descriptionFr->setToolTip(tr("What the service offers, in one or two sentences."));
    m_descriptionEn->setToolTip(m_descriptionFr->toolTip());
    m_audienceFrLabel->setText(tr("&Who it is for, in French:"));
    m_audienceEnLabel->setText(tr("Who it is for, in English:"));
    m_audienceFr->setToolTip(tr("Whom the service is for, for example “Staff of the Lyon site”."));
    m_audienceEn->setToolTip(m_audienceFr->toolTip());
    m_categoryLabel->setText(tr("&Category:"));
    m_scopeLabel->setText(tr("For:"));
    m_scope->setText(ServiceTexts::scopeName(ServiceScope::Personal));
    m_scope->setToolTip(tr("Services you add are yours alone: they are not shared."));

    m_contactsBox->setTitle(tr("How to reach them"));
    m_addContact->setText(tr("&Add a Contact"));
    m_addContact->setToolTip(tr("Add another way to reach the service: a number, an e-mail "
                                "address or a website."));

    m_hoursBox->setTitle(tr("Hours"));
    m_hoursLabel->setText(tr("&Hours:"));
    m_hours->setToolTip(tr("The opening hours in the OpenStreetMap syntax, for example "
                           "“Mo-Fr 09:00-18:00”, “Mo-Fr 08:00-12:00,14:00-17:00; PH off” or "
                           "“24/7”. Leave empty when you do not know them."));
    m_hours->setPlaceholderText(tr("for example Mo-Fr 09:00-18:00"));
    m_timeZoneLabel->setText(tr("&Time zone:"));
    // The line edit inside the editable combo box is what has the focus: named as the field,
    // without the label's mnemonic and colon.
    QString zoneName = m_timeZoneLabel->text();
    zoneName.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    while (zoneName.endsWith(u':') || (!zoneName.isEmpty() && zoneName.back().isSpace()))
        zoneName.chop(1);
    m_timeZone->lineEdit()->setAccessibleName(zoneName);
    m_timeZone->setToolTip(tr("The time zone in which the hours are given; choose one or type "
                              "another, such as America/Montreal."));
    m_holidaysLabel->setText(tr("Public ho&lidays:"));
    m_holidays->setToolTip(tr("Whose public holidays the rule's “PH” means, and which number "
                              "plan checks the phone numbers."));

    m_otherBox->setTitle(tr("Other details"));
    m_costLabel->setText(tr("C&ost:"));
    m_anonymityLabel->setText(tr("Anon&ymous:"));
    m_anonymity->setToolTip(tr("Whether you can contact the service without giving your name."));
    m_accessibilityBox->setTitle(tr("Deaf and hard of hearing access"));
    for (const auto &[feature, box] : std::as_const(m_accessibility))
        box->setText(ServiceTexts::accessibilityName(feature));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setToolTip(tr("Anything else to remember, shown with the hours: by appointment "
                          "only, ask for the nurse at reception…"));

    for (QWidget *field : std::initializer_list<QWidget *>{
                 m_nameFr, m_nameEn, m_descriptionFr, m_descriptionEn, m_audienceFr, m_audienceEn,
                 m_category, m_scope, m_timeZone, m_holidays, m_cost, m_anonymity, m_note}) {
        setBaseDescription(field, field->toolTip());
    }
    fillCombos();
    renumberContactRows();
    updateHoursFeedback();
}

void ServiceEditorDialog::fillCombos()
{
    QList<std::pair<QString, QVariant>> categories;
    for (const ServiceCategory category : allCategories())
        categories.append({ServiceTexts::categoryName(category), int(category)});
    refill(m_category, categories);
    QList<std::pair<QString, QVariant>> costs;
    for (const QString &key : costKeys()) {
        const Cost cost = *costFromKey(key);
        costs.append({ServiceTexts::costName(cost), int(cost)});
    }
    refill(m_cost, costs);
    refill(m_anonymity, {{tr("Not known"), -1}, {tr("Yes"), 1}, {tr("No"), 0}});
    QList<std::pair<QString, QVariant>> regions;
    for (const QString &code : PublicHolidays::supportedRegions()) {
        //: A public-holiday region and its code: "Moselle (FR-57)"
        regions.append({tr("%1 (%2)").arg(ServiceTexts::holidayRegionName(code), code), code});
    }
    refill(m_holidays, regions);

    if (m_timeZone->count() == 0) {
        const QSignalBlocker blocker(m_timeZone);
        for (const QStringView zone : commonTimeZones)
            m_timeZone->addItem(zone.toString());
        m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    }
    for (int i = 0; i < m_timeZone->count(); ++i) {
        const QTimeZone zone(m_timeZone->itemText(i).toUtf8());
        m_timeZone->setItemData(i, ServiceAvailability::placeName(zone, m_language),
                                Qt::ToolTipRole);
    }

    for (ContactRow *row : std::as_const(m_contactRows))
        fillContactKinds(row->kind);
}

void ServiceEditorDialog::loadForm(const Service &service)
{
    m_original = service;
    m_nameFr->setText(service.name.fr);
    m_nameEn->setText(service.name.en);
    m_descriptionFr->setPlainText(service.description.fr);
    m_descriptionEn->setPlainText(service.description.en);
    m_audienceFr->setText(service.audience.fr);
    m_audienceEn->setText(service.audience.en);
    const QSignalBlocker holidaysBlocker(m_holidays);
    const QSignalBlocker timeZoneBlocker(m_timeZone);
    m_category->setCurrentIndex(qMax(0, m_category->findData(int(service.category))));

    while (!m_contactRows.isEmpty()) {
        ContactRow *row = m_contactRows.takeLast();
        delete row->widget;
        delete row;
    }
    for (const Contact &contact : service.contacts)
        addContactRow(contact);
    if (m_contactRows.isEmpty())
        addContactRow(Contact{});

    {
        const QSignalBlocker blocker(m_hours);
        m_hours->setText(service.hours);
    }
    m_timeZone->setCurrentText(service.timeZone.isEmpty() ? defaultTimeZone : service.timeZone);
    const QString holidays = service.holidays.isEmpty() ? u"FR"_s : service.holidays;
    m_holidays->setCurrentIndex(qMax(0, m_holidays->findData(holidays.toUpper())));
    m_cost->setCurrentIndex(qMax(0, m_cost->findData(int(service.cost))));
    m_anonymity->setCurrentIndex(
            qMax(0, m_anonymity->findData(service.anonymous ? (*service.anonymous ? 1 : 0) : -1)));
    for (const auto &[feature, box] : std::as_const(m_accessibility))
        box->setChecked(service.accessibility.contains(feature));
    m_note->setPlainText(service.hoursNote.value(m_language));
    m_note->setProperty("originalText", m_note->toPlainText());

    m_touched.clear();
    m_saveAttempted = false;
    clearFeedback();
    m_summaryLabel->clear();
    m_summaryLabel->setVisible(false);
    updateHoursFeedback();
    updateTabOrder();
    m_initialForm = this->service();
}

void ServiceEditorDialog::setService(const Service &service)
{
    m_editing = true;
    loadForm(service);
    retranslate();
}

ServiceEditorDialog::ContactRow *ServiceEditorDialog::addContactRow(const Contact &contact)
{
    auto *row = new ContactRow;
    row->original = contact;
    row->widget = new QWidget(m_contactsBox);
    row->widget->setObjectName(u"contactRowWidget"_s);
    auto *grid = new QGridLayout(row->widget);
    grid->setContentsMargins(0, 0, 0, 0);

    row->title = new QLabel(row->widget);
    row->title->setObjectName(u"contactTitleLabel"_s);
    QFont bold = row->title->font();
    bold.setBold(true);
    row->title->setFont(bold);
    grid->addWidget(row->title, 0, 0, 1, 4);

    row->kindLabel = new QLabel(row->widget);
    row->kind = new QComboBox(row->widget);
    row->kind->setObjectName(u"contactKindComboBox"_s);
    row->kindLabel->setBuddy(row->kind);
    grid->addWidget(row->kindLabel, 1, 0);
    grid->addWidget(row->kind, 1, 1);

    row->valueLabel = new QLabel(row->widget);
    row->value = new QLineEdit(contact.value, row->widget);
    row->value->setObjectName(u"contactValueLineEdit"_s);
    row->valueLabel->setBuddy(row->value);
    grid->addWidget(row->valueLabel, 1, 2);
    grid->addWidget(row->value, 1, 3);

    row->labelLabel = new QLabel(row->widget);
    row->originalLabelText = contact.label.value(m_language);
    row->label = new QLineEdit(row->originalLabelText, row->widget);
    row->label->setObjectName(u"contactLabelLineEdit"_s);
    row->labelLabel->setBuddy(row->label);
    grid->addWidget(row->labelLabel, 2, 0);
    grid->addWidget(row->label, 2, 1, 1, 2);

    row->remove = new QPushButton(row->widget);
    row->remove->setObjectName(u"removeContactPushButton"_s);
    row->remove->setAutoDefault(false);
    grid->addWidget(row->remove, 2, 3, Qt::AlignRight);

    row->error = feedbackLabel(row->widget, u"contactErrorLabel"_s);
    grid->addWidget(row->error, 3, 0, 1, 4);
    grid->setColumnStretch(3, 1);

    m_contactRows.append(row);
    m_contactsLayout->addWidget(row->widget);
    fillContactKinds(row->kind);
    row->kind->setCurrentIndex(qMax(0, row->kind->findData(int(contact.kind))));

    connect(row->remove, &QPushButton::clicked, this, [this, row] { removeContactRow(row); });
    connect(row->value, &QLineEdit::editingFinished, this, [this, row] {
        row->touched = true;
        touch(Field::Contact);
    });
    connect(row->kind, &QComboBox::activated, this, [this, row] {
        if (!row->value->text().trimmed().isEmpty()) {
            row->touched = true;
            touch(Field::Contact);
        }
    });
    renumberContactRows();
    updateTabOrder();
    return row;
}

void ServiceEditorDialog::removeContactRow(ContactRow *row)
{
    const qsizetype index = m_contactRows.indexOf(row);
    if (index < 0 || m_contactRows.size() <= 1)
        return;
    const bool hadFocus = row->widget->isAncestorOf(focusWidget());
    m_contactRows.removeAt(index);
    row->widget->hide();
    row->widget->deleteLater();
    delete row;
    renumberContactRows();
    updateTabOrder();
    if (hadFocus) {
        QWidget *next = index < m_contactRows.size() ? m_contactRows.at(index)->kind
                                                     : static_cast<QWidget *>(m_addContact);
        next->setFocus(Qt::OtherFocusReason);
    }
    if (m_saveAttempted)
        checkTouchedFields();
}

void ServiceEditorDialog::renumberContactRows()
{
    for (qsizetype i = 0; i < m_contactRows.size(); ++i) {
        ContactRow *row = m_contactRows.at(i);
        const int number = int(i) + 1;
        row->title->setText(tr("Contact %1").arg(number));
        row->kindLabel->setText(tr("Kind:"));
        row->valueLabel->setText(tr("Number or address:"));
        row->labelLabel->setText(tr("Label:"));
        row->remove->setText(tr("Remove"));
        row->remove->setAccessibleName(tr("Remove contact %1").arg(number));
        row->remove->setToolTip(row->remove->accessibleName());
        row->remove->setEnabled(m_contactRows.size() > 1);
        row->kind->setAccessibleName(tr("Contact %1: kind").arg(number));
        row->value->setAccessibleName(tr("Contact %1: number or address").arg(number));
        row->value->setToolTip(tr("A phone number as it is dialled (01 23 45 67 89, 3114), a web "
                                  "address (https://…) or an e-mail address."));
        row->label->setAccessibleName(tr("Contact %1: label").arg(number));
        row->label->setToolTip(tr("What this contact is, for example “Secretariat” or “Mobile”."));
        setBaseDescription(row->kind, QString());
        setBaseDescription(row->value, row->value->toolTip());
        setBaseDescription(row->label, row->label->toolTip());
    }
}

void ServiceEditorDialog::updateTabOrder()
{
    QList<QWidget *> order{m_nameFr,     m_nameEn,     m_descriptionFr, m_descriptionEn,
                           m_audienceFr, m_audienceEn, m_category,      m_scope};
    for (const ContactRow *row : std::as_const(m_contactRows))
        order << row->kind << row->value << row->label << row->remove;
    order << m_addContact << m_hours << m_timeZone << m_holidays << m_cost << m_anonymity;
    for (const auto &entry : std::as_const(m_accessibility))
        order << entry.second;
    order << m_note << m_buttons->button(QDialogButtonBox::Save)
          << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_tabOrder = order;
}

Service ServiceEditorDialog::service() const
{
    Service service = m_original;
    service.name = {m_nameFr->text().trimmed(), m_nameEn->text().trimmed()};
    service.description
            = {m_descriptionFr->toPlainText().trimmed(), m_descriptionEn->toPlainText().trimmed()};
    service.audience = {m_audienceFr->text().trimmed(), m_audienceEn->text().trimmed()};
    service.category = ServiceCategory(m_category->currentData().toInt());
    service.scope = ServiceScope::Personal;
    service.region.clear();
    service.contacts.clear();
    for (const ContactRow *row : m_contactRows) {
        const QString value = row->value->text().trimmed();
        const QString label = row->label->text().trimmed();
        // A row left empty is not a contact.
        if (value.isEmpty() && label.isEmpty())
            continue;
        Contact contact = row->original;
        contact.kind = ContactKind(row->kind->currentData().toInt());
        contact.value = value;
        if (label != row->originalLabelText)
            contact.label = textIn(m_language, label);
        service.contacts.append(contact);
    }
    service.hours = m_hours->text().trimmed();
    service.timeZone = m_timeZone->currentText().trimmed();
    service.holidays = m_holidays->currentData().toString();
    service.cost = Cost(m_cost->currentData().toInt());
    const int anonymous = m_anonymity->currentData().toInt();
    service.anonymous = anonymous < 0 ? std::nullopt : std::optional<bool>(anonymous == 1);
    service.accessibility.clear();
    for (const auto &[feature, box] : m_accessibility) {
        if (box->isChecked())
            service.accessibility.append(feature);
    }
    const QString note = m_note->toPlainText().trimmed();
    if (note != m_note->property("originalText").toString().trimmed())
        service.hoursNote = textIn(m_language, note);
    service.origin = ServiceOrigin::User;
    return service;
}

bool ServiceEditorDialog::isModified() const
{
    return service() != m_initialForm;
}

void ServiceEditorDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void ServiceEditorDialog::setDiscardConfirmation(std::function<bool()> confirm)
{
    m_confirmDiscard = std::move(confirm);
}

void ServiceEditorDialog::setTime(const QDateTime &now, const QTimeZone &userZone)
{
    m_now = now;
    m_userZone = userZone;
    updateHoursFeedback();
}

void ServiceEditorDialog::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    fillCombos();
    updateHoursFeedback();
}

void ServiceEditorDialog::updateHoursFeedback()
{
    if (!m_hours)
        return;
    const QString rule = m_hours->text().trimmed();
    QString description;
    QStringList problems;
    const OpeningHours hours(rule);
    if (rule.isEmpty()) {
        description = tr("Hours not known: the service will say “Hours unknown”.");
    } else if (!hours.isValid()) {
        const OpeningHoursError error = hours.error();
        problems.append(error.message());
        if (!error.hint().isEmpty())
            problems.append(error.hint());
    } else {
        description = hours.describe(m_language);
        const QList<OpeningHoursError> warnings = hours.warnings();
        for (const OpeningHoursError &warning : warnings) {
            //: A correction that the opening-hours engine makes to a rule it accepts
            problems.append(tr("Note: %1").arg(warning.message()));
            if (!warning.hint().isEmpty())
                problems.append(warning.hint());
        }
    }
    m_hoursDescription->setText(description);
    m_hoursDescription->setVisible(!description.isEmpty());
    m_hoursError->setText(problems.join(u'\n'));
    m_hoursError->setVisible(!problems.isEmpty());

    QString preview;
    QString spokenPreview;
    const QString zoneId = m_timeZone->currentText().trimmed();
    if ((rule.isEmpty() || hours.isValid()) && m_now.isValid()) {
        if (!QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8())) {
            preview = tr("The badge is shown once the time zone is known.");
            spokenPreview = preview;
        } else {
            Service probe;
            probe.timeZone = zoneId;
            probe.holidays = m_holidays->currentData().toString();
            probe.location = m_original.location;
            const EvaluationContext context = ServiceAvailability::contextFor(probe);
            const Availability availability
                    = ServiceAvailability::evaluate(hours, context, ServiceStatus::Active, m_now);
            const BadgeText badge = ServiceAvailability::badgeText(availability, m_now, m_userZone,
                                                                   context.timeZone, m_language);
            //: Preview, in the service editor, of the badge the hours give now
            preview = tr("Badge now: %1").arg(badge.display());
            spokenPreview = tr("Badge now: %1").arg(badge.spoken());
        }
    }
    m_hoursPreview->setText(preview);
    m_hoursPreview->setAccessibleName(spokenPreview);
    m_hoursPreview->setVisible(!preview.isEmpty());

    // What a screen reader says on the field.
    QStringList said;
    if (!problems.isEmpty())
        said << problems;
    else if (!description.isEmpty())
        said << description;
    if (!spokenPreview.isEmpty())
        said << spokenPreview;
    m_hours->setAccessibleDescription(said.isEmpty() ? m_hours->toolTip() : said.join(u' '));
}

void ServiceEditorDialog::touch(Field field)
{
    if (!m_touched.contains(field))
        m_touched.append(field);
    checkTouchedFields();
}

void ServiceEditorDialog::checkTouchedFields()
{
    showDiagnostics(ServiceDirectory::checkOwnService(service()).diagnostics, m_saveAttempted);
}

void ServiceEditorDialog::showDiagnostics(const QList<Diagnostic> &diagnostics, bool saveAttempted)
{
    // The rows of the form's contacts in the entry: empty rows are left out of it.
    QList<int> rowOfContact;
    for (qsizetype i = 0; i < m_contactRows.size(); ++i) {
        const ContactRow *row = m_contactRows.at(i);
        if (!row->value->text().trimmed().isEmpty() || !row->label->text().trimmed().isEmpty())
            rowOfContact.append(int(i));
    }

    QHash<QLabel *, QStringList> messages;
    QHash<QLabel *, QWidget *> fields;
    m_invalidFields.clear();
    for (const Diagnostic &diagnostic : diagnostics) {
        // Services added by the user need not be bilingual.
        if (diagnostic.code == Diagnostic::Code::MissingTranslation)
            continue;
        const QString head = diagnostic.path.section(u'.', 0, 0);
        const QString member = diagnostic.path.section(u'.', 1);
        Field field = Field::Other;
        int contactRow = -1;
        if (head.startsWith(u"contacts[")) {
            field = Field::Contact;
            const int contactIndex = head.mid(9, head.size() - 10).toInt();
            contactRow = rowOfContact.value(contactIndex, -1);
        } else if (head == u"name") {
            field = Field::Name;
        } else if (head == u"description") {
            field = Field::Description;
        } else if (head == u"audience") {
            field = Field::Audience;
        } else if (head == u"contacts") {
            field = Field::Contacts;
        } else if (head == u"hours") {
            // Checked as the user types.
            continue;
        } else if (head == u"timezone") {
            field = Field::TimeZone;
        } else if (head == u"holidays") {
            field = Field::Holidays;
        } else if (head == u"hours_note") {
            field = Field::Note;
        }
        const bool structural = isStructural(diagnostic.code);
        bool touched = field == Field::Contact
                               ? (contactRow >= 0 && m_contactRows.at(contactRow)->touched)
                               : m_touched.contains(field);
        // The zone and the holiday region are checked together.
        if (field == Field::TimeZone || field == Field::Holidays)
            touched = m_touched.contains(Field::TimeZone) || m_touched.contains(Field::Holidays);
        if (!saveAttempted && (structural || !touched))
            continue;

        QLabel *label = m_summaryLabel;
        QWidget *widget = nullptr;
        switch (field) {
        case Field::Name:
            label = m_nameError;
            widget = m_nameFr->text().trimmed().isEmpty() && !m_nameEn->text().trimmed().isEmpty()
                             ? m_nameEn
                             : m_nameFr;
            break;
        case Field::Description:
            label = m_descriptionError;
            widget = member == u"en" ? m_descriptionEn : m_descriptionFr;
            break;
        case Field::Audience:
            label = m_audienceError;
            widget = member == u"en" ? m_audienceEn : m_audienceFr;
            break;
        case Field::Contacts:
            label = m_contactsError;
            widget = m_contactRows.isEmpty() ? static_cast<QWidget *>(m_addContact)
                                             : m_contactRows.first()->value;
            break;
        case Field::Contact:
            if (contactRow >= 0) {
                const ContactRow *row = m_contactRows.at(contactRow);
                label = row->error;
                widget = member == u"kind"             ? static_cast<QWidget *>(row->kind)
                         : member.startsWith(u"label") ? row->label
                                                       : row->value;
            }
            break;
        case Field::TimeZone:
            label = m_timeZoneError;
            widget = m_timeZone;
            break;
        case Field::Holidays:
            label = m_holidaysError;
            widget = m_holidays;
            break;
        case Field::Note:
            label = m_noteError;
            widget = m_note;
            break;
        default:
            break;
        }
        messages[label].append(feedbackText(diagnostic, field));
        if (widget && !fields.contains(label))
            fields.insert(label, widget);
        if (widget && diagnostic.isError() && !m_invalidFields.contains(widget))
            m_invalidFields.append(widget);
    }

    clearFeedback();
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (it.key() == m_summaryLabel)
            continue;
        setFeedback(fields.value(it.key()), it.key(), it.value());
    }
    const QStringList general = messages.value(m_summaryLabel);
    if (!general.isEmpty())
        setFeedback(nullptr, m_summaryLabel, general);
}

QString ServiceEditorDialog::feedbackText(const Diagnostic &diagnostic, Field field) const
{
    QString text;
    if (isStructural(diagnostic.code)) {
        switch (field) {
        case Field::Name:
            text = tr("Give the service a name, in French or in English.");
            break;
        case Field::Contacts:
            text = tr("Add at least one way to reach the service: a number, an e-mail address "
                      "or a website.");
            break;
        case Field::Contact:
            text = tr("Write the number or the address, or remove this contact.");
            break;
        default:
            text = diagnostic.message();
            break;
        }
    } else if (diagnostic.code == Diagnostic::Code::TimeZoneMismatch) {
        //: %1: the holiday region's code, %2: its time zone
        text = tr("The public holidays are those of %1, whose time zone is %2: choose %2 if "
                  "the service is located there.")
                       .arg(ServiceTexts::holidayRegionName(diagnostic.arguments.value(1)),
                            diagnostic.arguments.value(2));
    } else {
        text = diagnostic.message();
        const QString hint = diagnostic.hint();
        if (hasUsefulHint(diagnostic.code) && !hint.isEmpty())
            //: A problem in the service editor followed by how to fix it
            text = tr("%1 %2").arg(text, hint);
    }
    //: A remark of the service editor that does not keep the service from being saved
    return diagnostic.isWarning() ? tr("Note: %1").arg(text) : text;
}

void ServiceEditorDialog::setFeedback(QWidget *field, QLabel *label, const QStringList &messages)
{
    const QString text = messages.join(u'\n');
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (field) {
        // Read by screen readers when the field has the focus.
        field->setProperty("hasFeedback", !text.isEmpty());
        field->setAccessibleDescription(text.isEmpty() ? baseDescription(field) : text);
    }
}

QString ServiceEditorDialog::baseDescription(QWidget *field) const
{
    return field->property("baseDescription").toString();
}

void ServiceEditorDialog::setBaseDescription(QWidget *field, const QString &description)
{
    field->setProperty("baseDescription", description);
    if (!field->property("hasFeedback").toBool())
        field->setAccessibleDescription(description);
}

void ServiceEditorDialog::clearFeedback()
{
    QList<std::pair<QWidget *, QLabel *>> all{
            {m_nameFr, m_nameError},
            {m_nameEn, nullptr},
            {m_descriptionFr, m_descriptionError},
            {m_descriptionEn, nullptr},
            {m_audienceFr, m_audienceError},
            {m_audienceEn, nullptr},
            {nullptr, m_contactsError},
            {m_timeZone, m_timeZoneError},
            {m_holidays, m_holidaysError},
            {m_note, m_noteError},
            {nullptr, m_summaryLabel},
    };
    for (const ContactRow *row : std::as_const(m_contactRows)) {
        all.append({row->kind, row->error});
        all.append({row->value, nullptr});
        all.append({row->label, nullptr});
    }
    for (const auto &[field, label] : all) {
        if (label) {
            label->clear();
            label->setVisible(false);
        }
        if (field) {
            field->setProperty("hasFeedback", false);
            field->setAccessibleDescription(baseDescription(field));
        }
    }
}

void ServiceEditorDialog::accept()
{
    m_saveAttempted = true;
    const Service entry = service();
    const ServiceDirectory::OwnServiceResult result
            = m_save ? m_save(entry) : ServiceDirectory::checkOwnService(entry);
    showDiagnostics(result.diagnostics, true);
    updateHoursFeedback();

    if (result.hasErrors()) {
        int errors = 0;
        for (const Diagnostic &diagnostic : result.diagnostics) {
            if (diagnostic.isError())
                ++errors;
        }
        if (!OpeningHours(m_hours->text().trimmed()).isValid()
            && !m_hours->text().trimmed().isEmpty())
            m_invalidFields.append(m_hours);
        // The first field with an error, in the order of the form.
        QWidget *first = nullptr;
        for (QWidget *widget : std::as_const(m_tabOrder)) {
            if (m_invalidFields.contains(widget)) {
                first = widget;
                break;
            }
        }
        m_summaryLabel->setText(
                tr("This service cannot be saved yet: %n problem(s) to correct, marked below.",
                   nullptr, errors)
                + (m_summaryLabel->text().isEmpty() ? QString() : u'\n' + m_summaryLabel->text()));
        m_summaryLabel->setVisible(true);
        if (first) {
            first->setFocus(Qt::OtherFocusReason);
            m_scrollArea->ensureWidgetVisible(first);
        }
        return;
    }
    if (result.storeError) {
        m_summaryLabel->setText(
                tr("This service could not be saved: %1").arg(result.storeError.message()));
        m_summaryLabel->setVisible(true);
        return;
    }
    m_saved = result.service;
    QDialog::accept();
}

void ServiceEditorDialog::reject()
{
    if (isModified()) {
        const bool discard = m_confirmDiscard ? m_confirmDiscard() : [this] {
            QMessageBox box(QMessageBox::Question, windowTitle(),
                            tr("Discard the changes you made to this service?"),
                            QMessageBox::Discard | QMessageBox::Cancel, this);
            box.setDefaultButton(QMessageBox::Cancel);
            return box.exec() == QMessageBox::Discard;
        }();
        if (!discard)
            return;
    }
    QDialog::reject();
}

void ServiceEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ServiceEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // An editable combo box keeps Enter and Escape to itself; in this dialog they save and
    // cancel, as in every other single-line field.
    if ((watched == m_timeZone || watched == m_timeZone->lineEdit())
        && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool popup = m_timeZone->completer() && m_timeZone->completer()->popup()
                           && m_timeZone->completer()->popup()->isVisible();
        if (!popup && key->modifiers() == Qt::NoModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                accept();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                reject();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Helplines
