#include "servicelistmodel.h"

#include "models/contactpresentation.h"
#include "models/searchtext.h"
#include "models/serviceroles.h"
#include "models/servicetexts.h"

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Helplines {

struct ServiceListModel::Row
{
    Service service;
    bool favourite = false;
    // Precomputed once per reload: what search and the card need on every keystroke and paint.
    QString searchText;
    QString searchDigits;
    ContactKind mainNumberKind = ContactKind::Phone;
    // The main number as shown and as dialled, formatted when first asked for: libphonenumber
    // takes tens of microseconds a number, and only the cards shown need them.
    const QString &mainNumberDisplay() const
    {
        presentMainNumber();
        return mainNumber->first;
    }
    const QString &mainNumberDial() const
    {
        presentMainNumber();
        return mainNumber->second;
    }
    void presentMainNumber() const
    {
        if (mainNumber)
            return;
        mainNumber.emplace();
        if (const Contact *main = service.mainNumber()) {
            const ContactPresentation presentation = ContactPresentation::of(*main, service);
            mainNumber->first = presentation.display;
            mainNumber->second = presentation.valid ? presentation.copyText : QString();
        }
    }
    mutable std::optional<std::pair<QString, QString>> mainNumber;
    int channels = 0;
    // Parsed once per reload; evaluated as time passes.
    OpeningHours hours;
    EvaluationContext context;
    Availability availability;
    bool evaluated = false;
};

namespace {

int channelsOf(const Service &service)
{
    int channels = 0;
    for (const Contact &contact : service.contacts) {
        switch (contact.kind) {
        case ContactKind::Phone:
            channels |= PhoneChannel;
            break;
        case ContactKind::Sms:
            channels |= SmsChannel;
            break;
        case ContactKind::Chat:
            channels |= ChatChannel;
            break;
        case ContactKind::Video:
            channels |= VideoChannel;
            break;
        case ContactKind::Email:
            channels |= EmailChannel;
            break;
        case ContactKind::Web:
            channels |= WebChannel;
            break;
        }
    }
    for (const AccessibilityFeature feature : service.accessibility) {
        if (feature != AccessibilityFeature::Sms)
            channels |= SignLanguageChannel;
    }
    return channels;
}

void appendText(QString *out, const LocalizedText &text)
{
    for (const QString *part : {&text.fr, &text.en}) {
        if (!part->isEmpty()) {
            out->append(*part);
            out->append(u' ');
        }
    }
}

} // namespace

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ServiceListModel::~ServiceListModel() = default;

void ServiceListModel::setServices(const QList<Service> &services)
{
    const QSet<QString> favouriteIds = favourites();
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rows.reserve(services.size());
    for (const Service &service : services) {
        Row row;
        row.service = service;
        row.favourite = favouriteIds.contains(service.id);
        row.channels = channelsOf(service);

        QString text;
        appendText(&text, service.name);
        appendText(&text, service.description);
        appendText(&text, service.audience);
        appendText(&text, service.organisation);
        QStringList digits;
        for (const Contact &contact : service.contacts) {
            if (!contact.isNumber())
                continue;
            const QString contactDigits = SearchText::digits(contact.value);
            digits.append(contactDigits);
            text.append(contactDigits);
            text.append(u' ');
        }
        row.searchText = SearchText::fold(text);
        row.searchDigits = digits.join(u' ');
        if (const Contact *main = service.mainNumber())
            row.mainNumberKind = main->kind;
        row.hours = OpeningHours(service.hours);
        row.context = ServiceAvailability::contextFor(service);
        if (m_now.isValid()) {
            row.availability
                    = ServiceAvailability::evaluate(row.hours, row.context, service.status, m_now);
            row.evaluated = true;
        }
        m_rowById.insert(service.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endResetModel();
}

const Service &ServiceListModel::serviceAt(int row) const
{
    return m_rows.at(row).service;
}

int ServiceListModel::rowOf(const QString &serviceId) const
{
    return m_rowById.value(serviceId, -1);
}

void ServiceListModel::setFavourites(const QSet<QString> &serviceIds)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool favourite = serviceIds.contains(m_rows.at(i).service.id);
        if (m_rows.at(i).favourite != favourite) {
            m_rows[i].favourite = favourite;
            const QModelIndex changed = index(i);
            Q_EMIT dataChanged(changed, changed, {FavouriteRole, Qt::AccessibleTextRole});
        }
    }
}

QSet<QString> ServiceListModel::favourites() const
{
    QSet<QString> ids;
    for (const Row &row : m_rows) {
        if (row.favourite)
            ids.insert(row.service.id);
    }
    return ids;
}

bool ServiceListModel::setFavourite(const QString &serviceId, bool favourite)
{
    const int row = rowOf(serviceId);
    return row >= 0 && setData(index(row), favourite, FavouriteRole);
}

void ServiceListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emitRowsChanged(translatedRoles());
}

