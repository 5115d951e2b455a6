#pragma once

#include "core/reports/auditlog.h"
#include "ui/models/rowlistmodel.h"

namespace SalesSync {

namespace AuditLogColumns {
enum Column { When, Who, Device, Action, Record, Changes, ColumnCount };
}

// The audit log's entries as a table, replaced as a whole when the filters change (one reset,
// one layout, however many entries).
class AuditLogModel final : public RowListModel<AuditLog::Row, AuditLogColumns::ColumnCount> {
    Q_OBJECT

public:
    using Column = AuditLogColumns::Column;
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace SalesSync
