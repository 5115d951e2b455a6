#pragma once

#include "sync/client/localsyncstore.h"

#include <QAbstractTableModel>

namespace SalesSync {

// The same-field conflicts the server reported for this device's changes: when, what, base,
// mine, theirs, and how it was settled (or that it waits for a person).
class ConflictModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Record, Field, Base, Mine, Theirs, Resolution, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConflicts(const QList<Sync::ConflictRecord> &conflicts);
    const Sync::ConflictRecord *at(int row) const;

    // A field value for people: text as is, "(empty)" for nothing.
    static QString valueText(const QJsonValue &value);
    // "credit_limit_minor" -> "credit limit minor"; known fields by their screen name.
    static QString fieldName(const QString &entity, const QString &field);
    static QString entityName(const QString &entity);

private:
    QList<Sync::ConflictRecord> m_rows;
};

// Changes the server refused (or that were set aside), with the reason in the client's words.
class QuarantineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Record, Change, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOps(const QList<Sync::QuarantinedOp> &ops);
    const Sync::QuarantinedOp *at(int row) const;

private:
    QList<Sync::QuarantinedOp> m_rows;
};

} // namespace SalesSync
