#include "core/repositories/productrepository.h"

#include "core/repositories/repositorysupport.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const QString kSelect = QStringLiteral("SELECT id, sku, name, category, unit, unit_price_minor, currency, tax_rate_bp, "
                                       "active, server_version FROM products");

Product fromQuery(const QSqlQuery &q)
{
    Product p;
    p.id = text(q, 0);
    p.sku = text(q, 1);
    p.name = text(q, 2);
    p.category = text(q, 3);
    p.unit = text(q, 4);
    p.unitPrice = money(q, 5, currency(q, 6));
    p.taxRateBasisPoints = q.value(7).toInt();
    p.active = q.value(8).toBool();
    p.serverVersion = q.value(9).toLongLong();
    return p;
}

QVariantMap toValues(const Product &p)
{
    return {{QStringLiteral("sku"), p.sku},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("unit_price_minor"), p.unitPrice.minorUnits()},
            {QStringLiteral("currency"), p.unitPrice.currency().code()},
            {QStringLiteral("tax_rate_bp"), p.taxRateBasisPoints},
            {QStringLiteral("active"), p.active}};
}

Result<Product> single(Result<QSqlQuery> q, const QString &missing)
{
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, missing);
    }
    return fromQuery(q.value());
}

} // namespace

ProductRepository::ProductRepository(Database &database)
    : m_database(database)
{}

QString ProductRepository::likeEscaped(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
}

Result<Product> ProductRepository::get(const QString &id)
{
    return single(runQuery(m_database.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id}),
                  tr("There is no product with id %1.").arg(id));
}

Result<Product> ProductRepository::findBySku(const QString &sku)
{
    return single(runQuery(m_database.connection(), kSelect + QStringLiteral(" WHERE sku = ?"), {sku}),
                  tr("There is no product with SKU %1.").arg(sku));
}

Result<QList<Product>> ProductRepository::search(const QString &text, int limit, int offset)
{
    const QString whole = likeEscaped(text.simplified());
    // Every word must be in the name or the SKU; the best matches of the whole text come first.
    QStringList where{QStringLiteral("active = 1")};
    QVariantList params;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        where << QStringLiteral("(name LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\')");
        const QString pattern = u'%' + likeEscaped(word) + u'%';
        params << pattern << pattern;
    }
    const QString prefix = whole + u'%';
    params << whole << prefix << prefix << QString(QStringLiteral("% ") + prefix) << limit << offset;
    Result<QSqlQuery> q = runQuery(m_database.connection(),
                                   kSelect + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) +
                                       QStringLiteral(" ORDER BY CASE WHEN sku LIKE ? ESCAPE '\\' THEN 0 "
                                                      "WHEN name LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\' THEN 1 "
                                                      "WHEN name LIKE ? ESCAPE '\\' THEN 2 ELSE 3 END, "
                                                      "name COLLATE NOCASE, sku LIMIT ? OFFSET ?"),
                                   params);
    if (!q) {
        return q.error();
    }
    QList<Product> list;
    while (q.value().next()) {
        list << fromQuery(q.value());
    }
    return list;
}

Result<Product> ProductRepository::create(Product product)
{
    if (product.id.isEmpty()) {
        product.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = product.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(EntitySchema::get(QStringLiteral("product")), product.id, toValues(product));
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return product;
}

Result<Product> ProductRepository::update(const Product &product)
{
    if (const QList<FieldError> errors = product.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.update(EntitySchema::get(QStringLiteral("product")), product.id, toValues(product));
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(product.id);
}

Result<PriceList> ProductRepository::priceList(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(),
                                   QStringLiteral("SELECT id, name, currency, active, server_version FROM price_lists "
                                                  "WHERE id = ?"),
                                   {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no price list with id %1.").arg(id));
    }
    PriceList list;
    list.id = text(q.value(), 0);
    list.name = text(q.value(), 1);
    list.currency = currency(q.value(), 2);
    list.active = q.value().value(3).toBool();
    list.serverVersion = q.value().value(4).toLongLong();
    return list;
}

Result<PriceList> ProductRepository::createPriceList(PriceList list)
{
    if (list.id.isEmpty()) {
        list.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = list.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    ChangeWriter writer(m_database, tx);
    const Status s = writer.insert(EntitySchema::get(QStringLiteral("price_list")), list.id, values(list));
    if (!s) {
        return s.error();
    }
    if (const Status c = tx.commit(); !c) {
        return c.error();
    }
    return list;
}

Result<PriceListItem> ProductRepository::setPrice(PriceListItem item)
{
    if (item.id.isEmpty()) {
        item.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = item.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<PriceList> list = priceList(item.priceListId);
    if (!list) {
        return list.error().code() == ErrorCode::NotFound
                   ? Error::validation(QStringLiteral("priceListId"), tr("refers to a price list that does not exist"))
                   : list.error();
    }
    if (!(list->currency == item.unitPrice.currency())) {
        return Error::validation(
            QStringLiteral("unitPrice"),
            tr("is in %1 but the price list is in %2").arg(item.unitPrice.currency().code(), list->currency.code()));
    }
    if (const Status s = requireExisting(tx.database(), QStringLiteral("products"), item.productId,
                                         QStringLiteral("productId"), tr("refers to a product that does not exist"));
        !s) {
        return s.error();
    }
    const Result<QVariant> existing = queryValue(
        tx.database(), QStringLiteral("SELECT id FROM price_list_items WHERE price_list_id = ? AND product_id = ?"),
        {item.priceListId, item.productId});
    if (!existing) {
        return existing.error();
    }
    ChangeWriter writer(m_database, tx);
    const EntityDef &entity = EntitySchema::get(QStringLiteral("price_list_item"));
    Status s;
    if (existing->isNull()) {
        s = writer.insert(entity, item.id, values(item));
    } else {
        item.id = existing->toString();
        s = writer.update(entity, item.id, {{QStringLiteral("unit_price_minor"), item.unitPrice.minorUnits()}});
    }
    if (!s) {
        return s.error();
    }
    if (const Status c = tx.commit(); !c) {
        return c.error();
    }
    return item;
}

Result<Money> ProductRepository::priceFor(const QString &productId, const QString &priceListId)
{
    const Result<Product> product = get(productId);
    if (!product) {
        return product.error();
    }
    if (priceListId.isEmpty()) {
        return product->unitPrice;
    }
    Result<QSqlQuery> q = runQuery(m_database.connection(),
                                   QStringLiteral("SELECT i.unit_price_minor, l.currency FROM price_list_items i JOIN "
                                                  "price_lists l ON l.id = i.price_list_id WHERE i.price_list_id = ? "
                                                  "AND i.product_id = ? AND l.active = 1"),
                                   {priceListId, productId});
    if (!q) {
        return q.error();
    }
    if (q.value().next()) {
        return money(q.value(), 0, currency(q.value(), 1));
    }
    return product->unitPrice;
}

QVariantMap ProductRepository::values(const Product &row)
{
    return toValues(row);
}

QVariantMap ProductRepository::values(const PriceList &row)
{
    return {{QStringLiteral("name"), row.name},
            {QStringLiteral("currency"), row.currency.code()},
            {QStringLiteral("active"), row.active}};
}

QVariantMap ProductRepository::values(const PriceListItem &row)
{
    return {{QStringLiteral("price_list_id"), row.priceListId},
            {QStringLiteral("product_id"), row.productId},
            {QStringLiteral("unit_price_minor"), row.unitPrice.minorUnits()}};
}

} // namespace SalesSync
