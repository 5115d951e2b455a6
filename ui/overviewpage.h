#pragma once

#include "core/reports/workspacesummary.h"

#include <QFutureWatcher>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace SalesSync {

class DashboardView;
class PageHeader;
class Workspace;

// The workspace at a glance: on top the dashboard (DashboardView: the team's KPIs for managers
// and admins, "My performance" for an agent), then two groups that never mix: the work (an
// agent's own visits today, orders and sales of the last 30 days; everyone's for managers and
// admins), and what the workspace holds (customers, catalogue, territories, agents, open
// balances). Changes waiting to sync appear only in a workspace that syncs. Figures are computed
// off the UI thread.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(Workspace &workspace, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void refresh();
    bool isLoading() const;
    // The value shown for a figure ("customers", "sales30", ...), for tests and accessibility;
    // empty for a figure the page does not show.
    QString figure(const QString &key) const;
    // The heading of the group of work figures ("Your work" or "Everyone's work").
    QString workHeading() const;
    DashboardView *dashboard() const { return m_dashboard; }

signals:
    void refreshed();
    void customerOpened(const QString &customerId);

private:
    QGridLayout *addGroup(QLayout *into, QLabel *heading);
    void addTile(QGridLayout *grid, const QString &key, const QString &label, const QString &definition);
    void showSummary();

    Workspace &m_workspace;
    QFutureWatcher<Result<WorkspaceSummary>> m_watcher;
    QHash<QString, QLabel *> m_values;
    PageHeader *m_header = nullptr;
    QLabel *m_workHeading = nullptr;
    DashboardView *m_dashboard = nullptr;
};

} // namespace SalesSync
