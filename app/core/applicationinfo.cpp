#include "applicationinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Helplines {

void ApplicationInfo::apply()
{
    QCoreApplication::setApplicationName(u"helplines"_s);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(u"helplines.fr"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString ApplicationInfo::version()
{
    return QStringLiteral(HELPLINES_VERSION);
}

QString ApplicationInfo::applicationId()
{
    return QStringLiteral(HELPLINES_APP_ID);
}

} // namespace Helplines
