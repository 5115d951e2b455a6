#pragma once

#include "core/domain/user.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace SalesSync::Server {

class PgDatabase;

// Which rows a user may read: reference data (territories, users, products, price lists,
// assignments) is everyone's; customers and what hangs off them (visits, orders, order lines,
// ledger entries) only within the user's territories. An admin sees everything, a manager the
// subtrees of the territories they manage, an agent the territories assigned to them.
struct Scope {
    bool everything = false;
    QStringList territoryIds;

    static Result<Scope> of(QSqlDatabase db, const User &user);
};

// A position in the change log (the writing transaction's id and the entry's sequence number),
// the scope it was made for, and, while the rows of newly assigned territories are being sent,
// how far that arrival has got. Text form "txid:seq", "txid:seq:scope" or
// "txid:seq:scope:arrival:after"; the start is "0:0".
struct Cursor {
    quint64 txid = 0;
    qint64 seq = 0;
    qint64 scopeId = -1;       // -1: not known (start); 0: everything (admins)
    qint64 arrivalScopeId = 0; // the territories still arriving, 0 when none
    QString arrivalAfter;      // the last customer id sent in the arrival

    QString toString() const;
    static std::optional<Cursor> parse(const QString &text);
};

struct PullPage {
    QJsonArray changes; // {"entity", "id", "version", "deleted", "fields": {...}}, parents first
    Cursor cursor;      // where the next page starts
    bool hasMore = false;
    qint64 logEntries = 0;        // change-log entries this page covered
    QStringList evictTerritories; // territories that left the reader's scope: drop their customers
};

// Serves the change log as pages of current row states. Changes are taken in (txid, seq) order
// and only from transactions older than every transaction still running (the xmin of the
// reader's snapshot), so a change that commits later can never fall behind a cursor already
// handed out. The price: a long transaction anywhere in the PostgreSQL cluster holds new changes
// back until it ends (they are delayed, never lost). Each page is a consistent
// cut: rows are grouped parents first, and a child's parent (an order's customer, a line's
// order) comes in the same page when the client may not have it yet.
class PullService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::PullService)

public:
    explicit PullService(PgDatabase &database);

    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaximumLimit = 10000;

    Result<PullPage> pull(const User &user, const Cursor &from, int limit);

private:
    // The id of the stored territory set (created on first use); 0 for "everything".
    Result<qint64> scopeId(QSqlDatabase db, const Scope &scope);
    Result<QStringList> territoriesOf(QSqlDatabase db, qint64 scopeId);

    PgDatabase &m_database;
};

} // namespace SalesSync::Server
