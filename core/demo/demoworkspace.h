#pragma once

#include "core/demo/demodatagenerator.h"
#include "core/domain/user.h"
#include "core/result.h"

#include <QString>

namespace SalesSync {

class Database;

// The demo workspace: a local profile filled with generated data, no server needed.
class DemoWorkspace final {
public:
    // Fills an empty store with demo data and signs in as the demo agent. Refuses a store that
    // already holds customers, so a real profile is never mixed with demo data.
    static Result<DemoDataCounts> populate(Database &database, const DemoDataSpec &spec,
                                           const DemoDataGenerator::Progress &progress = {});
    // Whether this store was made by populate().
    static Result<bool> isDemo(Database &database);
    // Works on from now as a demo person of this role: the admin, the manager of the demo
    // agent's region, or the demo agent (the first one, E1001). Refuses a store that is no demo.
    static Status signInAs(Database &database, Role role);
};

} // namespace SalesSync
