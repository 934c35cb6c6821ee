-- R-INT-4, R-TLV-9 (SPEC version 2): an application may name the statement in force that its
-- statement replaces (from SO to SBO, for example); the replaced statement keeps its planned end
-- date (a 31 July) and records the statement that replaced it and its last day, the day before.
ALTER TABLE applications ADD COLUMN replaces BIGINT CHECK (replaces >= 1);
ALTER TABLE applications ADD COLUMN st_replaced_by BIGINT CHECK (st_replaced_by >= 1);
ALTER TABLE applications ADD COLUMN st_last_day DATE;
ALTER TABLE applications ADD CONSTRAINT applications_renews_or_replaces CHECK (renews IS NULL OR replaces IS NULL);
ALTER TABLE applications ADD CONSTRAINT applications_replacement_complete
  CHECK ((st_replaced_by IS NULL AND st_last_day IS NULL) OR (st_replaced_by IS NOT NULL AND st_last_day IS NOT NULL));
