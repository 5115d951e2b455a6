#include "core/kpi/kpicalculator.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

Q_DECLARE_METATYPE(SalesSync::KpiSource)

// Every KPI of the dictionary on a week worked out by hand (docs/kpis.md tells the same week):
// the fixture's agent, Bäckerei Müller (30 days' terms) and Kiosk am Markt, 2 to 8 November 2026.
//
//   v1 Müller, planned Mon 09:00, in 09:00 out 09:30, order o1 (beer, bread, beer: 100.00)
//   v2 Kiosk,  planned Mon 11:00, in 10:30 out 11:00, outside the geofence, no order
//   v3 Müller, planned Tue 09:00, missed
//   v4 Kiosk,  planned Wed 10:00, cancelled
//   v5 Müller, planned Wed 14:00, in 14:00 out 14:45, entered by hand, order o2 (beer: 50.00)
//   v6 Müller, planned the Monday after: outside the week
//   o3 Müller, no visit, approved, 25.00; o4 a draft (99.00) and o5 rejected (99.99): no sales
//   ledger: Müller invoiced 100.00 on 1 Oct and 50.00 on 3 Nov, paid 60.00 on 5 Nov, 10.00 of
//   it reversed on 6 Nov; the Kiosk invoiced 20.00 on 1 Aug
//   targets: the territory 3,000.00 for November; the agent 200.00 for the week
class TestKpiCalculator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKpiIsDefinedOnce();
    void aWeekByHand_data();
    void aWeekByHand();
    void agentsTargetAndProjection_data();
    void agentsTargetAndProjection();
    void ageingSettlesTheOldestFirst();
    void distributionPerProduct();
    void aBadPeriodIsRefused();

private:
    void fill(Test::Fixture &f);
    void visit(Test::Fixture &f, const QString &id, const QString &customer, const QString &planned,
               const QString &status, const QString &in = {}, const QString &out = {}, const QString &source = {},
               bool outside = false);
    void order(Test::Fixture &f, const QString &id, const QString &visit, const QString &status, qint64 net,
               const QString &submitted, const QList<Product> &lines);
    void entry(Test::Fixture &f, const QString &id, const QString &customer, const QString &kind, qint64 amount,
               const QString &at, const QString &reverses = {});
    static KpiScope week() { return {QDate(2026, 11, 2), QDate(2026, 11, 8), {}, {}}; }
};

void TestKpiCalculator::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestKpiCalculator::visit(Test::Fixture &f, const QString &id, const QString &customer, const QString &planned,
                              const QString &status, const QString &in, const QString &out, const QString &source,
                              bool outside)
{
    QVERIFY(
        runQuery(f.db().connection(),
                 QStringLiteral("INSERT INTO visits (id, customer_id, agent_id, planned_at, status, checked_in_at, "
                                "check_in_source, outside_geofence, checked_out_at, updated_at) VALUES (?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, '')"),
                 {id, customer, f.agent.id, planned, status, in.isEmpty() ? QVariant() : in,
                  source.isEmpty() ? QVariant() : source, outside ? 1 : 0, out.isEmpty() ? QVariant() : out})
            .ok());
}

void TestKpiCalculator::order(Test::Fixture &f, const QString &id, const QString &visit, const QString &status,
                              qint64 net, const QString &submitted, const QList<Product> &lines)
{
    QVERIFY(runQuery(f.db().connection(),
                     QStringLiteral("INSERT INTO orders (id, customer_id, agent_id, visit_id, status, currency, "
                                    "net_minor, tax_minor, total_minor, created_at, submitted_at, updated_at) VALUES "
                                    "(?, ?, ?, ?, ?, 'EUR', ?, 0, ?, ?, ?, '')"),
                     {id, f.customer.id, f.agent.id, visit.isEmpty() ? QVariant() : visit, status, net, net, submitted,
                      status == u"draft" ? QVariant() : submitted})
                .ok());
    int lineNo = 0;
    for (const Product &p : lines) {
        QVERIFY(
            runQuery(f.db().connection(),
                     QStringLiteral("INSERT INTO order_lines (id, order_id, line_no, product_id, quantity_milli, "
                                    "unit_price_minor, tax_rate_bp, net_minor, tax_minor, updated_at) VALUES (?, ?, "
                                    "?, ?, 1000, 0, 0, 0, 0, '')"),
                     {UuidV7::generateString(), id, ++lineNo, p.id})
                .ok());
    }
}

