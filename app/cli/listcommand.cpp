#include "listcommand.h"

#include "cli/console.h"
#include "cli/directorysession.h"
#include "cli/servicejson.h"
#include "models/serviceroles.h"
#include "models/servicetexts.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Helplines {

QString ListCommand::summary() const
{
    return tr("List the services of the directory, favourites first.");
}

void ListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, tr("Print a JSON array, one object per service.")});
}

int ListCommand::run(const QCommandLineParser &parser, const CommonOptions &common,
                     Console &console)
{
    if (parser.positionalArguments().size() > 1) {
        console.err() << tr("helplines-cli list: unexpected argument “%1”.")
                                 .arg(parser.positionalArguments().at(1))
                      << u'\n';
        return ExitUsage;
    }
    const std::unique_ptr<DirectorySession> session = DirectorySession::open(common, console);
    if (!session)
        return ExitFailure;
    const ServiceListModel &model = session->model();

    if (parser.isSet(u"json"_s)) {
        QJsonArray services;
        for (const int row : session->sourceRowsInOrder()) {
            services.append(ServiceJson::summary(model.serviceAt(row), common.language,
                                                 model.index(row).data(FavouriteRole).toBool()));
        }
        console.out() << QString::fromUtf8(QJsonDocument(services).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    for (const int row : session->sourceRowsInOrder()) {
        const QModelIndex index = model.index(row);
        const Service &service = model.serviceAt(row);
        const QString star = index.data(FavouriteRole).toBool() ? u"★ "_s : QString();
        console.out() << star << index.data(NameRole).toString() << u"  ["_s << service.id
                      << u"]\n"_s;
        QStringList details;
        const QString number = index.data(MainNumberRole).toString();
        if (!number.isEmpty()) {
            details.append(ContactKind(index.data(MainNumberKindRole).toInt()) == ContactKind::Sms
                                   ? tr("%1 (SMS)").arg(number)
                                   : number);
        }
        details.append(index.data(CategoryNameRole).toString());
        details.append(service.hours.isEmpty() ? tr("hours not known")
                                               : tr("hours: %1").arg(service.hours));
        const QString status = index.data(StatusTextRole).toString();
        if (!status.isEmpty())
            details.append(status);
        console.out() << u"    "_s << details.join(u" · "_s) << u'\n';
    }
    return ExitSuccess;
}

} // namespace Helplines
