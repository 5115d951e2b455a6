#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "core/store/entityschema.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace SalesSync::Server {

class PgDatabase;
struct PageRows; // the rows a page collects (pullservice.cpp)

// Which rows a user may read: reference data (territories, users, products, price lists,
// assignments) is everyone's; customers and what hangs off them (visits, orders, order lines,
// ledger entries) only within the user's territories. An admin sees everything, a manager the
// subtrees of the territories they manage, an agent the territories assigned to them.
struct Scope {
    bool everything = false;
    QStringList territoryIds;
    QString agentId; // an agent's own agent record (stamped on their visits and orders)

    static Result<Scope> of(QSqlDatabase db, const User &user);
};

// Where a client is in the data. Normally a position in the change log (the writing
// transaction's id and the entry's sequence number), the scope it was made for, and, while the
// rows of newly assigned territories are being sent, how far that arrival has got: text form
// "txid:seq", "txid:seq:scope", "txid:seq:scope:arrival:after" while the first scope root (the
// customers) arrives, or "txid:seq:scope:arrival:root:after" for the later ones; the start is "0:0".
// During a first sync, a snapshot pinned to the log position txid:0: "S:txid:scope:step:after",
// where step indexes the snapshot's steps (PullService::snapshotEntities(), then each scope root
// with the rows that belong to it) and after is the last id sent in that step.
struct Cursor {
    quint64 txid = 0;
    qint64 seq = 0;
    qint64 scopeId = -1;       // -1: not known (start); 0: everything (admins)
    qint64 arrivalScopeId = 0; // the territories still arriving, 0 when none
    int arrivalRoot = 0;       // which scope root (EntitySchema::scopeRoots()) is arriving
    QString arrivalAfter;      // the last id of that root sent in the arrival
    int snapshotStep = -1;     // >= 0 while a snapshot is being sent
    QString snapshotAfter;     // the last id sent in that step

    bool isStart() const { return txid == 0 && seq == 0 && snapshotStep < 0; }
    QString toString() const;
    static std::optional<Cursor> parse(const QString &text);
};

struct PullPage {
    QByteArrayList changes; // Protocol::RowChange objects, rendered by PostgreSQL
    Cursor cursor;          // where the next page starts
    bool hasMore = false;
    qint64 logEntries = 0;        // change-log entries this page covered
    QStringList evictTerritories; // territories that left the reader's scope: drop their rows
    qint64 snapshotRows = -1;     // on a snapshot's first page: the rows the snapshot will send

    QJsonArray changesJson() const;
    // The response body of GET /v1/pull (Protocol::PullResponse), with the cursor as handed out
    // (signed: CursorSigner).
    QByteArray toJson(const QString &cursorText) const;
};

// Serves pages of current row states. A first sync (cursor "0:0") gets a snapshot: the reference
// data table by table, then the scope roots in the reader's scope (customers, sales targets) a
// batch at a time, each with the rows that belong to it; the snapshot is pinned to the log position at its start, and
// the change log follows from there, so whatever changed while the snapshot was read comes again. Afterwards changes
// are taken from the log in (txid, seq) order and only from transactions older than every transaction still running
// (the xmin of the reader's snapshot), so a change that commits later can never fall behind a cursor already handed
// out. The price: a long transaction anywhere in the PostgreSQL cluster holds new changes back until it ends (they are
// delayed, never lost). Each page is a consistent cut: a row's references (an order's customer,
// a line's order and product) are either in the page or already with the client.
class PullService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::PullService)

public:
    explicit PullService(PgDatabase &database);

    Result<PullPage> pull(const User &user, const Cursor &from, int limit);

    // The entities a snapshot sends table by table before the scope roots: the unscoped ones
    // (those for admins only, the audit trail, only for everything-scopes).
    static QList<const EntityDef *> snapshotEntities(bool everything);

private:
    // What changed in the reader's scope since the cursor was made: the territories that left
    // it, and the arrival (of the territories that entered it) to go on with.
    struct ScopeChange {
        QStringList evict;
        qint64 arrival = 0;
        int arrivalRoot = 0;
        QString arrivalAfter;
    };

    Status logPage(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope, int limit, PullPage &page);
    Result<ScopeChange> scopeChange(QSqlDatabase db, const Cursor &from, qint64 nowScope);
    Status readArrival(QSqlDatabase db, ScopeChange &change, int limit, PullPage &page, PageRows &rows);
    Status snapshotPage(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope, int limit,
                        PullPage &page);
    // Pins a first sync's snapshot to the log position now and counts the rows it will send.
    static Status pinSnapshot(QSqlDatabase db, const Scope &scope, Cursor &at, PullPage &page);
    // Where a snapshot goes on from (after a change of scope: from its first scope root again).
    Result<Cursor> resumeSnapshot(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope,
                                  PullPage &page);

    // The id of the stored territory set (created on first use); 0 for "everything".
    Result<qint64> scopeId(QSqlDatabase db, const Scope &scope);
    Result<QStringList> territoriesOf(QSqlDatabase db, qint64 scopeId);
    // The rows a snapshot of the scope sends.
    static Result<qint64> snapshotRowCount(QSqlDatabase db, const Scope &scope);

    PgDatabase &m_database;
};

} // namespace SalesSync::Server