void ServiceListModel::retranslate()
{
    emitRowsChanged(translatedRoles());
}

QList<int> ServiceListModel::translatedRoles()
{
    return {Qt::DisplayRole,
            Qt::ToolTipRole,
            Qt::AccessibleTextRole,
            Qt::AccessibleDescriptionRole,
            NameRole,
            SubtitleRole,
            CategoryNameRole,
            BadgeTextRole,
            StatusTextRole,
            UntranslatedRole,
            FallbackNoteRole,
            SortKeyRole,
            OriginTextRole};
}

QList<int> ServiceListModel::availabilityRoles()
{
    return {OpenStateRole, NextChangeRole, BadgeTextRole,
            BadgeKindRole, StaleTextRole,  Qt::AccessibleTextRole};
}

const Availability &ServiceListModel::availabilityAt(int row) const
{
    return m_rows.at(row).availability;
}

const QString &ServiceListModel::searchTextAt(int row) const
{
    return m_rows.at(row).searchText;
}

const QString &ServiceListModel::searchDigitsAt(int row) const
{
    return m_rows.at(row).searchDigits;
}

BadgeText ServiceListModel::badgeAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.evaluated)
        return {};
    return ServiceAvailability::badgeText(r.availability, m_now, m_userZone, r.context.timeZone,
                                          m_language);
}

QDateTime ServiceListModel::updateAvailability(const QDateTime &now, const QTimeZone &userZone,
                                               bool everything)
{
    const bool dayChanged
            = m_now.isValid()
              && m_now.toTimeZone(m_userZone).date() != now.toTimeZone(userZone).date();
    everything = everything || !m_now.isValid() || userZone != m_userZone || dayChanged;
    const QDateTime previousNow = m_now;
    const QTimeZone previousZone = m_userZone;

    // What each row shows before, to emit only real changes.
    QList<int> changedRows;
    QDateTime earliest;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const bool due = everything || !row.evaluated
                         || (row.availability.revisit.isValid() && row.availability.revisit <= now);
        if (due) {
            const Availability before = row.availability;
            const QString badgeBefore
                    = row.evaluated
                              ? ServiceAvailability::badgeText(before, previousNow, previousZone,
                                                               row.context.timeZone, m_language)
                                        .display()
                              : QString();
            const QString staleBefore
                    = previousNow.isValid() ? ServiceAvailability::staleText(
                              row.service.verified, previousNow.toTimeZone(previousZone).date(),
                              m_language)
                                            : QString();
            row.availability = ServiceAvailability::evaluate(row.hours, row.context,
                                                             row.service.status, now);
            const bool wasEvaluated = row.evaluated;
            row.evaluated = true;
            const QString badgeAfter
                    = ServiceAvailability::badgeText(row.availability, now, userZone,
                                                     row.context.timeZone, m_language)
                              .display();
            const QString staleAfter = ServiceAvailability::staleText(
                    row.service.verified, now.toTimeZone(userZone).date(), m_language);
            if (!wasEvaluated || before != row.availability || badgeBefore != badgeAfter
                || staleBefore != staleAfter)
                changedRows.append(i);
        }
        const QDateTime revisit = row.availability.revisit;
        if (revisit.isValid() && (!earliest.isValid() || revisit < earliest))
            earliest = revisit;
    }
    m_now = now;
    m_userZone = userZone;

    // One signal per run of consecutive changed rows.
    const QList<int> roles = availabilityRoles();
    for (qsizetype i = 0; i < changedRows.size();) {
        qsizetype j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changedRows.at(i)), index(changedRows.at(j)), roles);
        i = j + 1;
    }
    return earliest;
}

