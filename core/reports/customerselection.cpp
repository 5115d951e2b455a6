#include "core/reports/customerselection.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace SalesSync {

namespace {

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList CustomerSelection::numbers(const QString &pasted)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    QSet<QString> seen;
    for (const QString &part : pasted.split(separators, Qt::SkipEmptyParts)) {
        if (!seen.contains(part)) {
            seen.insert(part);
            out << part;
        }
    }
    return out;
}

Result<CustomerSelection::Match> CustomerSelection::find(Database &database, By by, const QStringList &what,
                                                         const QSet<QString> &within)
{
    QString condition;
    QString value;
    switch (by) {
    case By::Territories:
        condition = QStringLiteral("territory_id IN (SELECT value FROM json_each(?))");
        value = jsonList(what);
        break;
    case By::City:
        condition = QStringLiteral("city = ? COLLATE NOCASE");
        value = what.value(0).simplified();
        break;
    case By::PostalCode:
        // A prefix, taken literally (no LIKE wildcards from the person's text).
        condition = QStringLiteral("substr(postal_code, 1, length(?)) = ?");
        value = what.value(0).trimmed();
        break;
    case By::Numbers:
        condition = QStringLiteral("code IN (SELECT value FROM json_each(?))");
        value = jsonList(what);
        break;
    }
    if (value.isEmpty() || value == u"[]") {
        return Match{};
    }
    Result<QSqlQuery> q = runQuery(
        database.connection(),
        QStringLiteral("SELECT id, code, name, territory_id FROM customers WHERE %1 ORDER BY code").arg(condition),
        by == By::PostalCode ? QVariantList{value, value} : QVariantList{value});
    if (!q) {
        return q.error();
    }
    Match match;
    QSet<QString> found;
    while (q->next()) {
        if (!within.isEmpty() && !within.contains(q->value(3).toString())) {
            continue;
        }
        match.customerIds << q->value(0).toString();
        match.names << q->value(2).toString();
        found.insert(q->value(1).toString());
    }
    if (by == By::Numbers) {
        for (const QString &number : what) {
            if (!found.contains(number)) {
                match.notFound << number;
            }
        }
    }
    return match;
}

} // namespace SalesSync
