-- salessync-server schema version 6: the key that signs pull cursors (sync/server/cursorsigner.h).
-- Every server instance on this database signs and checks with it, so a cursor from one instance
-- is good at any other. 256 bits from PostgreSQL's strong random source (gen_random_uuid).
INSERT INTO server_meta (key, value)
VALUES ('cursor_key', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text
                                               || gen_random_uuid()::text, 'UTF8')), 'hex'));
