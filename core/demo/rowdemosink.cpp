#include "core/demo/rowdemosink.h"

#include "core/repositories/companyprofilerepository.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/productrepository.h"
#include "core/repositories/territoryrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/userrepository.h"
#include "core/repositories/visitrepository.h"

namespace SalesSync {

Status RowDemoSink::territory(const Territory &territory)
{
    return writeRow(QStringLiteral("territory"), territory.id, TerritoryRepository::values(territory));
}

Status RowDemoSink::user(const User &user)
{
    return writeRow(QStringLiteral("user"), user.id, UserRepository::values(user));
}

Status RowDemoSink::managerTerritory(const QString &id, const QString &userId, const QString &territoryId)
{
    return writeRow(QStringLiteral("manager_territory"), id,
                    {{QStringLiteral("user_id"), userId}, {QStringLiteral("territory_id"), territoryId}});
}

Status RowDemoSink::agent(const Agent &agent)
{
    return writeRow(QStringLiteral("agent"), agent.id, UserRepository::values(agent));
}

Status RowDemoSink::agentTerritory(const QString &id, const QString &agentId, const QString &territoryId)
{
    return writeRow(QStringLiteral("agent_territory"), id,
                    {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("territory_id"), territoryId}});
}

Status RowDemoSink::companyProfile(const CompanyProfile &profile)
{
    return writeRow(QStringLiteral("company_profile"), profile.id, CompanyProfileRepository::values(profile));
}

Status RowDemoSink::salesTarget(const SalesTargetRow &target)
{
    return writeRow(QStringLiteral("sales_target"), target.id,
                    {{QStringLiteral("territory_id"), target.territoryId},
                     {QStringLiteral("agent_id"), target.agentId.isEmpty() ? QVariant() : QVariant(target.agentId)},
                     {QStringLiteral("period_start"), target.start.toString(Qt::ISODate)},
                     {QStringLiteral("period_end"), target.end.toString(Qt::ISODate)},
                     {QStringLiteral("currency"), target.amount.currency().code()},
                     {QStringLiteral("amount_minor"), target.amount.minorUnits()},
                     {QStringLiteral("created_by"), target.createdBy}});
}

Status RowDemoSink::priceList(const PriceList &list)
{
    return writeRow(QStringLiteral("price_list"), list.id, ProductRepository::values(list));
}

Status RowDemoSink::product(const Product &product)
{
    return writeRow(QStringLiteral("product"), product.id, ProductRepository::values(product));
}

Status RowDemoSink::priceListItem(const PriceListItem &item)
{
    return writeRow(QStringLiteral("price_list_item"), item.id, ProductRepository::values(item));
}

Status RowDemoSink::customer(const Customer &customer)
{
    return writeRow(QStringLiteral("customer"), customer.id, CustomerRepository::values(customer));
}

Status RowDemoSink::visit(const Visit &visit)
{
    return writeRow(QStringLiteral("visit"), visit.id, VisitRepository::values(visit));
}

Status RowDemoSink::order(const Order &order)
{
    if (const Status s = writeRow(QStringLiteral("order"), order.id, OrderRepository::values(order)); !s) {
        return s;
    }
    for (const OrderLine &line : order.lines) {
        if (const Status s = writeRow(QStringLiteral("order_line"), line.id, OrderRepository::values(order.id, line));
            !s) {
            return s;
        }
    }
    return {};
}

Status RowDemoSink::transaction(const Transaction &entry)
{
    return writeRow(QStringLiteral("transaction"), entry.id, TransactionRepository::values(entry));
}

} // namespace SalesSync
