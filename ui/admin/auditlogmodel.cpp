#include "ui/admin/auditlogmodel.h"

#include "ui/admin/audittext.h"
#include "ui/displaytext.h"
#include "ui/models/syncissuesmodels.h"

namespace SalesSync {

using namespace AuditLogColumns;

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditLog::Row *row = at(index.row());
    if (!row || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry &e = row->entry;
    if (role == Qt::ToolTipRole && index.column() == Record) {
        return e.rowId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case When:
        return DisplayText::dateTime(e.at);
    case Who:
        if (!row->userName.isEmpty()) {
            return row->userName;
        }
        return e.userId.isEmpty() ? tr("nobody known") : e.userId.left(8);
    case Device:
        return e.deviceId;
    case Action:
        return AuditText::action(e.action);
    case Record:
        return tr("%1 %2", "record: kind and its name or the end of its id")
            .arg(ConflictModel::entityName(e.entity), row->recordName.isEmpty() ? e.rowId.right(8) : row->recordName);
    case Changes:
        return AuditText::changes(e, row->currency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Changes:
        return tr("Changes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace SalesSync
