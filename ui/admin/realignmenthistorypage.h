#pragma once

#include "sync/protocol/adminmessages.h"
#include "ui/confirm.h"

#include <QHash>
#include <QWidget>

class QAction;
class QStandardItemModel;
class QTableView;

namespace SalesSync {

class EmptyState;
class MessageBar;
class PageHeader;
class ServerStack;
class Workspace;

// The realignments made so far, as the server keeps them (an admin sees all, a manager their
// own): scheduled, applied, failed or cancelled, with everyone whose laptop they changed, not
// only the customers that moved. Scheduled ones can be cancelled; the whole history exports as
// CSV, a line per person affected.
class RealignmentHistoryPage final : public QWidget {
    Q_OBJECT

public:
    enum Column { Status, Effective, Created, CreatedBy, Changes, People, Note, ColumnCount };

    explicit RealignmentHistoryPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *exportAction() const { return m_export; }
    MessageBar *message() const { return m_message; }
    EmptyState *unavailable() const;
    const QList<Protocol::RealignmentInfo> &realignments() const { return m_rows; }
    bool isLoaded() const { return m_loaded; }
    void setConfirm(ConfirmAnswer confirm) { m_confirm = std::move(confirm); }

    // The history as CSV (RFC 4180, UTF-8): a line per realignment and person affected.
    QByteArray toCsv() const;
    bool saveCsv(const QString &path, QString *error) const;

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(QList<Protocol::RealignmentInfo> rows, QHash<QString, QString> names);
    void updateActions();
    void cancelCurrent();
    QString changesText(const RealignmentMoves &moves) const;
    QString name(const QString &userId) const { return m_names.value(userId, userId); }

    Workspace &m_workspace;
    PageHeader *m_header = nullptr;
    MessageBar *m_message = nullptr;
    ServerStack *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_export = nullptr;
    QList<Protocol::RealignmentInfo> m_rows;
    QHash<QString, QString> m_names; // user id -> display name
    ConfirmAnswer m_confirm;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_shownOnce = false;
};

} // namespace SalesSync
