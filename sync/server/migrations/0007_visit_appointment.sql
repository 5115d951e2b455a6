-- salessync-server schema version 7: a visit's planned time can be an appointment agreed with
-- the customer (see core/migrations/0005_visit_appointment.sql). The change-log triggers are
-- generated from the entity declaration and pick the column up.
ALTER TABLE visits ADD COLUMN appointment boolean NOT NULL DEFAULT false;
