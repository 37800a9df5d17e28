#include "core/translations.h"
#include "store/servicedirectory.h"
#include "ui/serviceeditordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

// Monday 12 January 2026 in Paris.
QDateTime parisTime(const QString &time)
{
    return QDateTime::fromString(u"2026-01-12T"_s + time + u":00+01:00"_s, Qt::ISODate);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestServiceEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingABadRuleShowsTheErrorWithItsColumnAndHint();
    void aGoodRuleIsDescribedAndItsBadgePreviewed();
    void theBadgePreviewFollowsTheTimeZone();
    void aHolidayRegionOfAnotherZoneIsPointedOutWithoutBlocking();
    void anInvalidNumberBlocksSaveWithTheErrorUnderTheContact();
    void anEmptyFormShowsWhatIsMissingAndFocusesTheName();
    void aNumberIsCheckedWhenItsFieldIsLeft();
    void saveProducesTheExpectedService();
    void enterSavesFromASingleLineField();
    void cancelKeepsNothingAndAsksFirstWhenSomethingChanged();
    void escapeInTheTimeZoneFieldCancelsToo();
    void aFailedSaveKeepsEverythingTyped();
    void editingKeepsTheIdAndWhatTheFormDoesNotShow();
    void contactsCanBeAddedAndRemoved();
    void everyFieldIsLabelledAndReachableInOrder();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_dialog->findChild<T *>(name);
        if (!found)
            qWarning("No %s", qPrintable(name));
        return found;
    }
    QLineEdit *hours() const { return child<QLineEdit>(u"hoursLineEdit"_s); }
    QList<QLineEdit *> contactValues() const
    {
        return m_dialog->findChildren<QLineEdit *>(u"contactValueLineEdit"_s);
    }
    QPushButton *saveButton() const
    {
        return child<QDialogButtonBox>(u"editorButtonBox"_s)->button(QDialogButtonBox::Save);
    }
    // A name and a number: the least a valid entry has.
    void fillMinimalEntry();
    // Clicks a control of the form, scrolled into view first as a user would.
    void click(QWidget *widget);

    std::unique_ptr<ServiceEditorDialog> m_dialog;
    QList<Service> m_saveRequests;
    int m_confirmations = 0;
    bool m_discard = false;
};

void TestServiceEditorDialog::initTestCase()
{
    QVERIFY(Translations::installInApplication(Language::English));
}

