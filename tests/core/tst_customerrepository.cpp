#include "core/repositories/customerrepository.h"
#include "core/repositories/productrepository.h"
#include "core/store/sqlutil.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

class TestCustomerRepository : public QObject {
    Q_OBJECT

private slots:
    void createAndReadBack();
    void validationNamesFieldAndLeavesNothing_data();
    void validationNamesFieldAndLeavesNothing();
    void search_data();
    void search();
    void searchPagesInNameOrder();
    void listPagesByKeyInEverySortOrder_data();
    void listPagesByKeyInEverySortOrder();
    void listShowsTheOpenBalance();
    void namesSortAsPeopleReadThem();
    void currencyIsFixedOnceTraded();
    void removeRefusedWhenReferenced();
    void priceListMustMatchCurrency();
};

void TestCustomerRepository::createAndReadBack()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const Result<Customer> c = CustomerRepository(f.db()).get(f.customer.id);
    QVERIFY(c.ok());
    QCOMPARE(c->name, f.customer.name);
    QCOMPARE(c->contactPerson, f.customer.contactPerson);
    QCOMPARE(c->email, f.customer.email);
    QCOMPARE(c->creditLimit, f.customer.creditLimit);
    QCOMPARE(c->location, f.customer.location);
    QCOMPARE(c->territoryId, f.territory.id);
    QCOMPARE(c->status, CustomerStatus::Active);
    QVERIFY(!CustomerRepository(f.db()).get(f.farCustomer.id)->location.has_value());
    QCOMPARE(CustomerRepository(f.db()).get(QStringLiteral("missing")).error().code(), ErrorCode::NotFound);
}

void TestCustomerRepository::validationNamesFieldAndLeavesNothing_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << "name"
                                << "name";
    QTest::newRow("bad e-mail") << "email"
                                << "email";
    QTest::newRow("letters in phone") << "phone"
                                      << "phone";
    QTest::newRow("negative credit limit") << "credit"
                                           << "creditLimit";
    QTest::newRow("latitude out of range") << "latitude"
                                           << "location";
    QTest::newRow("three-letter country") << "country"
                                          << "countryCode";
    QTest::newRow("unknown territory") << "territory"
                                       << "territoryId";
    QTest::newRow("customer on an area") << "area"
                                         << "territoryId";
    QTest::newRow("duplicate customer number") << "code"
                                               << "code";
    QTest::newRow("payment terms") << "terms"
                                   << "paymentTermsDays";
    QTest::newRow("control characters") << "control"
                                        << "name";
    QTest::newRow("unknown price list") << "pricelist"
                                        << "priceListId";
}

void TestCustomerRepository::validationNamesFieldAndLeavesNothing()
{
    QFETCH(QString, breakage);
    QFETCH(QString, field);
    Test::Fixture f;
    QVERIFY(f.isValid());
    const qint64 customersBefore = f.rowCount(QStringLiteral("customers"));
    const qint64 outboxBefore = f.outboxCount();
    Customer c = f.customer;
    c.id.clear();
    c.code = QStringLiteral("C000123");
    if (breakage == u"name") {
        c.name = QStringLiteral("   ");
    } else if (breakage == u"email") {
        c.email = QStringLiteral("info at example");
    } else if (breakage == u"phone") {
        c.phone = QStringLiteral("call me maybe");
    } else if (breakage == u"credit") {
        c.creditLimit = Money(-1, Currency::eur());
    } else if (breakage == u"latitude") {
        c.location = GeoPoint{91.0, 9.0};
    } else if (breakage == u"country") {
        c.countryCode = QStringLiteral("DEU");
    } else if (breakage == u"territory") {
        c.territoryId = UuidV7::generateString();
    } else if (breakage == u"area") {
        c.territoryId = f.area.id;
    } else if (breakage == u"code") {
        c.code = f.customer.code;
    } else if (breakage == u"terms") {
        c.paymentTermsDays = 400;
    } else if (breakage == u"control") {
        c.name = QStringLiteral("Kiosk\x01");
    } else if (breakage == u"pricelist") {
        c.priceListId = UuidV7::generateString();
    }
    const Result<Customer> created = CustomerRepository(f.db()).create(c);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code(), ErrorCode::Validation);
    QVERIFY2(created.error().hasField(field), qPrintable(created.error().message()));
    QVERIFY(!created.error().messageFor(field).isEmpty());
    QCOMPARE(f.rowCount(QStringLiteral("customers")), customersBefore);
    QCOMPARE(f.outboxCount(), outboxBefore);
}

void TestCustomerRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("everyone") << "" << QStringList{"C000001", "C000002"};
    QTest::newRow("name prefix") << "bäck" << QStringList{"C000001"};
    QTest::newRow("diacritics folded") << "backerei mull" << QStringList{"C000001"};
    QTest::newRow("city") << "esslingen" << QStringList{"C000002"};
    QTest::newRow("phone digits") << "2345678" << QStringList{"C000001"};
    QTest::newRow("contact person") << "sabine" << QStringList{"C000001"};
    QTest::newRow("customer number") << "C000002" << QStringList{"C000002"};
    QTest::newRow("two words must both match") << "kiosk stuttgart" << QStringList{};
    QTest::newRow("fts syntax is inert") << "\"bäck* OR NEAR(" << QStringList{};
    QTest::newRow("sql metacharacters") << "'; DROP TABLE customers; --" << QStringList{};
}

