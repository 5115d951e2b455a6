#pragma once

#include "core/domain/companyprofile.h"
#include "core/result.h"

#include <QJsonObject>

namespace SalesSync::Server {

class PgDatabase;

// The company profile on the documents, set by an administrator on the server
// (`salessync-server set-company-profile`); every device receives it with its next pull. An
// admin's desktop can change it too, by pushing the company_profile entity.
class CompanyProfiles final {
public:
    explicit CompanyProfiles(PgDatabase &database);

    // Creates the profile, or gives the current one these fields (keeping its id, so devices
    // replace it rather than add one). Refused, naming each field, when a field is not valid.
    Result<CompanyProfile> set(CompanyProfile profile);

    // A profile from a JSON object with the entity's field names ("name", "vat_id", ...), every
    // value a string; the logo comes separately, as a file. An unknown key is an error, so a
    // misspelt field is not silently left out.
    static Result<CompanyProfile> fromJson(const QJsonObject &object);

private:
    PgDatabase &m_database;
};

} // namespace SalesSync::Server
