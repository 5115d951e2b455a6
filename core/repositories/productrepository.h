#pragma once

#include "core/domain/product.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace SalesSync {

class Database;

// The catalogue: products, price lists and their items.
class ProductRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::ProductRepository)

public:
    explicit ProductRepository(Database &database);

    Result<Product> get(const QString &id);
    Result<Product> findBySku(const QString &sku);
    // Active products whose name or SKU contains every word of the text (case-insensitive),
    // best first: the SKU itself, then names and SKUs starting with the text, then names with a
    // word starting with it, then the rest; by name within each.
    Result<QList<Product>> search(const QString &text, int limit = 50, int offset = 0);
    Result<Product> create(Product product);
    Result<Product> update(const Product &product);

    Result<PriceList> priceList(const QString &id);
    Result<PriceList> createPriceList(PriceList list);
    Result<PriceListItem> setPrice(PriceListItem item);

    // The net unit price a customer pays: their price list's price when it lists the product,
    // otherwise the product's list price.
    Result<Money> priceFor(const QString &productId, const QString &priceListId);

    // The stored fields of a product by column name, as change capture writes them.
    static QVariantMap values(const Product &row);
    static QVariantMap values(const PriceList &row);
    static QVariantMap values(const PriceListItem &row);

private:
    // The text with LIKE's wildcards and the escape character escaped (ESCAPE '\\').
    static QString likeEscaped(QString text);

    Database &m_database;
};

} // namespace SalesSync