void TestKpiCalculator::entry(Test::Fixture &f, const QString &id, const QString &customer, const QString &kind,
                              qint64 amount, const QString &at, const QString &reverses)
{
    QVERIFY(runQuery(f.db().connection(),
                     QStringLiteral("INSERT INTO transactions (id, customer_id, kind, direction, reverses_id, "
                                    "amount_minor, currency, reason, occurred_at, recorded_by, updated_at) VALUES (?, "
                                    "?, ?, ?, ?, ?, 'EUR', ?, ?, ?, '')"),
                     {id, customer, kind, reverses.isEmpty() ? QStringLiteral("forward") : QStringLiteral("reverse"),
                      reverses.isEmpty() ? QVariant() : reverses, amount,
                      reverses.isEmpty() ? QStringLiteral("") : QStringLiteral("cheque bounced in part"), at,
                      f.agentUser.id})
                .ok());
}

void TestKpiCalculator::fill(Test::Fixture &f)
{
    const QString &m = f.customer.id;
    const QString &k = f.farCustomer.id;
    visit(f, QStringLiteral("v1"), m, QStringLiteral("2026-11-02T09:00:00.000Z"), QStringLiteral("completed"),
          QStringLiteral("2026-11-02T09:00:00.000Z"), QStringLiteral("2026-11-02T09:30:00.000Z"),
          QStringLiteral("gps"));
    visit(f, QStringLiteral("v2"), k, QStringLiteral("2026-11-02T11:00:00.000Z"), QStringLiteral("completed"),
          QStringLiteral("2026-11-02T10:30:00.000Z"), QStringLiteral("2026-11-02T11:00:00.000Z"), QStringLiteral("gps"),
          true);
    visit(f, QStringLiteral("v3"), m, QStringLiteral("2026-11-03T09:00:00.000Z"), QStringLiteral("missed"));
    visit(f, QStringLiteral("v4"), k, QStringLiteral("2026-11-04T10:00:00.000Z"), QStringLiteral("cancelled"));
    visit(f, QStringLiteral("v5"), m, QStringLiteral("2026-11-04T14:00:00.000Z"), QStringLiteral("completed"),
          QStringLiteral("2026-11-04T14:00:00.000Z"), QStringLiteral("2026-11-04T14:45:00.000Z"),
          QStringLiteral("manual"));
    visit(f, QStringLiteral("v6"), m, QStringLiteral("2026-11-09T09:00:00.000Z"), QStringLiteral("planned"));
    order(f, QStringLiteral("o1"), QStringLiteral("v1"), QStringLiteral("submitted"), 10000,
          QStringLiteral("2026-11-02T09:25:00.000Z"), {f.beer, f.bread, f.beer});
    order(f, QStringLiteral("o2"), QStringLiteral("v5"), QStringLiteral("fulfilled"), 5000,
          QStringLiteral("2026-11-04T14:40:00.000Z"), {f.beer});
    order(f, QStringLiteral("o3"), QString(), QStringLiteral("approved"), 2500,
          QStringLiteral("2026-11-05T08:00:00.000Z"), {f.bread});
    order(f, QStringLiteral("o4"), QString(), QStringLiteral("draft"), 9900, QStringLiteral("2026-11-05T09:00:00.000Z"),
          {f.bread});
    order(f, QStringLiteral("o5"), QString(), QStringLiteral("rejected"), 9999,
          QStringLiteral("2026-11-05T10:00:00.000Z"), {f.bread});
    entry(f, QStringLiteral("i1"), m, QStringLiteral("invoice"), 10000, QStringLiteral("2026-10-01T12:00:00.000Z"));
    entry(f, QStringLiteral("i2"), m, QStringLiteral("invoice"), 5000, QStringLiteral("2026-11-03T12:00:00.000Z"));
    entry(f, QStringLiteral("p1"), m, QStringLiteral("payment"), 6000, QStringLiteral("2026-11-05T12:00:00.000Z"));
    entry(f, QStringLiteral("r1"), m, QStringLiteral("payment"), 1000, QStringLiteral("2026-11-06T12:00:00.000Z"),
          QStringLiteral("p1"));
    entry(f, QStringLiteral("i3"), k, QStringLiteral("invoice"), 2000, QStringLiteral("2026-08-01T12:00:00.000Z"));
    const auto target = [&f](const QVariant &agent, const QString &from, const QString &to, qint64 amount) {
        QVERIFY(runQuery(f.db().connection(),
                         QStringLiteral("INSERT INTO sales_targets (id, territory_id, agent_id, period_start, "
                                        "period_end, currency, amount_minor, created_by, updated_at) VALUES (?, ?, ?, "
                                        "?, ?, 'EUR', ?, ?, '')"),
                         {UuidV7::generateString(), f.territory.id, agent, from, to, amount, f.admin.id})
                    .ok());
    };
    target(QVariant(), QStringLiteral("2026-11-01"), QStringLiteral("2026-11-30"), 300000);
    target(f.agent.id, QStringLiteral("2026-11-02"), QStringLiteral("2026-11-08"), 20000);
}

