#pragma once

#include "core/repositories/customerrepository.h"

#include <QAbstractTableModel>

namespace SalesSync {

class Workspace;

// The customer list, read a page at a time on the workspace's worker threads as the view
// scrolls (canFetchMore/fetchMore), so it opens at once with 100,000 customers and the UI never
// waits for a query. Search text and sort order start a new read; answers to an older read are
// dropped. reload() re-reads as many rows as are loaded, in place, after data changed.
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Code, City, Phone, Status, Balance, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverLimitRole };

    explicit CustomerListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Name, Code, City and Phone sort; the other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Whether views may fetch more rows. A view that is not on screen may still ask for rows
    // (Qt's views fetch while the last row would be visible, which a hidden one cannot judge), so
    // a page turns fetching off while it is hidden.
    void setFetchEnabled(bool enabled);

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }
    void reload();

    // How many customers match the search (all of them, not only the loaded rows); -1 while
    // counting.
    qint64 matchCount() const { return m_matchCount; }
    bool isLoading() const { return m_loading; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    // Why the last read failed; empty when it worked.
    QString lastError() const { return m_error; }

signals:
    void loadingChanged(bool loading);
    void matchCountChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    void restart();
    void loadPage(std::optional<CustomerListRow> after, int limit, bool replace);
    void countMatches();
    void setLoading(bool loading);

    Workspace &m_workspace;
    CustomerListQuery m_query;
    QList<CustomerListRow> m_rows;
    quint64 m_generation = 0; // bumped by every new read; older answers are dropped
    quint64 m_countGeneration = 0;
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_fetchEnabled = true;
    qint64 m_matchCount = -1;
    QString m_error;
    static constexpr int kPageSize = 200;
};

} // namespace SalesSync
