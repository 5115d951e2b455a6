#include "core/repositories/customerrepository.h"

#include "core/domain/territory.h"
#include "core/repositories/repositorysupport.h"
#include "core/repositories/territoryrepository.h"
#include "core/rules/ledger.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"

#include <QRegularExpression>

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &entity()
{
    return EntitySchema::get(QStringLiteral("customer"));
}

const QString kColumns =
    QStringLiteral("c.id, c.code, c.name, c.contact_person, c.phone, c.email, c.street, c.postal_code, c.city, "
                   "c.country_code, c.latitude, c.longitude, c.credit_limit_minor, c.currency, c.payment_terms_days, "
                   "c.price_list_id, c.territory_id, c.status, c.notes, c.server_version, c.language");

Customer fromQuery(const QSqlQuery &q)
{
    Customer c;
    c.id = text(q, 0);
    c.code = text(q, 1);
    c.name = text(q, 2);
    c.contactPerson = text(q, 3);
    c.phone = text(q, 4);
    c.email = text(q, 5);
    c.street = text(q, 6);
    c.postalCode = text(q, 7);
    c.city = text(q, 8);
    c.countryCode = text(q, 9);
    if (!q.value(10).isNull() && !q.value(11).isNull()) {
        c.location = GeoPoint{q.value(10).toDouble(), q.value(11).toDouble()};
    }
    c.creditLimit = money(q, 12, currency(q, 13));
    c.paymentTermsDays = q.value(14).toInt();
    c.priceListId = text(q, 15);
    c.territoryId = text(q, 16);
    c.status = customerStatusFromText(text(q, 17)).value_or(CustomerStatus::Active);
    c.notes = text(q, 18);
    c.serverVersion = q.value(19).toLongLong();
    c.language = text(q, 20);
    return c;
}

QVariantMap toValues(const Customer &c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("contact_person"), c.contactPerson},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("street"), c.street},
            {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("country_code"), c.countryCode},
            {QStringLiteral("latitude"), c.location ? QVariant(c.location->latitude) : QVariant()},
            {QStringLiteral("longitude"), c.location ? QVariant(c.location->longitude) : QVariant()},
            {QStringLiteral("credit_limit_minor"), c.creditLimit.minorUnits()},
            {QStringLiteral("currency"), c.creditLimit.currency().code()},
            {QStringLiteral("payment_terms_days"), c.paymentTermsDays},
            {QStringLiteral("price_list_id"), c.priceListId},
            {QStringLiteral("territory_id"), c.territoryId},
            {QStringLiteral("status"), customerStatusToText(c.status)},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("language"), c.language}};
}

// "Mül stutt" -> "\"mül\"* \"stutt\"*": every word must prefix-match some indexed word.
// Only letters and digits survive, each word quoted, so FTS5 syntax in user input is inert.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QStringList tokens;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        tokens << u'"' + word + QStringLiteral("\"*");
    }
    return tokens.join(u' ');
}

// The filter that leaves out inactive customers.
QString notInactive()
{
    return QStringLiteral("c.status <> '%1'").arg(customerStatusToText(CustomerStatus::Inactive));
}

} // namespace

CustomerRepository::CustomerRepository(Database &database)
    : m_database(database)
{}

Result<Customer> CustomerRepository::get(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(),
                                   QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ?").arg(kColumns), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no customer with id %1.").arg(id));
    }
    return fromQuery(q.value());
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit, int offset)
{
    const QString match = ftsQuery(text);
    Result<QSqlQuery> q =
        match.isEmpty()
            ? runQuery(
                  m_database.connection(),
                  QStringLiteral("SELECT %1 FROM customers c ORDER BY c.name_key, c.id LIMIT ? OFFSET ?").arg(kColumns),
                  {limit, offset})
            : runQuery(m_database.connection(),
                       QStringLiteral("SELECT %1 FROM customer_search s JOIN customers c ON c.rid = s.rowid "
                                      "WHERE customer_search MATCH ? ORDER BY c.name_key, c.id "
                                      "LIMIT ? OFFSET ?")
                           .arg(kColumns),
                       {match, limit, offset});
    if (!q) {
        return q.error();
    }
    QList<Customer> list;
    while (q.value().next()) {
        list << fromQuery(q.value());
    }
    return list;
}

