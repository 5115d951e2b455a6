#pragma once

#include "core/domain/auditentry.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace SalesSync {

class Database;

// The audit trail as an admin's computer holds it (the server writes it; admins receive it with
// their sync), filtered and newest first, for the audit log viewer and its CSV export.
class AuditLog final {
public:
    struct Filter {
        QString userId;  // empty: everyone
        QDateTime from;  // UTC, inclusive; invalid: from the start
        QDateTime until; // UTC, exclusive; invalid: up to now
        QString entity;  // "customer"; empty: every entity
        QString action;  // "customer.credit_limit_changed"; empty: every action
        QString record;  // the row's id, or its start (at least 4 characters); empty: every row
    };
    struct Row {
        AuditEntry entry;
        QString userName;   // the user's display name, or empty when this computer does not know them
        QString recordName; // the customer's, user's or territory's name, when the entry is about one
        QString currency;   // the currency of the customer or order the entry is about, if any
    };
    // What the filters can choose from: the people, entities and actions the trail names.
    struct Choices {
        QList<std::pair<QString, QString>> users; // id, display name; sorted by name
        QStringList entities;
        QStringList actions;
    };

    // The entries matching filter, newest first, at most limit of them; total() says how many match.
    static Result<AuditLog> read(Database &database, const Filter &filter, int limit = 5000);
    static Result<Choices> choices(Database &database);

    const QList<Row> &rows() const { return m_rows; }
    qint64 total() const { return m_total; }
    // The rows as CSV (UTF-8, comma-separated, a header line, times in UTC, details as JSON).
    QByteArray toCsv() const;

private:
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace SalesSync
