#include "core/demo/demoworkspace.h"

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
    if (const Status s = database.setActorUserId(generator.demoUserId()); !s) {
        return s.error();
    }
    if (const Status s = database.setMetaValue(QStringLiteral("workspace"), QStringLiteral("demo")); !s) {
        return s.error();
    }
    return counts;
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
