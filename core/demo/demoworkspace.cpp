#include "core/demo/demoworkspace.h"

#include "core/demo/demoaudit.h"
#include "core/demo/sqlitedemosink.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QCoreApplication>

namespace SalesSync {

Result<DemoDataCounts> DemoWorkspace::populate(Database &database, const DemoDataSpec &spec,
                                               const DemoDataGenerator::Progress &progress)
{
    const Result<QVariant> existing =
        queryValue(database.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers)"));
    if (!existing) {
        return existing.error();
    }
    if (existing->toBool()) {
        return Error(ErrorCode::Validation,
                     QCoreApplication::translate("SalesSync::DemoWorkspace",
                                                 "The data file %1 already holds customers; demo data goes only into "
                                                 "an empty profile.")
                         .arg(database.path()));
    }
    DemoDataGenerator generator(spec);
    SqliteDemoSink sink(database);
    Result<DemoDataCounts> counts = generator.generate(sink, progress);
    if (!counts) {
        return counts.error();
    }
    if (const Status s = DemoAudit::write(database); !s) {
        return s.error();
    }
    if (const Status s = database.setActorUserId(generator.demoUserId()); !s) {
        return s.error();
    }
    if (const Status s = database.setMetaValue(QStringLiteral("workspace"), QStringLiteral("demo")); !s) {
        return s.error();
    }
    return counts;
}

Status DemoWorkspace::signInAs(Database &database, Role role)
{
    const Result<bool> demo = isDemo(database);
    if (!demo) {
        return demo.error();
    }
    if (!*demo) {
        return Error(ErrorCode::Validation,
                     QCoreApplication::translate("SalesSync::DemoWorkspace",
                                                 "The data file %1 is not a demo workspace; sign in to it instead.")
                         .arg(database.path()));
    }
    // The demo agent is the first agent generated; their manager is the one of their region.
    static const QString kAgent = QStringLiteral(
        "SELECT a.user_id FROM agents a JOIN users u ON u.id = a.user_id WHERE a.active AND u.active ORDER BY "
        "length(a.employee_id), a.employee_id LIMIT 1");
    QString sql;
    switch (role) {
    case Role::Admin:
        sql = QStringLiteral("SELECT id FROM users WHERE role = 'admin' AND active ORDER BY username LIMIT 1");
        break;
    case Role::Manager:
        sql = QStringLiteral(
                  "WITH RECURSIVE up(id) AS (SELECT x.territory_id FROM agent_territories x JOIN agents a ON a.id = "
                  "x.agent_id WHERE a.user_id = (%1) UNION SELECT t.parent_id FROM territories t "
                  "JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL) SELECT m.user_id FROM manager_territories "
                  "m JOIN users u ON u.id = m.user_id WHERE m.territory_id IN (SELECT id FROM up) AND "
                  "u.active AND u.role = 'manager' ORDER BY u.username LIMIT 1")
                  .arg(kAgent);
        break;
    case Role::Agent:
        sql = kAgent;
        break;
    }
    const Result<QVariant> user = queryValue(database.connection(), sql);
    if (!user) {
        return user.error();
    }
    if (user->toString().isEmpty()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("SalesSync::DemoWorkspace", "The demo workspace has no %1 to work as.")
                         .arg(roleToText(role)));
    }
    return database.setActorUserId(user->toString());
}

Result<bool> DemoWorkspace::isDemo(Database &database)
{
    const Result<QString> workspace = database.metaValue(QStringLiteral("workspace"));
    if (!workspace) {
        return workspace.error();
    }
    return *workspace == u"demo";
}

} // namespace SalesSync