void TestServiceEditorDialog::init()
{
    m_saveRequests.clear();
    m_confirmations = 0;
    m_discard = false;
    m_dialog = std::make_unique<ServiceEditorDialog>();
    m_dialog->setTime(parisTime(u"10:00"_s), QTimeZone("Europe/Paris"));
    m_dialog->setSaveFunction([this](const Service &service) {
        m_saveRequests.append(service);
        return ServiceDirectory::checkOwnService(service);
    });
    m_dialog->setDiscardConfirmation([this] {
        ++m_confirmations;
        return m_discard;
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestServiceEditorDialog::cleanup()
{
    m_dialog.reset();
}

void TestServiceEditorDialog::fillMinimalEntry()
{
    QTest::keyClicks(child<QLineEdit>(u"nameFrLineEdit"_s), u"Dr Élise Martin"_s);
    QTest::keyClicks(contactValues().first(), u"01 45 39 40 00"_s);
}

void TestServiceEditorDialog::click(QWidget *widget)
{
    child<QScrollArea>(u"editorScrollArea"_s)->ensureWidgetVisible(widget);
    QTest::mouseClick(widget, Qt::LeftButton);
}

void TestServiceEditorDialog::typingABadRuleShowsTheErrorWithItsColumnAndHint()
{
    QTest::keyClicks(hours(), u"9h-18h"_s);
    const auto *error = child<QLabel>(u"hoursErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"column 2"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"“09:00-18:00”"_s), qPrintable(error->text()));
    QVERIFY(!child<QLabel>(u"hoursDescriptionLabel"_s)->isVisible());
    // No badge from a rule that does not parse.
    QVERIFY(!child<QLabel>(u"hoursPreviewLabel"_s)->isVisible());
    // What a screen reader says on the field.
    QVERIFY2(hours()->accessibleDescription().contains(u"column 2"_s),
             qPrintable(hours()->accessibleDescription()));

    // Corrected as the hint says: the error goes, the description comes.
    hours()->clear();
    QTest::keyClicks(hours(), u"09:00-18:00"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(child<QLabel>(u"hoursDescriptionLabel"_s)->text(), u"Every day, 9:00 to 18:00"_s);
}

void TestServiceEditorDialog::aGoodRuleIsDescribedAndItsBadgePreviewed()
{
    const auto *description = child<QLabel>(u"hoursDescriptionLabel"_s);
    const auto *preview = child<QLabel>(u"hoursPreviewLabel"_s);
    // Empty: hours unknown, and the badge says so.
    QVERIFY(description->text().contains(u"Hours not known"_s));
    QCOMPARE(preview->text(), u"Badge now: Hours unknown"_s);

    // Checked at every keystroke: half-way through, the rule is not valid yet.
    QTest::keyClicks(hours(), u"Mo-Fr 09:00-1"_s);
    QVERIFY(child<QLabel>(u"hoursErrorLabel"_s)->isVisible());
    QTest::keyClicks(hours(), u"8:00"_s);
    QVERIFY(!child<QLabel>(u"hoursErrorLabel"_s)->isVisible());
    QCOMPARE(description->text(), u"Monday to Friday 9:00 to 18:00"_s);
    QVERIFY(description->isVisible());
    QCOMPARE(preview->text(), u"Badge now: Open now · until 18:00"_s);
    QVERIFY(hours()->accessibleDescription().contains(u"Monday to Friday 9:00 to 18:00"_s));
    QVERIFY2(hours()->accessibleDescription().contains(u"Open now, until 18:00"_s),
             qPrintable(hours()->accessibleDescription()));

    m_dialog->setTime(parisTime(u"08:30"_s), QTimeZone("Europe/Paris"));
    QCOMPARE(preview->text(), u"Badge now: Closed · opens at 9:00"_s);

    // A rule accepted with a correction: described, with a note.
    hours()->clear();
    QTest::keyClicks(hours(), u"Mo-Fr 9-18"_s);
    QCOMPARE(description->text(), u"Monday to Friday 9:00 to 18:00"_s);
    const QString note = child<QLabel>(u"hoursErrorLabel"_s)->text();
    QVERIFY2(note.startsWith(u"Note: "_s) && note.contains(u"no minutes"_s), qPrintable(note));
}

void TestServiceEditorDialog::theBadgePreviewFollowsTheTimeZone()
{
    QTest::keyClicks(hours(), u"Mo-Fr 09:00-18:00"_s);
    auto *zone = child<QComboBox>(u"timeZoneComboBox"_s);
    zone->setCurrentText(u"Indian/Reunion"_s);
    // 10:00 in Paris is 13:00 in Réunion: open, until 18:00 there, 15:00 in Paris.
    QCOMPARE(child<QLabel>(u"hoursPreviewLabel"_s)->text(),
             u"Badge now: Open now · until 15:00 (18:00 in Réunion)"_s);
    zone->setCurrentText(u"Indian/Nowhere"_s);
    QCOMPARE(child<QLabel>(u"hoursPreviewLabel"_s)->text(),
             u"The badge is shown once the time zone is known."_s);
}

void TestServiceEditorDialog::aHolidayRegionOfAnotherZoneIsPointedOutWithoutBlocking()
{
    fillMinimalEntry();
    const auto *note = child<QLabel>(u"timeZoneErrorLabel"_s);
    QVERIFY(!note->isVisible());
    selectData(child<QComboBox>(u"holidaysComboBox"_s), u"FR-974"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(u"Note: "_s) && note->text().contains(u"Réunion"_s)
                     && note->text().contains(u"Indian/Reunion"_s),
             qPrintable(note->text()));
    QCOMPARE(child<QComboBox>(u"timeZoneComboBox"_s)->accessibleDescription(), note->text());

    // Following it removes it; ignoring it does not keep the entry from being saved.
    child<QComboBox>(u"timeZoneComboBox"_s)->setCurrentText(u"Indian/Reunion"_s);
    child<QComboBox>(u"timeZoneComboBox"_s)->lineEdit()->editingFinished();
    QVERIFY(!note->isVisible());
    child<QComboBox>(u"timeZoneComboBox"_s)->setCurrentText(u"Europe/Paris"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->savedService()->holidays, u"FR-974"_s);
}

void TestServiceEditorDialog::anInvalidNumberBlocksSaveWithTheErrorUnderTheContact()
{
    QTest::keyClicks(child<QLineEdit>(u"nameFrLineEdit"_s), u"Dr Élise Martin"_s);
    QLineEdit *value = contactValues().first();
    QTest::keyClicks(value, u"01 45 39 40"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    QCOMPARE(m_saveRequests.size(), 1);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->savedService());
    const auto *error = child<QLabel>(u"contactErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"01 45 39 40"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"8 digits"_s), qPrintable(error->text()));
    // The field says it too, and has the focus.
    QCOMPARE(value->accessibleDescription(), error->text());
    QCOMPARE(QApplication::focusWidget(), value);
    const auto *summary = child<QLabel>(u"summaryLabel"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(u"1 problem"_s), qPrintable(summary->text()));
    // Nothing else is marked.
    QVERIFY(!child<QLabel>(u"nameErrorLabel"_s)->isVisible());

    // Corrected: saved.
    value->clear();
    QTest::keyClicks(value, u"01 45 39 40 00"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->savedService());
}

void TestServiceEditorDialog::anEmptyFormShowsWhatIsMissingAndFocusesTheName()
{
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    const auto *name = child<QLabel>(u"nameErrorLabel"_s);
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), u"Give the service a name, in French or in English."_s);
    QVERIFY(child<QLabel>(u"contactsErrorLabel"_s)->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"nameFrLineEdit"_s));
    QCOMPARE(child<QLineEdit>(u"nameFrLineEdit"_s)->accessibleDescription(), name->text());
    QVERIFY2(child<QLabel>(u"summaryLabel"_s)->text().contains(u"2 problem"_s),
             qPrintable(child<QLabel>(u"summaryLabel"_s)->text()));

    // Typing an English name is enough for the name.
    QTest::keyClicks(child<QLineEdit>(u"nameEnLineEdit"_s), u"My therapist"_s);
    QTest::keyClicks(contactValues().first(), u"3114"_s);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->savedService()->name, (LocalizedText{{}, u"My therapist"_s}));
}

void TestServiceEditorDialog::aNumberIsCheckedWhenItsFieldIsLeft()
{
    QLineEdit *value = contactValues().first();
    value->setFocus();
    QTest::keyClicks(value, u"06 12 AB"_s);
    const auto *error = child<QLabel>(u"contactErrorLabel"_s);
    QVERIFY(!error->isVisible());
    // Leaving the field checks it; what is still missing (the name) waits for Save.
    QTest::keyClick(value, Qt::Key_Tab);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"“A”"_s), qPrintable(error->text()));
    QVERIFY(!child<QLabel>(u"nameErrorLabel"_s)->isVisible());
    QVERIFY(m_saveRequests.isEmpty());
}

