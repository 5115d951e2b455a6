#include "core/repositories/visitrepository.h"

#include "core/repositories/repositorysupport.h"
#include "core/rules/workflow.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/localsettings.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/timeutil.h"
#include "core/uuidv7.h"

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &entity()
{
    return EntitySchema::get(QStringLiteral("visit"));
}

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, agent_id, planned_at, status, checked_in_at, check_in_latitude, check_in_longitude, "
    "check_in_accuracy_m, check_in_source, check_in_distance_m, outside_geofence, check_in_reason, checked_out_at, "
    "outcome, notes, follow_up, cancel_reason, server_version, appointment FROM visits");

Visit fromQuery(const QSqlQuery &q)
{
    Visit v;
    v.id = text(q, 0);
    v.customerId = text(q, 1);
    v.agentId = text(q, 2);
    v.plannedAt = timestamp(q, 3);
    v.status = visitStatusFromText(text(q, 4)).value_or(VisitStatus::Planned);
    if (!q.value(5).isNull()) {
        VisitCheckIn c;
        c.at = timestamp(q, 5);
        if (!q.value(6).isNull() && !q.value(7).isNull()) {
            c.position = GeoPoint{q.value(6).toDouble(), q.value(7).toDouble()};
        }
        c.accuracyMetres = q.value(8).toDouble();
        c.source = positionSourceFromText(text(q, 9)).value_or(PositionSource::Manual);
        if (!q.value(10).isNull()) {
            c.distanceMetres = q.value(10).toDouble();
        }
        c.outsideGeofence = q.value(11).toBool();
        c.reason = text(q, 12);
        v.checkIn = c;
    }
    v.checkedOutAt = timestamp(q, 13);
    v.outcome = text(q, 14);
    v.notes = text(q, 15);
    v.followUp = text(q, 16);
    v.cancelReason = text(q, 17);
    v.serverVersion = q.value(18).toLongLong();
    v.appointment = q.value(19).toBool();
    return v;
}

QVariantMap toValues(const Visit &v)
{
    const std::optional<VisitCheckIn> &c = v.checkIn;
    const auto position = [&](bool latitude) {
        return c && c->position ? QVariant(latitude ? c->position->latitude : c->position->longitude) : QVariant();
    };
    return {{QStringLiteral("customer_id"), v.customerId},
            {QStringLiteral("agent_id"), v.agentId},
            {QStringLiteral("planned_at"), timestampValue(v.plannedAt)},
            {QStringLiteral("appointment"), v.appointment},
            {QStringLiteral("status"), visitStatusToText(v.status)},
            {QStringLiteral("checked_in_at"), c ? timestampValue(c->at) : QVariant()},
            {QStringLiteral("check_in_latitude"), position(true)},
            {QStringLiteral("check_in_longitude"), position(false)},
            {QStringLiteral("check_in_accuracy_m"), c ? QVariant(c->accuracyMetres) : QVariant()},
            {QStringLiteral("check_in_source"), c ? QVariant(positionSourceToText(c->source)) : QVariant()},
            {QStringLiteral("check_in_distance_m"), c && c->distanceMetres ? QVariant(*c->distanceMetres) : QVariant()},
            {QStringLiteral("outside_geofence"), c && c->outsideGeofence},
            {QStringLiteral("check_in_reason"), c ? c->reason : QString()},
            {QStringLiteral("checked_out_at"), timestampValue(v.checkedOutAt)},
            {QStringLiteral("outcome"), v.outcome},
            {QStringLiteral("notes"), v.notes},
            {QStringLiteral("follow_up"), v.followUp},
            {QStringLiteral("cancel_reason"), v.cancelReason}};
}

Result<QList<Visit>> listOf(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Visit> visits;
    while (q.value().next()) {
        visits << fromQuery(q.value());
    }
    return visits;
}

} // namespace

VisitRepository::VisitRepository(Database &database)
    : m_database(database)
{}

Result<double> VisitRepository::geofenceRadiusMetres()
{
    const Result<LocalSettings> settings = LocalSettingsStore(m_database).load();
    if (!settings) {
        return settings.error();
    }
    return double(settings->geofenceRadiusMetres);
}

Result<Visit> VisitRepository::get(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no visit with id %1.").arg(id));
    }
    return fromQuery(q.value());
}

Result<QList<Visit>> VisitRepository::forAgent(const QString &agentId, const QDateTime &from, const QDateTime &to)
{
    return listOf(runQuery(m_database.connection(),
                           kSelect + QStringLiteral(" WHERE agent_id = ? AND planned_at >= ? AND planned_at < ? "
                                                    "ORDER BY planned_at, id"),
                           {agentId, toIsoUtc(from), toIsoUtc(to)}));
}

Result<QList<Visit>> VisitRepository::forCustomer(const QString &customerId)
{
    return listOf(runQuery(m_database.connection(),
                           kSelect + QStringLiteral(" WHERE customer_id = ? ORDER BY planned_at DESC, id"),
                           {customerId}));
}

