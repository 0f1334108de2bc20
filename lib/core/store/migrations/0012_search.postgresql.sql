-- PostgreSQL-only part of schema v12: a tsvector of the stored tokens, made without a text
-- search parser (the tokens are analyzed already: each is one lexeme as it is), GIN-indexed;
-- triggers queue what goes out of date; the office server guards the new tables like the rest
-- (docs/security.md, "Search"): a row of the index or of extracted text is readable and
-- writable only where its document or content is.
ALTER TABLE search_entries ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array(tokens, ' '), ''))) STORED;
-- split
CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv);
-- split
-- Queues a document (SECURITY DEFINER: the writer of a document needs no right on the queue).
-- TG_ARGV[0] says where the row names its document, as kessai_notify_change does.
CREATE FUNCTION kessai_search_queue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    -- the statement's time, not the transaction's: the indexer keeps a document queued when it
    -- was queued again after the indexer read it (SearchIndexStore::replaceEntries)
    stamp text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
    IF TG_ARGV[0] = 'self' THEN
        INSERT INTO search_pending (document_id, queued_at) VALUES (NEW.id, stamp) ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSIF TG_ARGV[0] = 'document' THEN
        INSERT INTO search_pending (document_id, queued_at) VALUES (NEW.document_id, stamp)
            ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSIF TG_ARGV[0] = 'attachment' THEN
        INSERT INTO search_pending (document_id, queued_at)
            SELECT DISTINCT a.document_id, stamp FROM attachments a WHERE a.id = NEW.attachment_id
            ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSIF TG_ARGV[0] = 'file' THEN
        INSERT INTO search_pending (document_id, queued_at)
            SELECT d.id, stamp FROM documents d WHERE d.file_id = NEW.id ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSIF TG_ARGV[0] = 'content' THEN
        INSERT INTO search_pending (document_id, queued_at)
            SELECT DISTINCT a.document_id, stamp FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id
            WHERE v.blob_id = NEW.blob_id ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSIF TG_ARGV[0] = 'rendition' THEN
        INSERT INTO search_pending (document_id, queued_at)
            SELECT DISTINCT a.document_id, stamp
            FROM blobs b JOIN attachment_versions v ON v.blob_id = b.id JOIN attachments a ON a.id = v.attachment_id
            WHERE b.sha256 = NEW.source_sha256 ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    END IF;
    RETURN NULL;
END
$$;
-- split
CREATE TRIGGER documents_search_insert AFTER INSERT ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('self');
-- split
CREATE TRIGGER documents_search_update AFTER UPDATE OF title, body, number_label, file_id ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('self');
-- split
CREATE TRIGGER attachments_search AFTER INSERT OR UPDATE OF display_name, removed_at ON attachments
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('document');
-- split
CREATE TRIGGER attachment_versions_search AFTER INSERT ON attachment_versions
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('attachment');
-- split
CREATE TRIGGER comments_search AFTER INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('document');
-- split
CREATE TRIGGER route_steps_search AFTER UPDATE OF comment ON route_steps
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('document');
-- split
CREATE TRIGGER files_search AFTER UPDATE OF name ON files
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('file');
-- split
CREATE TRIGGER renditions_search AFTER INSERT OR UPDATE OF status ON renditions
    FOR EACH ROW WHEN (NEW.status = 'ok') EXECUTE FUNCTION kessai_search_queue('rendition');
-- split
CREATE TRIGGER content_extractions_search AFTER UPDATE OF status ON content_extractions
    FOR EACH ROW WHEN (NEW.status = 'done') EXECUTE FUNCTION kessai_search_queue('content');
-- split
INSERT INTO search_pending (document_id, queued_at) SELECT id, kessai_now() FROM documents;
-- split
-- Extracted text is derived from content: written (once per page) only by someone who can read
-- that content, never rewritten by staff; it goes with its content (ON DELETE CASCADE runs as
-- the owner).
CREATE FUNCTION kessai_guard_content_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_TABLE_NAME = 'content_text' AND TG_OP <> 'INSERT' THEN
        PERFORM kessai_refuse('extracted text is never rewritten');
    END IF;
    IF TG_TABLE_NAME = 'content_extractions' AND TG_OP = 'DELETE' THEN
        PERFORM kessai_refuse('the extraction record is never deleted');
    END IF;
    IF NOT kessai_can_read_blob(COALESCE(NEW.blob_id, OLD.blob_id)) THEN
        PERFORM kessai_refuse(format('content %s is not visible to %s', COALESCE(NEW.blob_id, OLD.blob_id),
                                     session_user));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
