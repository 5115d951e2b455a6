#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "sync/protocol/messages.h"
#include "sync/protocol/opcheck.h"
#include "sync/server/pgrows.h"
#include "sync/server/pullservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace SalesSync::Server {

// Applies one pushed op inside the caller's transaction, by the entity's declaration
// (core/store/entityschema.cpp): authorise (role and scope), check the values, then create,
// delete, or update field by field with each field's conflict policy (core's FieldMerge). The
// answer is the op's result; an Error means the database failed (the caller tells a transient
// failure, to be retried, from a lasting one).
class OpApplier final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::OpApplier)

public:
    OpApplier(QSqlDatabase db, const User &user, const QString &deviceId, const Scope &scope);

    Result<Protocol::OpResult> apply(const Protocol::Op &op);
    // The statuses of the orders the change set touches, as they were before it
    // (PushRules::lockTouchedOrders).
    void setOrderStatusesBefore(QHash<QString, QString> statuses) { m_orderStatuses = std::move(statuses); }

private:
    using Rejection = std::optional<Protocol::OpResult>;

    // Whether the op may be made at all: a known entity, a clock that is not ahead, the role.
    Rejection authorise(const EntityDef &entity, const Protocol::Op &op) const;
    // The op's new values by field, checked against the declaration; or the rejection.
    Rejection readValues(const EntityDef &entity, const Protocol::Op &op, QJsonObject &values) const;
    Result<Protocol::OpResult> create(const EntityDef &entity, const Protocol::Op &op, QJsonObject values);
    Result<Protocol::OpResult> remove(const EntityDef &entity, const Protocol::Op &op, const StoredRow &row);
    Result<Protocol::OpResult> update(const EntityDef &entity, const Protocol::Op &op, const QJsonObject &values,
                                      StoredRow row);
    // For a create: the row it belongs to exists (else Invalid, naming the field) and is in
    // the user's scope (else OutOfScope).
    Result<Rejection> parentInScope(const EntityDef &entity, const Protocol::Op &op, const QJsonObject &values);
    // For an order line: whether its order still takes changes from this user (PushRules).
    // The rules over the whole row for a create (before null) or an update: the territory tree's
    // (PushRules::treeProblem) and the row's own (PushRules::contentProblem).
    Result<Rejection> rowRejection(const EntityDef &entity, const Protocol::Op &op, const QJsonObject &row,
                                   const QJsonObject *before);
    Rejection orderFixed(const EntityDef &entity, const Protocol::Op &op, const QJsonObject &row) const;
    // Whether the row with these fields belongs to the user's scope.
    Result<bool> inScope(const EntityDef &entity, const QJsonObject &row);
    Status recordConflict(const Protocol::Op &op, const Protocol::ConflictReport &conflict);
    Protocol::OpResult rejected(const Protocol::Op &op, Protocol::RejectionCode code, const QString &message,
                                const QString &field = {}) const;

    QSqlDatabase m_db;
    const User &m_user;
    QString m_deviceId;
    const Scope &m_scope;
    Protocol::Actor m_actor;
    QHash<QString, QString> m_orderStatuses;
};

} // namespace SalesSync::Server