Result<Visit> VisitRepository::plan(Visit visit)
{
    if (visit.id.isEmpty()) {
        visit.id = UuidV7::generateString();
    }
    visit.status = VisitStatus::Planned;
    visit.checkIn.reset();
    visit.checkedOutAt = {};
    if (const QList<FieldError> errors = visit.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = requireExisting(tx.database(), QStringLiteral("customers"), visit.customerId,
                                         QStringLiteral("customerId"), tr("refers to a customer that does not exist"));
        !s) {
        return s.error();
    }
    if (const Status s = requireExisting(tx.database(), QStringLiteral("agents"), visit.agentId,
                                         QStringLiteral("agentId"), tr("refers to an agent that does not exist"));
        !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(entity(), visit.id, toValues(visit)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return visit;
}

Result<Visit> VisitRepository::transition(const QString &id, VisitStatus to, const std::function<void(Visit &)> &change)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    Result<Visit> visit = get(id);
    if (!visit) {
        return visit.error();
    }
    if (visit->status != to) {
        if (const Status s = Workflow::checkVisitTransition(visit->status, to); !s) {
            return s.error();
        }
    }
    Visit updated = *visit;
    updated.status = to;
    change(updated);
    if (const QList<FieldError> errors = updated.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.update(entity(), id, toValues(updated)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(id);
}

Result<Visit> VisitRepository::reschedule(const QString &id, const QDateTime &plannedAt,
                                          std::optional<bool> appointment)
{
    const Result<Visit> visit = get(id);
    if (!visit) {
        return visit.error();
    }
    if (visit->status != VisitStatus::Planned) {
        return Error(ErrorCode::IllegalTransition, tr("Only a planned visit can be rescheduled; this one is %1.")
                                                       .arg(Workflow::visitStatusName(visit->status)));
    }
    return transition(id, VisitStatus::Planned, [&](Visit &v) {
        v.plannedAt = plannedAt;
        v.appointment = appointment.value_or(v.appointment);
    });
}

Status VisitRepository::rescheduleAll(const QList<std::pair<QString, QDateTime>> &plannedTimes)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    for (const auto &[id, plannedAt] : plannedTimes) {
        if (const Result<Visit> v = reschedule(id, plannedAt); !v) {
            return v.error();
        }
    }
    return tx.commit();
}

Result<Visit> VisitRepository::checkIn(const QString &id, const CheckInInput &input)
{
    const Result<Visit> visit = get(id);
    if (!visit) {
        return visit.error();
    }
    const Result<QVariant> lat = queryValue(
        m_database.connection(), QStringLiteral("SELECT latitude FROM customers WHERE id = ?"), {visit->customerId});
    const Result<QVariant> lon = queryValue(
        m_database.connection(), QStringLiteral("SELECT longitude FROM customers WHERE id = ?"), {visit->customerId});
    if (!lat || !lon) {
        return lat ? lon.error() : lat.error();
    }
    std::optional<GeoPoint> customerPosition;
    if (!lat->isNull() && !lon->isNull()) {
        customerPosition = GeoPoint{lat->toDouble(), lon->toDouble()};
    }
    VisitCheckIn checkIn;
    checkIn.at = input.at.isValid() ? input.at.toUTC() : QDateTime::currentDateTimeUtc();
    checkIn.position = input.position;
    checkIn.accuracyMetres = input.accuracyMetres;
    checkIn.source = input.source;
    checkIn.reason = input.reason.trimmed();
    const Result<double> radius = geofenceRadiusMetres();
    if (!radius) {
        return radius.error();
    }
    if (input.position) {
        if (const std::optional<GeofenceCheck> fence = checkGeofence(*input.position, customerPosition, *radius)) {
            checkIn.distanceMetres = fence->distanceMetres;
            checkIn.outsideGeofence = fence->outside;
        }
    }
    if (checkIn.outsideGeofence && checkIn.reason.isEmpty()) {
        return Error::validation(QStringLiteral("checkIn.reason"),
                                 tr("you are %1 m from the customer (the limit is %2 m); say why you check in here")
                                     .arg(qRound(*checkIn.distanceMetres))
                                     .arg(qRound(*radius)));
    }
    // A check-in outside the fence or without a fix is recorded in the server's audit trail.
    return transition(id, VisitStatus::CheckedIn, [&](Visit &v) { v.checkIn = checkIn; });
}

Result<Visit> VisitRepository::saveNotes(const QString &id, const QString &outcome, const QString &notes,
                                         const QString &followUp)
{
    const Result<Visit> visit = get(id);
    if (!visit) {
        return visit.error();
    }
    if (visit->status != VisitStatus::CheckedIn) {
        return Error(
            ErrorCode::IllegalTransition,
            tr("Notes are kept during a visit; this one is %1.").arg(Workflow::visitStatusName(visit->status)));
    }
    if (visit->outcome == outcome && visit->notes == notes && visit->followUp == followUp) {
        return *visit; // nothing to write, nothing to sync
    }
    return transition(id, VisitStatus::CheckedIn, [&](Visit &v) {
        v.outcome = outcome;
        v.notes = notes;
        v.followUp = followUp;
    });
}

Result<Visit> VisitRepository::checkOut(const QString &id, const QDateTime &at, const QString &outcome,
                                        const QString &notes, const QString &followUp)
{
    return transition(id, VisitStatus::Completed, [&](Visit &v) {
        v.checkedOutAt = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
        v.outcome = outcome;
        v.notes = notes;
        v.followUp = followUp;
    });
}

Result<Visit> VisitRepository::cancel(const QString &id, const QString &reason)
{
    return transition(id, VisitStatus::Cancelled, [&](Visit &v) { v.cancelReason = reason.trimmed(); });
}

Result<Visit> VisitRepository::markMissed(const QString &id)
{
    return transition(id, VisitStatus::Missed, [](Visit &) {});
}

QVariantMap VisitRepository::values(const Visit &row)
{
    return toValues(row);
}

} // namespace SalesSync
