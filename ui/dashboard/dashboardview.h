#pragma once

#include "core/kpi/dashboardquery.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QStandardItemModel;
class QTableView;

namespace SalesSync {

class DashboardCharts;
class KpiTile;
class Workspace;

// The team's KPIs against their targets, computed on this computer from its own data (the
// aggregates of core/kpi): tiles with the change against the previous period and a year ago,
// charts, the next level down and the agents' leaderboard. Managers and admins drill from the
// territories they see down region > area > territory > agent > customer, with a breadcrumb back
// up; an agent sees "My performance" and their customers. A line says how fresh the data is.
// Everything is read off the UI thread; switching period or level never blocks the window.
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    enum class Period { Today, Week, Month, Quarter, Year, Custom };

    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    void refresh();
    bool isLoading() const;
    void setPeriod(Period period, const QDate &from = {}, const QDate &to = {});
    void setCompareWithLastYear(bool lastYear);

    // Drilling, as a click does it: into a row of the next level (its index in children()),
    // into an agent, or back up to a crumb of the breadcrumb (0 = the top).
    void drillInto(int child);
    void drillToAgent(const QString &agentId);
    void drillUp(int crumb);

    // What is shown (tests, accessibility).
    QStringList breadcrumb() const;
    const DashboardFigures &figures() const { return m_figures; }
    KpiTile *tile(Kpi kpi) const;
    QString freshness() const;
    QString heading() const;
    QStandardItemModel *childrenModel() const { return m_children; }
    QStandardItemModel *leaderboardModel() const { return m_leaderboard; }
    DashboardCharts *charts() const { return m_charts; }

signals:
    void refreshed();
    void customerOpened(const QString &customerId);
    void kpiExplained(SalesSync::Kpi kpi);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Crumb {
        DashboardLevel level;
        QString name;
    };
    struct Loaded {
        Result<DashboardFigures> figures;
        QDateTime pulledAt; // invalid: never synced (or no server)
        qint64 pending = 0; // changes on this computer not yet sent
    };

    void buildControls(QHBoxLayout *row);
    void buildTables(QGridLayout *grid);
    void resetLevels();
    void periodChosen();
    std::pair<QDate, QDate> periodDays() const;
    QString previousName() const;
    void show();
    void showTiles();
    void layoutTiles(int perRow);
    void showChildren();
    void showLeaderboard();
    void showFreshness(const Loaded &loaded);
    void updateBreadcrumb();
    void explain(Kpi kpi);
    QList<double> series(Kpi kpi) const;

    Workspace &m_workspace;
    QFutureWatcher<Loaded> m_watcher;
    bool m_again = false;
    bool m_loading = false;
    bool m_agentView = false;
    QList<Crumb> m_crumbs;
    DashboardFigures m_figures;
    QLabel *m_heading = nullptr;
    QLabel *m_freshness = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_compare = nullptr;
    QWidget *m_breadcrumb = nullptr;
    QHash<Kpi, KpiTile *> m_tiles;
    QList<KpiTile *> m_tileOrder; // the dictionary's order
    QGridLayout *m_tileGrid = nullptr;
    int m_tilesPerRow = 0;
    DashboardCharts *m_charts = nullptr;
    QLabel *m_childrenTitle = nullptr;
    QStandardItemModel *m_children = nullptr;
    QTableView *m_childrenView = nullptr;
    QStandardItemModel *m_leaderboard = nullptr;
    QTableView *m_leaderboardView = nullptr;
    QLabel *m_leaderboardTitle = nullptr;
};

} // namespace SalesSync
