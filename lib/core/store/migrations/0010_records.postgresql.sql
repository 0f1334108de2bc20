-- PostgreSQL-only part of schema v10: the office server guards records management
-- (docs/security.md, "Records management"). Only a records manager (文書管理者) changes the
-- 分類表, 簿冊, holds and a 簿冊's history; 起算日 and 満了日 are the server's computation; a 簿冊
-- becomes 移管済 or 廃棄済, or gets a new 満了日, only through the functions below, which check
-- the decided 伺い; content is deleted only by kessai_destroy_file, which checks the 伺い, the
-- holds and the documents' state itself (staff may call any function).
CREATE FUNCTION kessai_is_records_manager() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT kessai_user_has_role(kessai_actor_id(), 'records_manager')
$$;
-- split
-- The retention periods in order: a 簿冊 may keep longer than its classification says, never shorter.
CREATE FUNCTION kessai_retention_rank(p_retention text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_retention WHEN 'under_1' THEN 0 WHEN '1' THEN 1 WHEN '3' THEN 3 WHEN '5' THEN 5
                            WHEN '10' THEN 10 WHEN '30' THEN 30 WHEN 'in_use' THEN 1000 END
$$;
-- split
-- 起算日: April 1 after the fiscal year the 簿冊 was completed in (its own year, or the year
-- its last document was decided or closed in, whichever is later). As RetentionRules::startsOn.
CREATE FUNCTION kessai_file_starts_on(p_file bigint, p_fiscal_year integer) RETURNS text LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    last_done date;
    completed integer := p_fiscal_year;
BEGIN
    SELECT max(COALESCE(decided_on, substr(closed_at, 1, 10)))::date INTO last_done FROM documents
        WHERE file_id = p_file;
    IF last_done IS NOT NULL THEN
        completed := greatest(completed, CASE WHEN extract(month FROM last_done) >= 4
                                              THEN extract(year FROM last_done)::integer
                                              ELSE extract(year FROM last_done)::integer - 1 END);
    END IF;
    RETURN (completed + 1)::text || '-04-01';
END
$$;
-- split
-- 満了日 from the 起算日 and the 保存期間: the day before the anniversary (10年 from 2026-04-01
-- is 2036-03-31); 1年未満 ends with its own fiscal year; 常用 never (NULL). As RetentionRules::expiresOn.
CREATE FUNCTION kessai_file_expires_on(p_starts_on text, p_retention text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_retention = 'in_use' THEN NULL
                WHEN p_retention = 'under_1' THEN to_char(p_starts_on::date - 1, 'YYYY-MM-DD')
                ELSE to_char((p_starts_on::date + make_interval(years => p_retention::integer))::date - 1, 'YYYY-MM-DD') END
$$;
-- split
CREATE FUNCTION kessai_require_records_manager(p_what text) RETURNS void LANGUAGE plpgsql STABLE AS $$
BEGIN
    PERFORM kessai_require_actor();
    IF NOT kessai_is_records_manager() THEN
        PERFORM kessai_refuse(format('only a records manager (文書管理者) may change %s', p_what));
    END IF;
END
$$;
-- split
CREATE FUNCTION kessai_guard_filing_class() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    PERFORM kessai_require_records_manager('the 文書分類表');
    IF TG_OP <> 'DELETE' THEN
        NEW.created_at := CASE WHEN TG_OP = 'INSERT' THEN kessai_now() ELSE OLD.created_at END;
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
-- 簿冊: records managers only; the dates are the server's; the end states come only from the
-- functions that check the decided 伺い.
CREATE FUNCTION kessai_guard_file() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    least_kept text;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    PERFORM kessai_require_records_manager('簿冊');
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'open' THEN
            PERFORM kessai_refuse(format('簿冊 %s is %s: it stays in the register', OLD.id, OLD.status));
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'open' THEN
            PERFORM kessai_refuse('a new 簿冊 starts open (使用中)');
        END IF;
        NEW.created_by := session_user;
        NEW.closed_at := NULL;
        NEW.started_on := (NEW.fiscal_year + 1)::text || '-04-01';
    ELSE
        IF NEW.fiscal_year <> OLD.fiscal_year OR NEW.created_by <> OLD.created_by THEN
            PERFORM kessai_refuse(format('簿冊 %s: its fiscal year and creator never change', OLD.id));
        END IF;
        IF NEW.status <> OLD.status AND NOT (OLD.status = 'open' AND NEW.status = 'closed') THEN
            PERFORM kessai_refuse(format('簿冊 %s is %s: it becomes %s only through the decided 伺い',
                                         OLD.id, OLD.status, NEW.status));
        END IF;
        IF OLD.status <> 'open' AND (NEW.retention, NEW.filing_class_id)
            IS DISTINCT FROM (OLD.retention, OLD.filing_class_id) THEN
            PERFORM kessai_refuse(format('簿冊 %s is closed: its 保存期間 changes only by a decided 延長', OLD.id));
        END IF;
        IF NEW.status = 'closed' AND OLD.status = 'open' THEN
            NEW.closed_at := kessai_now();
            NEW.started_on := kessai_file_starts_on(OLD.id, OLD.fiscal_year);
        ELSIF NEW.status = 'open' THEN
            NEW.closed_at := NULL;
            NEW.started_on := (NEW.fiscal_year + 1)::text || '-04-01';
        ELSE
            NEW.closed_at := OLD.closed_at;
            NEW.started_on := OLD.started_on;
            NEW.expires_on := OLD.expires_on; -- a closed 簿冊's 満了日 moves only by 延長
        END IF;
    END IF;
    IF NEW.status IN ('open', 'closed') AND (TG_OP = 'INSERT' OR OLD.status = 'open') THEN
        NEW.expires_on := kessai_file_expires_on(NEW.started_on, NEW.retention);
    END IF;
    SELECT c.retention INTO least_kept FROM filing_classes c WHERE c.id = NEW.filing_class_id;
    IF least_kept IS NOT NULL AND kessai_retention_rank(NEW.retention) < kessai_retention_rank(least_kept) THEN
        PERFORM kessai_refuse(format('簿冊 %s: its 保存期間 %s is shorter than its classification allows (%s)',
                                     NEW.name, NEW.retention, least_kept));
    END IF;
    RETURN NEW;
END
$$;
-- split
DROP TRIGGER files_guard ON files;
-- split
CREATE TRIGGER files_guard BEFORE INSERT OR UPDATE OR DELETE ON files
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_file();
-- split
CREATE TRIGGER filing_classes_guard BEFORE INSERT OR UPDATE OR DELETE ON filing_classes
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_filing_class();
-- split
-- A 簿冊's history: records managers write its 完結 and moves to a successor 課; the other
-- events only the functions below. Never rewritten.
CREATE FUNCTION kessai_guard_file_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM kessai_refuse('the history of a 簿冊 is never rewritten');
    END IF;
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    PERFORM kessai_require_records_manager('the history of a 簿冊');
    IF NEW.event NOT IN ('close', 'reassign') THEN
        PERFORM kessai_refuse(format('%s is recorded by the decided 伺い, not written', NEW.event));
    END IF;
    NEW.actor_login := session_user;
    NEW.occurred_at := kessai_now();
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER file_history_guard BEFORE INSERT OR UPDATE OR DELETE ON file_history
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_file_history();
-- split
-- Holds: placed and lifted by records managers in their own name; never deleted.
CREATE FUNCTION kessai_guard_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM kessai_refuse('a hold is lifted, never deleted');
    END IF;
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    PERFORM kessai_require_records_manager('holds');
    IF TG_OP = 'INSERT' THEN
        NEW.placed_by := session_user;
        NEW.placed_at := kessai_now();
        NEW.lifted_by := NULL;
        NEW.lifted_at := NULL;
        RETURN NEW;
    END IF;
    IF (NEW.file_id, NEW.document_id, NEW.reason, NEW.placed_by, NEW.placed_at)
        IS DISTINCT FROM (OLD.file_id, OLD.document_id, OLD.reason, OLD.placed_by, OLD.placed_at)
        OR OLD.lifted_at IS NOT NULL OR NEW.lifted_at IS NULL THEN
        PERFORM kessai_refuse(format('hold %s: a hold is only lifted, once', OLD.id));
    END IF;
    NEW.lifted_by := session_user;
    NEW.lifted_at := kessai_now();
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER record_holds_guard BEFORE INSERT OR UPDATE OR DELETE ON record_holds
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_hold();
-- split
-- What a 伺い asks for is written by its drafter, a records manager, while it is a draft; only
-- its 決裁 (kessai_carry_out_disposal) marks it carried out.
CREATE FUNCTION kessai_guard_disposal_request() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc bigint := COALESCE(NEW.document_id, OLD.document_id);
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    PERFORM kessai_require_records_manager('a 廃棄・移管・延長 伺い');
    IF NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = doc AND d.status IN ('draft', 'returned')
                   AND d.drafter_id = kessai_actor_id()) THEN
        PERFORM kessai_refuse(format('伺い %s: what it asks for is set by its drafter before 提出', doc));
    END IF;
    -- (through jsonb: NEW has the columns of whichever of the two tables fired)
    IF TG_TABLE_NAME = 'disposal_requests' AND TG_OP <> 'DELETE'
        AND (to_jsonb(NEW) ->> 'carried_out_at') IS DISTINCT FROM
            (CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ->> 'carried_out_at' END) THEN
        PERFORM kessai_refuse(format('伺い %s is carried out by its 決裁', doc));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
CREATE TRIGGER disposal_requests_guard BEFORE INSERT OR UPDATE OR DELETE ON disposal_requests
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_disposal_request();
-- split
CREATE TRIGGER disposal_request_files_guard BEFORE INSERT OR UPDATE OR DELETE ON disposal_request_files
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_disposal_request();
-- split
-- Why 簿冊 p_file may not be destroyed now (NULL: it may): the decided 廃棄 伺い, holds, and
-- documents not finished. RecordDisposal asks the same questions first, for its messages.
CREATE FUNCTION kessai_destroy_refusal(p_file bigint) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    f record;
BEGIN
    SELECT id, name, status, expires_on INTO f FROM files WHERE id = p_file;
    IF NOT FOUND THEN
        RETURN format('簿冊 %s does not exist', p_file);
    END IF;
    IF f.status <> 'closed' THEN
        RETURN format('簿冊 %s (%s) is %s, not closed', f.id, f.name, f.status);
    END IF;
    IF f.expires_on IS NULL OR f.expires_on >= kessai_today() THEN
        RETURN format('簿冊 %s (%s): its 満了日 (%s) has not passed', f.id, f.name, COALESCE(f.expires_on, '常用'));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM disposal_request_files rf JOIN disposal_requests r ON r.document_id = rf.document_id
                   JOIN documents d ON d.id = r.document_id
                   WHERE rf.file_id = p_file AND r.action = 'destroy'
                   AND d.status IN ('decided', 'enforced', 'closed')) THEN
        RETURN format('簿冊 %s (%s): no decided 廃棄 伺い lists it', f.id, f.name);
    END IF;
    IF EXISTS (SELECT 1 FROM record_holds h WHERE h.lifted_at IS NULL AND (h.file_id = p_file OR h.document_id IN
               (SELECT id FROM documents WHERE file_id = p_file))) THEN
        RETURN format('簿冊 %s (%s) is under a hold', f.id, f.name);
    END IF;
    IF EXISTS (SELECT 1 FROM documents d WHERE d.file_id = p_file AND d.status IN ('draft', 'in_review', 'returned')) THEN
        RETURN format('簿冊 %s (%s) holds a document still in review or a draft', f.id, f.name);
    END IF;
    RETURN NULL;