void ServiceListModel::emitRowsChanged(const QList<int> &roles)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), roles);
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ServiceListModel::subtitle(const Row &row, bool *fallback) const
{
    const LocalizedText &text
            = row.service.audience.isEmpty() ? row.service.description : row.service.audience;
    return text.value(m_language, fallback);
}

QString ServiceListModel::accessibleText(int rowIndex) const
{
    const Row &row = m_rows.at(rowIndex);
    const QString name = row.service.name.value(m_language);
    QStringList parts{name};
    if (row.favourite)
        parts.append(tr("favourite"));
    if (row.service.origin == ServiceOrigin::User)
        //: In a service's spoken summary, for a service the user added
        parts.append(tr("added by you"));
    else if (row.service.origin == ServiceOrigin::Organisation)
        //: In a service's spoken summary, for a service the user's organisation provides
        parts.append(tr("from your organisation"));
    // The state as a sentence says it: "open now, until 18:00"; "Open 24 hours" on a badge
    // reads as a heading, not as whether the line answers now.
    const BadgeText badge = badgeAt(rowIndex);
    if (row.evaluated && row.availability.kind == BadgeKind::OpenAllDay)
        //: In a service's spoken summary: the line answers now, and at any hour
        parts.append(tr("Open now, 24 hours a day"));
    else if (!badge.headline.isEmpty())
        parts.append(badge.spoken());
    if (row.service.status != ServiceStatus::Active)
        parts.append(ServiceTexts::statusName(row.service.status));
    // What the card shows next to the state, said too: facts checked long ago.
    if (m_now.isValid()) {
        const QString stale = ServiceAvailability::staleText(
                row.service.verified, m_now.toTimeZone(m_userZone).date(), m_language);
        if (!stale.isEmpty())
            parts.append(stale);
    }
    if (!row.mainNumberDisplay().isEmpty()) {
        parts.append(row.mainNumberKind == ContactKind::Sms
                             ? tr("text message to %1").arg(row.mainNumberDisplay())
                             : row.mainNumberDisplay());
    }
    //: Separator between the parts of a service's spoken summary
    return parts.join(tr(", "));
}

