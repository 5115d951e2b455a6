#include "sync/server/companyprofiles.h"

#include "core/repositories/companyprofilerepository.h"
#include "core/store/entityschema.h"
#include "core/uuidv7.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

namespace SalesSync::Server {

namespace {

const EntityDef &entity()
{
    return EntitySchema::get(QStringLiteral("company_profile"));
}

} // namespace

CompanyProfiles::CompanyProfiles(PgDatabase &database)
    : m_database(database)
{}

Result<CompanyProfile> CompanyProfiles::fromJson(const QJsonObject &object)
{
    const QVariantMap fields = CompanyProfileRepository::values(CompanyProfile());
    QList<FieldError> errors;
    QHash<QString, QString> values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!fields.contains(it.key()) || it.key() == u"logo") {
            errors << FieldError{it.key(), QStringLiteral("is not a field of the company profile (the fields are %1; "
                                                          "the logo is given with --logo)")
                                               .arg(QStringList(fields.keys()).join(QStringLiteral(", ")))};
        } else if (!it.value().isString()) {
            errors << FieldError{it.key(), QStringLiteral("must be a string")};
        } else {
            values.insert(it.key(), it.value().toString().trimmed());
        }
    }
    if (!errors.isEmpty()) {
        return Error::validation(errors);
    }
    CompanyProfile p;
    p.name = values.value(QStringLiteral("name"));
    p.street = values.value(QStringLiteral("street"));
    p.postalCode = values.value(QStringLiteral("postal_code"));
    p.city = values.value(QStringLiteral("city"));
    p.countryCode = values.value(QStringLiteral("country_code"));
    p.phone = values.value(QStringLiteral("phone"));
    p.email = values.value(QStringLiteral("email"));
    p.website = values.value(QStringLiteral("website"));
    p.vatId = values.value(QStringLiteral("vat_id"));
    p.registration = values.value(QStringLiteral("registration"));
    p.bankName = values.value(QStringLiteral("bank_name"));
    p.iban = values.value(QStringLiteral("iban"));
    p.bic = values.value(QStringLiteral("bic"));
    return p;
}

Result<CompanyProfile> CompanyProfiles::set(CompanyProfile profile)
{
    if (const QList<FieldError> errors = profile.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
    }
    PgTransaction tx(*db, AuditActor{{}, QStringLiteral("salessync-server set-company-profile")});
    if (const Status s = tx.status(); !s) {
        return s.error();
    }
    const Result<QVariant> current = pgValue(
        *db,
        QStringLiteral("SELECT id FROM company_profiles WHERE NOT deleted ORDER BY updated_at DESC, id DESC LIMIT 1"));
    if (!current) {
        return current.error();
    }
    const QVariantMap values = CompanyProfileRepository::values(profile);
    if (current->isNull()) {
        profile.id = UuidV7::generateString();
        if (const Status s = PgRows::insert(*db, entity(), profile.id, values); !s) {
            return s.error();
        }
    } else {
        // The version and change-log triggers see the update; devices replace their copy.
        profile.id = current->toString();
        QStringList assignments;
        QVariantList binds;
        for (const FieldDef &field : entity().fields) {
            assignments << field.name + QStringLiteral(" = ") + PgRows::placeholder(field);
            binds << PgRows::toPg(field, values.value(field.name));
        }
        binds << profile.id;
        const Result<QSqlQuery> updated =
            pgQuery(*db,
                    QStringLiteral("UPDATE company_profiles SET %1, updated_at = now() WHERE id = ?")
                        .arg(assignments.join(u',')),
                    binds);
        if (!updated) {
            return updated.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return profile;
}

} // namespace SalesSync::Server
