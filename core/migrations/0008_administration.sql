-- Schema version 8: administration. A territory can be deactivated (it keeps its history but
-- takes no new customers or agents), and a change the server refused remembers which field it
-- named, so that the reason can be shown in this computer's language.
ALTER TABLE territories ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

ALTER TABLE sync_quarantine ADD COLUMN field TEXT NOT NULL DEFAULT '';

-- A version without territories.active skipped it in what the server already sent: the next sync
-- starts again from a snapshot (rows already here are only replaced by newer versions); changes
-- not yet sent stay in the outbox.
DELETE FROM meta WHERE key IN ('sync.cursor', 'sync.snapshot_rows');
