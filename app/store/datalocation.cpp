#include "datalocation.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Helplines {

QString DataLocation::resolve(const QString &commandLineDirectory)
{
    if (!commandLineDirectory.isEmpty())
        return QDir(commandLineDirectory).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable());
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataLocation::databaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"helplines.sqlite"_s);
}

} // namespace Helplines
