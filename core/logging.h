#pragma once

#include <QLoggingCategory>

// Logging categories of the core library, one per area, with the product prefix. Every failed
// SQL statement is logged under lcDatabase with the statement and the driver's message (never
// the bound values: they may be personal data).
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
