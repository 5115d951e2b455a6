#include "core/demo/demodatagenerator.h"

#include "core/demo/demonames.h"
#include "core/rules/ledger.h"
#include "core/rules/ordercalculator.h"
#include "core/uuidv7.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace SalesSync {

namespace {

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// "Jörg Weiß" -> "joerg.weiss": the ASCII form used for usernames and e-mail addresses.
QString asciiSlug(const QString &text)
{
    QString s = text.toLower();
    s.replace(u'ä', QStringLiteral("ae")).replace(u'ö', QStringLiteral("oe")).replace(u'ü', QStringLiteral("ue"));
    s.replace(u'ß', QStringLiteral("ss")).replace(u'ı', u'i').replace(u'ł', u'l');
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : std::as_const(s)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        } else if (c == u' ' || c == u'.' || c == u'-') {
            if (!out.endsWith(u'.')) {
                out += u'.';
            }
        }
    }
    while (out.endsWith(u'.')) {
        out.chop(1);
    }
    return out;
}

constexpr int kHistoryDays = 365;

} // namespace

qint64 DemoDataCounts::rows() const
{
    return companyProfiles + territories + users + agents + links + products + priceLists + priceListItems + customers +
           visits + orders + orderLines + transactions + salesTargets;
}

DemoDataSpec DemoDataSpec::demo()
{
    DemoDataSpec spec;
    spec.customers = 600;
    spec.orderLines = 12000;
    spec.customersPerTerritory = 100;
    return spec;
}

