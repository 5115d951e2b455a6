#pragma once

#include "core/result.h"

namespace SalesSync {

class Database;

// The audit trail a server would have written for the demo's history, so that the audit log
// viewer has something true to show in the demo workspace: the last week's sign-ins (and a few
// failed ones), credit limits raised, reversals, order approvals and check-ins outside the
// geofence, each derived from the demo's rows and dated as they are.
class DemoAudit final {
public:
    static Status write(Database &database);
};

} // namespace SalesSync
