#include "core/reports/customerselection.h"
#include "core/store/sqlutil.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

// The customers a bulk move takes, on a real data file: the fixture's Bäckerei Müller (C000001,
// 70173 Stuttgart) and Kiosk am Markt (C000002, Esslingen, no postal code), both in the
// fixture's territory.
class TestCustomerSelection : public QObject {
    Q_OBJECT

private slots:
    void pastedNumbersAreSplitAndDeduplicated();
    void findsByEachCriterion();
    void staysWithinThePersonsTerritories();
};

void TestCustomerSelection::pastedNumbersAreSplitAndDeduplicated()
{
    QCOMPARE(CustomerSelection::numbers(QStringLiteral("C000001\n C000002;C000001,\tC9 ")),
             (QStringList{QStringLiteral("C000001"), QStringLiteral("C000002"), QStringLiteral("C9")}));
    QVERIFY(CustomerSelection::numbers(QStringLiteral(" ,; \n")).isEmpty());
}

void TestCustomerSelection::findsByEachCriterion()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    using By = CustomerSelection::By;
    const auto ids = [&f](By by, const QStringList &what) {
        const Result<CustomerSelection::Match> m = CustomerSelection::find(f.db(), by, what, {});
        return m ? m->customerIds : QStringList{QStringLiteral("error")};
    };
    const QStringList both = {f.customer.id, f.farCustomer.id};
    QCOMPARE(ids(By::Territories, {f.territory.id}), both);
    QCOMPARE(ids(By::Territories, {f.otherTerritory.id}), QStringList());
    QCOMPARE(ids(By::City, {QStringLiteral("  stuttgart ")}), QStringList{f.customer.id});
    QCOMPARE(ids(By::PostalCode, {QStringLiteral("70")}), QStringList{f.customer.id});
    QCOMPARE(ids(By::PostalCode, {QStringLiteral("7%")}), QStringList()); // no wildcards
    QCOMPARE(ids(By::PostalCode, {QString()}), QStringList());            // nothing typed, nothing taken
    const Result<CustomerSelection::Match> pasted = CustomerSelection::find(
        f.db(), By::Numbers, CustomerSelection::numbers(QStringLiteral("C000002 X-1 C000001")), {});
    QVERIFY(pasted.ok());
    QCOMPARE(pasted->customerIds, both);
    QCOMPARE(pasted->names, (QStringList{QStringLiteral("Bäckerei Müller"), QStringLiteral("Kiosk am Markt")}));
    QCOMPARE(pasted->notFound, QStringList{QStringLiteral("X-1")});
}

void TestCustomerSelection::staysWithinThePersonsTerritories()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const Result<CustomerSelection::Match> m = CustomerSelection::find(
        f.db(), CustomerSelection::By::Numbers, {QStringLiteral("C000001")}, {f.otherTerritory.id});
    QVERIFY(m.ok());
    QVERIFY(m->customerIds.isEmpty());
    // Someone else's customer reads as not found: nothing tells a manager what lies beyond.
    QCOMPARE(m->notFound, QStringList{QStringLiteral("C000001")});
}

QTEST_MAIN(TestCustomerSelection)
#include "tst_customerselection.moc"
