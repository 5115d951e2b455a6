#pragma once

#include "core/demo/rowdemosink.h"

#include <QSqlDatabase>
#include <QStringList>

#include <map>
#include <memory>

namespace SalesSync::Server {

class PgDatabase;
class PgTransaction;

// Writes generated demo data into the server's database, all in one transaction, as multi-row
// INSERTs of up to kBatchRows rows (one round trip per batch instead of per row). Every user gets
// the same demo password (hashed once). For demonstrations, tests and benchmarks only.
class PgDemoSink final : public RowDemoSink {
public:
    PgDemoSink(PgDatabase &database, QString passwordHash);
    ~PgDemoSink() override;

    Status begin() override;
    Status commit() override;

    static constexpr int kBatchRows = 1000;

protected:
    Status writeRow(const QString &entity, const QString &id, const QVariantMap &values) override;

private:
    // Writes every buffered row, entities parents first, so that each row's references exist.
    Status flush();

    PgDatabase &m_database;
    QString m_passwordHash;
    QSqlDatabase m_db;
    std::unique_ptr<PgTransaction> m_transaction;
    std::map<QString, QStringList> m_pending; // entity -> "(value, value, ...)" tuples
    int m_pendingRows = 0;
};

} // namespace SalesSync::Server