Result<QList<CustomerListRow>> CustomerRepository::list(const CustomerListQuery &query)
{
    // Sort keys, each with the collation its index uses; rid breaks ties (it is in every index).
    QStringList keys;
    QVariantList afterValues;
    const std::optional<CustomerListRow> &after = query.after;
    switch (query.sort) {
    case CustomerSort::Name:
        keys = {QStringLiteral("c.name_key")};
        afterValues = {after ? after->nameKey : QString()};
        break;
    case CustomerSort::Code:
        keys = {QStringLiteral("c.code")};
        afterValues = {after ? after->code : QString()};
        break;
    case CustomerSort::City:
        keys = {QStringLiteral("c.city_key"), QStringLiteral("c.name_key")};
        afterValues = {after ? after->cityKey : QString(), after ? after->nameKey : QString()};
        break;
    case CustomerSort::Phone:
        keys = {QStringLiteral("c.phone")};
        afterValues = {after ? after->phone : QString()};
        break;
    }
    keys << QStringLiteral("c.rid");
    afterValues << (after ? after->rid : 0);

    const QString match = ftsQuery(query.text);
    QStringList where;
    QVariantList params;
    if (!match.isEmpty()) {
        where << QStringLiteral("c.rid IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
        params << match;
    }
    if (query.activeOnly) {
        where << notInactive();
    }
    if (after) {
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            marks << QStringLiteral("?");
        }
        where << QStringLiteral("(%1) %2 (%3)")
                     .arg(keys.join(QStringLiteral(", ")), query.descending ? QStringLiteral("<") : QStringLiteral(">"),
                          marks.join(QStringLiteral(", ")));
        params << afterValues;
    }
    QStringList order;
    for (const QString &key : std::as_const(keys)) {
        order << (query.descending ? key + QStringLiteral(" DESC") : key);
    }
    params << std::max(1, query.limit);
    Result<QSqlQuery> q =
        runQuery(m_database.connection(),
                 QStringLiteral(
                     "SELECT c.rid, c.id, c.code, c.name, c.city, c.phone, c.status, c.currency, c.credit_limit_minor, "
                     "(SELECT coalesce(sum(%1), 0) FROM transactions t WHERE t.customer_id = c.id), "
                     "c.name_key, c.city_key FROM customers c %2 ORDER BY %3 LIMIT ?")
                     .arg(Ledger::signedAmountSql(),
                          where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                          order.join(QStringLiteral(", "))),
                 params);
    if (!q) {
        return q.error();
    }
    QList<CustomerListRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        CustomerListRow row;
        row.rid = r.value(0).toLongLong();
        row.id = text(r, 1);
        row.code = text(r, 2);
        row.name = text(r, 3);
        row.city = text(r, 4);
        row.phone = text(r, 5);
        row.status = customerStatusFromText(text(r, 6)).value_or(CustomerStatus::Active);
        const Currency currency = RepositorySupport::currency(r, 7);
        row.creditLimit = Money(r.value(8).toLongLong(), currency);
        row.openBalance = Money(r.value(9).toLongLong(), currency);
        row.nameKey = text(r, 10);
        row.cityKey = text(r, 11);
        rows << row;
    }
    return rows;
}

