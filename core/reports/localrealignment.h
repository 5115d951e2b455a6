#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "core/rules/realignment.h"

#include <QList>

namespace SalesSync {

class Database;

// A realignment's preview from what this computer holds (an admin's copy holds every territory,
// assignment and customer): per person, the customers their devices will receive and drop. The
// server's preview (POST /v1/admin/realignments/preview) adds the devices and their unsynced work.
class LocalRealignment final {
public:
    struct Impact {
        QString userId;
        QString displayName;
        Role role = Role::Agent;
        qint64 arriving = 0;
        qint64 leaving = 0;
    };

    // Who holds what now, from the local tables.
    static Result<Holdings> holdings(Database &database);
    // Per person whose devices gain or lose customers, by display name.
    static Result<QList<Impact>> preview(Database &database, const RealignmentMoves &moves);
};

} // namespace SalesSync
