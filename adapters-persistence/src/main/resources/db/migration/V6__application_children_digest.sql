-- A digest of an application's dossier, expert advice and suspensions, so that a step that does not
-- change them (most steps) does not rewrite their rows. NULL for rows of earlier versions: their
-- children are rewritten at their next step, which fills it.
ALTER TABLE applications ADD COLUMN children_digest VARCHAR(64);