DemoDataGenerator::DemoDataGenerator(DemoDataSpec spec)
    : m_spec(spec)
    , m_rng(m_spec.seed)
{
    if (!m_spec.today.isValid()) {
        m_spec.today = QDate::currentDate();
    }
    m_spec.customers = std::max(1, m_spec.customers);
    m_spec.products = std::clamp(m_spec.products, 12, 400);
    m_spec.customersPerTerritory = std::max(10, m_spec.customersPerTerritory);
    m_spec.orderLines = std::max<qint64>(0, m_spec.orderLines);
    // Ids count up from the start of the history, like ids made on the day.
    m_idClockMs = QDateTime(m_spec.today.addDays(-kHistoryDays - 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 DemoDataGenerator::expectedRows() const
{
    const qint64 orders = m_spec.orderLines * 2 / 13; // 6.5 lines per order on average
    return m_spec.customers + m_spec.orderLines + orders + orders * 3 / 2 /* visits */ + orders * 2 /* ledger */ +
           qint64(m_spec.products) * 2;
}

QString DemoDataGenerator::nextId()
{
    m_idClockMs += 1 + qint64(m_rng.bounded(3));
    return UuidV7::make(m_idClockMs, quint16(m_rng.bounded(0x1000)), m_rng.generate64()).toString(QUuid::WithoutBraces);
}

qint64 DemoDataGenerator::uniform(qint64 low, qint64 high)
{
    return low + qint64(m_rng.bounded(quint64(high - low + 1)));
}

bool DemoDataGenerator::chance(int percent)
{
    return int(m_rng.bounded(100)) < percent;
}

QString DemoDataGenerator::personName()
{
    return str(pick(DemoNames::firstNames())) + u' ' + str(pick(DemoNames::lastNames()));
}

QString DemoDataGenerator::usernameFor(const QString &displayName)
{
    const QString base = asciiSlug(displayName);
    QString name = base;
    for (int n = 2; m_usernames.contains(name); ++n) {
        name = base + QString::number(n);
    }
    m_usernames.insert(name);
    return name;
}

QDateTime DemoDataGenerator::at(int daysFromToday, int minuteOfDay) const
{
    return QDateTime(m_spec.today.addDays(daysFromToday), QTime(0, 0), Qt::UTC).addSecs(qint64(minuteOfDay) * 60);
}

Result<DemoDataCounts> DemoDataGenerator::generate(DemoDataSink &sink, const Progress &progress)
{
    // Each step draws from the one random sequence in this order, so a seed always makes the
    // same organisation.
    DemoDataCounts counts;
    if (const Status s = sink.begin(); !s) {
        return s.error();
    }
    const QList<int> cityCustomers = customersPerCity();
    Result<QHash<QString, QString>> regions = generateAdminAndRegions(sink, counts);
    if (!regions) {
        return regions.error();
    }
    Result<TerritoryPlan> plan = generateTerritories(sink, cityCustomers, *regions, counts);
    if (!plan) {
        return plan.error();
    }
    if (const Status s = generateCatalogue(sink, counts); !s) {
        return s.error();
    }
    if (const Status s = generateCustomers(sink, cityCustomers, *plan, progress, counts); !s) {
        return s.error();
    }
    if (const Status s = generateTargets(sink, *plan, counts); !s) {
        return s.error();
    }
    if (const Status s = sink.companyProfile(companyProfile()); !s) {
        return s.error();
    }
    ++counts.companyProfiles;
    if (const Status s = sink.commit(); !s) {
        return s.error();
    }
    if (progress) {
        progress(expectedRows(), expectedRows());
    }
    return counts;
}

// Monthly sales targets for each territory and its agent, from the past year to this month: what
// was sold, give or take a fifth, in round hundreds; this month, the last three months' average
// and a little more.
Status DemoDataGenerator::generateTargets(DemoDataSink &sink, const TerritoryPlan &plan, DemoDataCounts &counts)
{
    const QDate today = m_spec.today.isValid() ? m_spec.today : QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (const TerritoryInfo &territory : plan.territories) {
        qint64 recent[3] = {};
        for (int back = 12; back >= 0; --back) {
            const QDate month = thisMonth.addMonths(-back);
            const qint64 sold = m_monthSales.value({territory.id, month});
            const qint64 planned =
                back > 0 ? sold * uniform(85, 120) / 100 : (recent[0] + recent[1] + recent[2]) / 3 * 105 / 100;
            recent[back % 3] = sold;
            const qint64 amount = std::max<qint64>(100000, (planned + 5000) / 10000 * 10000);
            for (const QString &agent : {QString(), territory.agentId}) {
                SalesTargetRow target{nextId(),
                                      territory.id,
                                      agent,
                                      month,
                                      month.addMonths(1).addDays(-1),
                                      Money(amount, Currency::eur()),
                                      m_adminUserId};
                if (const Status s = sink.salesTarget(target); !s) {
                    return s;
                }
                ++counts.salesTargets;
            }
        }
    }
    return {};
}

CompanyProfile DemoDataGenerator::companyProfile()
{
    CompanyProfile p;
    p.id = nextId();
    p.name = QStringLiteral("Nordwind Getränke & Feinkost GmbH");
    p.street = QStringLiteral("Am Sandtorkai 41");
    p.postalCode = QStringLiteral("20457");
    p.city = QStringLiteral("Hamburg");
    p.countryCode = QStringLiteral("DE");
    p.phone = QStringLiteral("+49 40 3250 7700");
    p.email = QStringLiteral("service@nordwind.example");
    p.website = QStringLiteral("www.nordwind.example");
    p.vatId = QStringLiteral("DE812345674");
    p.registration = QStringLiteral("Amtsgericht Hamburg HRB 123456 · Geschäftsführung: Maren Lüders, Jonas Petersen");
    p.bankName = QStringLiteral("Hamburger Sparkasse");
    p.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    p.bic = QStringLiteral("HASPDEHHXXX");
    // A wordmark of its own (a wave in a blue square), so the demo's documents carry a logo.
    p.logo = QByteArrayLiteral(
        R"(<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">)"
        R"(<rect x="0" y="0" width="64" height="64" rx="12" fill="#1d5fa8"/>)"
        R"(<path d="M10 40 C20 28 30 28 40 40 S60 52 54 34" fill="none" stroke="#ffffff" stroke-width="6" )"
        R"(stroke-linecap="round"/>)"
        R"(<text x="76" y="42" font-family="sans-serif" font-size="30" font-weight="bold" )"
        R"(fill="#1d5fa8">Nordwind</text></svg>)");
    return p;
}

QList<int> DemoDataGenerator::customersPerCity() const
{
    // Customers per city by weight; the rounding remainder goes round the cities.
    const QList<DemoNames::City> &cities = DemoNames::cities();
    int totalWeight = 0;
    for (const DemoNames::City &city : cities) {
        totalWeight += city.weight;
    }
    QList<int> cityCustomers(cities.size(), 0);
    int assigned = 0;
    for (qsizetype i = 0; i < cities.size(); ++i) {
        cityCustomers[i] = int(qint64(m_spec.customers) * cities.at(i).weight / totalWeight);
        assigned += cityCustomers[i];
    }
    for (qsizetype i = 0; assigned < m_spec.customers; i = (i + 1) % cities.size()) {
        ++cityCustomers[i];
        ++assigned;
    }
    return cityCustomers;
}

Result<QHash<QString, QString>> DemoDataGenerator::generateAdminAndRegions(DemoDataSink &sink, DemoDataCounts &counts)
{
    const QList<DemoNames::City> &cities = DemoNames::cities();
    // The admin, then regions with their managers.
    User admin;
    admin.id = nextId();
    admin.displayName = personName();
    admin.username = QStringLiteral("admin");
    m_usernames.insert(admin.username);
    admin.email = QStringLiteral("admin@salessync.example");
    admin.role = Role::Admin;
    m_adminUserId = admin.id;
    if (const Status s = sink.user(admin); !s) {
        return s.error();
    }
    ++counts.users;

    QHash<QString, QString> regionIds;
    QStringList regionOrder;
    for (const DemoNames::City &city : cities) {
        if (!regionOrder.contains(str(city.region))) {
            regionOrder << str(city.region);
        }
    }
    std::sort(regionOrder.begin(), regionOrder.end());
    for (const QString &regionName : std::as_const(regionOrder)) {
        Territory region;
        region.id = nextId();
        region.level = TerritoryLevel::Region;
        region.code = QStringLiteral("R-") + asciiSlug(regionName).toUpper();
        region.name = QCoreApplication::translate("SalesSync::DemoDataGenerator", "Region %1").arg(regionName);
        if (const Status s = sink.territory(region); !s) {
            return s.error();
        }
        ++counts.territories;
        regionIds.insert(regionName, region.id);

        User manager;
        manager.id = nextId();
        manager.displayName = personName();
        manager.username = usernameFor(manager.displayName);
        manager.email = manager.username + QStringLiteral("@salessync.example");
        manager.role = Role::Manager;
        manager.managedTerritoryIds = {region.id};
        if (const Status s = sink.user(manager); !s) {
            return s.error();
        }
        ++counts.users;
        if (const Status s = sink.managerTerritory(nextId(), manager.id, region.id); !s) {
            return s.error();
        }
        ++counts.links;
    }

    return regionIds;
}

Result<DemoDataGenerator::TerritoryPlan>
DemoDataGenerator::generateTerritories(DemoDataSink &sink, const QList<int> &cityCustomers,
                                       const QHash<QString, QString> &regionIds, DemoDataCounts &counts)
{
    const QList<DemoNames::City> &cities = DemoNames::cities();
    TerritoryPlan plan;
    plan.cityTerritoryIndexes.resize(cities.size());
    QList<TerritoryInfo> &territories = plan.territories;
    // Areas (one per city with customers) and territories, each with its agent.
    for (qsizetype c = 0; c < cities.size(); ++c) {
        if (cityCustomers.at(c) == 0) {
            continue;
        }
        const DemoNames::City &city = cities.at(c);
        Territory area;
        area.id = nextId();
        area.parentId = regionIds.value(str(city.region));
        area.level = TerritoryLevel::Area;
        area.code = QStringLiteral("A-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        area.name = str(city.name);
        if (const Status s = sink.territory(area); !s) {
            return s.error();
        }
        ++counts.territories;
        const int count = std::max(1, int(std::lround(double(cityCustomers.at(c)) / m_spec.customersPerTerritory)));
        for (int t = 0; t < count; ++t) {
            const QList<const char16_t *> &districts = DemoNames::districts();
            Territory territory;
            territory.id = nextId();
            territory.parentId = area.id;
            territory.level = TerritoryLevel::Territory;
            territory.code =
                QStringLiteral("T-%1-%2").arg(c + 1, 2, 10, QLatin1Char('0')).arg(t + 1, 3, 10, QLatin1Char('0'));
            territory.name =
                count == 1 ? str(city.name)
                           : str(city.name) + u' ' + str(districts.at(t % districts.size())) +
                                 (t >= districts.size() ? u' ' + QString::number(t / districts.size() + 1) : QString());
            if (const Status s = sink.territory(territory); !s) {
                return s.error();
            }
            ++counts.territories;

            User agentUser;
            agentUser.id = nextId();
            agentUser.displayName = personName();
            agentUser.username = usernameFor(agentUser.displayName);
            agentUser.email = agentUser.username + QStringLiteral("@salessync.example");
            agentUser.role = Role::Agent;
            if (const Status s = sink.user(agentUser); !s) {
                return s.error();
            }
            ++counts.users;
            Agent agent;
            agent.id = nextId();
            agent.userId = agentUser.id;
            agent.employeeId = QStringLiteral("E%1").arg(territories.size() + 1001);
            agent.phone = QStringLiteral("+49 15%1 %2").arg(uniform(1, 9)).arg(uniform(1000000, 9999999));
            agent.territoryIds = {territory.id};
            if (const Status s = sink.agent(agent); !s) {
                return s.error();
            }
            ++counts.agents;
            if (const Status s = sink.agentTerritory(nextId(), agent.id, territory.id); !s) {
                return s.error();
            }
            ++counts.links;
            if (m_demoUserId.isEmpty()) {
                m_demoUserId = agentUser.id;
            }
            plan.cityTerritoryIndexes[c] << int(territories.size());
            territories << TerritoryInfo{territory.id, agent.id, agentUser.id, int(c)};
        }
    }

    return plan;
}

Status DemoDataGenerator::generateCatalogue(DemoDataSink &sink, DemoDataCounts &counts)
{
    const Currency eur = Currency::eur();
    // The catalogue and two price lists.
    const QList<DemoNames::ProductFamily> &families = DemoNames::productFamilies();
    const QList<const char16_t *> &variants = DemoNames::productVariants();
    int skuNumber = 1000;
    for (qsizetype v = 0; v < variants.size() && m_products.size() < m_spec.products; ++v) {
        for (const DemoNames::ProductFamily &family : families) {
            for (const char16_t *name : family.names) {
                if (m_products.size() >= m_spec.products) {
                    break;
                }
                Product product;
                product.id = nextId();
                product.sku = str(family.skuPrefix) + u'-' + QString::number(++skuNumber);
                product.name = str(name) + str(variants.at(v));
                product.category = str(family.category);
                product.unit = str(family.unit);
                // Shelf prices end in 9: 1.49, 12.99.
                const qint64 price = (uniform(family.minPriceMinor, family.maxPriceMinor) / 10) * 10 + 9;
                product.unitPrice = Money(price, eur);
                product.taxRateBasisPoints = family.taxRateBasisPoints;
                product.active = !chance(3);
                if (const Status s = sink.product(product); !s) {
                    return s;
                }
                ++counts.products;
                m_products << product;
            }
        }
    }
    const QList<std::pair<QString, int>> lists = {{QStringLiteral("Key accounts"), 9200},
                                                  {QStringLiteral("Wholesale partners"), 9600}};
    for (const auto &[name, factor] : lists) {
        PriceList list;
        list.id = nextId();
        list.name = name;
        list.currency = eur;
        if (const Status s = sink.priceList(list); !s) {
            return s;
        }
        ++counts.priceLists;
        m_priceListIds << list.id;
        for (const Product &product : std::as_const(m_products)) {
            if (!chance(60)) {
                continue;
            }
            PriceListItem item;
            item.id = nextId();
            item.priceListId = list.id;
            item.productId = product.id;
            item.unitPrice = *product.unitPrice.timesBasisPoints(factor);
            if (const Status s = sink.priceListItem(item); !s) {
                return s;
            }
            ++counts.priceListItems;
            m_priceLists[list.id].insert(product.id, item.unitPrice);
        }
    }

    return {};
}

Customer DemoDataGenerator::makeCustomer(const DemoNames::City &city, const QString &territoryId, int number)
{
    Customer customer;
    customer.id = nextId();
    customer.code = QStringLiteral("C%1").arg(number, 6, 10, QLatin1Char('0'));
    const QString owner = str(pick(DemoNames::lastNames()));
    const QString type = str(pick(DemoNames::businessTypes()));
    switch (m_rng.bounded(4)) {
    case 0:
        customer.name = type + u' ' + owner;
        break;
    case 1:
        customer.name = owner + u' ' + type + QStringLiteral(" GmbH");
        break;
    case 2:
        customer.name = type + QStringLiteral(" am ") + str(pick(DemoNames::streetNames())).section(u' ', -1);
        break;
    default:
        customer.name = type + u' ' + owner + QStringLiteral(" & ") + str(pick(DemoNames::lastNames()));
        break;
    }
    customer.contactPerson = personName();
    customer.phone = QStringLiteral("+49 %1 %2").arg(str(city.phoneArea)).arg(uniform(200000, 9999999));
    customer.email = QStringLiteral("info@%1.example").arg(asciiSlug(owner + u' ' + customer.code).replace(u'.', u'-'));
    customer.street = str(pick(DemoNames::streetNames())) + u' ' + QString::number(uniform(1, 180));
    customer.postalCode = str(city.postalPrefix) + QStringLiteral("%1").arg(uniform(0, 999), 3, 10, QLatin1Char('0'));
    customer.city = str(city.name);
    customer.countryCode = QStringLiteral("DE");
    if (number % 17 == 0) {
        customer.language = QStringLiteral("en"); // an international chain's branch
    }
    // Within about 7 km of the city centre.
    const double radius = 7000.0 * std::sqrt(double(m_rng.bounded(10000)) / 10000.0);
    const double angle = 2 * std::numbers::pi * double(m_rng.bounded(36000)) / 36000.0;
    const double lat = city.latitude + radius * std::cos(angle) / 111320.0;
    const double lon =
        city.longitude + radius * std::sin(angle) / (111320.0 * std::cos(city.latitude * std::numbers::pi / 180));
    customer.location = GeoPoint{std::round(lat * 1e6) / 1e6, std::round(lon * 1e6) / 1e6};
    static const QList<qint64> limits = {0, 100000, 250000, 250000, 500000, 500000, 1000000, 2500000};
    customer.creditLimit = Money(pick(limits), Currency::eur());
    static const QList<int> terms = {0, 14, 30, 30, 30, 60};
    customer.paymentTermsDays = pick(terms);
    customer.priceListId = chance(20) ? pick(m_priceListIds) : QString();
    customer.territoryId = territoryId;
    customer.status =
        chance(3) ? CustomerStatus::OnHold : (chance(2) ? CustomerStatus::Inactive : CustomerStatus::Active);
    if (chance(10)) {
        customer.notes = str(pick(DemoNames::visitNotes()));
    }
    return customer;
}

Status DemoDataGenerator::generateCustomers(DemoDataSink &sink, const QList<int> &cityCustomers,
                                            const TerritoryPlan &plan, const Progress &progress, DemoDataCounts &counts)
{
    const qint64 expected = expectedRows();
    qint64 lastReported = 0;
    const QList<DemoNames::City> &cities = DemoNames::cities();
    // Each customer is followed by its history, so memory stays flat at a million order lines.
    int customerNumber = 0;
    for (qsizetype c = 0; c < cities.size(); ++c) {
        const QList<int> &cityTerritories = plan.cityTerritoryIndexes.at(c);
        for (int n = 0; n < cityCustomers.at(c); ++n) {
            const TerritoryInfo &territory = plan.territories.at(cityTerritories.at(n % cityTerritories.size()));
            const Customer customer = makeCustomer(cities.at(c), territory.id, ++customerNumber);
            if (const Status s = sink.customer(customer); !s) {
                return s;
            }
            ++counts.customers;
            const qint64 budget = m_spec.orderLines * customerNumber / m_spec.customers -
                                  m_spec.orderLines * (customerNumber - 1) / m_spec.customers;
            if (const Status s = generateCustomerHistory(sink, customer, territory, budget, counts); !s) {
                return s;
            }
            if (progress && counts.rows() - lastReported >= 2000) {
                lastReported = counts.rows();
                if (!progress(std::min(lastReported, expected), expected)) {
                    return Error(ErrorCode::Cancelled,
                                 QCoreApplication::translate("SalesSync::DemoDataGenerator",
                                                             "Generating demo data was cancelled."));
                }
            }
        }
    }
    return {};
}

// A visit of an agent to a customer, checked in near the customer (sometimes not near enough)
// when it has begun.
Visit DemoDataGenerator::demoVisit(const Customer &customer, const QString &agentId, const QDateTime &plannedAt,
                                   VisitStatus status)
{
    const GeoPoint home = *customer.location;
    Visit visit;
    visit.id = nextId();
    visit.customerId = customer.id;
    visit.agentId = agentId;
    visit.plannedAt = plannedAt;
    visit.status = status;
    if (status == VisitStatus::Completed || status == VisitStatus::CheckedIn) {
        VisitCheckIn checkIn;
        checkIn.at = visit.plannedAt.addSecs(uniform(-600, 1500));
        const bool offSite = chance(4);
        const double metres = offSite ? double(uniform(250, 3000)) : double(uniform(0, 120));
        const double angle = 2 * std::numbers::pi * double(m_rng.bounded(360)) / 360.0;
        checkIn.position = GeoPoint{home.latitude + metres * std::cos(angle) / 111320.0,
                                    home.longitude + metres * std::sin(angle) /
                                                         (111320.0 * std::cos(home.latitude * std::numbers::pi / 180))};
        checkIn.accuracyMetres = double(uniform(3, 40));
        checkIn.source = chance(90) ? PositionSource::Gps : PositionSource::Network;
        checkIn.distanceMetres = distanceMetres(*checkIn.position, home);
        checkIn.outsideGeofence = *checkIn.distanceMetres > kDefaultGeofenceRadiusMetres;
        if (checkIn.outsideGeofence) {
            checkIn.reason = str(pick(DemoNames::offSiteReasons()));
        }
        visit.checkIn = checkIn;
        if (status == VisitStatus::Completed) {
            visit.checkedOutAt = checkIn.at.addSecs(uniform(8, 55) * 60);
            visit.outcome = str(pick(DemoNames::visitOutcomes()));
            visit.notes = str(pick(DemoNames::visitNotes()));
            if (chance(15)) {
                visit.followUp = QStringLiteral("Call back about the promotion next week");
            }
        }
    } else if (status == VisitStatus::Cancelled) {
        visit.cancelReason = str(pick(DemoNames::cancelReasons()));
    }
    return visit;
}

// How far an order of that age (days) has gone: its status and the dates that go with it. The
// older the order, the further along it is.
void DemoDataGenerator::advanceOrder(Order &order, int age)
{
    const int roll = int(m_rng.bounded(100));
    if (age > 14) {
        order.status = roll < 84   ? OrderStatus::Fulfilled
                       : roll < 90 ? OrderStatus::Approved
                       : roll < 95 ? OrderStatus::Cancelled
                                   : OrderStatus::Rejected;
    } else {
        order.status = roll < 35   ? OrderStatus::Fulfilled
                       : roll < 60 ? OrderStatus::Approved
                       : roll < 80 ? OrderStatus::Submitted
                       : roll < 92 ? OrderStatus::Draft
                                   : OrderStatus::Cancelled;
    }
    if (order.status != OrderStatus::Draft) {
        order.submittedAt = order.createdAt.addSecs(uniform(60, 3600));
    }
    switch (order.status) {
    case OrderStatus::Fulfilled:
        order.fulfilledAt = order.submittedAt.addDays(uniform(1, 4));
        [[fallthrough]];
    case OrderStatus::Approved:
        order.decidedAt = order.submittedAt.addSecs(uniform(600, 86400));
        break;
    case OrderStatus::Rejected:
        order.decidedAt = order.submittedAt.addSecs(uniform(600, 86400));
        order.statusReason = QStringLiteral("Customer account on hold");
        break;
    case OrderStatus::Cancelled:
        order.cancelledAt = order.createdAt.addSecs(uniform(600, 7200));
        order.statusReason = QStringLiteral("Customer changed their mind");
        break;
    case OrderStatus::Draft:
    case OrderStatus::Submitted:
        break;
    }
}

// A sale for the targets of its territory's month (generateTargets).
void DemoDataGenerator::countSales(const QString &territoryId, const Order &order)
{
    if (order.status != OrderStatus::Draft && order.status != OrderStatus::Cancelled &&
        order.status != OrderStatus::Rejected) {
        const QDate submitted = order.submittedAt.toLocalTime().date();
        m_monthSales[{territoryId, QDate(submitted.year(), submitted.month(), 1)}] += order.netTotal.minorUnits();
    }
}

Status DemoDataGenerator::generateCustomerHistory(DemoDataSink &sink, const Customer &customer,
                                                  const TerritoryInfo &territory, qint64 lineBudget,
                                                  DemoDataCounts &counts)
{
    const Currency eur = Currency::eur();

    const auto makeVisit = [&](int day, int minute, VisitStatus status) {
        return demoVisit(customer, territory.agentId, at(day, minute), status);
    };

    // Orders until the line budget is used up, each on its own day of the past year.
    QList<std::pair<int, qint64>> orders; // day offset (negative), lines
    for (qint64 left = lineBudget; left > 0;) {
        const qint64 lines = std::min<qint64>(left, uniform(1, 12));
        orders.append({-int(uniform(1, kHistoryDays)), lines});
        left -= lines;
    }
    std::sort(orders.begin(), orders.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    const QHash<QString, Money> &prices = m_priceLists.value(customer.priceListId);
    for (const auto &[day, lineCount] : std::as_const(orders)) {
        const int minute = int(uniform(qint64(7) * 60, qint64(16) * 60)); // UTC, a working day in Germany
        QString visitId;
        if (chance(75)) {
            const Visit visit = makeVisit(day, minute, VisitStatus::Completed);
            if (const Status s = sink.visit(visit); !s) {
                return s;
            }
            ++counts.visits;
            visitId = visit.id;
        }
        // Also the visits that produced no order.
        if (chance(30)) {
            const VisitStatus status =
                chance(50) ? VisitStatus::Completed : (chance(70) ? VisitStatus::Missed : VisitStatus::Cancelled);
            const Visit visit = makeVisit(std::min(-1, day + int(uniform(1, 20))),
                                          int(uniform(qint64(7) * 60, qint64(16) * 60)), status);
            if (const Status s = sink.visit(visit); !s) {
                return s;
            }
            ++counts.visits;
        }

        Order order;
        order.id = nextId();
        order.customerId = customer.id;
        order.agentId = territory.agentId;
        order.visitId = visitId;
        order.currency = eur;
        order.createdAt = at(day, minute + 20);
        QSet<int> used;
        for (qint64 i = 0; i < lineCount; ++i) {
            int productIndex = 0;
            do {
                productIndex = int(m_rng.bounded(quint32(m_products.size())));
            } while (used.contains(productIndex));
            used.insert(productIndex);
            const Product &product = m_products.at(productIndex);
            OrderLine line;
            line.id = nextId();
            line.lineNo = int(i + 1);
            line.productId = product.id;
            line.description = product.name;
            line.quantityMilli = product.unit == u"kg" ? uniform(4, 40) * 500 : uniform(1, 24) * 1000;
            line.unitPrice = prices.value(product.id, product.unitPrice);
            line.discount = Money::zero(eur);
            line.taxRateBasisPoints = product.taxRateBasisPoints;
            if (chance(15)) {
                const Money gross = *line.unitPrice.timesQuantityMilli(line.quantityMilli);
                line.discount = *gross.timesBasisPoints(uniform(3, 10) * 100);
            }
            order.lines << line;
        }
        if (const Status s = OrderCalculator::calculate(order); !s) {
            return s;
        }
        advanceOrder(order, -day);
        if (const Status s = sink.order(order); !s) {
            return s;
        }
        countSales(territory.id, order);
        ++counts.orders;
        counts.orderLines += order.lines.size();
        if (order.status == OrderStatus::Approved || order.status == OrderStatus::Fulfilled) {
            if (const Status s = generateLedger(sink, customer, order, territory.agentUserId, counts); !s) {
                return s;
            }
        }
    }

    // Today's route and the rest of the week: about one customer in fifteen is due each day.
    for (int day = 0; day <= 4; ++day) {
        if (!chance(7)) {
            continue;
        }
        const VisitStatus status = VisitStatus::Planned;
        const Visit visit = makeVisit(day, int(uniform(qint64(7) * 60, qint64(15) * 60)), status);
        if (const Status s = sink.visit(visit); !s) {
            return s;
        }
        ++counts.visits;
    }
    return {};
}

Status DemoDataGenerator::generateLedger(DemoDataSink &sink, const Customer &customer, const Order &order,
                                         const QString &userId, DemoDataCounts &counts)
{
    const QDateTime now = at(0, 6 * 60);
    const auto append = [&](Transaction entry) {
        entry.id = nextId();
        entry.customerId = customer.id;
        entry.recordedBy = userId;
        ++counts.transactions;
        const Status s = sink.transaction(entry);
        return s ? Result<Transaction>(entry) : Result<Transaction>(s.error());
    };

    Transaction invoice;
    invoice.orderId = order.id;
    invoice.kind = TransactionKind::Invoice;
    invoice.amount = order.total;
    invoice.reference = QStringLiteral("INV-%1").arg(order.id.right(8).toUpper());
    invoice.occurredAt = order.decidedAt;
    const Result<Transaction> invoiced = append(invoice);
    if (!invoiced) {
        return invoiced.error();
    }

    // A price correction on a few invoices: a partial reversal.
    if (chance(2)) {
        Transaction correction;
        correction.orderId = order.id;
        correction.kind = TransactionKind::Invoice;
        correction.direction = TransactionDirection::Reverse;
        correction.reversesId = invoiced->id;
        correction.amount = *order.total.timesBasisPoints(uniform(5, 20) * 100);
        correction.reason = str(DemoNames::reversalReasons().last());
        correction.occurredAt = invoice.occurredAt.addDays(uniform(1, 5));
        if (correction.occurredAt < now && !correction.amount.isZero()) {
            if (const Result<Transaction> r = append(correction); !r) {
                return r.error();
            }
        }
    }

    // Goods returned: a credit note, sometimes paid out as a refund.
    if (chance(2)) {
        Transaction credit;
        credit.orderId = order.id;
        credit.kind = TransactionKind::CreditNote;
        credit.amount = *order.total.timesBasisPoints(1000);
        credit.reference = QStringLiteral("CN-%1").arg(order.id.right(6).toUpper());
        credit.occurredAt = invoice.occurredAt.addDays(uniform(2, 10));
        if (credit.occurredAt < now && !credit.amount.isZero()) {
            if (const Result<Transaction> r = append(credit); !r) {
                return r.error();
            }
            if (chance(30)) {
                Transaction refund;
                refund.kind = TransactionKind::Refund;
                refund.amount = credit.amount;
                refund.method = PaymentMethod::BankTransfer;
                refund.occurredAt = credit.occurredAt.addDays(uniform(1, 7));
                if (refund.occurredAt < now) {
                    if (const Result<Transaction> r = append(refund); !r) {
                        return r.error();
                    }
                }
            }
        }
    }

    // Most invoices are paid within the terms; some in part; a few cheques bounce.
    if (chance(82)) {
        Transaction payment;
        payment.orderId = order.id;
        payment.kind = TransactionKind::Payment;
        payment.amount = chance(88) ? order.total : *order.total.timesBasisPoints(5000);
        static const QList<PaymentMethod> methods = {PaymentMethod::Cash,         PaymentMethod::Cash,
                                                     PaymentMethod::Cheque,       PaymentMethod::BankTransfer,
                                                     PaymentMethod::BankTransfer, PaymentMethod::Card};
        payment.method = pick(methods);
        payment.reference =
            payment.method == PaymentMethod::Cheque ? QStringLiteral("CHQ %1").arg(uniform(100000, 999999)) : QString();
        payment.occurredAt = invoice.occurredAt.addDays(uniform(0, std::max(1, customer.paymentTermsDays + 10)));
        if (payment.occurredAt < now && !payment.amount.isZero()) {
            const Result<Transaction> paid = append(payment);
            if (!paid) {
                return paid.error();
            }
            if (payment.method == PaymentMethod::Cheque ? chance(8) : chance(1)) {
                Transaction bounce;
                bounce.orderId = order.id;
                bounce.kind = TransactionKind::Payment;
                bounce.direction = TransactionDirection::Reverse;
                bounce.reversesId = paid->id;
                bounce.method = payment.method;
                bounce.amount = payment.amount;
                bounce.reason = payment.method == PaymentMethod::Cheque ? str(DemoNames::reversalReasons().first())
                                                                        : str(DemoNames::reversalReasons().at(1));
                bounce.occurredAt = payment.occurredAt.addDays(uniform(2, 6));
                if (bounce.occurredAt < now) {
                    if (const Result<Transaction> r = append(bounce); !r) {
                        return r.error();
                    }
                }
            }
        }
    }
    return {};
}

} // namespace SalesSync
