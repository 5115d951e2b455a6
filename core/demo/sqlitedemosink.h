#pragma once

#include "core/demo/rowdemosink.h"

#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

namespace SalesSync {

class Database;
class WriteTransaction;

// Writes generated data into a local store as data the server already has: server_version 1
// and no outbox records (nothing to push). One transaction for everything: a generation that
// fails or is cancelled leaves the store as it was.
class SqliteDemoSink final : public RowDemoSink {
public:
    explicit SqliteDemoSink(Database &database);
    ~SqliteDemoSink() override;

    Status begin() override;
    Status commit() override;

protected:
    Status writeRow(const QString &entityName, const QString &id, const QVariantMap &values) override;

private:
    Database &m_database;
    std::unique_ptr<WriteTransaction> m_transaction;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // entity name -> prepared INSERT
    QString m_now;
};

} // namespace SalesSync
