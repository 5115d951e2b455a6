#pragma once

#include "core/demo/rowdemosink.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

namespace SalesSync::Server {

class PgDatabase;
class PgTransaction;

// Writes generated demo data into the server's database, all in one transaction. Every user
// gets the same demo password (hashed once). For demonstrations, tests and benchmarks only.
class PgDemoSink final : public RowDemoSink {
public:
    PgDemoSink(PgDatabase &database, QString passwordHash);
    ~PgDemoSink() override;

    Status begin() override;
    Status commit() override;

protected:
    Status writeRow(const QString &entity, const QString &id, const QVariantMap &values) override;

private:
    PgDatabase &m_database;
    QString m_passwordHash;
    QSqlDatabase m_db;
    std::unique_ptr<PgTransaction> m_transaction;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // entity -> prepared INSERT
};

} // namespace SalesSync::Server
