#include "servicefilterproxy.h"

#include "core/openinghours/openinghours.h"
#include "models/serviceroles.h"

using namespace Qt::StringLiterals;

namespace Helplines {

ServiceFilterProxy::ServiceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

ServiceFilterProxy::~ServiceFilterProxy() = default;

void ServiceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *previous = sourceModel())
        previous->disconnect(this);
    forgetAllSortKeys();
    // Connected before the base class connects its own handlers, so that stale keys are gone
    // before it re-sorts.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &ServiceFilterProxy::forgetAllSortKeys);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &ServiceFilterProxy::forgetAllSortKeys);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                &ServiceFilterProxy::forgetAllSortKeys);
        connect(model, &QAbstractItemModel::rowsMoved, this,
                &ServiceFilterProxy::forgetAllSortKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this,
                &ServiceFilterProxy::forgetAllSortKeys);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    if (roles.isEmpty() || roles.contains(SortKeyRole))
                        forgetSortKeys(topLeft.row(), bottomRight.row());
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ServiceFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_query = SearchQuery(text);
    invalidateRowsFilter();
}

void ServiceFilterProxy::setCategoryFilter(std::optional<ServiceCategory> category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void ServiceFilterProxy::setOpenNowOnly(bool openNowOnly)
{
    if (openNowOnly == m_openNowOnly)
        return;
    m_openNowOnly = openNowOnly;
    invalidateRowsFilter();
}

void ServiceFilterProxy::setChannelFilter(int channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    invalidateRowsFilter();
}

void ServiceFilterProxy::setScopeFilter(std::optional<ServiceScope> scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

int ServiceFilterProxy::openCount() const
{
    int open = 0;
    for (int row = 0; row < rowCount(); ++row) {
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
    if (m_openNowOnly && index.data(OpenStateRole).toInt() != int(OpenState::Open))
        return false;
    if (!m_query.isEmpty()
        && !m_query.matches(index.data(SearchTextRole).toString(),
                            index.data(SearchDigitsRole).toString()))
        return false;
    return true;
}

bool ServiceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    for (const int role : {PinnedRole, FavouriteRole}) {
        const bool l = left.data(role).toBool();
        const bool r = right.data(role).toBool();
        if (l != r)
            return l;
    }
    const bool leftOpen = left.data(OpenStateRole).toInt() == int(OpenState::Open);
    const bool rightOpen = right.data(OpenStateRole).toInt() == int(OpenState::Open);
    if (leftOpen != rightOpen)
        return leftOpen;
    const int byName = sortKey(left).compare(sortKey(right));
    if (byName != 0)
        return byName < 0;
    return left.data(ServiceIdRole).toString() < right.data(ServiceIdRole).toString();
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
    for (int row = first; row <= last && std::size_t(row) < m_sortKeys.size(); ++row)
        m_sortKeys[std::size_t(row)].reset();
}

void ServiceFilterProxy::forgetAllSortKeys()
{
    m_sortKeys.clear();
}

} // namespace Helplines
