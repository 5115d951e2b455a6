#pragma once

#include "core/reports/workspacesummary.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;

namespace SalesSync {

class Database;

// The workspace at a glance: customers, catalogue, today's visits, last 30 days' orders and
// sales, open balances and unsynced changes. Figures are computed off the UI thread.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(Database &database, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void refresh();
    bool isLoading() const;
    // The value shown for a figure ("customers", "sales30", ...), for tests and accessibility.
    QString figure(const QString &key) const;

signals:
    void refreshed();

private:
    void showSummary();

    Database &m_database;
    QFutureWatcher<Result<WorkspaceSummary>> m_watcher;
    QHash<QString, QLabel *> m_values;
    QLabel *m_status = nullptr;
};

} // namespace SalesSync
