#pragma once

#include "core/domain/product.h"

#include <QAbstractListModel>

namespace SalesSync {

class Workspace;

// Active products whose name or SKU contains the typed text, best 50, searched on the
// workspace's worker threads as the agent types.
class ProductSearchModel final : public QAbstractListModel {
    Q_OBJECT

public:
    explicit ProductSearchModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString &text);
    const Product *productAt(int row) const;
    // Whether the rows shown are the answer to the last text asked for.
    bool isCurrent() const { return m_shownGeneration == m_generation; }

signals:
    void searched();

private:
    Workspace &m_workspace;
    QList<Product> m_products;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
};

} // namespace SalesSync