void TestServiceEditorDialog::saveProducesTheExpectedService()
{
    QTest::keyClicks(child<QLineEdit>(u"nameFrLineEdit"_s), u"Dr Élise Martin"_s);
    QTest::keyClicks(child<QLineEdit>(u"nameEnLineEdit"_s), u"Dr Élise Martin"_s);
    QTest::keyClicks(child<QPlainTextEdit>(u"descriptionFrTextEdit"_s),
                     u"Psychologue, sur rendez-vous."_s);
    QTest::keyClicks(child<QLineEdit>(u"audienceEnLineEdit"_s), u"Me"_s);
    selectData(child<QComboBox>(u"categoryComboBox"_s), int(ServiceCategory::Addiction));
    QCOMPARE(child<QLineEdit>(u"scopeLineEdit"_s)->text(), u"Your own"_s);
    QVERIFY(child<QLineEdit>(u"scopeLineEdit"_s)->isReadOnly());

    QTest::keyClicks(contactValues().first(), u"01 45 39 40 00"_s);
    QTest::keyClicks(m_dialog->findChildren<QLineEdit *>(u"contactLabelLineEdit"_s).first(),
                     u"Practice"_s);
    click(child<QPushButton>(u"addContactPushButton"_s));
    QCOMPARE(contactValues().size(), 2);
    selectData(m_dialog->findChildren<QComboBox *>(u"contactKindComboBox"_s).at(1),
               int(ContactKind::Email));
    QTest::keyClicks(contactValues().at(1), u"cabinet@example.fr"_s);

    QTest::keyClicks(hours(), u"Mo-Fr 09:00-18:00; PH off"_s);
    selectData(child<QComboBox>(u"holidaysComboBox"_s), u"FR-57"_s);
    selectData(child<QComboBox>(u"costComboBox"_s), int(Cost::Free));
    selectData(child<QComboBox>(u"anonymityComboBox"_s), 0);
    for (QCheckBox *box : m_dialog->findChildren<QCheckBox *>(u"accessibilityCheckBox"_s)) {
        const auto feature = AccessibilityFeature(box->property("feature").toInt());
        if (feature == AccessibilityFeature::SignLanguage || feature == AccessibilityFeature::Sms) {
            // From the keyboard, as a screen-reader user would.
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY(box->isChecked());
        }
    }
    QTest::keyClicks(child<QPlainTextEdit>(u"noteTextEdit"_s), u"Ring twice."_s);

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY2(!m_dialog->isVisible(), qPrintable(child<QLabel>(u"summaryLabel"_s)->text()));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    Service expected;
    expected.id = u"own-dr-elise-martin"_s;
    expected.name = {u"Dr Élise Martin"_s, u"Dr Élise Martin"_s};
    expected.description = {u"Psychologue, sur rendez-vous."_s, {}};
    expected.audience = {{}, u"Me"_s};
    expected.category = ServiceCategory::Addiction;
    expected.scope = ServiceScope::Personal;
    expected.contacts = {
            Contact{ContactKind::Phone, u"01 45 39 40 00"_s, {{}, u"Practice"_s}, {}, {}},
            Contact{ContactKind::Email, u"cabinet@example.fr"_s, {}, {}, {}},
    };
    expected.hours = u"Mo-Fr 09:00-18:00; PH off"_s;
    expected.timeZone = u"Europe/Paris"_s;
    expected.holidays = u"FR-57"_s;
    expected.cost = Cost::Free;
    expected.anonymous = false;
    expected.accessibility = {AccessibilityFeature::SignLanguage, AccessibilityFeature::Sms};
    // The note goes with the hours, in the language of the window.
    expected.hoursNote = {{}, u"Ring twice."_s};
    expected.origin = ServiceOrigin::User;

    QCOMPARE(m_saveRequests.size(), 1);
    const std::optional<Service> saved = m_dialog->savedService();
    QVERIFY(saved);
    QCOMPARE(saved->id, expected.id);
    QCOMPARE(saved->contacts, expected.contacts);
    QCOMPARE(saved->hoursNote, expected.hoursNote);
    QCOMPARE(saved->accessibility, expected.accessibility);
    QCOMPARE(saved->anonymous, expected.anonymous);
    QCOMPARE(saved->description, expected.description);
    QCOMPARE(saved->audience, expected.audience);
    QCOMPARE(saved->verified, expected.verified);
    QCOMPARE(*saved, expected);
}

