-- Issue 15, R-PRIV-3: the trails of applications and LWOO designations and the audit log are
-- append-only in the database itself (see the PostgreSQL twin of this migration). H2 runs its
-- triggers as Java: nl.passend.adapters.persistence.jdbc.AppendOnlyTrigger.
CREATE TRIGGER application_trail_append_only BEFORE UPDATE, DELETE ON application_trail FOR EACH ROW
  CALL "nl.passend.adapters.persistence.jdbc.AppendOnlyTrigger";
CREATE TRIGGER lwoo_trail_append_only BEFORE UPDATE, DELETE ON lwoo_designation_trail FOR EACH ROW
  CALL "nl.passend.adapters.persistence.jdbc.AppendOnlyTrigger";
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
  CALL "nl.passend.adapters.persistence.jdbc.AppendOnlyTrigger";
