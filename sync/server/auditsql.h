#pragma once

#include <QString>

namespace SalesSync::Server::AuditSql {

// The server's audit trail in SQL, generated from the entities' audit rules
// (core/store/entityschema.h, AuditRule): a trigger on every audited table records, in the same
// transaction as the change, who made it (the transaction's actor, see PgTransaction), when, the
// action and the audited fields before and after. Nothing a client sends is needed for that, and
// no way of changing the data (push, the admin endpoints, the server's commands, a scheduled
// realignment) can skip it. Installed with the change-log triggers by `salessync-server migrate`.
QString triggerScript();

// The statement that appends an entry outside a trigger, for events that change no audited row
// (sign-ins, password resets, revoked sessions): binds the user id, the device id, the action,
// the entity, the row id and the details as JSON text, in that order.
QString appendStatement();

} // namespace SalesSync::Server::AuditSql
