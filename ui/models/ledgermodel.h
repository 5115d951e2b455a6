#pragma once

#include "core/reports/customerstatement.h"

#include <QAbstractTableModel>

namespace SalesSync {

// A customer's statement as a table: opening balance, each ledger entry with charges, credits and
// the running balance, reversals marked. Filled from CustomerStatement (read on a worker thread
// by the page).
class LedgerModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Entry, Reference, Method, Charge, Credit, Balance, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ReversibleRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStatement(const CustomerStatement &statement);
    const CustomerStatement &statement() const { return m_statement; }
    // The ledger line of a row; the first row is the opening balance and has none.
    const CustomerStatement::Line *lineAt(int row) const;

private:
    CustomerStatement m_statement;
};

} // namespace SalesSync
