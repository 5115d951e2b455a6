#pragma once

#include "core/domain/user.h"
#include "core/store/entityschema.h"
#include "sync/protocol/messages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

#include <optional>

namespace SalesSync::Protocol {

// Who is pushing: the signed-in user, their role and agent record (agents only), and the device.
struct Actor {
    Role role = Role::Agent;
    QString userId;
    QString deviceId;
    QString agentId; // empty for managers and admins
};

// Why an op is refused: the code on the wire and a message that names the field.
struct Refusal {
    RejectionCode code = RejectionCode::Invalid;
    QString message;
    QString field; // the entity's field at fault, when one is
};

// The checks of a pushed op that need no database, by its entity's declaration
// (core/store/entityschema.h): every value has the field's type, one of its values, its format;
// a create gives every required field, sets only the fields its role may set, and names only
// the session in the fields that say who did it; a status created past its initial state is
// reachable by the state machine. What needs the stored rows (scope, references, the ledger)
// the server checks afterwards.
class OpCheck final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Protocol::OpCheck)

public:
    // The op's values, checked: for a create, every field of the row (given, stamped or
    // initial; derived ones at their initial value); for an update, the fields it changes.
    static std::optional<Refusal> values(const EntityDef &entity, const Op &op, const Actor &actor,
                                         QJsonObject &values);
    // A field's wire value as stored (booleans as bool, timestamps and dates as text), or
    // nothing when the value does not fit the field.
    static std::optional<QVariant> storageValue(const FieldDef &field, const QJsonValue &value);
    // Why a wire value does not fit the field (type, values, format), or nothing when it does.
    static std::optional<Refusal> checkValue(const EntityDef &entity, const FieldDef &field, const QJsonValue &value);

private:
    static std::optional<Refusal> createValues(const EntityDef &entity, const Op &op, const Actor &actor,
                                               QJsonObject &values);
    static std::optional<Refusal> stampValue(const EntityDef &entity, const FieldDef &field, const Actor &actor,
                                             QJsonObject &values);
    static std::optional<Refusal> initialState(const EntityDef &entity, const FieldDef &field, const QJsonValue &value,
                                               Role role);
};

} // namespace SalesSync::Protocol
