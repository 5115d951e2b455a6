#include "core/repositories/companyprofilerepository.h"

#include "core/repositories/repositorysupport.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &entity()
{
    return EntitySchema::get(QStringLiteral("company_profile"));
}

CompanyProfile fromQuery(const QSqlQuery &q)
{
    CompanyProfile p;
    p.id = text(q, 0);
    p.name = text(q, 1);
    p.street = text(q, 2);
    p.postalCode = text(q, 3);
    p.city = text(q, 4);
    p.countryCode = text(q, 5);
    p.phone = text(q, 6);
    p.email = text(q, 7);
    p.website = text(q, 8);
    p.vatId = text(q, 9);
    p.registration = text(q, 10);
    p.bankName = text(q, 11);
    p.iban = text(q, 12);
    p.bic = text(q, 13);
    p.logo = QByteArray::fromBase64(text(q, 14).toLatin1());
    p.serverVersion = q.value(15).toLongLong();
    return p;
}

} // namespace

CompanyProfileRepository::CompanyProfileRepository(Database &database)
    : m_database(database)
{}

QVariantMap CompanyProfileRepository::values(const CompanyProfile &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("street"), p.street},
            {QStringLiteral("postal_code"), p.postalCode},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("country_code"), p.countryCode},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("website"), p.website},
            {QStringLiteral("vat_id"), p.vatId},
            {QStringLiteral("registration"), p.registration},
            {QStringLiteral("bank_name"), p.bankName},
            {QStringLiteral("iban"), p.iban},
            {QStringLiteral("bic"), p.bic},
            {QStringLiteral("logo"), QString::fromLatin1(p.logo.toBase64())}};
}

CompanyProfile CompanyProfileRepository::fromValues(const QVariantMap &v)
{
    const auto text = [&v](const char *column) {
        return v.value(QString::fromLatin1(column)).toString();
    };
    CompanyProfile p;
    p.name = text("name");
    p.street = text("street");
    p.postalCode = text("postal_code");
    p.city = text("city");
    p.countryCode = text("country_code");
    p.phone = text("phone");
    p.email = text("email");
    p.website = text("website");
    p.vatId = text("vat_id");
    p.registration = text("registration");
    p.bankName = text("bank_name");
    p.iban = text("iban");
    p.bic = text("bic");
    p.logo = QByteArray::fromBase64(text("logo").toLatin1());
    return p;
}

Result<std::optional<CompanyProfile>> CompanyProfileRepository::current()
{
    Result<QSqlQuery> q = runQuery(m_database.connection(),
                                   QStringLiteral("SELECT id, name, street, postal_code, city, country_code, phone, "
                                                  "email, website, vat_id, registration, bank_name, iban, bic, logo, "
                                                  "server_version FROM company_profiles "
                                                  "ORDER BY server_version DESC, updated_at DESC, id DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<CompanyProfile>();
    }
    return std::optional<CompanyProfile>(fromQuery(*q));
}

Result<CompanyProfile> CompanyProfileRepository::save(CompanyProfile profile)
{
    if (const QList<FieldError> errors = profile.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    ChangeWriter writer(m_database, tx);
    const bool creating = profile.id.isEmpty();
    if (creating) {
        profile.id = UuidV7::generateString();
    }
    const Status written = creating ? writer.insert(entity(), profile.id, values(profile))
                                    : writer.update(entity(), profile.id, values(profile));
    if (!written) {
        return written.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return profile;
}

} // namespace SalesSync
