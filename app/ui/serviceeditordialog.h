#ifndef HELPLINES_UI_SERVICEEDITORDIALOG_H
#define HELPLINES_UI_SERVICEEDITORDIALOG_H

#include "core/language.h"
#include "core/service.h"
#include "store/servicedirectory.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Helplines {

// Adds or edits one of the user's own services (their therapist, their site's occupational
// health service). It presents a form and shows what the checks say; the checks are those of
// directory files (ServiceDirectory::checkOwnService), and saving is done by the function it is
// given. The hours field checks the rule as the user types: its plain-language description, or
// the error with its position and a hint, and a preview of the badge. Problems found on Save
// are shown under the fields they concern, and the first such field gets the focus; a failed
// save keeps the dialog open with everything typed in it.
class ServiceEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEditorDialog)

public:
    // Checks an entry and, when the checks pass, saves it.
    using SaveFunction = std::function<ServiceDirectory::OwnServiceResult(const Service &)>;

    explicit ServiceEditorDialog(QWidget *parent = nullptr);
    ~ServiceEditorDialog() override;

    // The entry to edit; without one, the dialog adds a new entry. Fields the form does not
    // show (languages, location, a contact's own hours...) are kept as they are.
    void setService(const Service &service);
    // The entry as the form describes it now, unchecked.
    Service service() const;
    // The entry as saved, once the dialog was accepted.
    std::optional<Service> savedService() const { return m_saved; }
    bool isModified() const;

    // How Save saves; by default the entry is only checked (ServiceDirectory::checkOwnService).
    void setSaveFunction(SaveFunction save);
    // Asked before changes are thrown away (Cancel, Escape, closing the dialog): true to throw
    // them away. By default a message box asks.
    void setDiscardConfirmation(std::function<bool()> confirm);
    // The instant of the badge preview and the zone in which its times are shown; no preview
    // while the instant is invalid.
    void setTime(const QDateTime &now, const QTimeZone &userZone);
    // The language of the descriptions and the badge preview, and of single-language texts
    // (a contact's label, the note).
    void setLanguage(Language language);

public Q_SLOTS:
    // Checks and saves; closes only when the entry was saved.
    void accept() override;
    // Closes, after asking when something changed.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ContactRow;
    enum class Field;

    void createWidgets();
    void retranslate();
    void fillCombos();
    void loadForm(const Service &service);
    ContactRow *addContactRow(const Contact &contact);
    void removeContactRow(ContactRow *row);
    void renumberContactRows();
    void updateTabOrder();
    void updateHoursFeedback();
    void checkTouchedFields();
    void showDiagnostics(const QList<Diagnostic> &diagnostics, bool saveAttempted);
    void setFeedback(QWidget *field, QLabel *label, const QStringList &messages);
    void clearFeedback();
    void touch(Field field);
    QString feedbackText(const Diagnostic &diagnostic, Field field) const;
    // What a field's accessible description says when nothing is wrong with it.
    QString baseDescription(QWidget *field) const;
    void setBaseDescription(QWidget *field, const QString &description);

    SaveFunction m_save;
    std::function<bool()> m_confirmDiscard;
    Service m_original;
    Service m_initialForm;
    std::optional<Service> m_saved;
    Language m_language = Language::English;
    QDateTime m_now;
    QTimeZone m_userZone;
    bool m_editing = false;
    bool m_saveAttempted = false;
    // The fields the user has left: their content is checked from then on.
    QList<Field> m_touched;
    // The fields with an error, as last shown.
    QList<QWidget *> m_invalidFields;
    // Every control, in the order of the form (and of Tab).
    QList<QWidget *> m_tabOrder;

    QScrollArea *m_scrollArea = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_introLabel = nullptr;

    QGroupBox *m_aboutBox = nullptr;
    QLabel *m_nameFrLabel = nullptr;
    QLineEdit *m_nameFr = nullptr;
    QLabel *m_nameEnLabel = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_descriptionFrLabel = nullptr;
    QPlainTextEdit *m_descriptionFr = nullptr;
    QLabel *m_descriptionEnLabel = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QLabel *m_descriptionError = nullptr;
    QLabel *m_audienceFrLabel = nullptr;
    QLineEdit *m_audienceFr = nullptr;
    QLabel *m_audienceEnLabel = nullptr;
    QLineEdit *m_audienceEn = nullptr;
    QLabel *m_audienceError = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLineEdit *m_scope = nullptr;

    QGroupBox *m_contactsBox = nullptr;
    QVBoxLayout *m_contactsLayout = nullptr;
    QList<ContactRow *> m_contactRows;
    QPushButton *m_addContact = nullptr;
    QLabel *m_contactsError = nullptr;

    QGroupBox *m_hoursBox = nullptr;
    QLabel *m_hoursLabel = nullptr;
    QLineEdit *m_hours = nullptr;
    QLabel *m_hoursDescription = nullptr;
    QLabel *m_hoursError = nullptr;
    QLabel *m_hoursPreview = nullptr;
    QLabel *m_timeZoneLabel = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_timeZoneError = nullptr;
    QLabel *m_holidaysLabel = nullptr;
    QComboBox *m_holidays = nullptr;
    QLabel *m_holidaysError = nullptr;

    QGroupBox *m_otherBox = nullptr;
    QLabel *m_costLabel = nullptr;
    QComboBox *m_cost = nullptr;
    QLabel *m_anonymityLabel = nullptr;
    QComboBox *m_anonymity = nullptr;
    QGroupBox *m_accessibilityBox = nullptr;
    QList<std::pair<AccessibilityFeature, QCheckBox *>> m_accessibility;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteError = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Helplines

#endif // HELPLINES_UI_SERVICEEDITORDIALOG_H
