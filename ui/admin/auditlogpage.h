#pragma once

#include "core/reports/auditlog.h"
#include "ui/admin/auditlogmodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace SalesSync {

class EmptyState;
class MessageBar;
class PageHeader;
class Workspace;

// The audit trail, read only: who did what, when, from which device, with the values before
// and after. Filters by person, period, kind of record, action and record; opens the record an
// entry is about; exports what is shown as CSV. Admins receive the trail with their sync.
class AuditLogPage final : public QWidget {
    Q_OBJECT

public:
    using Column = AuditLogColumns::Column;

    explicit AuditLogPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    const AuditLog &log() const { return m_log; }
    bool isLoaded() const { return m_loaded; }
    QString summaryText() const;
    AuditLog::Filter filter() const;
    // Sets the filter fields (tests, "show this record's history").
    void setFilter(const AuditLog::Filter &filter);
    QAction *exportAction() const { return m_export; }
    QAction *openAction() const { return m_open; }
    bool saveCsv(const QString &path, QString *error);

signals:
    void loaded();
    // The person asked to see the record an entry is about.
    void recordRequested(const QString &entity, const QString &rowId);

private:
    void reload();
    void loadChoices();
    void show(AuditLog log);
    void updateActions();

    Workspace &m_workspace;
    AuditLog m_log;
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    PageHeader *m_header = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_record = nullptr;
    QLabel *m_summary = nullptr;
    EmptyState *m_empty = nullptr;
    MessageBar *m_message = nullptr;
    QAction *m_export = nullptr;
    QAction *m_open = nullptr;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_settingFilter = false;
};

} // namespace SalesSync
