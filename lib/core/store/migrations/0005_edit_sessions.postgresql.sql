-- PostgreSQL-only part of schema v5: the version history is append-only, and no version is
-- added to an attachment of a decided, enforced or closed document, whatever client writes.
CREATE FUNCTION kessai_attachment_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'attachment_versions is append-only: a change is a new version';
END;
$$;
-- split
CREATE TRIGGER attachment_versions_no_change BEFORE UPDATE OR DELETE ON attachment_versions
    FOR EACH ROW EXECUTE FUNCTION kessai_attachment_versions_append_only();
-- split
CREATE TRIGGER attachment_versions_no_truncate BEFORE TRUNCATE ON attachment_versions
    FOR EACH STATEMENT EXECUTE FUNCTION kessai_attachment_versions_append_only();
-- split
CREATE FUNCTION kessai_attachment_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT d.status FROM attachments a JOIN documents d ON d.id = a.document_id
        WHERE a.id = NEW.attachment_id) IN ('decided', 'enforced', 'closed') THEN
        RAISE EXCEPTION 'a decided document is frozen: its attachments cannot change';
    END IF;
    RETURN NEW;
END;
$$;
-- split
CREATE TRIGGER attachment_versions_frozen_after_decision BEFORE INSERT ON attachment_versions
    FOR EACH ROW EXECUTE FUNCTION kessai_attachment_versions_frozen();
