#pragma once

#include "core/result.h"
#include "ui/background.h"
#include "ui/workspace.h"

#include <QAbstractTableModel>
#include <QScopeGuard>

#include <functional>
#include <optional>

namespace SalesSync {

class Database;

// The signals and state of a list read a page at a time; PagedTableModel<Row> does the reading.
class PagedModelBase : public QAbstractTableModel {
    Q_OBJECT

public:
    bool isLoading() const { return m_loading; }
    // Why the last read failed; empty when it worked.
    QString lastError() const { return m_error; }
    // Whether views may fetch more rows. A view that is not on screen may still ask for rows
    // (Qt's views fetch while the last row would be visible, which a hidden one cannot judge), so
    // a page turns fetching off while it is hidden.
    void setFetchEnabled(bool enabled) { m_fetchEnabled = enabled; }
    // Reads the rest of the rows, in large pages, and says reachedEnd() when all are in (at
    // once when they already are): Ctrl+End in a view goes to the real last row.
    virtual void fetchToEnd() = 0;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    void reachedEnd();

protected:
    using QAbstractTableModel::QAbstractTableModel;
    void setLoading(bool loading)
    {
        if (m_loading != loading) {
            m_loading = loading;
            emit loadingChanged(loading);
        }
    }

    quint64 m_generation = 0; // bumped by every new read; older answers are dropped
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_fetchEnabled = true;
    bool m_toEnd = false; // fetchToEnd() asked: keep reading until exhausted
    QString m_error;
};

// A table read a page at a time on the workspace's worker threads as the view scrolls
// (canFetchMore/fetchMore), with keyset paging: each page continues after the last row of the
// one before, so the 500th page costs what the first does. restart() starts over (new search or
// order); reload() reads as many rows as are loaded again, in place when they are the same rows,
// so a view keeps its selection and scroll position when data changes underneath.
template <typename Row>
class PagedTableModel : public PagedModelBase {
public:
    static constexpr int kPageSize = 200;
    static constexpr int kPageSizeToEnd = 2000;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_fetchEnabled && !m_exhausted && !m_loading;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent)) {
            load(m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.last()), kPageSize, false);
        }
    }

    void reload() { load(std::nullopt, std::max<int>(kPageSize, int(m_rows.size())), true); }
    void fetchToEnd() override
    {
        if (m_exhausted) {
            emit reachedEnd();
            return;
        }
        m_toEnd = true;
        if (!m_loading) {
            load(m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.last()), kPageSizeToEnd, false);
        }
    }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The id of a loaded row, empty outside; the row of an id among the loaded ones, or -1.
    QString idAt(int row) const { return row >= 0 && row < m_rows.size() ? keyOf(m_rows.at(row)) : QString(); }
    int rowOf(const QString &id) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == id) {
                return int(i);
            }
        }
        return -1;
    }

protected:
    // Reads up to limit rows after the given one; runs on a worker thread, so it must capture
    // what it needs by value.
    using Reader = std::function<Result<QList<Row>>(Database &database, const std::optional<Row> &after, int limit)>;

    PagedTableModel(Workspace &workspace, QObject *parent)
        : PagedModelBase(parent)
        , m_workspace(workspace)
    {}

    virtual Reader reader() const = 0;
    virtual QString keyOf(const Row &row) const = 0;

    void restart()
    {
        beginResetModel();
        m_rows.clear();
        m_exhausted = false;
        m_toEnd = false;
        endResetModel();
        load(std::nullopt, kPageSize, true);
    }

    Workspace &m_workspace;
    QList<Row> m_rows;

private:
    void continueToEnd()
    {
        if (!m_toEnd) {
            return;
        }
        if (m_exhausted) {
            m_toEnd = false;
            emit reachedEnd();
            return;
        }
        load(m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.last()), kPageSizeToEnd, false);
    }

    void load(std::optional<Row> after, int limit, bool replace)
    {
        const quint64 generation = ++m_generation;
        setLoading(true);
        runInBackground(
            m_workspace.pool(), this,
            // One more than wanted says whether there is more.
            [&database = m_workspace.database(), read = reader(), after = std::move(after), limit] {
                return read(database, after, limit + 1);
            },
            [this, generation, limit, replace](Result<QList<Row>> rows) {
                if (generation != m_generation) {
                    return; // a newer read started meanwhile
                }
                // Still "loading" while the rows go in: a view asking for more from inside the
                // insert would otherwise continue after the old last row and read a page twice.
                // Then, when asked for the end, the next page or the news that it is here.
                const auto done = qScopeGuard([this] {
                    setLoading(false);
                    continueToEnd();
                });
                if (!rows) {
                    m_error = rows.error().message();
                    m_exhausted = true;
                    emit errorOccurred(m_error);
                    return;
                }
                m_error.clear();
                QList<Row> &page = rows.value();
                m_exhausted = page.size() <= limit;
                if (!m_exhausted) {
                    page.removeLast();
                }
                if (replace) {
                    const bool sameRows =
                        !m_rows.isEmpty() &&
                        std::equal(m_rows.cbegin(), m_rows.cend(), page.cbegin(), page.cend(),
                                   [this](const Row &a, const Row &b) { return keyOf(a) == keyOf(b); });
                    if (sameRows) {
                        m_rows = std::move(page);
                        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
                        return;
                    }
                    beginResetModel();
                    m_rows = std::move(page);
                    endResetModel();
                    return;
                }
                if (!page.isEmpty()) {
                    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                    m_rows << page;
                    endInsertRows();
                }
            });
    }
};

} // namespace SalesSync
