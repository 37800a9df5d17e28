#ifndef HELPLINES_UI_SINGLEINSTANCE_H
#define HELPLINES_UI_SINGLEINSTANCE_H

#include <QObject>
#include <QString>

class QLocalServer;

namespace Helplines {

// One window per user and data folder (DESIGN §6): a second launch asks the running window to
// come to the front, then leaves. Through a local socket only (QLocalServer: a Unix domain
// socket that only the user may open, a named pipe on Windows); never the network.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // The socket's name for this user and data folder: two users, or one user with two data
    // folders, each have their own window.
    static QString keyFor(const QString &dataDirectory);

    explicit SingleInstance(QString key, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString key() const { return m_key; }
    // Asks a running instance to raise its window; true when it answered that it did.
    bool askRunningInstanceToRaise(int timeoutMs = 2000);
    // Listens for the instances started later; false when an instance answers on the socket
    // (it was asked to raise its window) or when it cannot listen (each launch then opens a
    // window of its own). A socket left behind by a crashed instance is replaced. Two
    // launches in the same instant may still both open a window.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // A later launch asked for the window.
    void raiseRequested();

private:
    void serveConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace Helplines

#endif // HELPLINES_UI_SINGLEINSTANCE_H
