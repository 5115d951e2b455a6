#pragma once

#include "core/domain/order.h"
#include "core/domain/product.h"

#include <QAbstractTableModel>

namespace SalesSync {

// The lines of an order being written, editable in place: quantity and line discount are typed
// into the table; price, tax and the line's net follow from OrderCalculator as the agent types,
// and so do the order's totals. Input that cannot be read (a letter in a quantity, more decimals
// than the currency has) is refused with a message naming the line and the field.
class OrderLinesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ProductName, Sku, Quantity, Unit, UnitPrice, Discount, Tax, Net, ColumnCount };

    explicit OrderLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The order with its lines; products gives each line's product (for name, SKU and unit).
    void setOrder(const Order &order, const QList<Product> &products);
    const Order &order() const { return m_order; }
    // The product of each line, in line order.
    const QList<Product> &products() const { return m_products; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // Adds a product at the given net unit price, one unit; a product already on the order gets
    // one more unit instead. Returns the line's row.
    int addProduct(const Product &product, const Money &unitPrice);
    void removeLine(int row);

    // Why the last edit was refused; empty after one that worked.
    QString lastError() const { return m_error; }

signals:
    void totalsChanged();
    void editRefused(const QString &message);

private:
    void recalculate();

    Order m_order;
    QList<Product> m_products; // parallel to m_order.lines
    bool m_editable = true;
    QString m_error;
};

} // namespace SalesSync