void TestCustomerRepository::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, codes);
    Test::Fixture f;
    QVERIFY(f.isValid());
    CustomerRepository customers(f.db());
    const Result<QList<Customer>> found = customers.search(text);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QStringList got;
    for (const Customer &c : *found) {
        got << c.code;
    }
    QCOMPARE(got, codes);
    QCOMPARE(*customers.count(text), qint64(codes.size()));
    QCOMPARE(f.rowCount(QStringLiteral("customers")), 2);
}

void TestCustomerRepository::searchPagesInNameOrder()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    CustomerRepository customers(f.db());
    for (int i = 0; i < 25; ++i) {
        Customer c = f.farCustomer;
        c.id.clear();
        c.code = QStringLiteral("K%1").arg(i, 3, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Kiosk %1").arg(QChar(u'Z' - i));
        QVERIFY(customers.create(c).ok());
    }
    const QList<Customer> first = *customers.search(QStringLiteral("kiosk"), 10, 0);
    const QList<Customer> third = *customers.search(QStringLiteral("kiosk"), 10, 20);
    QCOMPARE(first.size(), 10);
    QCOMPARE(third.size(), 6);
    QCOMPARE(first.first().name, QStringLiteral("Kiosk am Markt"));
    QCOMPARE(first.at(1).name, QStringLiteral("Kiosk B"));
    QCOMPARE(third.last().name, QStringLiteral("Kiosk Z"));
}

void TestCustomerRepository::listPagesByKeyInEverySortOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("text");
    for (const auto &[name, sort] : {std::pair{"name", CustomerSort::Name}, std::pair{"code", CustomerSort::Code},
                                     std::pair{"city", CustomerSort::City}, std::pair{"phone", CustomerSort::Phone}}) {
        QTest::addRow("%s ascending", name) << int(sort) << false << QString();
        QTest::addRow("%s descending", name) << int(sort) << true << QString();
        QTest::addRow("%s ascending, searched", name) << int(sort) << false << QStringLiteral("ulm");
    }
}

void TestCustomerRepository::listPagesByKeyInEverySortOrder()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, text);
    Test::Fixture f;
    QVERIFY(f.isValid());
    CustomerRepository customers(f.db());
    // Duplicate names, cities and phones, so that only the tie-breaker keeps pages apart.
    const QStringList cities = {QStringLiteral("Ulm"), QStringLiteral("augsburg"), QStringLiteral("Ulm"),
                                QStringLiteral("Bern")};
    for (int i = 0; i < 37; ++i) {
        Customer c = f.farCustomer;
        c.id.clear();
        c.code = QStringLiteral("C%1").arg(97 - i, 3, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Shop %1").arg(i % 5);
        c.city = cities.at(i % cities.size());
        c.phone = QStringLiteral("0711 %1").arg(i % 3);
        QVERIFY(customers.create(c).ok());
    }
    CustomerListQuery query;
    query.sort = CustomerSort(sort);
    query.descending = descending;
    query.text = text;
    query.limit = 1000;
    const QList<CustomerListRow> all = *customers.list(query);
    QCOMPARE(all.size(), text.isEmpty() ? 39 : qint64(*customers.count(text)));
    QVERIFY(all.size() >= 19);
    // The one-shot list is in the asked order.
    const auto key = [&](const CustomerListRow &r) -> QStringList {
        switch (CustomerSort(sort)) {
        case CustomerSort::Name:
            return {r.name.toLower()};
        case CustomerSort::Code:
            return {r.code};
        case CustomerSort::City:
            return {r.city.toLower(), r.name.toLower()};
        case CustomerSort::Phone:
            return {r.phone};
        }
        return {};
    };
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QStringList a = key(all.at(i - 1));
        const QStringList b = key(all.at(i));
        QVERIFY2(descending ? a >= b : a <= b, qPrintable(a.join(u',') + u'/' + b.join(u',')));
    }
    // Pages of 4 continued after each last row give the same rows, each once.
    query.limit = 4;
    QList<CustomerListRow> paged;
    for (;;) {
        const QList<CustomerListRow> page = *customers.list(query);
        paged << page;
        if (page.size() < query.limit) {
            break;
        }
        query.after = page.last();
    }
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(paged.at(i).id, all.at(i).id);
    }
}

