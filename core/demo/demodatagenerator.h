#pragma once

#include "core/demo/demonames.h"
#include "core/domain/agent.h"
#include "core/domain/companyprofile.h"
#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/product.h"
#include "core/domain/territory.h"
#include "core/domain/transaction.h"
#include "core/domain/user.h"
#include "core/domain/visit.h"
#include "core/result.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace SalesSync {

// What to generate. The same spec (seed, sizes and day) always gives the same data, id for id.
struct DemoDataSpec {
    quint64 seed = 20261122;
    int customers = 600;
    qint64 orderLines = 12000; // exactly this many order lines in all
    int products = 240;
    int customersPerTerritory = 150;
    QDate today; // visits and orders are dated around this day; invalid = today (UTC)

    // The demo workspace: a few hundred customers, a year of history, today's routes.
    static DemoDataSpec demo();
};

// A sales target as the demo makes it: a territory's (agentId empty: the team's) or its agent's,
// for the days from start to end.
struct SalesTargetRow {
    QString id;
    QString territoryId;
    QString agentId;
    QDate start;
    QDate end;
    Money amount;
    QString createdBy;
};

struct DemoDataCounts {
    qint64 companyProfiles = 0;
    qint64 territories = 0;
    qint64 users = 0;
    qint64 agents = 0;
    qint64 links = 0; // manager and agent territory assignments
    qint64 products = 0;
    qint64 priceLists = 0;
    qint64 priceListItems = 0;
    qint64 customers = 0;
    qint64 visits = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 transactions = 0;
    qint64 salesTargets = 0;

    qint64 rows() const;
};

// Where generated records go: the local SQLite store here, PostgreSQL on the server.
// Parents always arrive before their children.
class DemoDataSink {
public:
    virtual ~DemoDataSink() = default;
    virtual Status begin() = 0;
    virtual Status territory(const Territory &territory) = 0;
    virtual Status user(const User &user) = 0;
    virtual Status managerTerritory(const QString &id, const QString &userId, const QString &territoryId) = 0;
    virtual Status agent(const Agent &agent) = 0;
    virtual Status agentTerritory(const QString &id, const QString &agentId, const QString &territoryId) = 0;
    virtual Status priceList(const PriceList &list) = 0;
    virtual Status product(const Product &product) = 0;
    virtual Status priceListItem(const PriceListItem &item) = 0;
    virtual Status customer(const Customer &customer) = 0;
    virtual Status visit(const Visit &visit) = 0;
    virtual Status order(const Order &order) = 0; // with its lines
    virtual Status transaction(const Transaction &entry) = 0;
    virtual Status companyProfile(const CompanyProfile &profile) = 0;
    virtual Status salesTarget(const SalesTargetRow &target) = 0;
    virtual Status commit() = 0;
};

// A deterministic generator of realistic field-sales data: a territory tree over German
// cities, managers and agents, a catalogue with price lists, customers with plausible names,
// addresses, phone numbers and coordinates, a year of visits (with GPS check-ins, some outside
// the geofence), orders computed by OrderCalculator, invoices, payments, credit notes, refunds
// and reversals that obey the ledger rules, and today's planned routes.
class DemoDataGenerator final {
public:
    // Called now and then with rows written so far and the expected total; return false to stop.
    using Progress = std::function<bool(qint64 done, qint64 expected)>;

    explicit DemoDataGenerator(DemoDataSpec spec);

    Result<DemoDataCounts> generate(DemoDataSink &sink, const Progress &progress = {});
    // An estimate of the rows generate() writes, for progress bars.
    qint64 expectedRows() const;

    // After generate(): the user the demo signs in as (the first agent) and the admin.
    const QString &demoUserId() const { return m_demoUserId; }
    const QString &adminUserId() const { return m_adminUserId; }

private:
    struct TerritoryInfo {
        QString id;
        QString agentId;
        QString agentUserId;
        int cityIndex = 0;
    };

    // The territories made, and for each city the indexes of its territories among them.
    struct TerritoryPlan {
        QList<TerritoryInfo> territories;
        QList<QList<int>> cityTerritoryIndexes;
    };

    // The steps of generate(), in the order they draw from the random sequence.
    QList<int> customersPerCity() const;
    Result<QHash<QString, QString>> generateAdminAndRegions(DemoDataSink &sink, DemoDataCounts &counts);
    Result<TerritoryPlan> generateTerritories(DemoDataSink &sink, const QList<int> &cityCustomers,
                                              const QHash<QString, QString> &regionIds, DemoDataCounts &counts);
    Status generateCatalogue(DemoDataSink &sink, DemoDataCounts &counts);
    CompanyProfile companyProfile();
    Status generateCustomers(DemoDataSink &sink, const QList<int> &cityCustomers, const TerritoryPlan &plan,
                             const Progress &progress, DemoDataCounts &counts);
    Customer makeCustomer(const DemoNames::City &city, const QString &territoryId, int number);

    QString nextId();
    qint64 uniform(qint64 low, qint64 high); // inclusive
    bool chance(int percent);
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_rng.bounded(quint32(list.size()))));
    }
    QString personName();
    QString usernameFor(const QString &displayName);
    QDateTime at(int daysFromToday, int minuteOfDay) const;

    Status generateCustomerHistory(DemoDataSink &sink, const Customer &customer, const TerritoryInfo &territory,
                                   qint64 lineBudget, DemoDataCounts &counts);
    Visit demoVisit(const Customer &customer, const QString &agentId, const QDateTime &plannedAt, VisitStatus status);
    void advanceOrder(Order &order, int age);
    void countSales(const QString &territoryId, const Order &order);
    Status generateTargets(DemoDataSink &sink, const TerritoryPlan &plan, DemoDataCounts &counts);
    Status generateLedger(DemoDataSink &sink, const Customer &customer, const Order &order, const QString &userId,
                          DemoDataCounts &counts);

    DemoDataSpec m_spec;
    QRandomGenerator m_rng;
    qint64 m_idClockMs = 0;
    QSet<QString> m_usernames;
    QHash<std::pair<QString, QDate>, qint64> m_monthSales; // territory and month → net sales (minor)
    QList<Product> m_products;
    QHash<QString, QHash<QString, Money>> m_priceLists; // price list id -> product id -> price
    QStringList m_priceListIds;
    QString m_demoUserId;
    QString m_adminUserId;
};

} // namespace SalesSync
