#include "core/repositories/companyprofilerepository.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

class TestCompanyProfileRepository : public QObject {
    Q_OBJECT

private slots:
    void savedProfileIsCurrentAndQueuedForSync();
    void badFieldsAreNamed();
    void logoFormats();
    void ibanCheckDigits_data();
    void ibanCheckDigits();
};

void TestCompanyProfileRepository::savedProfileIsCurrentAndQueuedForSync()
{
    Test::Fixture f;
    CompanyProfileRepository profiles(f.db());
    const qint64 queued = f.outboxCount(); // the fixture's own rows
    const Result<std::optional<CompanyProfile>> none = profiles.current();
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());

    CompanyProfile p;
    p.name = QStringLiteral("Nordwind GmbH");
    p.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    p.logo = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 18);
    const Result<CompanyProfile> saved = profiles.save(p);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
    QCOMPARE(f.outboxCount(), queued + 1);

    const Result<std::optional<CompanyProfile>> current = profiles.current();
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->name, p.name);
    QCOMPARE((*current)->logo, p.logo); // binary survives the base64 column

    CompanyProfile changed = **current;
    changed.city = QStringLiteral("Hamburg");
    QVERIFY(profiles.save(changed).ok());
    QCOMPARE((*profiles.current())->city, QStringLiteral("Hamburg"));
    QCOMPARE((*profiles.current())->id, saved->id);
    QCOMPARE(f.outboxCount(), queued + 2);
}

void TestCompanyProfileRepository::badFieldsAreNamed()
{
    Test::Fixture f;
    const qint64 queued = f.outboxCount();
    CompanyProfile p;
    p.iban = QStringLiteral("DE88 3704 0044 0532 0130 00");
    p.countryCode = QStringLiteral("de");
    p.logo = QByteArray(CompanyProfile::kMaximumLogoBytes + 1, 'x');
    const Result<CompanyProfile> saved = CompanyProfileRepository(f.db()).save(p);
    QVERIFY(!saved.ok());
    QStringList fields;
    for (const FieldError &e : saved.error().fields()) {
        fields << e.field;
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("countryCode"), QStringLiteral("iban"), QStringLiteral("logo"),
                                  QStringLiteral("name")}));
    QCOMPARE(f.outboxCount(), queued); // nothing half-written
}

void TestCompanyProfileRepository::logoFormats()
{
    QCOMPARE(logoFormat(QByteArray("\x89PNG\r\n\x1a\nrest", 12)), LogoFormat::Png);
    QCOMPARE(logoFormat(QByteArray("\xff\xd8\xff\xe0JFIF")), LogoFormat::Jpeg);
    QCOMPARE(logoFormat(QByteArray("\xef\xbb\xbf\n<?xml version=\"1.0\"?><svg xmlns=\"x\"/>")), LogoFormat::Svg);
    QCOMPARE(logoFormat(QByteArray("<html><body>not an image</body></html>")), std::nullopt);
    QCOMPARE(logoFormat(QByteArray("GIF89a")), std::nullopt);
    CompanyProfile p;
    p.name = QStringLiteral("X");
    p.logo = QByteArray("GIF89a");
    QCOMPARE(p.validate().size(), 1);
    QCOMPARE(p.validate().first().field, QStringLiteral("logo"));
}

void TestCompanyProfileRepository::ibanCheckDigits_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("valid");
    QTest::newRow("German, grouped") << "DE89 3704 0044 0532 0130 00" << true;
    QTest::newRow("German, compact") << "DE89370400440532013000" << true;
    QTest::newRow("British") << "GB29 NWBK 6016 1331 9268 19" << true;
    QTest::newRow("a digit wrong") << "DE89 3704 0044 0532 0130 01" << false;
    QTest::newRow("lower case") << "de89 3704 0044 0532 0130 00" << true;
    QTest::newRow("a letter where digits go") << "DE89 3704 0044 0532 0130 0X" << false;
    QTest::newRow("too short") << "DE89 3704" << false;
}

void TestCompanyProfileRepository::ibanCheckDigits()
{
    QFETCH(QString, iban);
    QFETCH(bool, valid);
    QCOMPARE(ibanIsValid(iban), valid);
}

QTEST_MAIN(TestCompanyProfileRepository)
#include "tst_companyprofilerepository.moc"
