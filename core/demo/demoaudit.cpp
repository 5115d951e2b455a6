#include "core/demo/demoaudit.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/timeutil.h"
#include "core/uuidv7.h"

#include <QCryptographicHash>

#include <cstring>

namespace SalesSync {

namespace {

// Each query gives the entries' at, user_id, device_id, action, entity, row_id and details (JSON).
// The region's manager of a customer: the manager of its territory's area's region.
const QString kManagerOf = QStringLiteral(
    "(SELECT m.user_id FROM manager_territories m WHERE m.territory_id = (SELECT a.parent_id FROM territories a "
    "WHERE a.id = (SELECT t.parent_id FROM territories t WHERE t.id = c.territory_id)))");
const QString kAgentDevice =
    QStringLiteral("(SELECT 'laptop-' || u.username FROM agents g JOIN users u ON u.id = g.user_id WHERE g.id = %1)");

QStringList entryQueries()
{
    return {
        // Sign-ins on each of the last seven days, at a time of its own for each person.
        QStringLiteral("WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 6) "
                       "SELECT strftime('%Y-%m-%dT%H:%M:00.000Z', date('now', '-' || n || ' days'), '+6 hours', '+' || "
                       "((unicode(substr(u.id, 36, 1)) * 7 + n * 13) % 120) || ' minutes'), u.id, 'laptop-' || "
                       "u.username, 'user.signed_in', 'user', u.id, '{}' FROM users u, day WHERE u.active"),
        // A mistyped password now and then, the day before.
        QStringLiteral("SELECT strftime('%Y-%m-%dT07:58:00.000Z', 'now', '-1 days'), '', 'laptop-' || username, "
                       "'user.sign_in_failed', 'user', id, json_object('username', username) FROM users WHERE "
                       "role = 'agent' AND unicode(substr(id, 36, 1)) % 5 = 0"),
        // Credit limits raised by the admin over the last two months, one customer in twenty.
        QStringLiteral(
            "SELECT strftime('%Y-%m-%dT%H:%M:00.000Z', date('now', '-' || (c.rowid / 20 % 60 + 1) || ' days'), "
            "'+' || (9 * 60 + c.rowid % 480) || ' minutes'), (SELECT id FROM users WHERE role = 'admin' "
            "ORDER BY username LIMIT 1), "
            "'admin-pc', 'customer.credit_limit_changed', 'customer', c.id, json_object('before', "
            "json_object('credit_limit_minor', c.credit_limit_minor - c.credit_limit_minor / 5), "
            "'after', json_object('credit_limit_minor', c.credit_limit_minor)) FROM customers c WHERE "
            "c.credit_limit_minor > 0 AND c.rowid % 20 = 0"),
        // Every reversal in the ledger, by whoever recorded it.
        QStringLiteral("SELECT x.occurred_at, x.recorded_by, 'laptop-' || coalesce(u.username, 'unknown'), "
                       "'transaction.reversed', 'transaction', x.id, json_object('after', json_object('customer_id', "
                       "x.customer_id, 'kind', x.kind, 'reverses_id', x.reverses_id, 'amount_minor', "
                       "x.amount_minor, 'currency', x.currency, 'reason', x.reason)) FROM transactions x LEFT JOIN "
                       "users u ON u.id = x.recorded_by WHERE x.direction = 'reverse'"),
        // Orders approved by the customer's regional manager.
        QStringLiteral(
            "SELECT coalesce(o.decided_at, o.submitted_at, o.created_at), %1, 'manager-pc', 'order.approved', 'order', "
            "o.id, json_object('before', json_object('status', 'submitted'), 'after', "
            "json_object('status', 'approved', 'status_reason', o.status_reason, 'total_minor', "
            "o.total_minor, 'currency', o.currency, 'customer_id', o.customer_id)) FROM orders o JOIN "
            "customers c ON c.id = o.customer_id WHERE o.status IN ('approved', 'fulfilled') AND %1 IS "
            "NOT NULL")
            .arg(kManagerOf),
        // Check-ins outside the geofence, with the distance and the agent's reason.
        QStringLiteral("SELECT v.checked_in_at, (SELECT user_id FROM agents WHERE id = v.agent_id), %1, "
                       "'visit.checked_in_outside_geofence', 'visit', v.id, json_object('before', "
                       "json_object('outside_geofence', json('false')), 'after', json_object('outside_geofence', "
                       "json('true'), 'check_in_distance_m', v.check_in_distance_m, 'check_in_reason', "
                       "v.check_in_reason, 'customer_id', v.customer_id)) FROM visits v WHERE v.outside_geofence = 1 "
                       "AND v.checked_in_at IS NOT NULL")
            .arg(kAgentDevice.arg(QStringLiteral("v.agent_id"))),
    };
}

} // namespace

Status DemoAudit::write(Database &database)
{
    WriteTransaction tx(database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    for (const QString &sql : entryQueries()) {
        Result<QSqlQuery> q = runQuery(database.connection(), sql);
        if (!q) {
            return q.error();
        }
        QList<QVariantList> entries;
        while (q.value().next()) {
            if (q.value().value(0).toString() > now) {
                continue; // today's sign-ins that are yet to come
            }
            // The same demo gives the same trail: ids from the entry's time and content.
            const QByteArray key = QCryptographicHash::hash(
                QStringList{q.value().value(0).toString(), q.value().value(3).toString(), q.value().value(5).toString()}
                    .join(u'|')
                    .toUtf8(),
                QCryptographicHash::Sha1);
            quint16 randA = 0;
            quint64 randB = 0;
            std::memcpy(&randA, key.constData(), sizeof randA);
            std::memcpy(&randB, key.constData() + sizeof randA, sizeof randB);
            QVariantList e{UuidV7::make(fromIsoUtc(q.value().value(0).toString()).toMSecsSinceEpoch(), randA, randB)
                               .toString(QUuid::WithoutBraces)};
            for (int column = 0; column < 7; ++column) {
                e << q.value().value(column).toString();
            }
            e << now;
            entries << e;
        }
        for (const QVariantList &e : std::as_const(entries)) {
            const Result<QSqlQuery> inserted =
                runQuery(database.connection(),
                         QStringLiteral("INSERT INTO audit_entries (id, at, user_id, device_id, action, entity, "
                                        "row_id, details, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         e);
            if (!inserted) {
                return inserted.error();
            }
        }
    }
    return tx.commit();
}

} // namespace SalesSync
