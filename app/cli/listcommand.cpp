#include "listcommand.h"

#include "cli/console.h"
#include "cli/directorysession.h"
#include "cli/servicejson.h"
#include "models/serviceroles.h"
#include "models/servicetexts.h"
#include "models/timesource.h"

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
    parser.addOption({u"open-now"_s, tr("Only the services open now (or at --at); a service "
                                        "whose hours are unknown is not open.")});
    parser.addOption({u"at"_s,
                      tr("Evaluate the hours at this instant, ISO 8601 with an offset "
                         "(2026-01-12T09:00+01:00); default: now."),
                      tr("instant")});
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
    std::unique_ptr<TimeSource> time;
    if (parser.isSet(u"at"_s)) {
        const QDateTime at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODate);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
            console.err() << tr("helplines-cli list: “%1” is not an instant: use ISO 8601 with "
                                "an offset, for example 2026-01-12T09:00+01:00.")
                                     .arg(parser.value(u"at"_s))
                          << u'\n';
            return ExitUsage;
        }
        time = std::make_unique<FixedTimeSource>(at);
    } else {
        time = std::make_unique<SystemTimeSource>();
    }

    const std::unique_ptr<DirectorySession> session
            = DirectorySession::open(common, console, time.get());
    if (!session)
        return ExitFailure;
    const ServiceListModel &model = session->model();
    session->proxy().setOpenNowOnly(parser.isSet(u"open-now"_s));

    if (parser.isSet(u"json"_s)) {
        QJsonArray services;
        for (const int row : session->sourceRowsInOrder()) {
            QJsonObject service
                    = ServiceJson::summary(model.serviceAt(row), common.language,
                                           model.index(row).data(FavouriteRole).toBool());
            ServiceJson::addAvailability(service, model, row);
            services.append(service);
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
        details.append(index.data(BadgeTextRole).toString());
        details.append(index.data(CategoryNameRole).toString());
        const QString status = index.data(StatusTextRole).toString();
        if (!status.isEmpty())
            details.append(status);
        if (service.origin == ServiceOrigin::Organisation)
            details.append(ServiceTexts::originName(service.origin));
        console.out() << u"    "_s << details.join(u" · "_s) << u'\n';
    }
    return ExitSuccess;
}

} // namespace Helplines