END
$$;
-- split
-- 廃棄: deletes the content only this 簿冊's documents use (attachment versions, edit sessions'
-- working copies, their renditions and page layouts), never content another document still
-- uses; keeps the rows that say what existed (hash, size, versions), blanks the 伺い文, and
-- marks the 簿冊 destroyed with its history. Refused unless kessai_destroy_refusal is NULL.
CREATE FUNCTION kessai_destroy_file(p_file bigint, p_request bigint) RETURNS void LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    refusal text := kessai_destroy_refusal(p_file);
    b record;
    now_text text := kessai_now();
    released bigint[] := '{}';
BEGIN
    IF refusal IS NOT NULL THEN
        RAISE EXCEPTION 'kessai: %', refusal USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM disposal_request_files WHERE document_id = p_request AND file_id = p_file) THEN
        RAISE EXCEPTION 'kessai: 伺い % does not list 簿冊 %', p_request, p_file USING ERRCODE = '42501';
    END IF;
    FOR b IN
        SELECT DISTINCT x.id, x.sha256 FROM blobs x WHERE x.destroyed_at IS NULL AND x.id IN (
            SELECT v.blob_id FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id
                JOIN documents d ON d.id = a.document_id WHERE d.file_id = p_file
            UNION SELECT e.working_blob_id FROM edit_sessions e JOIN attachments a ON a.id = e.attachment_id
                JOIN documents d ON d.id = a.document_id WHERE d.file_id = p_file)
        AND NOT EXISTS (SELECT 1 FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id
                        JOIN documents d ON d.id = a.document_id LEFT JOIN files f ON f.id = d.file_id
                        WHERE v.blob_id = x.id AND d.file_id IS DISTINCT FROM p_file
                        AND f.status IS DISTINCT FROM 'destroyed')
        AND NOT EXISTS (SELECT 1 FROM edit_sessions e JOIN attachments a ON a.id = e.attachment_id
                        JOIN documents d ON d.id = a.document_id LEFT JOIN files f ON f.id = d.file_id
                        WHERE e.working_blob_id = x.id AND d.file_id IS DISTINCT FROM p_file
                        AND f.status IS DISTINCT FROM 'destroyed')
        AND NOT EXISTS (SELECT 1 FROM renditions r WHERE r.blob_id = x.id)
    LOOP
        DELETE FROM page_layouts WHERE sha256 = b.sha256;
        released := released || ARRAY(SELECT r.blob_id FROM renditions r WHERE r.source_sha256 = b.sha256
                                      AND r.blob_id IS NOT NULL);
        DELETE FROM renditions WHERE source_sha256 = b.sha256;
        DELETE FROM blob_chunks WHERE blob_id = b.id;
        DELETE FROM content_claims WHERE blob_id = b.id;
        UPDATE blobs SET destroyed_at = now_text, sha256 = 'destroyed:' || b.sha256 WHERE id = b.id;
    END LOOP;
    -- A rendition's own content goes with it, unless something else holds the same bytes.
    DELETE FROM blob_chunks c WHERE c.blob_id = ANY (released)
        AND NOT EXISTS (SELECT 1 FROM attachment_versions v WHERE v.blob_id = c.blob_id)
        AND NOT EXISTS (SELECT 1 FROM edit_sessions e WHERE e.working_blob_id = c.blob_id)
        AND NOT EXISTS (SELECT 1 FROM renditions r WHERE r.blob_id = c.blob_id);
    DELETE FROM blobs x WHERE x.id = ANY (released)
        AND NOT EXISTS (SELECT 1 FROM attachment_versions v WHERE v.blob_id = x.id)
        AND NOT EXISTS (SELECT 1 FROM edit_sessions e WHERE e.working_blob_id = x.id)
        AND NOT EXISTS (SELECT 1 FROM renditions r WHERE r.blob_id = x.id);
    DELETE FROM edit_locks WHERE attachment_id IN (SELECT a.id FROM attachments a JOIN documents d
                                                   ON d.id = a.document_id WHERE d.file_id = p_file);
    UPDATE documents SET body = '', row_version = row_version + 1 WHERE file_id = p_file;
    UPDATE files SET status = 'destroyed' WHERE id = p_file;
    INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id)
        VALUES (p_file, 'destroy', now_text, session_user, p_request);
