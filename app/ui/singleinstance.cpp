#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QByteArray raiseRequest = "raise\n";
const QByteArray raisedReply = "raised\n";
// A request is one short line; anything longer is not one of ours.
constexpr qint64 maxRequestBytes = 64;

} // namespace

QString SingleInstance::keyFor(const QString &dataDirectory)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QDir(dataDirectory).absolutePath().toUtf8());
    return u"helplines-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::askRunningInstanceToRaise(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(raiseRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine(maxRequestBytes) == raisedReply;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this user may connect.
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::serveConnection);
    }
    // Qt replaces a socket file of the same name (it binds elsewhere and renames): ask first
    // whether an instance is there, so that a launch never takes the socket of a running one.
    if (askRunningInstanceToRaise(500))
        return false;
    if (m_server->listen(m_key))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Left by an instance that crashed: nobody answered just now.
    QLocalServer::removeServer(m_key);
    return m_server->listen(m_key);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::serveConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxRequestBytes)
                    socket->abort();
                return;
            }
            const QByteArray request = socket->readLine(maxRequestBytes);
            if (request == raiseRequest) {
                socket->write(raisedReply);
                socket->flush();
                Q_EMIT raiseRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace Helplines
