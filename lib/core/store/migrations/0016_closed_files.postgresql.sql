-- PostgreSQL-only part of schema v16: nothing is filed into a 簿冊 that is no longer open
-- (完結 and after: closed, transfer_pending, transferred, destroyed). FilingCatalog::requireOpen
-- asks first for its message; the server refuses a client that does not ask (a staff member's
-- own psql session inserting or re-filing a draft).
CREATE FUNCTION kessai_guard_document_filing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target record;
BEGIN
    IF kessai_privileged() OR NEW.file_id IS NULL
        OR (TG_OP = 'UPDATE' AND NEW.file_id IS NOT DISTINCT FROM OLD.file_id) THEN
        RETURN NEW;
    END IF;
    SELECT id, name, status INTO target FROM files WHERE id = NEW.file_id;
    IF FOUND AND target.status <> 'open' THEN
        PERFORM kessai_refuse(format('簿冊 %s (%s) is %s: nothing more is filed into it',
                                     target.id, target.name, target.status));
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER documents_filing_guard BEFORE INSERT OR UPDATE OF file_id ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_document_filing();
-- split
-- The 文書分類表 as the 文書管理者 edits it (FilingClassStore::update / remove): an entry keeps
-- its 課, code and place in the tree (renamed, never moved); a leaf's default 保存期間 never
-- becomes longer than a 簿冊 made from it keeps; an entry in use (entries below it, 簿冊 made
-- from it) is not deleted. Records managers only, as in schema 10.
CREATE OR REPLACE FUNCTION kessai_guard_filing_class() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    short_file record;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    PERFORM kessai_require_records_manager('the 文書分類表');
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM filing_classes c WHERE c.parent_id = OLD.id)
            OR EXISTS (SELECT 1 FROM files f WHERE f.filing_class_id = OLD.id) THEN
            PERFORM kessai_refuse(format('classification %s (%s) is in use: it is not deleted', OLD.code, OLD.name));
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.unit_id, NEW.code, NEW.parent_id, NEW.depth) IS DISTINCT FROM (OLD.unit_id, OLD.code, OLD.parent_id, OLD.depth) THEN
            PERFORM kessai_refuse(format('classification %s keeps its 課, code and place', OLD.code));
        END IF;
        SELECT f.id, f.name, f.retention INTO short_file FROM files f
            WHERE f.filing_class_id = OLD.id AND f.status <> 'destroyed'
            AND kessai_retention_rank(f.retention) < kessai_retention_rank(NEW.retention) LIMIT 1;
        IF FOUND THEN
            PERFORM kessai_refuse(format('簿冊 %s (%s) made from %s keeps %s: the default cannot become longer',
                                         short_file.id, short_file.name, OLD.code, short_file.retention));
        END IF;
    END IF;
    NEW.created_at := CASE WHEN TG_OP = 'INSERT' THEN kessai_now() ELSE OLD.created_at END;
    RETURN NEW;
END
$$;
-- split
-- A decided document's title and body stay frozen (schema 2), except that its 廃棄 blanks the
-- body (kessai_destroy_file) once a decided 廃棄 伺い lists its 簿冊. Schema 10's 廃棄 failed
-- here on any document with a 伺い文.
CREATE OR REPLACE FUNCTION kessai_documents_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('decided', 'enforced', 'closed')
        AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body)
        AND NOT (NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body = '' AND EXISTS (
            SELECT 1 FROM disposal_request_files rf JOIN disposal_requests r ON r.document_id = rf.document_id
            JOIN documents q ON q.id = r.document_id
            WHERE rf.file_id = OLD.file_id AND r.action = 'destroy' AND q.status IN ('decided', 'enforced', 'closed'))) THEN
        RAISE EXCEPTION 'a decided document is frozen: its title and body cannot change';
    END IF;
    RETURN NEW;
END;
$$;