END
$$;
-- split
-- What a decided 伺い asks for, once: 延長 (new 満了日), 移管 (decided: the package is made next),
-- 廃棄 (kessai_destroy_file). Called by the client in the transaction of the 決裁, by whoever decided.
CREATE FUNCTION kessai_carry_out_disposal(p_request bigint) RETURNS void LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r record;
    f record;
    now_text text := kessai_now();
    new_expiry text;
BEGIN
    SELECT q.*, d.status AS document_status INTO r FROM disposal_requests q JOIN documents d ON d.id = q.document_id
        WHERE q.document_id = p_request FOR UPDATE OF q;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'kessai: document % is not a 廃棄・移管・延長 伺い', p_request USING ERRCODE = '42501';
    END IF;
    IF r.document_status NOT IN ('decided', 'enforced', 'closed') THEN
        RAISE EXCEPTION 'kessai: 伺い % is %, not decided', p_request, r.document_status USING ERRCODE = '42501';
    END IF;
    IF r.carried_out_at IS NOT NULL THEN
        RETURN;
    END IF;
    FOR f IN SELECT x.* FROM files x JOIN disposal_request_files rf ON rf.file_id = x.id
             WHERE rf.document_id = p_request ORDER BY x.id FOR UPDATE OF x LOOP
        IF r.action = 'destroy' THEN
            IF f.status <> 'destroyed' THEN -- (the client destroys each 簿冊 first: RecordDestruction)
                PERFORM kessai_destroy_file(f.id, p_request);
            END IF;
        ELSIF f.status <> 'closed' THEN
            RAISE EXCEPTION 'kessai: 簿冊 % (%) is %, not closed', f.id, f.name, f.status USING ERRCODE = '42501';
        ELSIF r.action = 'transfer' THEN
            UPDATE files SET status = 'transfer_pending' WHERE id = f.id;
            INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id, reason)
                VALUES (f.id, 'transfer_decided', now_text, session_user, p_request, r.reason);
        ELSE
            IF f.expires_on IS NULL OR r.extend_years IS NULL OR r.extend_years < 1 THEN
                RAISE EXCEPTION 'kessai: 簿冊 % (%) has no 満了日 to extend', f.id, f.name USING ERRCODE = '42501';
            END IF;
            new_expiry := to_char(f.expires_on::date + make_interval(years => r.extend_years), 'YYYY-MM-DD');
            UPDATE files SET expires_on = new_expiry WHERE id = f.id;
            INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id, old_expires_on,
                                      new_expires_on, reason)
                VALUES (f.id, 'extend', now_text, session_user, p_request, f.expires_on, new_expiry, r.reason);
        END IF;
    END LOOP;
    UPDATE disposal_requests SET carried_out_at = now_text WHERE document_id = p_request;
