#include "servicefilterproxy.h"

#include "core/openinghours/openinghours.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

// Above this many services, a change of search or filters rebuilds the list's mapping at once
// (one layout change) instead of removing and inserting rows run by run, which costs the rows
// times the runs: a keystroke at 100,000 services took seconds (docs/performance.md).
constexpr int incrementalRefilterLimit = 2000;

} // namespace

ServiceFilterProxy::ServiceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);

    // The open count follows the rows shown: the rows that leave are still mapped when they are
    // about to be removed, those that come are mapped once inserted. Other changes make it be
    // counted again.
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &rowsParent, int first, int last) {
                if (m_openCount >= 0 && !rowsParent.isValid())
                    m_openCount -= openIn(first, last);
            });
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &rowsParent, int first, int last) {
                if (m_openCount >= 0 && !rowsParent.isValid())
                    m_openCount += openIn(first, last);
            });
    connect(this, &QAbstractItemModel::modelReset, this, &ServiceFilterProxy::forgetOpenCount);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ServiceFilterProxy::forgetOpenCount);
}

ServiceFilterProxy::~ServiceFilterProxy() = default;

void ServiceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *previous = sourceModel())
        previous->disconnect(this);
    forgetAllSortKeys();
    forgetOpenCount();
    // Connected before the base class connects its own handlers, so that stale keys, ranks and
    // counts are gone before it filters and sorts again: the rows it removes then may already
    // hold their new data.
    if (model) {
        const auto forgetAll = [this] {
            forgetAllSortKeys();
            forgetOpenCount();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsInserted, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsRemoved, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsMoved, this, forgetAll);
        connect(model, &QAbstractItemModel::layoutChanged, this, forgetAll);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    const auto changed = [&roles](int role) {
                        return roles.isEmpty() || roles.contains(role);
                    };
                    if (changed(SortKeyRole))
                        forgetSortKeys(topLeft.row(), bottomRight.row());
                    if (changed(PinnedRole) || changed(FavouriteRole) || changed(OpenStateRole)
                        || changed(ServiceIdRole))
                        forgetRanks();
                    if (changed(OpenStateRole))
                        forgetOpenCount();
                });
    }
    m_services = qobject_cast<const ServiceListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ServiceFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_query = SearchQuery(text);
    refilter();
}

void ServiceFilterProxy::setCategoryFilter(std::optional<ServiceCategory> category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
}

void ServiceFilterProxy::setOpenNowOnly(bool openNowOnly)
{
    if (openNowOnly == m_openNowOnly)
        return;
    m_openNowOnly = openNowOnly;
    refilter();
}

void ServiceFilterProxy::setChannelFilter(int channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    refilter();
}

void ServiceFilterProxy::setScopeFilter(std::optional<ServiceScope> scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refilter();
}

void ServiceFilterProxy::refilter()
{
    if (sourceModel() && sourceModel()->rowCount() > incrementalRefilterLimit)
        invalidate();
    else
        invalidateRowsFilter();
}

int ServiceFilterProxy::openCount() const
{
    if (m_openCount < 0)
        m_openCount = rowCount() > 0 ? openIn(0, rowCount() - 1) : 0;
    return m_openCount;
}

int ServiceFilterProxy::openIn(int first, int last) const
{
    int open = 0;
    for (int row = first; row <= last; ++row) {
        if (index(row, 0).data(OpenStateRole).toInt() == int(OpenState::Open))
            ++open;
    }
    return open;
}

void ServiceFilterProxy::setSortLocale(const QLocale &locale)
{
    if (locale == m_collator.locale())
        return;
    m_collator.setLocale(locale);
    forgetAllSortKeys();
    forgetOpenCount();
    invalidate();
}

bool ServiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && index.data(CategoryRole).toInt() != int(*m_category))
        return false;
    if (m_scope && index.data(ScopeRole).toInt() != int(*m_scope))
        return false;
    if (m_channels != 0 && (index.data(ChannelsRole).toInt() & m_channels) == 0)
        return false;
    if (m_openNowOnly) {
        const OpenState state = m_services ? m_services->availabilityAt(sourceRow).state
                                           : OpenState(index.data(OpenStateRole).toInt());
        if (state != OpenState::Open)
            return false;
    }
    if (m_query.isEmpty())
        return true;
    if (m_services) {
        return m_query.matches(m_services->searchTextAt(sourceRow),
                               m_services->searchDigitsAt(sourceRow));
    }
    return m_query.matches(index.data(SearchTextRole).toString(),
                           index.data(SearchDigitsRole).toString());
}

bool ServiceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int rows = sourceModel()->rowCount();
    if (m_ranks.size() != std::size_t(rows))
        rankAll();
    return m_ranks[std::size_t(left.row())] < m_ranks[std::size_t(right.row())];
}

void ServiceFilterProxy::rankAll() const
{
    // Pinned services, then favourites, then services open now, then by name, then by id.
    struct Entry
    {
        bool pinned;
        bool favourite;
        bool open;
        const QCollatorSortKey *name;
        QString id;
    };
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    // Sized before the keys are pointed at.
    if (m_sortKeys.size() < std::size_t(rows))
        m_sortKeys.resize(std::size_t(rows));
    std::vector<Entry> entries;
    entries.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        entries.push_back({index.data(PinnedRole).toBool(), index.data(FavouriteRole).toBool(),
                           index.data(OpenStateRole).toInt() == int(OpenState::Open),
                           &sortKey(index), index.data(ServiceIdRole).toString()});
    }
    std::vector<int> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&entries](int a, int b) {
        const Entry &l = entries[std::size_t(a)];
        const Entry &r = entries[std::size_t(b)];
        if (l.pinned != r.pinned)
            return l.pinned;
        if (l.favourite != r.favourite)
            return l.favourite;
        if (l.open != r.open)
            return l.open;
        if (const int byName = l.name->compare(*r.name); byName != 0)
            return byName < 0;
        if (l.id != r.id)
            return l.id < r.id;
        return a < b;
    });
    m_ranks.assign(std::size_t(rows), 0);
    for (std::size_t place = 0; place < order.size(); ++place)
        m_ranks[std::size_t(order[place])] = int(place);
}

const QCollatorSortKey &ServiceFilterProxy::sortKey(const QModelIndex &sourceIndex) const
{
    const auto row = std::size_t(sourceIndex.row());
    if (m_sortKeys.size() <= row)
        m_sortKeys.resize(std::size_t(sourceModel()->rowCount()));
    std::optional<QCollatorSortKey> &key = m_sortKeys[row];
    if (!key)
        key = m_collator.sortKey(sourceIndex.data(SortKeyRole).toString());
    return *key;
}

void ServiceFilterProxy::forgetSortKeys(int first, int last)
{
    forgetRanks();
    for (int row = first; row <= last && std::size_t(row) < m_sortKeys.size(); ++row)
        m_sortKeys[std::size_t(row)].reset();
}

void ServiceFilterProxy::forgetAllSortKeys()
{
    m_sortKeys.clear();
    forgetRanks();
}

} // namespace Helplines
