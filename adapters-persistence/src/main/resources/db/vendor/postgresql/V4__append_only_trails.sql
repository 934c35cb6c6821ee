-- Issue 15, R-PRIV-3: the trails of applications and LWOO designations and the audit log are
-- append-only in the database itself, not only in the adapter. An update is refused; a trail row is
-- deleted only with its case (the retention purge of R-PRIV-2 deletes the case, and the cascade its
-- trail); an audit row is never deleted.
CREATE FUNCTION passend_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'append-only: % of % is refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

-- A trail row may go only when its case has gone (the cascade of the purge runs after the case's delete).
CREATE FUNCTION passend_refuse_application_trail_delete() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM applications WHERE id = OLD.application_id) THEN
    RAISE EXCEPTION 'append-only: a trail row goes only with its application' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION passend_refuse_lwoo_trail_delete() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM lwoo_designations WHERE id = OLD.designation_id) THEN
    RAISE EXCEPTION 'append-only: a trail row goes only with its designation' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER application_trail_no_update BEFORE UPDATE ON application_trail FOR EACH ROW EXECUTE FUNCTION passend_refuse_change();
CREATE TRIGGER application_trail_no_delete BEFORE DELETE ON application_trail FOR EACH ROW EXECUTE FUNCTION passend_refuse_application_trail_delete();
CREATE TRIGGER lwoo_trail_no_update BEFORE UPDATE ON lwoo_designation_trail FOR EACH ROW EXECUTE FUNCTION passend_refuse_change();
CREATE TRIGGER lwoo_trail_no_delete BEFORE DELETE ON lwoo_designation_trail FOR EACH ROW EXECUTE FUNCTION passend_refuse_lwoo_trail_delete();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION passend_refuse_change();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION passend_refuse_change();
