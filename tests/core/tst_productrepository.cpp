#include "core/repositories/productrepository.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

class TestProductRepository : public QObject {
    Q_OBJECT

private slots:
    void searchRanksWholeWordsAndPrefixesFirst();
    void everyWordMustMatch();
};

namespace {

Product product(const QString &sku, const QString &name)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = QStringLiteral("Drinks");
    p.unit = QStringLiteral("case");
    p.unitPrice = Money(1299, Currency::eur());
    p.taxRateBasisPoints = 1900;
    return p;
}

QStringList skus(const Result<QList<Product>> &found)
{
    QStringList list;
    for (const Product &p : *found) {
        list << p.sku;
    }
    return list;
}

} // namespace

void TestProductRepository::searchRanksWholeWordsAndPrefixesFirst()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    ProductRepository products(f.db());
    for (const Product &p : {product(QStringLiteral("SW-100"), QStringLiteral("Chocolate bar dark")),
                             product(QStringLiteral("DR-240"), QStringLiteral("Cola 24x0.33 l")),
                             product(QStringLiteral("DR-241"), QStringLiteral("Diet Cola 24x0.33 l")),
                             product(QStringLiteral("COLA-1"), QStringLiteral("Lemonade 6x1 l"))}) {
        QVERIFY(products.create(p).ok());
    }
    // "cola": names and SKUs starting with it, then a word starting with it, then the rest.
    QCOMPARE(skus(products.search(QStringLiteral("cola"))), (QStringList{"DR-240", "COLA-1", "DR-241", "SW-100"}));
    // The SKU typed whole comes first of all.
    QCOMPARE(skus(products.search(QStringLiteral("dr-241"))).first(), QStringLiteral("DR-241"));
    // LIKE's wildcards are plain characters in a search.
    QCOMPARE(skus(products.search(QStringLiteral("%"))), QStringList());
    QCOMPARE(skus(products.search(QStringLiteral("_"))), QStringList());
}

void TestProductRepository::everyWordMustMatch()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    ProductRepository products(f.db());
    QVERIFY(products.create(product(QStringLiteral("DR-240"), QStringLiteral("Cola 24x0.33 l"))).ok());
    QVERIFY(products.create(product(QStringLiteral("DR-250"), QStringLiteral("Cola 6x1.5 l"))).ok());
    QCOMPARE(skus(products.search(QStringLiteral("cola 0.33"))), QStringList{"DR-240"});
    QCOMPARE(skus(products.search(QStringLiteral("  COLA   1.5 "))), QStringList{"DR-250"});
}

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
