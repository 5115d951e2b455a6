#pragma once

#include "core/domain/companyprofile.h"
#include "core/result.h"

#include <QVariantMap>

#include <optional>

namespace SalesSync {

class Database;

// The company profile on this device (synced from the server; admins change it).
class CompanyProfileRepository final {
public:
    explicit CompanyProfileRepository(Database &database);

    // The profile the documents use: the newest version the server sent (should there ever be
    // more than one); none before the first sync of a workspace that has none.
    Result<std::optional<CompanyProfile>> current();
    // Creates the profile (a new id) or changes it, through change capture.
    Result<CompanyProfile> save(CompanyProfile profile);

    // The stored fields by column name, as change capture writes them (the logo in base64).
    static QVariantMap values(const CompanyProfile &profile);
    // The profile from such fields (what values() gives, or a pushed row); missing ones are empty.
    static CompanyProfile fromValues(const QVariantMap &values);

private:
    Database &m_database;
};

} // namespace SalesSync