void TestKpiCalculator::everyKpiIsDefinedOnce()
{
    QSet<QString> keys;
    for (const Kpi kpi : Kpis::all()) {
        const KpiDefinition d = Kpis::definition(kpi);
        QCOMPARE(d.kpi, kpi);
        QVERIFY2(!d.key.isEmpty() && !d.name.isEmpty() && d.definition.size() > 30, qPrintable(d.key));
        QVERIFY2(!keys.contains(d.key), qPrintable(d.key));
        keys.insert(d.key);
        QCOMPARE(Kpis::fromKey(d.key), std::optional<Kpi>(kpi));
    }
    QCOMPARE(keys.size(), 20);
    QCOMPARE(Kpis::fromKey(u"no_such_kpi"), std::nullopt);
}

// Both sources give the hand-computed figures: the base tables, and the aggregates the triggers
// kept while the fixture was written.
void TestKpiCalculator::aWeekByHand_data()
{
    QTest::addColumn<KpiSource>("source");
    QTest::newRow("base tables") << KpiSource::BaseTables;
    QTest::newRow("aggregates") << KpiSource::Aggregates;
}

void TestKpiCalculator::aWeekByHand()
{
    QFETCH(KpiSource, source);
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    fill(f);
    const Result<QHash<Kpi, KpiValue>> kpis = KpiCalculator::compute(f.db(), week(), source);
    QVERIFY2(kpis.ok(), qPrintable(kpis ? QString() : kpis.error().message()));
    const auto parts = [&kpis](Kpi kpi) {
        const KpiValue v = kpis->value(kpi);
        return std::pair<qint64, qint64>(v.numerator, v.denominator);
    };
    const auto euros = [&kpis](Kpi kpi) {
        return kpis->value(kpi).amount(Currency::eur()).minorUnits();
    };
    using P = std::pair<qint64, qint64>;
    QCOMPARE(parts(Kpi::VisitsPlanned).first, 4);   // v1, v2, v3, v5
    QCOMPARE(parts(Kpi::VisitsCompleted).first, 3); // v1, v2, v5
    QCOMPARE(parts(Kpi::CallCompliance), P(3, 4));
    QCOMPARE(parts(Kpi::Coverage), P(2, 2));   // both customers visited
    QCOMPARE(parts(Kpi::StrikeRate), P(2, 3)); // v1 and v5 took orders
    QCOMPARE(parts(Kpi::UnsuccessfulVisitRate), P(1, 3));
    QCOMPARE(parts(Kpi::VisitsPerAgentDay), P(3, 2));      // Monday and Wednesday
    QCOMPARE(parts(Kpi::TimeInStore), P(105 * 60, 3));     // 30 + 30 + 45 minutes
    QCOMPARE(parts(Kpi::WorkingTime), P(165 * 60, 2));     // 09:00–11:00 and 14:00–14:45
    QCOMPARE(parts(Kpi::TravelTime), P(60 * 60, 2));       // 09:30–10:30
    QCOMPARE(parts(Kpi::GeofenceExceptions), P(2, 3));     // v2 outside, v5 by hand
    QCOMPARE(parts(Kpi::LinesPerProductiveCall), P(3, 2)); // o1: beer and bread; o2: beer
    QCOMPARE(euros(Kpi::NetSales), 17500);                 // o1 + o2 + o3
    QCOMPARE(parts(Kpi::NetSales).first, 3);
    QCOMPARE(euros(Kpi::AverageOrderValue), 5833); // 175.00 ÷ 3, to the cent
    QCOMPARE(euros(Kpi::DropSize), 7500);          // 150.00 at visits ÷ 2 productive calls
    QCOMPARE(euros(Kpi::SalesAgainstTarget), 17500);
    QCOMPARE(kpis->value(Kpi::SalesAgainstTarget).referenceAmount(Currency::eur()).minorUnits(), 70000); // 7/30
    QCOMPARE(euros(Kpi::Collections), 5000); // 60.00 paid, 10.00 of it reversed
    QCOMPARE(euros(Kpi::Reversals), 1000);
    QCOMPARE(parts(Kpi::Reversals).first, 1);
    QCOMPARE(euros(Kpi::Receivables), 12000); // Müller 100.00, Kiosk 20.00
    // A ratio of nothing is no value, not 0 %.
    KpiScope empty = week();
    empty.from = empty.to = QDate(2026, 12, 24);
    const Result<QHash<Kpi, KpiValue>> none = KpiCalculator::compute(f.db(), empty, source);
    QVERIFY(none.ok());
    QVERIFY(!none->value(Kpi::StrikeRate).hasValue());
    QCOMPARE(none->value(Kpi::StrikeRate).ratio(), 0.0);
}

