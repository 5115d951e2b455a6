#pragma once

#include "sync/client/localsyncstore.h"
#include "ui/models/rowlistmodel.h"

namespace SalesSync {

// The same-field conflicts the server reported for this device's changes: when, what, base,
// mine, theirs, and how it was settled (or that it waits for a person).
namespace ConflictColumns {
enum Column { When, Record, Field, Base, Mine, Theirs, Resolution, ColumnCount };
}

class ConflictModel final : public RowListModel<Sync::ConflictRecord, ConflictColumns::ColumnCount> {
    Q_OBJECT

public:
    using enum ConflictColumns::Column;

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A field value for people: text as is, "(empty)" for nothing.
    static QString valueText(const QJsonValue &value);
    // "credit_limit_minor" -> "credit limit minor"; known fields by their screen name.
    static QString fieldName(const QString &entity, const QString &field);
    static QString entityName(const QString &entity);
};

// Changes the server refused (or that were set aside), with the reason in the client's words.
namespace QuarantineColumns {
enum Column { When, Record, Change, Reason, ColumnCount };
}

class QuarantineModel final : public RowListModel<Sync::QuarantinedOp, QuarantineColumns::ColumnCount> {
    Q_OBJECT

public:
    using enum QuarantineColumns::Column;

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace SalesSync