void TestCustomerRepository::namesSortAsPeopleReadThem()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    CustomerRepository customers(f.db());
    const QStringList names = {QStringLiteral("Bistro Nord"),    QStringLiteral("Bäckerei Öztürk"),
                               QStringLiteral("Zebra Markt"),    QStringLiteral("backstube Ulm"),
                               QStringLiteral("Ärztehaus Café"), QStringLiteral("Şahin Imbiss"),
                               QStringLiteral("Bahnhofskiosk"),  QStringLiteral("Sauer GmbH")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        Customer c = f.farCustomer;
        c.id.clear();
        c.code = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        c.name = names.at(i);
        QVERIFY(customers.create(c).ok());
    }
    // Accents count as their base letter and capitals as small ones ("Bäckerei" with "Backerei",
    // before "Bahnhof"; not after "Bistro"), also across pages of the keyset paging.
    const QStringList expected = {QStringLiteral("Ärztehaus Café"), QStringLiteral("Bäckerei Öztürk"),
                                  QStringLiteral("backstube Ulm"),  QStringLiteral("Bahnhofskiosk"),
                                  QStringLiteral("Bistro Nord"),    QStringLiteral("Şahin Imbiss"),
                                  QStringLiteral("Sauer GmbH"),     QStringLiteral("Zebra Markt")};
    CustomerListQuery query;
    query.limit = 3;
    QStringList seen;
    for (;;) {
        const QList<CustomerListRow> page = *customers.list(query);
        for (const CustomerListRow &row : page) {
            if (names.contains(row.name)) {
                seen << row.name;
            }
        }
        if (page.size() < query.limit) {
            break;
        }
        query.after = page.last();
    }
    QCOMPARE(seen, expected);
    QStringList searched;
    for (const Customer &c : *customers.search(QString(), 100)) {
        if (names.contains(c.name)) {
            searched << c.name;
        }
    }
    QCOMPARE(searched, expected);
}

void TestCustomerRepository::listShowsTheOpenBalance()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(
        runQuery(f.db().connection(),
                 QStringLiteral("INSERT INTO transactions (id, customer_id, kind, direction, amount_minor, currency, "
                                "method, occurred_at, recorded_by, updated_at) VALUES (?, ?, 'invoice', 'forward', "
                                "25000, 'EUR', 'none', '2026-01-01T00:00:00.000Z', ?, ''), (?, ?, 'payment', "
                                "'forward', 7550, 'EUR', 'cash', '2026-01-02T00:00:00.000Z', ?, '')"),
                 {UuidV7::generateString(), f.customer.id, f.agentUser.id, UuidV7::generateString(), f.customer.id,
                  f.agentUser.id})
            .ok());
    CustomerListQuery query;
    query.text = f.customer.name;
    const QList<CustomerListRow> rows = *CustomerRepository(f.db()).list(query);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().openBalance, Money(17450, Currency::eur()));
    QCOMPARE(rows.first().creditLimit, f.customer.creditLimit);
    QCOMPARE(*CustomerRepository(f.db()).openBalance(f.customer.id), rows.first().openBalance);
}

void TestCustomerRepository::currencyIsFixedOnceTraded()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    Customer c = f.customer;
    c.creditLimit = Money(100000, *Currency::fromCode(u"CHF"));
    // No orders or ledger entries yet: the trading currency may still change.
    QVERIFY(CustomerRepository(f.db()).update(c).ok());
    QVERIFY(
        runQuery(f.db().connection(),
                 QStringLiteral("INSERT INTO transactions (id, customer_id, kind, direction, amount_minor, currency, "
                                "method, occurred_at, recorded_by, updated_at) VALUES (?, ?, 'payment', 'forward', "
                                "100, 'CHF', 'cash', '2026-01-01T00:00:00.000Z', ?, '')"),
                 {UuidV7::generateString(), c.id, f.agentUser.id})
            .ok());
    c.creditLimit = Money(100000, Currency::eur());
    const Result<Customer> changed = CustomerRepository(f.db()).update(c);
    QVERIFY(!changed.ok());
    QVERIFY(changed.error().hasField(QStringLiteral("creditLimit")));
    QCOMPARE(CustomerRepository(f.db()).get(c.id)->currency().code(), QStringLiteral("CHF"));
}

void TestCustomerRepository::removeRefusedWhenReferenced()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(runQuery(f.db().connection(),
                     QStringLiteral("INSERT INTO visits (id, customer_id, agent_id, planned_at, status, updated_at) "
                                    "VALUES (?, ?, ?, '2026-11-20T08:00:00.000Z', 'planned', '')"),
                     {UuidV7::generateString(), f.customer.id, f.agent.id})
                .ok());
    const Status s = CustomerRepository(f.db()).remove(f.customer.id);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message().contains(QStringLiteral("inactive")));
    QVERIFY(CustomerRepository(f.db()).get(f.customer.id).ok());
}

void TestCustomerRepository::priceListMustMatchCurrency()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    PriceList list;
    list.name = QStringLiteral("Swiss partners");
    list.currency = *Currency::fromCode(u"CHF");
    const Result<PriceList> created = ProductRepository(f.db()).createPriceList(list);
    QVERIFY(created.ok());
    Customer c = f.customer;
    c.priceListId = created->id;
    const Result<Customer> updated = CustomerRepository(f.db()).update(c);
    QVERIFY(!updated.ok());
    QVERIFY(updated.error().messageFor(QStringLiteral("priceListId")).contains(QStringLiteral("CHF")));
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
