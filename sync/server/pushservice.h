#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "sync/server/pullservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace SalesSync::Server {

class PgDatabase;

// Applies the change sets a client pushes from its outbox.
//
// - Idempotent: each op's result is stored under its op id; a replayed op or change set
//   returns the stored results and changes nothing.
// - Atomic per change set: its ops apply in order, all or nothing; a rejected op fails its
//   change set (the others report "change_set_failed"), never another change set.
// - Authorised per op: role x entity x action, and the row's scope (see Scope).
// - Merged field by field by the policy each field declares in core/store/entityschema.cpp;
//   every same-field conflict is recorded with base, mine and theirs and returned.
class PushService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::PushService)

public:
    explicit PushService(PgDatabase &database);

    static constexpr int kMaximumOps = 5000;

    // The request body's "change_sets" array; returns the "results" array or a request-level
    // error (malformed input: nothing was applied). fresh, when given, receives the statuses of
    // the ops applied now (not of replays), for metrics.
    Result<QJsonArray> push(const User &user, const QString &deviceId, const QJsonArray &changeSets,
                            QStringList *fresh = nullptr);

private:
    PgDatabase &m_database;
};

} // namespace SalesSync::Server
