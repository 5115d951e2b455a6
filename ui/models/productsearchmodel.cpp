#include "ui/models/productsearchmodel.h"

#include "core/repositories/productrepository.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/widgets/matchdelegate.h"
#include "ui/workspace.h"

#include <QLocale>

namespace SalesSync {

ProductSearchModel::ProductSearchModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    setSearchText({});
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Product &p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case MatchDelegate::DetailRole:
        return tr("%1 · %2 per %3").arg(p.sku, p.unitPrice.format(QLocale()), DisplayText::unit(p.unit));
    case Qt::ToolTipRole:
        return p.category;
    case Qt::UserRole:
        return p.id;
    default:
        return {};
    }
}

void ProductSearchModel::setSearchText(const QString &text)
{
    const quint64 generation = ++m_generation;
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), text] { return ProductRepository(database).search(text.trimmed(), 50); },
        [this, generation](Result<QList<Product>> found) {
            if (generation != m_generation || !found) {
                return;
            }
            beginResetModel();
            m_products = *std::move(found);
            m_shownGeneration = generation;
            endResetModel();
            emit searched();
        });
}

const Product *ProductSearchModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

} // namespace SalesSync
