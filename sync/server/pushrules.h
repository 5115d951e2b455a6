#pragma once

#include "core/result.h"
#include "core/rules/territoryrules.h"
#include "core/store/entityschema.h"
#include "sync/protocol/messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace SalesSync::Server {

// The rules a push checks beyond the declaration's permissions and policies, each in the
// caller's transaction. An Error means the database failed; a problem is returned as text for
// people.
class PushRules final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::PushRules)

public:
    // Before a change set applies: locks every order its ops touch (an order, or a line's order),
    // in id order. Concurrent change sets on one order then wait for each other, parent first,
    // instead of each holding a line and waiting for the other's order (a deadlock).
    // The answer: each locked order's status before the set (orders the set creates are absent).
    static Result<QHash<QString, QString>> lockTouchedOrders(QSqlDatabase db, const QList<Protocol::Op> &ops);

    // The territory a row of a scoped entity belongs to, from its fields (locking the scope
    // root's row FOR SHARE); nothing when the row it belongs to does not exist.
    static Result<std::optional<QString>> territoryOf(QSqlDatabase db, const EntityDef &entity, const QJsonObject &row);

    // A reference to another row of the same scope root (an order's visit, a ledger entry's
    // order or the entry it reverses) must belong to the same root row (the same customer).
    static Result<std::optional<QString>> crossReferenceProblem(QSqlDatabase db, const EntityDef &entity,
                                                                const QJsonObject &row);

    // An order's lines change only while the order is a draft (Workflow::orderActions), except
    // by a manager or an admin: an agent cannot reprice a submitted or approved order. The
    // status is the order's before the change set (lockTouchedOrders); an order the set creates
    // takes its lines.
    static std::optional<QString> fixedOrderProblem(const EntityDef &entity, const QJsonObject &row, Role role,
                                                    const QHash<QString, QString> &statusBefore);

    // A row in money of its own (an order, a ledger entry) is in its scope root's currency (the
    // customer's).
    static Result<std::optional<QString>> currencyProblem(QSqlDatabase db, const EntityDef &entity,
                                                          const QJsonObject &row);

    // For a ledger reversal: why it breaks the ledger's rules (core's Ledger::validateReversal)
    // against the original and the reversals of it already on the server, from any device.
    static Result<std::optional<QString>> reversalProblem(QSqlDatabase db, const EntityDef &entity, const QString &id,
                                                          const QJsonObject &row);

    // The territory tree's rules (core's TerritoryRules) against the stored rows: a territory's
    // parent and its deactivation, and the territory a customer or an agent is placed in. before
    // is the stored row of an update (nothing for a create); the answer names the field at fault.
    struct FieldProblem {
        QString field;
        QString message;
    };
    static Result<std::optional<FieldProblem>> treeProblem(QSqlDatabase db, const EntityDef &entity, const QString &id,
                                                           const QJsonObject &row, const QJsonObject *before);
    // Rules over a row's own fields that no single field's type states: the company profile's
    // (CompanyProfile::validate: country code, e-mail, phone, IBAN check digits, logo format and
    // size), on the row as it would be stored.
    static std::optional<FieldProblem> contentProblem(const EntityDef &entity, const QJsonObject &row);

    // Order lines' net and tax and orders' totals are derived: after a change set's ops have
    // applied, they are computed anew (core's OrderCalculator) for every order the ops touched,
    // from the lines as they are now, and written where they differ. When an order no longer
    // adds up (a merged discount larger than its line), the index of the op to blame (the first
    // that touched the order) and why.
    struct Blame {
        qsizetype op;
        QString message;
    };
    static Result<std::optional<Blame>> recomputeOrders(QSqlDatabase db, const QList<Protocol::Op> &ops);

private:
    // A territory's level and whether it is active (locked FOR SHARE, so that a deactivation and a
    // placement in the same territory take turns), or nothing when there is none.
    static Result<std::optional<TerritoryRules::Node>> territoryNode(QSqlDatabase db, const QString &id);
    // The id of the scope root a row of entity belongs to (its customer), from its fields.
    static Result<QString> rootIdOf(QSqlDatabase db, const EntityDef &entity, const QJsonObject &row);
};

} // namespace SalesSync::Server
