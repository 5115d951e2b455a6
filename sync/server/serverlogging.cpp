#include "sync/server/serverlogging.h"

Q_LOGGING_CATEGORY(lcPush, "salessync.server.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPull, "salessync.server.pull", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "salessync.server.accounts", QtInfoMsg)
