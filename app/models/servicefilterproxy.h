#ifndef HELPLINES_MODELS_SERVICEFILTERPROXY_H
#define HELPLINES_MODELS_SERVICEFILTERPROXY_H

#include "core/service.h"
#include "models/searchtext.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace Helplines {

class ServiceListModel;

// Search and filters over ServiceListModel, and the order of the list: pinned services, then
// favourites, then services open now, then by name with locale-aware collation (accents sort as
// French readers expect, numbers by value). Search is accent- and case-insensitive over names,
// descriptions, audience, organisation and the digits of numbers (typing "3114" or "0800 130" finds
// the line).
class ServiceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceFilterProxy)

public:
    explicit ServiceFilterProxy(QObject *parent = nullptr);
    ~ServiceFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    std::optional<ServiceCategory> categoryFilter() const { return m_category; }
    void setCategoryFilter(std::optional<ServiceCategory> category);

    // Only services open now (unknown is not open).
    bool openNowOnly() const { return m_openNowOnly; }
    void setOpenNowOnly(bool openNowOnly);

    // Only services reachable through one of these channels (ChannelFlag); 0 for all.
    int channelFilter() const { return m_channels; }
    void setChannelFilter(int channels);

    std::optional<ServiceScope> scopeFilter() const { return m_scope; }
    void setScopeFilter(std::optional<ServiceScope> scope);

    // How many of the rows shown are open now. Kept up to date as rows come and go, so that it
    // costs nothing to ask after every change; counted again after a change of open states.
    int openCount() const;

    // The locale whose collation orders names.
    void setSortLocale(const QLocale &locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QCollatorSortKey &sortKey(const QModelIndex &sourceIndex) const;
    void forgetSortKeys(int first, int last);
    void forgetAllSortKeys();
    // The place of every source row in the list's order, computed once for all rows and kept
    // until the data that orders them changes: lessThan() then compares two integers, however
    // many rows a keystroke brings back.
    void rankAll() const;
    void forgetRanks() { m_ranks.clear(); }
    int openIn(int first, int last) const;
    void forgetOpenCount() { m_openCount = -1; }
    // Filters again after a change of search or filters.
    void refilter();

    QString m_searchText;
    SearchQuery m_query;
    std::optional<ServiceCategory> m_category;
    std::optional<ServiceScope> m_scope;
    int m_channels = 0;
    bool m_openNowOnly = false;
    QCollator m_collator;
    // The source model when it is a ServiceListModel: the filter reads its rows directly.
    const ServiceListModel *m_services = nullptr;
    // Collation keys of the names by source row, computed when first compared.
    mutable std::vector<std::optional<QCollatorSortKey>> m_sortKeys;
    // By source row; empty when to be computed again.
    mutable std::vector<int> m_ranks;
    // -1 when to be counted again.
    mutable int m_openCount = -1;
};

} // namespace Helplines

#endif // HELPLINES_MODELS_SERVICEFILTERPROXY_H
