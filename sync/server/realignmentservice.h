#pragma once

#include "core/rules/realignment.h"
#include "sync/protocol/adminmessages.h"
#include "sync/server/accountservice.h"

#include <QCoreApplication>

namespace SalesSync::Server {

// Realignments (docs/sync-protocol.md, "Realignments"): a preview of what every person's devices
// gain and lose (core's Realignment over the server's holdings, with open orders, balances,
// planned visits and each device's reported outbox), applying it now or at an effective time,
// and the history. Admins realign anything; managers within their subtree. A scheduled one is
// applied by whichever server instance runs applyDue() first after its time, exactly once: the
// row is locked (SKIP LOCKED) and its status changes in the transaction that applies it.
class RealignmentService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::RealignmentService)

public:
    explicit RealignmentService(PgDatabase &database);

    AccountResult<Protocol::RealignmentPreview> preview(const Session &caller,
                                                        const Protocol::RealignmentRequest &request);
    AccountResult<Protocol::RealignmentInfo> create(const Session &caller, const Protocol::RealignmentRequest &request);
    AccountResult<Protocol::RealignmentsResponse> history(const Session &caller);
    AccountResult<Protocol::RealignmentInfo> cancel(const Session &caller, const QString &id);
    // Applies every scheduled realignment whose time has come; how many were applied or failed.
    Result<int> applyDue();
    // A device's report of what its outbox still holds (POST /v1/device/status).
    AccountResult<bool> reportDevice(const Session &caller, const Protocol::DeviceStatusRequest &request);

    // Who holds which customers now, from the server's tables.
    static Result<Holdings> loadHoldings(QSqlDatabase db);

private:
    // Whether the moves are possible and within what the user may change; the error names the
    // field ("moves.customers[0].territory_id").
    AccountResult<bool> check(QSqlDatabase db, const User &user, const RealignmentMoves &moves);
    Result<Protocol::RealignmentPreview> computePreview(QSqlDatabase db, const RealignmentMoves &moves);
    // The moves checked against the user's rights and the data, then previewed.
    AccountResult<Protocol::RealignmentPreview> checkedPreview(QSqlDatabase db, const User &user,
                                                               const RealignmentMoves &moves);
    Result<Protocol::HolderImpact::Side> side(QSqlDatabase db, const QStringList &customers);
    static Status applyMoves(QSqlDatabase db, const RealignmentMoves &moves);
    // The realignments matching where, newest first (at most 1000).
    static Result<QList<Protocol::RealignmentInfo>> loadAll(QSqlDatabase db, const QString &where,
                                                            const QVariantList &binds);
    Result<std::optional<Protocol::RealignmentInfo>> load(QSqlDatabase db, const QString &where,
                                                          const QVariantList &binds);

    PgDatabase &m_database;
};

} // namespace SalesSync::Server
