#ifndef HELPLINES_TESTS_UI_ACCESSIBILITYRECORDER_H
#define HELPLINES_TESTS_UI_ACCESSIBILITYRECORDER_H

// Records the accessibility events of a test, as a platform bridge (AT-SPI on Linux) receives
// them. Widget tests run on the offscreen platform, where no bridge is active and
// QAccessible::installUpdateHandler() is never called; Qt still hands every event to the
// accessibility bridge plugins, and this is one, linked into the test as a static plugin.
//
// In the test's .cpp, after including this header: Q_IMPORT_PLUGIN(AccessibilityRecorderPlugin)
// (the target is compiled with QT_STATICPLUGIN).

#include <QAccessible>
#include <QAccessibleBridgePlugin>
#include <QList>
#include <QStringList>

// One event, with what its interface says at that moment: what a screen reader reads when the
// bridge forwards the event.
struct RecordedAccessibilityEvent
{
    QAccessible::Event type = QAccessible::InvalidEvent;
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
    QString objectName;
    // "role:name" of each child.
    QStringList children;
    QAccessible::Role parentRole = QAccessible::NoRole;
};

class AccessibilityRecorder final : public QAccessibleBridge
{
public:
    static QList<RecordedAccessibilityEvent> &events()
    {
        static QList<RecordedAccessibilityEvent> recorded;
        return recorded;
    }

    void setRootObject(QAccessibleInterface *) override {}

    void notifyAccessibilityUpdate(QAccessibleEvent *event) override
    {
        QAccessibleInterface *iface = event->accessibleInterface();
        if (!iface || !iface->isValid())
            return;
        RecordedAccessibilityEvent recorded;
        recorded.type = event->type();
        recorded.role = iface->role();
        recorded.name = iface->text(QAccessible::Name);
        recorded.objectName = iface->object() ? iface->object()->objectName() : QString();
        for (int i = 0; i < iface->childCount(); ++i) {
            if (QAccessibleInterface *child = iface->child(i)) {
                recorded.children.append(QString::number(child->role()) + QLatin1Char(':')
                                         + child->text(QAccessible::Name));
            }
        }
        if (QAccessibleInterface *parent = iface->parent())
            recorded.parentRole = parent->role();
        events().append(recorded);
    }
};

class AccessibilityRecorderPlugin final : public QAccessibleBridgePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QAccessibleBridgeFactoryInterface_iid FILE "accessibilityrecorder.json")

public:
    // Qt keeps the bridges it creates for the whole process and never deletes them: one recorder
    // held here, so that LeakSanitizer does not report it when Qt's own list is gone at exit.
    QAccessibleBridge *create(const QString &) override
    {
        static AccessibilityRecorder *const recorder = new AccessibilityRecorder;
        return recorder;
    }
};

#endif // HELPLINES_TESTS_UI_ACCESSIBILITYRECORDER_H
