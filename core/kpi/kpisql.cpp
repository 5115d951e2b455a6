#include "core/kpi/kpisql.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace SalesSync::KpiSql {

namespace {

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

QVariantList Source::period(const KpiScope &scope) const
{
    if (aggregates()) {
        return {scope.from.toString(Qt::ISODate), scope.to.addDays(1).toString(Qt::ISODate)};
    }
    return {toIsoUtc(scope.from.startOfDay()), toIsoUtc(scope.to.addDays(1).startOfDay())};
}

QString Source::territoryColumn() const
{
    return aggregates() ? QStringLiteral("territory_id") : QStringLiteral("c.territory_id");
}

Query scoped(const KpiScope &scope, const QString &agentColumn, const QString &territoryColumn)
{
    Query q{QStringLiteral("1"), {}};
    if (!agentColumn.isEmpty() && !scope.agentIds.isEmpty()) {
        q.where += QStringLiteral(" AND %1 IN (SELECT value FROM json_each(?))").arg(agentColumn);
        q.values << jsonList(scope.agentIds);
    }
    if (!territoryColumn.isEmpty() && !scope.territoryIds.isEmpty()) {
        q.where += QStringLiteral(" AND %1 IN (SELECT value FROM json_each(?))").arg(territoryColumn);
        q.values << jsonList(scope.territoryIds);
    }
    return q;
}

Result<QSqlQuery> run(Database &db, const Source &src, const QString &sql, const KpiScope &scope,
                      const QString &agentColumn, bool withPeriod)
{
    const Query q = scoped(scope, agentColumn, src.territoryColumn());
    QVariantList values;
    if (withPeriod) {
        values << src.period(scope);
    }
    values << q.values;
    return runQuery(db.connection(), sql.arg(q.where), values);
}

void addAmount(QList<Money> &amounts, const QString &code, qint64 minor)
{
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        return;
    }
    for (Money &m : amounts) {
        if (m.currency() == *currency) {
            m = Money(m.minorUnits() + minor, *currency);
            return;
        }
    }
    amounts << Money(minor, *currency);
    std::sort(amounts.begin(), amounts.end(),
              [](const Money &a, const Money &b) { return a.currency().code() < b.currency().code(); });
}

QList<Money> perCount(const QList<Money> &sums, qint64 count)
{
    QList<Money> out;
    for (const Money &m : sums) {
        const qint64 q = count > 0 ? (2 * m.minorUnits() + (m.minorUnits() >= 0 ? count : -count)) / (2 * count) : 0;
        out << Money(q, m.currency());
    }
    return out;
}

} // namespace SalesSync::KpiSql
