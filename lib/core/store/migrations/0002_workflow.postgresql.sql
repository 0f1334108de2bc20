-- PostgreSQL-only part of schema v2: notes are append-only, and a decided document's title
-- and body are frozen for every client, not only for those that go through the store.
CREATE FUNCTION kessai_notes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'document_notes is append-only';
END;
$$;
-- split
CREATE TRIGGER document_notes_no_change BEFORE UPDATE OR DELETE ON document_notes
    FOR EACH ROW EXECUTE FUNCTION kessai_notes_append_only();
-- split
CREATE FUNCTION kessai_documents_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('decided', 'enforced', 'closed')
        AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) THEN
        RAISE EXCEPTION 'a decided document is frozen: its title and body cannot change';
    END IF;
    RETURN NEW;
END;
$$;
-- split
CREATE TRIGGER documents_frozen_after_decision BEFORE UPDATE OF title, body ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_documents_frozen();
