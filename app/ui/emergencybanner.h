#ifndef HELPLINES_UI_EMERGENCYBANNER_H
#define HELPLINES_UI_EMERGENCYBANNER_H

#include "core/language.h"
#include "core/service.h"
#include "models/contactpresentation.h"

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;

namespace Helplines {

class FlowLayout;

// The emergency numbers (15, 17, 18, 112, 114 by SMS), always visible at the top of the
// window. Each number is a button that copies it; its accessible name says what it is for.
// The banner's icon is painted, not a child widget: decoration is no element for screen
// readers.
class EmergencyBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyBanner)

public:
    explicit EmergencyBanner(QWidget *parent = nullptr);
    ~EmergencyBanner() override;

    void setNumbers(const QList<EmergencyNumber> &numbers);
    void setLanguage(Language language);
    QList<QWidget *> buttons() const;

Q_SIGNALS:
    void copyRequested(const Helplines::ContactPresentation &contact);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    // Where the icon is painted, at the left (or right) of the title; the layout leaves room.
    QRect iconRect() const;
    void updateIconRoom();

    QList<EmergencyNumber> m_numbers;
    Language m_language = Language::English;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_layout = nullptr;
    // The numbers go on as many lines as the width needs (large text, narrow window).
    FlowLayout *m_buttons = nullptr;
    QList<QWidget *> m_buttonWidgets;
};

} // namespace Helplines

#endif // HELPLINES_UI_EMERGENCYBANNER_H
