-- salessync-server schema version 4: the change-log, version and append-only triggers are
-- generated from the entity declarations (core/store/entityschema.cpp, sync/server/scopesql.cpp)
-- and installed by `salessync-server migrate` in the same transaction as the migrations. The
-- hand-written trigger functions of version 2 go, with the triggers that used them; the
-- generated ones replace them before the transaction commits.
DROP FUNCTION log_change() CASCADE;
DROP FUNCTION refuse_ledger_change() CASCADE;