void TestServiceEditorDialog::enterSavesFromASingleLineField()
{
    fillMinimalEntry();
    // In the description, Enter is a new line.
    auto *description = child<QPlainTextEdit>(u"descriptionFrTextEdit"_s);
    description->setFocus();
    QTest::keyClicks(description, u"Line one"_s);
    QTest::keyClick(description, Qt::Key_Return);
    QTest::keyClicks(description, u"Line two"_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(description->toPlainText(), u"Line one\nLine two"_s);

    QTest::keyClick(hours(), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->savedService()->description.fr, u"Line one\nLine two"_s);
}

void TestServiceEditorDialog::cancelKeepsNothingAndAsksFirstWhenSomethingChanged()
{
    // Nothing typed: Escape closes at once.
    QTest::keyClick(child<QLineEdit>(u"nameFrLineEdit"_s), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_confirmations, 0);

    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    fillMinimalEntry();
    QVERIFY(m_dialog->isModified());
    // Asked, and the answer is to keep editing: nothing lost.
    QTest::keyClick(contactValues().first(), Qt::Key_Escape);
    QCOMPARE(m_confirmations, 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>(u"nameFrLineEdit"_s)->text(), u"Dr Élise Martin"_s);

    // The Cancel button asks too; this time the changes go.
    m_discard = true;
    QTest::mouseClick(
            child<QDialogButtonBox>(u"editorButtonBox"_s)->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
    QCOMPARE(m_confirmations, 2);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_saveRequests.isEmpty());
    QVERIFY(!m_dialog->savedService());
}

void TestServiceEditorDialog::escapeInTheTimeZoneFieldCancelsToo()
{
    auto *zone = child<QComboBox>(u"timeZoneComboBox"_s);
    zone->setFocus();
    QTest::keyClick(zone->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());

    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    fillMinimalEntry();
    zone->setFocus();
    QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestServiceEditorDialog::aFailedSaveKeepsEverythingTyped()
{
    m_dialog->setSaveFunction([](const Service &service) {
        ServiceDirectory::OwnServiceResult result = ServiceDirectory::checkOwnService(service);
        result.storeError = StoreError(StoreError::DiskFull, u"disk full"_s);
        return result;
    });
    fillMinimalEntry();
    QTest::keyClicks(hours(), u"24/7"_s);
    const Service typed = m_dialog->service();
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    const auto *summary = child<QLabel>(u"summaryLabel"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(u"the disk is full"_s), qPrintable(summary->text()));
    QCOMPARE(m_dialog->service(), typed);
    QVERIFY(!m_dialog->savedService());
}

void TestServiceEditorDialog::editingKeepsTheIdAndWhatTheFormDoesNotShow()
{
    Service existing;
    existing.id = u"own-cmp-lyon"_s;
    existing.name = {u"CMP de Lyon"_s, u"Lyon mental health centre"_s};
    existing.category = ServiceCategory::PsychologicalSupport;
    existing.scope = ServiceScope::Personal;
    existing.contacts = {Contact{ContactKind::Phone,
                                 u"04 72 00 00 00"_s,
                                 {u"Accueil"_s, u"Reception"_s},
                                 u"Mo-Fr 09:00-12:00"_s,
                                 {u"Demander l'infirmière"_s, {}}}};
    existing.hours = u"Mo-Fr 09:00-17:00"_s;
    existing.timeZone = u"Europe/Paris"_s;
    existing.holidays = u"FR"_s;
    existing.languages = {u"fr"_s, u"en"_s};
    existing.verified = QDate(2026, 1, 2);
    existing.origin = ServiceOrigin::User;
    m_dialog->setService(existing);
    QCOMPARE(m_dialog->windowTitle(), u"Edit “Lyon mental health centre”"_s);
    QVERIFY(!m_dialog->isModified());
    QCOMPARE(m_dialog->service(), existing);
    QCOMPARE(hours()->text(), u"Mo-Fr 09:00-17:00"_s);
    QCOMPARE(contactValues().size(), 1);
    QCOMPARE(child<QLabel>(u"hoursDescriptionLabel"_s)->text(),
             u"Monday to Friday 9:00 to 17:00"_s);

    auto *name = child<QLineEdit>(u"nameEnLineEdit"_s);
    name->clear();
    QTest::keyClicks(name, u"Lyon centre"_s);
    QVERIFY(m_dialog->isModified());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    const Service saved = *m_dialog->savedService();
    QCOMPARE(saved.id, existing.id);
    QCOMPARE(saved.name, (LocalizedText{u"CMP de Lyon"_s, u"Lyon centre"_s}));
    // Both languages of the label, and the contact's own hours and note, are kept.
    QCOMPARE(saved.contacts, existing.contacts);
    QCOMPARE(saved.languages, existing.languages);
    QCOMPARE(saved.verified, existing.verified);
}

void TestServiceEditorDialog::contactsCanBeAddedAndRemoved()
{
    auto removeButtons = [this] {
        return m_dialog->findChildren<QPushButton *>(u"removeContactPushButton"_s);
    };
    QCOMPARE(contactValues().size(), 1);
    // The only contact cannot be removed.
    QVERIFY(!removeButtons().first()->isEnabled());

    QTest::keyClicks(contactValues().first(), u"3114"_s);
    click(child<QPushButton>(u"addContactPushButton"_s));
    QCOMPARE(contactValues().size(), 2);
    // The new row has the focus, at its first field.
    QCOMPARE(QApplication::focusWidget()->objectName(), u"contactKindComboBox"_s);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Contact 2: kind"_s);
    QVERIFY(removeButtons().first()->isEnabled());
    QCOMPARE(removeButtons().at(1)->accessibleName(), u"Remove contact 2"_s);

    QTest::keyClicks(contactValues().at(1), u"114"_s);
    click(removeButtons().first());
    QTRY_COMPARE(contactValues().size(), 1);
    QCOMPARE(contactValues().first()->text(), u"114"_s);
    QCOMPARE(contactValues().first()->accessibleName(), u"Contact 1: number or address"_s);
    QCOMPARE(m_dialog->service().contacts.size(), 1);
    QCOMPARE(m_dialog->service().contacts.first().value, u"114"_s);

    // An empty row is not a contact.
    click(child<QPushButton>(u"addContactPushButton"_s));
    QCOMPARE(m_dialog->service().contacts.size(), 1);
}

void TestServiceEditorDialog::everyFieldIsLabelledAndReachableInOrder()
{
    // Every label of the form names a field.
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->text().endsWith(u':'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QCOMPARE(child<QLabel>(u"nameFrLabel"_s)->buddy(), child<QLineEdit>(u"nameFrLineEdit"_s));
    QCOMPARE(child<QLabel>(u"hoursLabel"_s)->buddy(), hours());
    QVERIFY(!hours()->toolTip().isEmpty());
    QVERIFY(!child<QComboBox>(u"holidaysComboBox"_s)->toolTip().isEmpty());

    // Tab goes down the form.
    QWidget *first = child<QLineEdit>(u"nameFrLineEdit"_s);
    first->setFocus();
    QStringList path{first->objectName()};
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        path.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(path, (QStringList{u"nameFrLineEdit"_s, u"nameEnLineEdit"_s,
                                u"descriptionFrTextEdit"_s, u"descriptionEnTextEdit"_s,
                                u"audienceFrLineEdit"_s, u"audienceEnLineEdit"_s,
                                u"categoryComboBox"_s, u"scopeLineEdit"_s, u"contactKindComboBox"_s,
                                u"contactValueLineEdit"_s, u"contactLabelLineEdit"_s,
                                u"addContactPushButton"_s, u"hoursLineEdit"_s}));
    // Save and Cancel are Qt's own buttons, Save the default.
    QVERIFY(saveButton()->isDefault());
    QCOMPARE(m_dialog->windowTitle(), u"Add a Service"_s);
}

QTEST_MAIN(TestServiceEditorDialog)
#include "tst_serviceeditordialog.moc"