END
$$;
-- split
-- 移管済: the records manager made the package of a 簿冊 whose 移管 was decided.
CREATE FUNCTION kessai_file_transferred(p_file bigint) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM kessai_require_records_manager('a 簿冊''s 移管');
    IF NOT EXISTS (SELECT 1 FROM files WHERE id = p_file AND status = 'transfer_pending') THEN
        RAISE EXCEPTION 'kessai: 簿冊 % has no decided 移管 waiting', p_file USING ERRCODE = '42501';
    END IF;
    UPDATE files SET status = 'transferred' WHERE id = p_file;
    INSERT INTO file_history (file_id, event, occurred_at, actor_login)
        VALUES (p_file, 'transferred', kessai_now(), session_user);
END
$$;
-- split
-- A records manager moves a document to another open 簿冊 of the same 課 (the document guard
-- lets only the drafter of a draft change its 簿冊).
CREATE FUNCTION kessai_move_document(p_document bigint, p_file bigint) RETURNS void LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    d record;
BEGIN
    PERFORM kessai_require_records_manager('where a document is filed');
    SELECT doc.id, doc.file_id, f.unit_id, f.status INTO d FROM documents doc LEFT JOIN files f ON f.id = doc.file_id
        WHERE doc.id = p_document FOR UPDATE OF doc;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'kessai: document % does not exist', p_document USING ERRCODE = '42501';
    END IF;
    IF d.file_id IS NOT NULL AND d.status <> 'open' THEN
        RAISE EXCEPTION 'kessai: document % is in a closed 簿冊', p_document USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM files f WHERE f.id = p_file AND f.status = 'open'
                   AND (d.unit_id IS NULL OR f.unit_id = d.unit_id)) THEN
        RAISE EXCEPTION 'kessai: 簿冊 % is not an open 簿冊 of the document''s 課', p_file USING ERRCODE = '42501';
    END IF;
    UPDATE documents SET file_id = p_file, row_version = row_version + 1 WHERE id = p_document;
END
$$;
-- split
GRANT INSERT, UPDATE, DELETE ON filing_classes, disposal_requests, disposal_request_files TO kessai_staff;
-- split
GRANT INSERT, UPDATE ON record_holds TO kessai_staff;
-- split
GRANT INSERT ON file_history TO kessai_staff;
-- split
GRANT SELECT ON filing_classes, file_history, record_holds, disposal_requests, disposal_request_files TO kessai_staff;
-- split
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kessai_staff;
-- split
REVOKE ALL ON filing_classes, file_history, record_holds, disposal_requests, disposal_request_files FROM PUBLIC;