QString ServiceListModel::accessibleDescription(const Row &row) const
{
    QStringList parts;
    const QString audience = row.service.audience.value(m_language);
    if (!audience.isEmpty())
        parts.append(audience);
    parts.append(ServiceTexts::categoryName(row.service.category));
    parts.append(ServiceTexts::costName(row.service.cost));
    // Said as the card marks it: a name or audience shown in the other language.
    if (row.service.origin != ServiceOrigin::User) {
        bool nameFallback = false;
        bool subtitleFallback = false;
        row.service.name.value(m_language, &nameFallback);
        subtitle(row, &subtitleFallback);
        if (nameFallback || subtitleFallback)
            //: In a service's spoken description: its name or audience is in the other language
            parts.append(tr("Not translated"));
    }
    //: Separator between the parts of a service's spoken description
    return parts.join(tr(". "));
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Service &service = row.service;

    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return service.name.value(m_language);
    case Qt::ToolTipRole: {
        const QString description = service.description.value(m_language);
        return description.isEmpty() ? service.name.value(m_language) : description;
    }
    case Qt::AccessibleTextRole:
        return accessibleText(index.row());
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(row);
    case ServiceIdRole:
        return service.id;
    case CategoryRole:
        return int(service.category);
    case ScopeRole:
        return int(service.scope);
    case StatusRole:
        return int(service.status);
    case OriginRole:
        return int(service.origin);
    case FavouriteRole:
        return row.favourite;
    case PinnedRole:
        return service.pinned;
    case ChannelsRole:
        return row.channels;
    case DialableNumberRole:
        return row.mainNumberDial();
    case SearchTextRole:
        return row.searchText;
    case SearchDigitsRole:
        return row.searchDigits;
    case SortKeyRole:
        return service.name.value(m_language);
    case SubtitleRole:
        return subtitle(row, nullptr);
    case CategoryNameRole:
        return ServiceTexts::categoryName(service.category);
    case MainNumberRole:
        return row.mainNumberDisplay();
    case MainNumberKindRole:
        return int(row.mainNumberKind);
    case StatusTextRole:
        return service.status == ServiceStatus::Active ? QString()
                                                       : ServiceTexts::statusName(service.status);
    case OpenStateRole:
        return int(row.availability.state);
    case NextChangeRole:
        return row.availability.nextChange;
    case BadgeTextRole:
        return badgeAt(index.row()).display();
    case BadgeKindRole:
        return int(row.availability.kind);
    case StaleTextRole:
        return m_now.isValid() ? ServiceAvailability::staleText(
                       service.verified, m_now.toTimeZone(m_userZone).date(), m_language)
                               : QString();
    case OriginTextRole:
        return ServiceTexts::originBadgeText(service.origin);
    case UntranslatedRole: {
        // The user wrote their own entries in the language they chose: nothing is missing.
        if (service.origin == ServiceOrigin::User)
            return false;
        bool nameFallback = false;
        bool subtitleFallback = false;
        service.name.value(m_language, &nameFallback);
        subtitle(row, &subtitleFallback);
        return nameFallback || subtitleFallback;
    }
    case FallbackNoteRole:
        //: Next to a name or audience shown in the other language, on a service's card
        return data(index, UntranslatedRole).toBool() ? tr("not translated") : QString();
    default:
        return {};
    }
}

bool ServiceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != FavouriteRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    const bool favourite = value.toBool();
    if (row.favourite == favourite)
        return true;
    row.favourite = favourite;
    Q_EMIT dataChanged(index, index, {FavouriteRole, Qt::AccessibleTextRole});
    Q_EMIT favouriteChanged(row.service.id, favourite);
    return true;
}

Qt::ItemFlags ServiceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
            {ServiceIdRole, "serviceId"},
            {CategoryRole, "category"},
            {ScopeRole, "scope"},
            {StatusRole, "status"},
            {OriginRole, "origin"},
            {FavouriteRole, "favourite"},
            {PinnedRole, "pinned"},
            {ChannelsRole, "channels"},
            {DialableNumberRole, "dialableNumber"},
            {SearchTextRole, "searchText"},
            {SearchDigitsRole, "searchDigits"},
            {SortKeyRole, "sortKey"},
            {OpenStateRole, "openState"},
            {NextChangeRole, "nextChange"},
            {NameRole, "name"},
            {SubtitleRole, "subtitle"},
            {CategoryNameRole, "categoryName"},
            {MainNumberRole, "mainNumber"},
            {MainNumberKindRole, "mainNumberKind"},
            {BadgeTextRole, "badgeText"},
            {BadgeKindRole, "badgeKind"},
            {StatusTextRole, "statusText"},
            {StaleTextRole, "staleText"},
            {UntranslatedRole, "untranslated"},
            {FallbackNoteRole, "fallbackNote"},
            {OriginTextRole, "originText"},
    });
    return names;
}

} // namespace Helplines
