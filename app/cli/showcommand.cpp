#include "showcommand.h"

#include "cli/console.h"
#include "cli/directorysession.h"
#include "cli/servicejson.h"
#include "models/contactpresentation.h"
#include "models/serviceroles.h"
#include "models/servicetexts.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Helplines {

QString ShowCommand::summary() const
{
    return tr("Show everything about one service.");
}

void ShowCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, tr("The service's id, as “list” shows it."));
    parser.addOption({u"json"_s, tr("Print a JSON object.")});
}

int ShowCommand::run(const QCommandLineParser &parser, const CommonOptions &common,
                     Console &console)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.size() != 1) {
        console.err() << tr("helplines-cli show: give one service id, for example "
                            "“helplines-cli show 3114”.")
                      << u'\n';
        return ExitUsage;
    }
    const std::unique_ptr<DirectorySession> session = DirectorySession::open(common, console);
    if (!session)
        return ExitFailure;
    const ServiceListModel &model = session->model();
    const int row = model.rowOf(arguments.first());
    if (row < 0) {
        console.err() << tr("helplines-cli show: no service has the id “%1”; “helplines-cli "
                            "list” shows the ids.")
                                 .arg(arguments.first())
                      << u'\n';
        return ExitFailure;
    }
    const Service &service = model.serviceAt(row);
    const Language language = common.language;
    const bool favourite = model.index(row).data(FavouriteRole).toBool();

    if (parser.isSet(u"json"_s)) {
        console.out() << QString::fromUtf8(
                QJsonDocument(ServiceJson::details(service, language, favourite))
                        .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    QTextStream &out = console.out();
    const auto line = [&out](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        if (!label.isEmpty())
            out << label << u' ';
        out << value << u'\n';
    };
    out << service.name.value(language) << (favourite ? u" ★"_s : QString()) << u'\n';
    if (service.status != ServiceStatus::Active) {
        out << u"!! "_s << ServiceTexts::statusName(service.status) << u". "_s
            << service.statusNote.value(language) << u'\n';
    }
    out << u'\n';
    line(QString(), service.description.value(language));
    line(tr("For:"), service.audience.value(language));
    line(tr("Run by:"), service.organisation.value(language));
    if (service.origin != ServiceOrigin::Bundled)
        line(tr("Listed by:"), ServiceTexts::originName(service.origin));
    out << u'\n' << tr("Contacts:") << u'\n';
    for (const Contact &contact : service.contacts) {
        const ContactPresentation presentation = ContactPresentation::of(contact, service);
        const QString label = contact.label.isEmpty() ? ServiceTexts::contactKindName(contact.kind)
                                                      : contact.label.value(language);
        out << u"  "_s << label << u": "_s << presentation.display;
        if (contact.isNumber() && presentation.valid
            && presentation.copyText != presentation.display)
            out << u"  ("_s << tr("dial %1").arg(presentation.copyText) << u')';
        out << u'\n';
        if (!contact.hours.isEmpty())
            out << u"    "_s << tr("Hours: %1").arg(contact.hours) << u'\n';
        if (!contact.note.isEmpty())
            out << u"    "_s << contact.note.value(language) << u'\n';
    }
    out << u'\n';
    line(tr("Hours:"), service.hours.isEmpty() ? tr("not known") : service.hours);
    line(QString(), service.hoursNote.value(language));
    line(tr("Category:"), ServiceTexts::categoryName(service.category));
    line(tr("Cost:"), ServiceTexts::costName(service.cost));
    line(QString(), service.costNote.value(language));
    line(tr("Anonymity:"), ServiceTexts::anonymityText(service.anonymous));
    line(tr("Deaf and hard of hearing:"), service.accessibilityNote.value(language));
    line(tr("Source:"), service.source);
    line(tr("Last checked:"),
         service.verified.isValid() ? service.verified.toString(Qt::ISODate) : tr("not known"));
    line(tr("Id:"), service.id);
    return ExitSuccess;
}

} // namespace Helplines
