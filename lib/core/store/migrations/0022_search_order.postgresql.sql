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
-- token never shows a document. Two steps: rows from the index alone, then the rule on the few
-- rows found (each document by its key); again while rows were left out and the index has more.
-- Fewer than p_limit rows means the index has no more.
-- Which way through the index is decided here from the rows themselves: the first p_limit rows of
-- the primary key, newest first, are tested; enough matches end it (a common term). Otherwise the
-- share that matched says what is cheaper for the rest: walking on (rows needed / share, each a
-- detoasted tsvector), or the GIN index and a sort of all it finds (share × rows). The planner's
-- own estimate cannot decide it: it multiplies the terms' frequencies as if independent (a phrase's
-- bigrams, a 課's tokens) and does not count the detoasting. No JIT: compiling costs more than
-- these statements run; work_mem large enough that a GIN bitmap stays exact.
CREATE FUNCTION kessai_search_entries(p_query tsquery, p_before bigint, p_limit integer)
    RETURNS TABLE (entry_id bigint, document_id bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET jit = off
    SET work_mem = '64MB' AS $$
DECLARE
    me bigint := kessai_actor_id();
    my_unit bigint;
    records_manager boolean;
    admin boolean;
    scope bigint[];
    today text := kessai_today();
    tokens text[];
    narrowed tsquery;
    below bigint := p_before;
    wanted integer := p_limit;
    found_ids bigint[];
    found_documents bigint[];
    more_ids bigint[];
    more_documents bigint[];
    scanned integer;
    lowest bigint;
    share float8;
    total float8;
    exhausted boolean;
    returned integer;
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
    SELECT GREATEST(c.reltuples, 1) INTO total FROM pg_class c WHERE c.oid = 'search_entries'::regclass;
    LOOP
        -- the next p_limit rows in order, tested one by one
        SELECT array_agg(c.id ORDER BY c.id DESC) FILTER (WHERE c.hit),
               array_agg(c.doc ORDER BY c.id DESC) FILTER (WHERE c.hit), count(*), min(c.id)
            INTO found_ids, found_documents, scanned, lowest
            FROM (SELECT e.id, e.document_id AS doc, ts_match_vq(e.tsv, narrowed) AS hit FROM search_entries e
                  WHERE e.id < below ORDER BY e.id DESC LIMIT p_limit) c;
        found_ids := COALESCE(found_ids, '{}');
        found_documents := COALESCE(found_documents, '{}');
        exhausted := scanned < p_limit;
        IF cardinality(found_ids) >= wanted THEN
            found_ids := found_ids[1:wanted];
            found_documents := found_documents[1:wanted];
        ELSIF NOT exhausted THEN
            share := cardinality(found_ids)::float8 / scanned;
            IF share > 0 AND (wanted - cardinality(found_ids)) * 2 < share * share * total THEN
                EXECUTE 'SELECT array_agg(c.id ORDER BY c.id DESC), array_agg(c.document_id ORDER BY c.id DESC)
                         FROM (SELECT e.id, e.document_id FROM search_entries e
                               WHERE ts_match_vq(e.tsv, $1) AND e.id < $2 ORDER BY e.id DESC LIMIT $3) c'
                    INTO more_ids, more_documents USING narrowed, lowest, wanted - cardinality(found_ids);
            ELSE
                EXECUTE 'SELECT array_agg(c.id ORDER BY c.id DESC), array_agg(c.document_id ORDER BY c.id DESC)
                         FROM (SELECT e.id, e.document_id FROM search_entries e
                               WHERE e.tsv @@ $1 AND e.id < $2 ORDER BY e.id + 0 DESC LIMIT $3) c'
                    INTO more_ids, more_documents USING narrowed, lowest, wanted - cardinality(found_ids);
            END IF;
            exhausted := COALESCE(cardinality(more_ids), 0) < wanted - cardinality(found_ids);
            found_ids := found_ids || COALESCE(more_ids, '{}');
            found_documents := found_documents || COALESCE(more_documents, '{}');
        END IF;
        IF cardinality(found_ids) > 0 THEN
            RETURN QUERY
                SELECT f.id, f.doc FROM unnest(found_ids, found_documents) WITH ORDINALITY AS f(id, doc, n)
                CROSS JOIN LATERAL (SELECT 1 FROM documents d WHERE d.id = f.doc
                    AND (records_manager OR d.drafter_id = me
                         OR (d.classification = 'public' AND (admin OR d.unit_id = ANY (scope)))
                         OR d.id IN (SELECT s.document_id FROM route_steps s WHERE s.assignee_id = me
                                     UNION SELECT s.document_id FROM route_steps s WHERE s.acted_by = me)
                         OR d.id IN (SELECT s.document_id FROM absences a JOIN route_steps s ON s.assignee_id = a.user_id
                                     WHERE a.proxy_user_id = me AND a.starts_on <= today AND a.ends_on >= today))
                    OFFSET 0) visible
                ORDER BY f.n;
            GET DIAGNOSTICS returned = ROW_COUNT;
            wanted := wanted - returned;
        END IF;
        IF exhausted OR wanted <= 0 THEN
            RETURN;
        END IF;
        below := CASE WHEN cardinality(found_ids) > 0 THEN LEAST(found_ids[cardinality(found_ids)], lowest) ELSE lowest END;
    END LOOP;
END
$$;
-- split
SELECT kessai_grant_privileges()
