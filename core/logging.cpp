#include "core/logging.h"

#include "core/result.h"

Q_LOGGING_CATEGORY(lcDatabase, "salessync.database", QtInfoMsg)

namespace SalesSync::Detail {

void resultMisused(const char *what)
{
    qFatal("%s", what);
}

} // namespace SalesSync::Detail
