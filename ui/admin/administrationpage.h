#pragma once

#include <QWidget>

class QTabWidget;

namespace SalesSync {

class AuditLogPage;
class CompanyProfilePage;
class RealignmentHistoryPage;
class RealignmentPage;
class TerritoriesPage;
class UsersPage;
class Workspace;

// The administration section, for admins and managers (MainWindow shows it to them only): one
// tab per thing they administer. Managers see what concerns their territories; the server
// checks every change again whatever this screen offers.
class AdministrationPage final : public QWidget {
    Q_OBJECT

public:
    explicit AdministrationPage(Workspace &workspace, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    TerritoriesPage *territories() const { return m_territories; }
    RealignmentPage *realignment() const { return m_realignment; }
    RealignmentHistoryPage *realignmentHistory() const { return m_history; }
    UsersPage *users() const { return m_users; }
    AuditLogPage *auditLog() const { return m_auditLog; }
    CompanyProfilePage *companyProfile() const { return m_companyProfile; }

private:
    // The audit log and the company profile are the admins' (only they receive the trail and
    // may change the profile).
    void updateForRole();

    Workspace &m_workspace;
    QTabWidget *m_tabs = nullptr;
    TerritoriesPage *m_territories = nullptr;
    RealignmentPage *m_realignment = nullptr;
    RealignmentHistoryPage *m_history = nullptr;
    UsersPage *m_users = nullptr;
    AuditLogPage *m_auditLog = nullptr;
    CompanyProfilePage *m_companyProfile = nullptr;
};

} // namespace SalesSync
