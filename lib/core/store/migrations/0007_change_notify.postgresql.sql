-- PostgreSQL-only part of schema v7: windows learn about changes through LISTEN/NOTIFY on the
-- channel kessai_change instead of polling (StoreChangeListener). The payload is ids only — a
-- table tag, the document and, where there is one, the attachment:
--     {"t":"attachment_versions","d":123,"a":45}
-- never a title, a name or a body: every listener receives every notification, whatever
-- row-level security lets it read, and re-reads through its own connection what it may see.
--
-- Row-level triggers, not statement-level ones with transition tables: Kessai's transactions
-- touch few rows (one document's steps, one version), pg_notify collapses identical payloads
-- within a transaction (a route of ten steps notifies once per document), a row trigger may
-- skip rows with WHEN (the edit lock's heartbeat), and transition tables would need one
-- trigger per event and table plus a DISTINCT query per statement. Notifications are sent at
-- commit only: a rolled-back change notifies nobody. Plain SECURITY INVOKER: pg_notify needs
-- no privilege; an attachment's document is looked up with the writer's own rights, and a
-- writer may always read the attachment it is changing.
CREATE FUNCTION kessai_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc BIGINT;
    att BIGINT;
BEGIN
    -- TG_ARGV[0] says where the row names its document: the row itself (documents), a
    -- document_id column, or an attachment_id column (through attachments).
    IF TG_ARGV[0] = 'self' THEN
        doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSIF TG_ARGV[0] = 'document' THEN
        doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
    ELSIF TG_ARGV[0] = 'attachment' THEN
        att := CASE WHEN TG_OP = 'DELETE' THEN OLD.attachment_id ELSE NEW.attachment_id END;
        SELECT a.document_id INTO doc FROM attachments a WHERE a.id = att;
    END IF;
    IF TG_TABLE_NAME = 'attachments' THEN
        att := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    END IF;
    PERFORM pg_notify('kessai_change',
                      json_strip_nulls(json_build_object('t', TG_TABLE_NAME, 'd', doc, 'a', att))::text);
    RETURN NULL;
END;
$$;
-- split
CREATE TRIGGER documents_notify AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('self');
-- split
CREATE TRIGGER route_steps_notify AFTER INSERT OR UPDATE OR DELETE ON route_steps
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('document');
-- split
CREATE TRIGGER comments_notify AFTER INSERT OR UPDATE OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('document');
-- split
-- document_notes and attachment_versions are append-only (0002, 0005): inserts are all there is.
CREATE TRIGGER document_notes_notify AFTER INSERT ON document_notes
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('document');
-- split
CREATE TRIGGER attachments_notify AFTER INSERT OR UPDATE OR DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('document');
-- split
CREATE TRIGGER attachment_versions_notify AFTER INSERT ON attachment_versions
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('attachment');
-- split
CREATE TRIGGER edit_sessions_notify AFTER INSERT OR UPDATE OR DELETE ON edit_sessions
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('attachment');
-- split
-- The holder's heartbeat (last_seen, every minute per open edit) changes nothing a window
-- shows until the lock turns stale, which time does, not a write: windows' slow safety poll
-- sees that.
CREATE TRIGGER edit_locks_notify_change AFTER UPDATE ON edit_locks
    FOR EACH ROW
    WHEN ((OLD.user_id, OLD.machine, OLD.started_at, OLD.base_version, OLD.edit_session_id)
          IS DISTINCT FROM (NEW.user_id, NEW.machine, NEW.started_at, NEW.base_version, NEW.edit_session_id))
    EXECUTE FUNCTION kessai_notify_change('attachment');
-- split
CREATE TRIGGER edit_locks_notify AFTER INSERT OR DELETE ON edit_locks
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('attachment');
-- split
-- Absences change whose inbox a document is in (the proxy's); they name no document.
CREATE TRIGGER absences_notify AFTER INSERT OR UPDATE OR DELETE ON absences
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('none');
