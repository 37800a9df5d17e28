#ifndef HELPLINES_MODELS_CONTACTPRESENTATION_H
#define HELPLINES_MODELS_CONTACTPRESENTATION_H

#include "core/language.h"
#include "core/service.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Helplines {

// How one contact of a service is shown and acted on: the text to show, what Copy puts on
// the clipboard (a number in the form a phone dials), and the URL of its action (tel:, sms:,
// a web page, mailto:), built only from validated values. Shared by the window and the CLI.
struct ContactPresentation
{
    Q_DECLARE_TR_FUNCTIONS(ContactPresentation)

public:
    enum Action { NoAction, Call, SendSms, OpenPage, WriteEmail };

    QString display;
    QString copyText;
    // Only for numbers: "+33800130000"; empty for short numbers.
    QString international;
    QUrl actionUrl;
    Action action = NoAction;
    // False when the value could not be validated (then there is no action).
    bool valid = false;

    static ContactPresentation of(const Contact &contact, const Service &service);

    // "Copy 3114", "Call 0 800 130 000", "Send a text message to 114", "Open the chat".
    QString copyLabel() const;
    QString actionLabel(ContactKind kind) const;
    // What the status bar says after Copy: "3114 copied".
    QString copiedMessage() const;
};

} // namespace Helplines

#endif // HELPLINES_MODELS_CONTACTPRESENTATION_H
