#include "testfixture.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/productrepository.h"
#include "core/repositories/territoryrepository.h"
#include "core/repositories/userrepository.h"
#include "core/store/sqlutil.h"

namespace SalesSync::Test {

namespace {
template <typename T>
bool take(Result<T> result, T &into, QString &error)
{
    if (!result) {
        error = result.error().message();
        return false;
    }
    into = std::move(result).value();
    return true;
}
} // namespace

Fixture::Fixture()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(QStringLiteral("profile/salessync.db")));
    if (!opened) {
        m_error = opened.error().message();
        return;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    const Currency eur = Currency::eur();

    TerritoryRepository territories(*db);
    region.level = TerritoryLevel::Region;
    region.code = QStringLiteral("R-SUED");
    region.name = QStringLiteral("Region Süd");
    if (!take(territories.create(region), region, m_error)) {
        return;
    }
    area.level = TerritoryLevel::Area;
    area.parentId = region.id;
    area.code = QStringLiteral("A-STR");
    area.name = QStringLiteral("Stuttgart");
    if (!take(territories.create(area), area, m_error)) {
        return;
    }
    territory.level = TerritoryLevel::Territory;
    territory.parentId = area.id;
    territory.code = QStringLiteral("T-STR-MITTE");
    territory.name = QStringLiteral("Stuttgart Mitte");
    if (!take(territories.create(territory), territory, m_error)) {
        return;
    }
    otherTerritory = territory;
    otherTerritory.id.clear();
    otherTerritory.code = QStringLiteral("T-STR-NORD");
    otherTerritory.name = QStringLiteral("Stuttgart Nord");
    if (!take(territories.create(otherTerritory), otherTerritory, m_error)) {
        return;
    }

    UserRepository users(*db);
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Ada Admin");
    admin.role = Role::Admin;
    if (!take(users.create(admin), admin, m_error)) {
        return;
    }
    agentUser.username = QStringLiteral("jonas.weber");
    agentUser.displayName = QStringLiteral("Jonas Weber");
    agentUser.role = Role::Agent;
    if (!take(users.create(agentUser), agentUser, m_error)) {
        return;
    }
    agent.userId = agentUser.id;
    agent.employeeId = QStringLiteral("E1001");
    agent.phone = QStringLiteral("+49 151 1234567");
    agent.territoryIds = {territory.id};
    if (!take(users.createAgent(agent), agent, m_error)) {
        return;
    }
    if (const Status s = db->setActorUserId(agentUser.id); !s) {
        m_error = s.error().message();
        return;
    }

    ProductRepository products(*db);
    beer.sku = QStringLiteral("BWN-1001");
    beer.name = QStringLiteral("Pils 20x0.5 l");
    beer.category = QStringLiteral("Beer & Wine");
    beer.unit = QStringLiteral("case");
    beer.unitPrice = Money(1899, eur);
    beer.taxRateBasisPoints = 1900;
    if (!take(products.create(beer), beer, m_error)) {
        return;
    }
    bread.sku = QStringLiteral("BAK-1002");
    bread.name = QStringLiteral("Rye bread");
    bread.category = QStringLiteral("Bakery");
    bread.unit = QStringLiteral("kg");
    bread.unitPrice = Money(349, eur);
    bread.taxRateBasisPoints = 700;
    if (!take(products.create(bread), bread, m_error)) {
        return;
    }

    CustomerRepository customers(*db);
    customer.code = QStringLiteral("C000001");
    customer.name = QStringLiteral("Bäckerei Müller");
    customer.contactPerson = QStringLiteral("Sabine Müller");
    customer.phone = QStringLiteral("+49 711 2345678");
    customer.email = QStringLiteral("info@mueller.example");
    customer.street = QStringLiteral("Königstraße 1");
    customer.postalCode = QStringLiteral("70173");
    customer.city = QStringLiteral("Stuttgart");
    customer.countryCode = QStringLiteral("DE");
    customer.location = GeoPoint{48.7784, 9.1800};
    customer.creditLimit = Money(100000, eur);
    customer.territoryId = territory.id;
    if (!take(customers.create(customer), customer, m_error)) {
        return;
    }
    farCustomer.code = QStringLiteral("C000002");
    farCustomer.name = QStringLiteral("Kiosk am Markt");
    farCustomer.city = QStringLiteral("Esslingen");
    farCustomer.creditLimit = Money(0, eur);
    farCustomer.territoryId = territory.id;
    if (!take(customers.create(farCustomer), farCustomer, m_error)) {
        return;
    }
    m_db = std::move(db);
}

Fixture::~Fixture() = default;

QString Fixture::path() const
{
    return m_db ? m_db->path() : QString();
}

Order Fixture::draftOrder(const Customer &forCustomer, const QList<std::pair<Product, qint64>> &lines) const
{
    Order order;
    order.customerId = forCustomer.id;
    order.agentId = agent.id;
    order.currency = forCustomer.currency();
    for (const auto &[product, quantityMilli] : lines) {
        OrderLine line;
        line.productId = product.id;
        line.description = product.name;
        line.quantityMilli = quantityMilli;
        line.unitPrice = product.unitPrice;
        line.discount = Money::zero(order.currency);
        line.taxRateBasisPoints = product.taxRateBasisPoints;
        order.lines << line;
    }
    return order;
}

void Fixture::clearOutbox()
{
    if (const Result<QSqlQuery> q = runQuery(m_db->connection(), QStringLiteral("DELETE FROM outbox")); !q) {
        qFatal("clearing the outbox failed: %s", qPrintable(q.error().message()));
    }
}

qint64 Fixture::outboxCount()
{
    return rowCount(QStringLiteral("outbox"));
}

qint64 Fixture::rowCount(const QString &table)
{
    const Result<QVariant> n = queryValue(m_db->connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? n->toLongLong() : -1;
}

} // namespace SalesSync::Test
