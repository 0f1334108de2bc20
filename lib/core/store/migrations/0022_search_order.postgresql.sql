-- PostgreSQL part of schema v22: what changes who may see a document queues it (its visibility
-- tokens follow); an index row's id must be in its document's range (a row planted with
-- another document's id would block that document's indexing); kessai_search_entries replaces
-- kessai_search_documents: the first rows in index order, of documents the actor may open.
DROP TRIGGER documents_search_update ON documents;
-- split
CREATE TRIGGER documents_search_update
    AFTER UPDATE OF title, body, number_label, file_id, unit_id, classification, drafter_id ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('self');
-- split
CREATE TRIGGER route_steps_search_insert AFTER INSERT ON route_steps
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('document');
-- split
-- Acting on one's own step adds no one: only a new assignee or someone acting for another.
CREATE TRIGGER route_steps_search_people AFTER UPDATE OF assignee_id, acted_by ON route_steps
    FOR EACH ROW WHEN (NEW.assignee_id IS DISTINCT FROM OLD.assignee_id
                       OR (NEW.acted_by IS NOT NULL AND NEW.acted_by IS DISTINCT FROM OLD.acted_by
                           AND NEW.acted_by IS DISTINCT FROM NEW.assignee_id))
    EXECUTE FUNCTION kessai_search_queue('document');
-- split
CREATE OR REPLACE FUNCTION kessai_guard_search_entry() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF TG_OP = 'INSERT' AND (NEW.id >> 24) <> NEW.document_id THEN
        PERFORM kessai_refuse(format('index row %s is outside the range of document %s', NEW.id, NEW.document_id));
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
DROP FUNCTION kessai_search_documents(tsquery, text);
-- split
-- The first p_limit index rows below p_before (newest document first) that hold p_query and
-- belong to a document the actor may open, for SearchEngine. SECURITY DEFINER like the function
-- it replaces: row-level security's per-row check would keep the planner from the indexes. The
-- actor's visibility tokens (SearchIndexStore::visibilityTokens) narrow the walk inside the
-- full-text index; the rule of kessai_sees then decides on each row found, so a stale or planted
-- token never shows a document. Run as a fresh statement each time (EXECUTE): the planner sees
-- the terms and picks the GIN index for a rare one, the primary key in order for a common one.
CREATE FUNCTION kessai_search_entries(p_query tsquery, p_before bigint, p_limit integer)
    RETURNS TABLE (entry_id bigint, document_id bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_actor_id();
    my_unit bigint;
    records_manager boolean;
    admin boolean;
    scope bigint[];
    today text := kessai_today();
    tokens text[];
    narrowed tsquery;
BEGIN
    IF me IS NULL OR p_limit IS NULL OR p_limit < 1 THEN
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
    narrowed := p_query;
    IF NOT records_manager THEN
        tokens := ARRAY['〓d' || me, '〓r' || me]
            || ARRAY(SELECT '〓r' || a.user_id FROM absences a
                     WHERE a.proxy_user_id = me AND a.starts_on <= today AND a.ends_on >= today);
        IF admin THEN
            tokens := tokens || '〓p'::text;
        ELSE
            tokens := tokens || ARRAY(SELECT '〓u' || s FROM unnest(scope) s);
        END IF;
        narrowed := p_query && (SELECT string_agg(quote_literal(t), ' | ') FROM unnest(tokens) t)::tsquery;
    END IF;
    RETURN QUERY EXECUTE
        'SELECT e.id, e.document_id FROM search_entries e JOIN documents d ON d.id = e.document_id
         WHERE e.tsv @@ $1 AND e.id < $2
           AND ($3 OR d.drafter_id = $4
                OR (d.classification = ''public'' AND ($5 OR d.unit_id = ANY ($6)))
                OR d.id IN (SELECT s.document_id FROM route_steps s WHERE s.assignee_id = $4
                            UNION SELECT s.document_id FROM route_steps s WHERE s.acted_by = $4)
                OR d.id IN (SELECT s.document_id FROM absences a JOIN route_steps s ON s.assignee_id = a.user_id
                            WHERE a.proxy_user_id = $4 AND a.starts_on <= $7 AND a.ends_on >= $7))
         ORDER BY e.id DESC LIMIT $8'
        USING narrowed, p_before, records_manager, me, admin, scope, today, p_limit;
END
$$;
-- split
SELECT kessai_grant_privileges()
