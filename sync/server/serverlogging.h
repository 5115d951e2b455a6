#pragma once

#include <QLoggingCategory>

// The server's logging categories, one per area ("salessync.server.<area>"). Failures are logged
// with their context (the op, the statement, the user's id), never with secrets or whole rows.
Q_DECLARE_LOGGING_CATEGORY(lcPush)
Q_DECLARE_LOGGING_CATEGORY(lcPull)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
