#include "ui/admin/administrationpage.h"

#include "ui/admin/auditlogpage.h"
#include "ui/admin/companyprofilepage.h"
#include "ui/admin/realignmenthistorypage.h"
#include "ui/admin/realignmentpage.h"
#include "ui/admin/territoriespage.h"
#include "ui/admin/userspage.h"
#include "ui/theme/theme.h"
#include "ui/workspace.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace SalesSync {

AdministrationPage::AdministrationPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("administrationPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    m_territories = new TerritoriesPage(workspace, m_tabs);
    m_tabs->addTab(m_territories, Theme::icon(QStringLiteral("view-list-tree")), tr("&Territories"));
    m_realignment = new RealignmentPage(workspace, m_tabs);
    m_tabs->addTab(m_realignment, Theme::icon(QStringLiteral("go-next")), tr("&Assignments"));
    m_history = new RealignmentHistoryPage(workspace, m_tabs);
    m_tabs->addTab(m_history, Theme::icon(QStringLiteral("view-history")), tr("Realignment &history"));
    connect(m_realignment, &RealignmentPage::realigned, m_history, &RealignmentHistoryPage::reload);
    connect(m_territories, &TerritoriesPage::realignmentRequested, this,
            [this](const RealignmentMoves::TerritoryMove &move, const QString &description) {
                m_realignment->addTerritoryMove(move, description);
                m_tabs->setCurrentWidget(m_realignment);
            });
    m_users = new UsersPage(workspace, m_tabs);
    m_tabs->addTab(m_users, Theme::icon(QStringLiteral("system-users")), tr("&Users and devices"));
    m_companyProfile = new CompanyProfilePage(workspace, m_tabs);
    m_tabs->addTab(m_companyProfile, Theme::icon(QStringLiteral("document-properties")), tr("&Company"));
    m_auditLog = new AuditLogPage(workspace, m_tabs);
    m_tabs->addTab(m_auditLog, Theme::icon(QStringLiteral("view-history")), tr("Audit &log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
    updateForRole();
    connect(&workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"user")) {
            updateForRole();
        }
    });
}

void AdministrationPage::updateForRole()
{
    const std::optional<User> user = m_workspace.user();
    const bool admin = user && user->role == Role::Admin;
    m_tabs->setTabVisible(m_tabs->indexOf(m_auditLog), admin);
    m_tabs->setTabVisible(m_tabs->indexOf(m_companyProfile), admin);
}

} // namespace SalesSync