Result<qint64> CustomerRepository::count(const QString &text, bool activeOnly)
{
    const QString match = ftsQuery(text);
    if (!match.isEmpty() && !activeOnly) {
        // The search index counts its own matches without touching the table.
        const Result<QVariant> n =
            queryValue(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?"), {match});
        return n ? Result<qint64>(n->toLongLong()) : Result<qint64>(n.error());
    }
    QStringList where;
    QVariantList params;
    if (!match.isEmpty()) {
        where << QStringLiteral("c.rid IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
        params << match;
    }
    if (activeOnly) {
        where << notInactive();
    }
    const Result<QVariant> n =
        queryValue(m_database.connection(),
                   QStringLiteral("SELECT count(*) FROM customers c") +
                       (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
                   params);
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}

Status CustomerRepository::checkReferences(const Customer &customer)
{
    if (const Status s =
            TerritoryRepository(m_database).checkPlacement(customer.territoryId, QStringLiteral("territoryId"));
        !s) {
        return s;
    }
    if (!customer.priceListId.isEmpty()) {
        const Result<QVariant> listCurrency =
            queryValue(m_database.connection(), QStringLiteral("SELECT currency FROM price_lists WHERE id = ?"),
                       {customer.priceListId});
        if (!listCurrency) {
            return listCurrency.error();
        }
        if (listCurrency->isNull()) {
            return Error::validation(QStringLiteral("priceListId"), tr("refers to a price list that does not exist"));
        }
        if (listCurrency->toString() != customer.currency().code()) {
            return Error::validation(QStringLiteral("priceListId"),
                                     tr("the price list is in %1 but the customer trades in %2")
                                         .arg(listCurrency->toString(), customer.currency().code()));
        }
    }
    return {};
}

Result<Customer> CustomerRepository::create(Customer customer)
{
    if (customer.id.isEmpty()) {
        customer.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = customer.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = checkReferences(customer); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(entity(), customer.id, toValues(customer)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return customer;
}

Result<Customer> CustomerRepository::update(const Customer &customer)
{
    if (const QList<FieldError> errors = customer.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<Customer> current = get(customer.id);
    if (!current) {
        return current.error();
    }
    if (!(current->currency() == customer.currency())) {
        // Orders and ledger entries are in the customer's currency; changing it would strand them.
        const Result<QVariant> used =
            queryValue(tx.database(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM transactions WHERE customer_id = ?) OR "
                                      "EXISTS (SELECT 1 FROM orders WHERE customer_id = ?)"),
                       {customer.id, customer.id});
        if (!used) {
            return used.error();
        }
        if (used->toBool()) {
            return Error::validation(QStringLiteral("creditLimit"),
                                     tr("the currency cannot change once the customer has orders or ledger entries"));
        }
    }
    if (const Status s = checkReferences(customer); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    QVariantMap values = toValues(customer);
    values.remove(QStringLiteral("code")); // the customer number never changes
    if (const Status s = writer.update(entity(), customer.id, values); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(customer.id);
}

Status CustomerRepository::remove(const QString &id)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<QVariant> used =
        queryValue(tx.database(),
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM visits WHERE customer_id = ?) OR "
                                  "EXISTS (SELECT 1 FROM orders WHERE customer_id = ?) OR "
                                  "EXISTS (SELECT 1 FROM transactions WHERE customer_id = ?)"),
                   {id, id, id});
    if (!used) {
        return used.error();
    }
    if (used->toBool()) {
        return Error::validation(QStringLiteral("id"),
                                 tr("the customer has visits, orders or ledger entries; set the status to inactive "
                                    "instead"));
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.remove(entity(), id); !s) {
        return s;
    }
    return tx.commit();
}

Result<Money> CustomerRepository::openBalance(const QString &customerId)
{
    const Result<Customer> customer = get(customerId);
    if (!customer) {
        return customer.error();
    }
    // Summed in SQL with Ledger's sign rule, so a customer with years of history costs one
    // indexed scan.
    const Result<QVariant> sum =
        queryValue(m_database.connection(),
                   QStringLiteral("SELECT coalesce(sum(%1), 0) FROM transactions WHERE customer_id = ?")
                       .arg(Ledger::signedAmountSql()),
                   {customerId});
    if (!sum) {
        return sum.error();
    }
    return Money(sum->toLongLong(), customer->currency());
}

QVariantMap CustomerRepository::values(const Customer &row)
{
    return toValues(row);
}

} // namespace SalesSync