CREATE TRIGGER content_text_guard BEFORE INSERT OR UPDATE OR DELETE ON content_text
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_content_text();
-- split
CREATE TRIGGER content_extractions_guard BEFORE INSERT OR UPDATE OR DELETE ON content_extractions
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_content_text();
-- split
-- An index row names a document the writer sees and, for an attachment's page, content the
-- writer can read on that document's attachment.
CREATE FUNCTION kessai_guard_search_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        PERFORM kessai_refuse('search entries are replaced, not updated');
    END IF;
    IF NOT kessai_can_see(COALESCE(NEW.document_id, OLD.document_id)) THEN
        PERFORM kessai_refuse(format('document %s is not visible to %s', COALESCE(NEW.document_id, OLD.document_id),
                                     session_user));
    END IF;
    IF TG_OP = 'INSERT' AND (NEW.attachment_id IS NOT NULL OR NEW.blob_id IS NOT NULL) AND NOT EXISTS (
            SELECT 1 FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id
            WHERE a.id = NEW.attachment_id AND a.document_id = NEW.document_id AND v.blob_id = NEW.blob_id) THEN
        PERFORM kessai_refuse('an index row names content of another attachment');
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
CREATE TRIGGER search_entries_guard BEFORE INSERT OR UPDATE OR DELETE ON search_entries
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_search_entry();
-- split
-- The documents holding one term that the actor may open, for SearchEngine. Row-level security
-- on search_entries stays for any other reader, but its per-row check would keep the planner from
-- the GIN index (@@ is not leakproof): this function reads the index as the owner and applies the
-- visibility rule of kessai_sees set-wise, once per query, to the rows found.
CREATE FUNCTION kessai_search_documents(p_query tsquery, p_sequence text) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_actor_id();
    my_unit bigint;
    records_manager boolean;
    admin boolean;
    scope bigint[];
    today text := kessai_today();
BEGIN
    IF me IS NULL THEN
        RETURN;
    END IF;
    SELECT u.unit_id,
           EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'records_manager'),
           EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'admin')
        INTO my_unit, records_manager, admin
        FROM users u WHERE u.id = me;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    scope := CASE WHEN my_unit IS NULL THEN '{}'::bigint[] ELSE kessai_unit_scope(my_unit) END;
    RETURN QUERY
        SELECT DISTINCT e.document_id FROM search_entries e JOIN documents d ON d.id = e.document_id
        WHERE e.tsv @@ p_query AND strpos(' ' || e.tokens || ' ', p_sequence) > 0
          AND (records_manager OR d.drafter_id = me
               OR (d.classification = 'public' AND (admin OR d.unit_id = ANY (scope)))
               OR d.id IN (SELECT s.document_id FROM route_steps s WHERE s.assignee_id = me
                           UNION SELECT s.document_id FROM route_steps s WHERE s.acted_by = me)
               OR d.id IN (SELECT s.document_id FROM absences a JOIN route_steps s ON s.assignee_id = a.user_id
                           WHERE a.proxy_user_id = me AND a.starts_on <= today AND a.ends_on >= today));
END
$$;
-- split
ALTER TABLE search_entries ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY search_entries_visible ON search_entries USING (kessai_can_see(document_id));
-- split
ALTER TABLE search_pending ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY search_pending_visible ON search_pending USING (kessai_can_see(document_id));
-- split
ALTER TABLE content_text ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY content_text_readable ON content_text USING (kessai_can_read_blob(blob_id));
-- split
ALTER TABLE content_extractions ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY content_extractions_readable ON content_extractions USING (kessai_can_read_blob(blob_id));
-- split
-- Schema 8's grants give staff SELECT on every table (row-level security above decides what);
-- writes on the new tables are granted here (kessai_grant_privileges never revokes them).
GRANT INSERT, DELETE ON search_entries, search_pending TO kessai_staff;
-- split
GRANT INSERT ON content_text TO kessai_staff;
-- split
GRANT INSERT, UPDATE ON content_extractions TO kessai_staff;
-- split
SELECT kessai_grant_privileges()
