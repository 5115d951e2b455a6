-- Schema version 5: a visit's planned time can be an appointment agreed with the customer.
-- Route suggestions keep an appointment's time and plan the other visits around it.
ALTER TABLE visits ADD COLUMN appointment INTEGER NOT NULL DEFAULT 0 CHECK (appointment IN (0, 1));