void TestKpiCalculator::agentsTargetAndProjection_data()
{
    aWeekByHand_data();
}

void TestKpiCalculator::agentsTargetAndProjection()
{
    QFETCH(KpiSource, source);
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    fill(f);
    KpiScope agent = week();
    agent.agentIds = {f.agent.id};
    agent.territoryIds = {f.territory.id};
    const Result<QHash<Kpi, KpiValue>> kpis = KpiCalculator::compute(f.db(), agent, source);
    QVERIFY(kpis.ok());
    QCOMPARE(kpis->value(Kpi::SalesAgainstTarget).referenceAmount(Currency::eur()).minorUnits(), 20000);
    // By Wednesday, 175.00 in three days of seven runs at 408.33 for the week.
    const QList<Money> projected =
        KpiCalculator::projection(kpis->value(Kpi::NetSales).amounts, agent, QDate(2026, 11, 4));
    QCOMPARE(projected.value(0).minorUnits(), 40833);
    QCOMPARE(
        KpiCalculator::projection({Money(17500, Currency::eur())}, agent, QDate(2026, 11, 1)).value(0).minorUnits(), 0);
    QCOMPARE(
        KpiCalculator::projection({Money(17500, Currency::eur())}, agent, QDate(2026, 12, 1)).value(0).minorUnits(),
        17500);
    // Another territory's customers: nothing of this week.
    agent.territoryIds = {f.otherTerritory.id};
    const Result<QHash<Kpi, KpiValue>> other = KpiCalculator::compute(f.db(), agent, source);
    QVERIFY(other.ok());
    QCOMPARE(other->value(Kpi::VisitsCompleted).numerator, 0);
    QVERIFY(other->value(Kpi::NetSales).amounts.isEmpty());
}

void TestKpiCalculator::ageingSettlesTheOldestFirst()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    fill(f);
    const Result<ReceivablesAgeing> ageing = KpiCalculator::ageing(f.db(), week());
    QVERIFY(ageing.ok());
    QCOMPARE(ageing->rows.size(), 1);
    const ReceivablesAgeing::Row &eur = ageing->rows.first();
    QCOMPARE(eur.currency, Currency::eur());
    // Müller owes 100.00: the reversed 10.00 (due 6 Dec) and the 50.00 of 3 Nov (due 3 Dec) are
    // not due; 40.00 of the October invoice (due 31 Oct) is 8 days overdue. The Kiosk's 20.00
    // was due on 31 Aug: 69 days.
    QCOMPARE(eur.minor[ReceivablesAgeing::NotDue], 6000);
    QCOMPARE(eur.minor[ReceivablesAgeing::Days1To30], 4000);
    QCOMPARE(eur.minor[ReceivablesAgeing::Days31To60], 0);
    QCOMPARE(eur.minor[ReceivablesAgeing::Days61To90], 2000);
    QCOMPARE(eur.minor[ReceivablesAgeing::Over90], 0);
    QCOMPARE(eur.total(), 12000);
}

void TestKpiCalculator::distributionPerProduct()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    fill(f);
    const Result<QList<ProductDistribution>> d = KpiCalculator::distribution(f.db(), week());
    QVERIFY(d.ok());
    QCOMPARE(d->size(), 2); // beer and bread, each bought by Müller only
    for (const ProductDistribution &p : *d) {
        QCOMPARE(p.customers, 1);
        QCOMPARE(p.active, 2);
    }
}

void TestKpiCalculator::aBadPeriodIsRefused()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const Result<QHash<Kpi, KpiValue>> backwards =
        KpiCalculator::compute(f.db(), {QDate(2026, 11, 8), QDate(2026, 11, 2), {}, {}});
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().fields().value(0).field, QStringLiteral("period"));
}

QTEST_MAIN(TestKpiCalculator)
#include "tst_kpicalculator.moc"
