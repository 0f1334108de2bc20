-- PostgreSQL-only part of schema v1: the audit log refuses updates, deletes and truncation.
CREATE FUNCTION kessai_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
-- split
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION kessai_audit_append_only();
-- split
-- Row triggers do not fire on TRUNCATE: refuse it separately.
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION kessai_audit_append_only();
