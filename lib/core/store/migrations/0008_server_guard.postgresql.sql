-- PostgreSQL-only part of schema v8: the office server guards itself (docs/security.md).
--
-- Staff log in as their own roles, members of the group roles below; they may run psql with
-- that login, so nothing here trusts the client:
--   * reads go through row-level security: a document, its route, attachments, versions,
--     content, renditions and audit events are visible only within the document's visibility;
--   * writes are re-checked by triggers that know who is acting (session_user, or the user an
--     administrator acts for with --as), what is due, and what a decided document freezes;
--   * times are the server's, the 文書番号 is given by the server, and the audit chain is
--     appended by the server (kessai_audit_append) with session_user as the real actor.
-- Kessai's objects belong to kessai_owner (kessai-cli server init); functions run with a fixed
-- search_path. The owner and superusers are "privileged": the guard trusts what they do,
-- because they could change anything anyway (and SECURITY DEFINER functions run as the owner).

-- Group roles are cluster-wide: created once, shared by every Kessai database of the server.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['kessai_owner', 'kessai_staff', 'kessai_records_manager', 'kessai_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
                RAISE EXCEPTION 'the server has no role %: a superuser must first run kessai-cli server init', r
                    USING ERRCODE = '42501';
            END IF;
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database's migration created it at the same moment
            END;
        END IF;
    END LOOP;
END
$$;
-- split
-- What the last update of each route step replaced, by whom and in which transaction: the
-- server checks a 引戻し (withdrawal) against it instead of trusting the client's undo record.
CREATE TABLE route_step_history (
    id                BIGSERIAL PRIMARY KEY,
    step_id           BIGINT NOT NULL REFERENCES route_steps (id) ON DELETE CASCADE,
    tx                BIGINT NOT NULL,
    changed_by        BIGINT,
    state             TEXT NOT NULL,
    acted_by          BIGINT,
    acting_for        BIGINT,
    acted_at          TEXT,
    comment           TEXT NOT NULL,
    return_to_step_id BIGINT,
    skip_reason       TEXT NOT NULL,
    post_review       TEXT NOT NULL,
    post_reviewed_at  TEXT
);
-- split
CREATE INDEX route_step_history_step ON route_step_history (step_id, id);
-- split
-- The transaction that appended each event: a workflow change must be audited in its own.
ALTER TABLE audit_events ADD COLUMN tx BIGINT;
-- split
CREATE INDEX audit_events_tx ON audit_events (tx) WHERE tx IS NOT NULL;
-- split
-- Who staged content (uploads in progress are readable only by their uploader).
ALTER TABLE blobs ADD COLUMN staged_by TEXT;
-- split
-- Content someone proved they hold: they uploaded the same bytes (hashed on the server) after
-- another person had stored them. Knowing a hash is not enough to read the content.
CREATE TABLE content_claims (
    blob_id    BIGINT NOT NULL REFERENCES blobs (id) ON DELETE CASCADE,
    login      TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    PRIMARY KEY (blob_id, login)
);
-- split
-- The office's time zone, for the dates the server records (決裁日): the server's own setting
-- when the schema is made; an administrator may change it.
INSERT INTO kessai_meta (key, value) SELECT 'time_zone', current_setting('TimeZone')
    WHERE NOT EXISTS (SELECT 1 FROM kessai_meta WHERE key = 'time_zone');
-- split
-- ---------------------------------------------------------------- who is acting, and when
CREATE FUNCTION kessai_now() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;
-- split
-- The office's date (kessai_meta time_zone, Asia/Tokyo by default): a client cannot move it
-- by changing its session's TimeZone.
CREATE FUNCTION kessai_today() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT to_char((now() AT TIME ZONE COALESCE((SELECT value FROM kessai_meta WHERE key = 'time_zone'),
                                                 'Asia/Tokyo'))::date, 'YYYY-MM-DD')
$$;
-- split
-- The owner of Kessai's tables (kessai_owner once kessai-cli server init ran; before that the
-- role that created the schema, e.g. a database owner migrating it) and superusers.
CREATE FUNCTION kessai_privileged() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT current_user = 'kessai_owner'
        OR COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
        OR EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = 'public.kessai_meta'::regclass
                   AND pg_get_userbyid(c.relowner) = current_user)
$$;
-- split
CREATE FUNCTION kessai_session_is_superuser() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;
-- split
CREATE FUNCTION kessai_session_user_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT id FROM users WHERE login = session_user AND active
$$;
-- split
CREATE FUNCTION kessai_user_has_role(p_user bigint, p_role text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = p_user AND r.role = p_role)
$$;
-- split
-- The user the session acts as: its own login, or (administrators only) the user named by
-- the session setting kessai.act_as, which kessai's --as sets. Anyone else setting it is ignored.
CREATE FUNCTION kessai_actor_id() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_session_user_id();
    other text := current_setting('kessai.act_as', true);
BEGIN
    IF other IS NULL OR other = '' OR me IS NULL OR NOT kessai_user_has_role(me, 'admin') THEN
        RETURN me;
    END IF;
    RETURN (SELECT id FROM users WHERE login = other AND active);
END
$$;
-- split
-- An administrator: by their Kessai role, or as a member of kessai_admin (which kessai-cli server
-- init keeps in step with it). The membership keeps the right while an administrator's own
-- roles are being rewritten in a transaction (delete, then insert).
CREATE FUNCTION kessai_is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT kessai_user_has_role(kessai_session_user_id(), 'admin')
        OR (kessai_session_user_id() IS NOT NULL AND EXISTS (
            SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'kessai_admin'
            JOIN pg_roles r ON r.oid = m.member AND r.rolname = session_user))
$$;
-- split
-- The registered 代理者 of p_user today (the latest absence covering today), or NULL.
CREATE FUNCTION kessai_proxy_of(p_user bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT a.proxy_user_id FROM absences a
    WHERE a.user_id = p_user AND a.starts_on <= kessai_today() AND a.ends_on >= kessai_today()
    ORDER BY a.created_at DESC, a.id DESC LIMIT 1
$$;
-- split
CREATE FUNCTION kessai_is_absent(p_user bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM absences a WHERE a.user_id = p_user
                   AND a.starts_on <= kessai_today() AND a.ends_on >= kessai_today())
$$;
-- split
-- The units a member of p_unit sees: their 課 (the division their unit belongs to; their
-- own unit when it is a 部 or stands alone) and every unit under it.
-- PL/pgSQL rather than SQL, here and in the visibility functions below: a SECURITY DEFINER SQL
-- function is never inlined, and its body is planned again in every statement that calls it
-- (which made every RLS-checked query plan a dozen bodies); PL/pgSQL keeps its plans for the
-- connection's life.
CREATE FUNCTION kessai_unit_scope(p_unit bigint) RETURNS bigint[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (WITH RECURSIVE up(id, parent_id, level, depth) AS (
        SELECT id, parent_id, level, 0 FROM units WHERE id = p_unit
        UNION ALL SELECT u.id, u.parent_id, u.level, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id
            WHERE up.level NOT IN ('division', 'department')),
    root AS (SELECT COALESCE((SELECT id FROM up WHERE level IN ('division', 'department') ORDER BY depth LIMIT 1),
                             p_unit) AS id),
    down(id) AS (SELECT id FROM root UNION SELECT u.id FROM units u JOIN down ON u.parent_id = down.id)
    SELECT COALESCE(array_agg(id), '{}') FROM down);
END
$$;
-- split
-- ---------------------------------------------------------------- visibility (one rule)
-- A user sees a document when they drafted it, are or were on its route (or are the proxy of
-- someone on it today), hold the records manager (文書管理者) role, or, for a document that is
-- not 秘, are an administrator or belong to its unit (or a unit above it). Leaving a unit in a
-- 人事異動 changes users.unit_id, and with it what the person sees.
-- The rule, on a document row's own columns (the policy on documents passes them: no lookup).
-- Evaluated per row by the policies: the cheap tests first (drafter, own step), each query an
-- index lookup (route_steps by document_id, user_roles by user, absences by proxy).
CREATE FUNCTION kessai_sees(p_document bigint, p_drafter bigint, p_unit bigint, p_classification text)
    RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_actor_id();
    my_unit bigint;
    records_manager boolean;
    admin boolean;
    today text;
BEGIN
    IF me IS NULL THEN
        RETURN false;
    END IF;
    IF p_drafter = me OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = p_document
                                 AND (s.assignee_id = me OR s.acted_by = me)) THEN
        RETURN true;
    END IF;
    SELECT u.unit_id,
           EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'records_manager'),
           EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'admin')
        INTO my_unit, records_manager, admin
        FROM users u WHERE u.id = me;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    -- (one's own unit is always in one's scope: no walk through the units for it)
    IF records_manager OR (p_classification = 'public' AND (admin OR p_unit = my_unit
                                                             OR p_unit = ANY (kessai_unit_scope(my_unit)))) THEN
        RETURN true;
    END IF;
    -- Absences by proxy first (absences_proxy; usually none), then the route: the other way
    -- round read every step's absences (0.2 ms a document).
    today := kessai_today();
    RETURN EXISTS (SELECT 1 FROM absences a WHERE a.proxy_user_id = me AND a.starts_on <= today
                   AND a.ends_on >= today AND EXISTS (SELECT 1 FROM route_steps s
                                                      WHERE s.document_id = p_document AND s.assignee_id = a.user_id));
END
$$;
-- split
CREATE FUNCTION kessai_can_see(p_document bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    d record;
BEGIN
    SELECT id, drafter_id, unit_id, classification INTO d FROM documents WHERE id = p_document;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    RETURN COALESCE(kessai_sees(d.id, d.drafter_id, d.unit_id, d.classification), false);
END
$$;
-- split
CREATE FUNCTION kessai_can_see_attachment(p_attachment bigint) RETURNS boolean LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN COALESCE((SELECT kessai_can_see(a.document_id) FROM attachments a WHERE a.id = p_attachment), false);
END
$$;
-- split
-- Content is readable through a visible attachment version, a rendition of readable content,
-- an edit session's working copy on a visible attachment, or to its uploader (while staged, and
-- until a version or rendition refers to it).
CREATE FUNCTION kessai_can_read_blob(p_blob bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id
                   WHERE v.blob_id = p_blob AND kessai_can_see(a.document_id))
        OR EXISTS (SELECT 1 FROM blobs b WHERE b.id = p_blob AND b.staged_by = session_user)
        OR EXISTS (SELECT 1 FROM content_claims c WHERE c.blob_id = p_blob AND c.login = session_user)
        OR EXISTS (SELECT 1 FROM edit_sessions e WHERE e.working_blob_id = p_blob
                   AND kessai_can_see_attachment(e.attachment_id))
        OR EXISTS (SELECT 1 FROM renditions r JOIN blobs s ON s.sha256 = r.source_sha256
                   WHERE r.blob_id = p_blob AND kessai_can_read_blob(s.id));
END
$$;
-- split
CREATE FUNCTION kessai_can_read_content(p_sha256 text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    RETURN COALESCE((SELECT kessai_can_read_blob(b.id) FROM blobs b WHERE b.sha256 = p_sha256), false);
END
$$;
-- split
-- May the actor change this document's attachments now? The drafter while it is a draft or
-- returned; on the route, whoever has a due step that allows 修正 while it is in review.
CREATE FUNCTION kessai_may_edit_attachments(p_document bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM documents d WHERE d.id = p_document AND (
        (d.status IN ('draft', 'returned') AND d.drafter_id = kessai_actor_id())
        OR (d.status = 'in_review' AND EXISTS (
            SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.state = 'pending' AND s.may_edit
            AND (s.assignee_id = kessai_actor_id() OR kessai_proxy_of(s.assignee_id) = kessai_actor_id())))))
$$;
-- split
-- Publishes one's staged upload: the server hashes the chunks itself. When the same content is
-- stored already (someone else's, perhaps invisible to the uploader), the uploader has proved they
-- hold it: a claim lets them read it, and the staged copy is left for the client to discard.
-- Returns the content's id, or NULL when the staged copy was discarded as abandoned meanwhile.
CREATE FUNCTION kessai_publish_staged(p_staged bigint, p_sha256 text, p_size bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    b record;
    actual text;
    actual_size bigint;
    existing bigint;
BEGIN
    SELECT id, staged_at, staged_by INTO b FROM blobs WHERE id = p_staged FOR UPDATE;
    IF NOT FOUND OR b.staged_at IS NULL OR b.staged_at = '' THEN
        RETURN NULL;
    END IF;
    IF b.staged_by IS DISTINCT FROM session_user AND NOT kessai_session_is_superuser() THEN
        RAISE EXCEPTION 'kessai: only the uploader publishes staged content' USING ERRCODE = '42501';
    END IF;
    SELECT encode(sha256(COALESCE(string_agg(c.data, ''::bytea ORDER BY c.seq), ''::bytea)), 'hex'),
           COALESCE(sum(length(c.data)), 0)
        INTO actual, actual_size FROM blob_chunks c WHERE c.blob_id = p_staged;
    IF actual <> lower(p_sha256) OR actual_size <> p_size THEN
        RAISE EXCEPTION 'kessai: the staged content is not the announced % (% bytes)', p_sha256, p_size
            USING ERRCODE = '42501';
    END IF;
    SELECT id INTO existing FROM blobs WHERE sha256 = actual AND staged_at IS NULL;
    IF existing IS NOT NULL THEN
        INSERT INTO content_claims (blob_id, login, claimed_at) VALUES (existing, session_user, kessai_now())
            ON CONFLICT DO NOTHING;
        RETURN existing;
    END IF;
    UPDATE blobs SET sha256 = actual, size = actual_size, created_at = kessai_now(), staged_at = NULL
        WHERE id = p_staged;
    RETURN p_staged;
END
$$;
-- split
CREATE FUNCTION kessai_content_complete(p_blob bigint, p_size bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM blobs b WHERE b.id = p_blob AND b.staged_at IS NULL AND b.size = p_size)
$$;
-- split
-- ---------------------------------------------------------------- the audit chain, on the server
-- The server appends: id and previous hash from the locked head, the time from its clock, the
-- real actor from session_user. p_actor_login may differ from session_user only for an
-- administrator acting with --as. The canonical text is AuditLog::canonicalText's: a compact
-- JSON array of strings, so the client's verify() checks what the server wrote.
CREATE FUNCTION kessai_audit_append(p_actor_login text, p_real_login text, p_action text, p_entity_type text,
                                    p_entity_id bigint, p_details text)
    RETURNS bigint LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    real_login text := session_user;
    actor text := session_user;
    head record;
    event_id bigint;
    at text;
    canonical text;
    chain text;
BEGIN
    IF kessai_session_is_superuser() THEN
        -- A superuser could write any row anyway: take the names it gives (tools, tests).
        actor := COALESCE(NULLIF(p_actor_login, ''), session_user);
        real_login := COALESCE(NULLIF(p_real_login, ''), session_user);
    ELSIF p_actor_login IS NOT NULL AND p_actor_login <> '' AND p_actor_login <> session_user THEN
        IF NOT kessai_is_admin() THEN
            RAISE EXCEPTION 'only an administrator may act for another user (%)', p_actor_login
                USING ERRCODE = '42501';
        END IF;
        actor := p_actor_login;
    END IF;
    SELECT last_id, last_hash INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit log''s head row is missing';
    END IF;
    event_id := head.last_id + 1;
    at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    canonical := '[' || array_to_string(ARRAY[
        to_json(event_id::text)::text, to_json(at)::text, to_json(actor)::text, to_json(real_login)::text,
        to_json(p_action)::text, to_json(p_entity_type)::text, to_json(COALESCE(p_entity_id, 0)::text)::text,
        to_json(p_details)::text], ',') || ']';
    chain := encode(sha256(convert_to(head.last_hash || canonical, 'UTF8')), 'hex');
    INSERT INTO audit_events (id, occurred_at, actor_login, real_login, action, entity_type, entity_id, details,
                              prev_hash, hash, tx)
    VALUES (event_id, at, actor, real_login, p_action, p_entity_type, NULLIF(p_entity_id, 0), p_details,
            head.last_hash, chain, txid_current());
    UPDATE audit_head SET last_id = event_id, last_hash = chain WHERE id = 1;
    RETURN event_id;
END
$$;
-- split
CREATE FUNCTION kessai_audited_now(p_document bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM audit_events e WHERE e.tx = txid_current() AND e.entity_type = 'document'
                   AND e.entity_id = p_document)
$$;
-- split
-- ---------------------------------------------------------------- the 文書番号, from the server
-- Numbers a document at its first 提出: the next number of its unit in the office's fiscal year
-- (April–March), gap-free because the counter row is locked until commit.
CREATE FUNCTION kessai_assign_number(p_document bigint)
    RETURNS TABLE (fiscal_year integer, doc_number integer, number_label text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    d record;
    today date := kessai_today()::date;
    fy integer;
    n integer;
    label text;
BEGIN
    SELECT id, drafter_id, unit_id, status, documents.fiscal_year AS fy, documents.doc_number AS num,
           documents.number_label AS lbl
        INTO d FROM documents WHERE id = p_document FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'document % does not exist', p_document USING ERRCODE = '42501';
    END IF;
    IF d.num IS NOT NULL THEN
        RETURN QUERY SELECT d.fy, d.num, d.lbl;
        RETURN;
    END IF;
    IF NOT kessai_session_is_superuser() AND d.drafter_id IS DISTINCT FROM kessai_actor_id() THEN
        RAISE EXCEPTION 'only the drafter''s 提出 numbers document %', p_document USING ERRCODE = '42501';
    END IF;
    IF d.status NOT IN ('draft', 'returned', 'in_review') THEN
        RAISE EXCEPTION 'document % is %: it is numbered at its first 提出', p_document, d.status
            USING ERRCODE = '42501';
    END IF;
    fy := CASE WHEN extract(month FROM today) >= 4 THEN extract(year FROM today)::integer
               ELSE extract(year FROM today)::integer - 1 END;
    INSERT INTO number_counters AS c (unit_id, fiscal_year, last_number) VALUES (d.unit_id, fy, 1)
        ON CONFLICT (unit_id, fiscal_year) DO UPDATE SET last_number = c.last_number + 1
        RETURNING c.last_number INTO n;
    label := (SELECT code FROM units WHERE id = d.unit_id) || '第' || n || '号';
    UPDATE documents SET fiscal_year = fy, number_unit_id = d.unit_id, doc_number = n, number_label = label
        WHERE id = p_document;
    RETURN QUERY SELECT fy, n, label;
END
$$;
-- split
-- ---------------------------------------------------------------- write guards
CREATE FUNCTION kessai_refuse(p_message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'kessai: %', p_message USING ERRCODE = '42501';
END
$$;
-- split
CREATE FUNCTION kessai_require_actor() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE
    me bigint := kessai_actor_id();
BEGIN
    IF me IS NULL THEN
        PERFORM kessai_refuse(format('%s is not a registered, active Kessai user', session_user));
    END IF;
    RETURN me;
END
$$;
-- split
-- Administrators only: the organization, people, roles, absences of others, the 専決規程.
CREATE FUNCTION kessai_guard_admin_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() OR kessai_is_admin() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    -- Anyone may register their own absence.
    -- (through jsonb: NEW has the columns of whichever table fired)
    IF TG_TABLE_NAME = 'absences' AND TG_OP = 'INSERT'
        AND (to_jsonb(NEW) ->> 'user_id')::bigint = kessai_require_actor() THEN
        RETURN jsonb_populate_record(NEW, jsonb_build_object('created_at', kessai_now()));
    END IF;
    -- 簿冊 are kept by records managers too.
    IF TG_TABLE_NAME = 'files' AND kessai_user_has_role(kessai_require_actor(), 'records_manager') THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    PERFORM kessai_refuse(format('only an administrator may change %s', TG_TABLE_NAME));
    RETURN NULL;
END
$$;
-- split
CREATE FUNCTION kessai_guard_document_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    IF NEW.drafter_id IS DISTINCT FROM me THEN
        PERFORM kessai_refuse('a new document''s drafter is the person creating it');
    END IF;
    IF NEW.status <> 'draft' OR NEW.doc_number IS NOT NULL OR NEW.number_label IS NOT NULL
        OR NEW.decided_at IS NOT NULL OR NEW.submitted_at IS NOT NULL THEN
        PERFORM kessai_refuse('a new document starts as an unnumbered draft');
    END IF;
    NEW.created_at := kessai_now();
    NEW.updated_at := NEW.created_at;
    NEW.row_version := 1;
    NEW.workflow_undo := '';
    RETURN NEW;
END
$$;
-- split
-- Field by field: who may change what, and the server's clock for every moment recorded.
CREATE FUNCTION kessai_guard_document_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    IF NEW.id <> OLD.id OR NEW.drafter_id <> OLD.drafter_id
        OR NEW.created_at <> OLD.created_at OR NEW.source_document_id IS DISTINCT FROM OLD.source_document_id THEN
        PERFORM kessai_refuse(format('document %s: its kind, drafter and origin never change', OLD.id));
    END IF;
    IF (NEW.fiscal_year, NEW.number_unit_id, NEW.doc_number, NEW.number_label)
        IS DISTINCT FROM (OLD.fiscal_year, OLD.number_unit_id, OLD.doc_number, OLD.number_label) THEN
        PERFORM kessai_refuse(format('document %s: the 文書番号 is given by the server at 提出', OLD.id));
    END IF;
    IF (NEW.kind, NEW.title, NEW.body, NEW.unit_id, NEW.decision_level_id, NEW.file_id, NEW.retention_years,
        NEW.classification, NEW.urgent, NEW.planned_enforce_on, NEW.paper)
        IS DISTINCT FROM (OLD.kind, OLD.title, OLD.body, OLD.unit_id, OLD.decision_level_id, OLD.file_id, OLD.retention_years,
                          OLD.classification, OLD.urgent, OLD.planned_enforce_on, OLD.paper)
        AND NOT (OLD.status IN ('draft', 'returned') AND OLD.drafter_id = me) THEN
        PERFORM kessai_refuse(format('document %s is %s: only its drafter may change it, while it is a draft '
                                     'or returned', OLD.id, OLD.status));
    END IF;
    IF NEW.row_version < OLD.row_version THEN
        PERFORM kessai_refuse(format('document %s: its row version never goes back', OLD.id));
    END IF;
    NEW.updated_at := kessai_now();
    -- A recorded moment changes only with the action it records (決裁, 施行, 完結).
    IF ((NEW.decided_at, NEW.decided_on) IS DISTINCT FROM (OLD.decided_at, OLD.decided_on)
        AND NOT (OLD.status = 'in_review' AND NEW.status = 'decided'))
        OR ((NEW.enforced_at, NEW.enforced_on) IS DISTINCT FROM (OLD.enforced_at, OLD.enforced_on)
            AND NOT (OLD.status = 'decided' AND NEW.status = 'enforced'))
        OR (NEW.closed_at IS DISTINCT FROM OLD.closed_at AND NEW.status = OLD.status) THEN
        PERFORM kessai_refuse(format('document %s: the 決裁日, 施行日 and 完結日 change only with the action '
                                     'they record', OLD.id));
    END IF;
    IF NEW.submitted_at IS DISTINCT FROM OLD.submitted_at AND NEW.submitted_at IS NOT NULL THEN
        NEW.submitted_at := kessai_now();
    END IF;
    IF NEW.decided_at IS DISTINCT FROM OLD.decided_at AND NEW.decided_at IS NOT NULL THEN
        NEW.decided_at := kessai_now();
    END IF;
    IF NEW.decided_on IS DISTINCT FROM OLD.decided_on AND NEW.decided_on IS NOT NULL THEN
        NEW.decided_on := kessai_today();
    END IF;
    IF NEW.enforced_at IS DISTINCT FROM OLD.enforced_at AND NEW.enforced_at IS NOT NULL THEN
        NEW.enforced_at := kessai_now();
    END IF;
    -- The 施行日 is on or after the 決裁日, as the engine's checkEnforce has it (a later date
    -- is allowed: the GUI's date field and kessai-cli --date may give one). This refused a
    -- future 施行日 the engine allows and let one before the 決裁日 through (tst_serveragreement).
    IF OLD.status = 'decided' AND NEW.status = 'enforced' AND NEW.enforced_on < OLD.decided_on THEN
        PERFORM kessai_refuse(format('document %s: the 施行日 %s is before the 決裁日 %s', OLD.id,
                                     NEW.enforced_on, OLD.decided_on));
    END IF;
    IF NEW.closed_at IS DISTINCT FROM OLD.closed_at AND NEW.closed_at IS NOT NULL THEN
        NEW.closed_at := kessai_now();
    END IF;
    RETURN NEW;
END
$$;
-- split
-- At commit: a status change must be what the route shows happened in this transaction.
CREATE FUNCTION kessai_check_document_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    d record;
    acted_now text := kessai_now();
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    me := kessai_require_actor();
    SELECT * INTO d FROM documents WHERE id = NEW.id;
    IF d.status = OLD.status THEN
        RETURN NULL; -- changed back within the transaction, or another field changed
    END IF;
    IF OLD.status IN ('draft', 'returned') AND d.status = 'in_review' THEN
        IF d.drafter_id <> me THEN
            PERFORM kessai_refuse(format('only the drafter may submit document %s', d.id));
        END IF;
        IF d.kind = 'decision' AND NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id
                                               AND s.kind = 'decide') THEN
            PERFORM kessai_refuse(format('document %s has no 決裁 step on its route', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status IN ('draft', 'returned') AND d.drafter_id = me
        AND NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.acted_at = acted_now
                        AND s.state = 'returned') THEN
        -- The drafter withdraws the submission (引戻し), only until the next person acts (the
        -- engine's checkWithdraw): then no step is due, as before the 提出. The status alone
        -- was accepted here before, leaving approvals and a due step behind (tst_serveragreement).
        IF EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                   AND s.state = 'pending') THEN
            PERFORM kessai_refuse(format('document %s: its 提出 can be withdrawn (引戻し) only until the next '
                                         'person acts', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'returned' THEN
        IF NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.state = 'returned'
                       AND s.acted_at = acted_now AND s.acted_by = me AND s.return_to_step_id IS NULL) THEN
            PERFORM kessai_refuse(format('document %s can be sent back only by the step that returns it', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'decided' THEN
        IF NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind = 'decide'
                       AND s.state = 'decided' AND s.acted_at = acted_now AND s.acted_by = me) THEN
            PERFORM kessai_refuse(format('document %s is decided only by its 決裁 step', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'rejected' THEN
        IF NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.state = 'rejected'
                       AND s.acted_at = acted_now AND s.acted_by = me) THEN
            PERFORM kessai_refuse(format('document %s is rejected only by a step that rejects it', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'closed' THEN
        -- a 供覧 (report) ends when everyone has read it
        IF EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind = 'decide')
            OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                       AND s.state NOT IN ('approved', 'decided', 'read', 'skipped'))
            OR NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.acted_at = acted_now
                           AND s.acted_by = me) THEN
            PERFORM kessai_refuse(format('document %s is not finished: it cannot be closed', d.id));
        END IF;
    ELSIF OLD.status IN ('draft', 'returned') AND d.status = 'closed' THEN
        -- A 報告 whose 提出 itself finishes the route (every 供覧 step left is passed over, its
        -- reader away): the engine's submit closes it at once. It was refused here before
        -- (tst_serveragreement: a re-提出 after the last reader, now absent, sent it back).
        IF d.drafter_id <> me
            OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind = 'decide')
            OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                       AND s.state NOT IN ('approved', 'decided', 'read', 'skipped')) THEN
            PERFORM kessai_refuse(format('document %s is not finished: its 提出 cannot close it', d.id));
        END IF;
    ELSIF (OLD.status = 'decided' AND d.status IN ('enforced', 'closed'))
        OR (OLD.status = 'enforced' AND d.status = 'closed') THEN
        IF d.drafter_id <> me AND NOT kessai_user_has_role(me, 'records_manager') THEN
            PERFORM kessai_refuse(format('only the drafter or a records manager may record 施行 or 完結 of '
                                         'document %s', d.id));
        END IF;
    ELSE
        PERFORM kessai_refuse(format('document %s cannot go from %s to %s', d.id, OLD.status, d.status));
    END IF;
    IF NOT kessai_audited_now(d.id) THEN
        PERFORM kessai_refuse(format('document %s: a change of state is written to the audit log with it', d.id));
    END IF;
    RETURN NULL;
END
$$;
-- split
CREATE FUNCTION kessai_guard_step_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    d record;
    before route_step_history;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    SELECT status, drafter_id INTO d FROM documents WHERE id = OLD.document_id;
    IF (NEW.document_id, NEW.stage_id, NEW.kind, NEW.assignee_id, NEW.assignee_unit_id, NEW.absence_rule, NEW.may_edit)
        IS DISTINCT FROM (OLD.document_id, OLD.stage_id, OLD.kind, OLD.assignee_id, OLD.assignee_unit_id,
                          OLD.absence_rule, OLD.may_edit)
        AND NOT (d.status IN ('draft', 'returned') AND d.drafter_id = me) THEN
        PERFORM kessai_refuse(format('the route of document %s is changed only by its drafter before 提出',
                                     OLD.document_id));
    END IF;
    -- The values this step had before the last transaction that changed it: a 引戻し restores them.
    before := kessai_step_before(OLD.id);
    IF before.id IS NOT NULL AND before.changed_by = me
        AND (NEW.state, NEW.acted_by, NEW.acting_for, NEW.acted_at, NEW.comment, NEW.return_to_step_id,
             NEW.skip_reason, NEW.post_review, NEW.post_reviewed_at)
            IS NOT DISTINCT FROM (before.state, before.acted_by, before.acting_for, before.acted_at,
                                  before.comment, before.return_to_step_id, before.skip_reason,
                                  before.post_review, before.post_reviewed_at)
        AND d.status = 'in_review' THEN
        RETURN NEW; -- checked with the document at commit (kessai_check_step_change)
    END IF;
    IF d.status IN ('decided', 'enforced', 'closed', 'rejected') THEN
        -- Only 後閲 goes on after the decision: reading a post-review step or mark, and the
        -- route reaching post-review steps.
        IF NOT ((OLD.kind = 'post_review' AND OLD.state = 'waiting' AND NEW.state = 'pending'
                 AND NEW.acted_by IS NULL)
                OR (OLD.kind = 'post_review' AND OLD.state = 'pending' AND NEW.state = 'read')
                OR (OLD.post_review = 'owed' AND NEW.post_review = 'read' AND NEW.state = OLD.state
                    AND NEW.acted_by IS NOT DISTINCT FROM OLD.acted_by)) THEN
            PERFORM kessai_refuse(format('document %s is %s: its route is closed except for 後閲',
                                         OLD.document_id, d.status));
        END IF;
    END IF;
    -- Someone acts on this step now: it must be theirs (or their absent colleague's, as 代理),
    -- and not the drafter's own 起案 on the deciding line.
    IF NEW.acted_by IS NOT NULL
        AND (NEW.acted_by IS DISTINCT FROM OLD.acted_by OR NEW.state IS DISTINCT FROM OLD.state) THEN
        IF NEW.acted_by <> me THEN
            PERFORM kessai_refuse(format('step %s: %s cannot act in another person''s name', OLD.id, session_user));
        END IF;
        IF NEW.state NOT IN ('approved', 'returned', 'rejected', 'decided', 'read') THEN
            PERFORM kessai_refuse(format('step %s: %s is not an action', OLD.id, NEW.state));
        END IF;
        -- What each kind of step does, as WorkflowEngine's rules (checkApprove, checkRead,
        -- checkReturn, checkReject, checkDecide): without this a 合議 step could be "decided",
        -- a 供覧 step "approved" or a 後閲 step send the document back (tst_serveragreement).
        IF NOT ((OLD.kind = 'review' AND NEW.state IN ('approved', 'returned', 'rejected'))
                OR (OLD.kind = 'consult' AND NEW.state IN ('approved', 'returned'))
                OR (OLD.kind = 'circulate' AND NEW.state IN ('read', 'returned'))
                OR (OLD.kind = 'decide' AND NEW.state IN ('decided', 'returned', 'rejected'))
                OR (OLD.kind = 'post_review' AND NEW.state = 'read')) THEN
            PERFORM kessai_refuse(format('step %s is a %s step: it is not %s', OLD.id, OLD.kind, NEW.state));
        END IF;
        -- Steps are acted on while the document is in review; only a 後閲 step that the route
        -- has reached is read whatever became of the document (the engine's checkRead). Before,
        -- a step of a draft could be acted on (tst_serveragreement: 却下 of a 起案中 document).
        IF d.status <> 'in_review' AND OLD.kind <> 'post_review' THEN
            PERFORM kessai_refuse(format('document %s is %s, not in review: its steps are not acted on',
                                         OLD.document_id, d.status));
        END IF;
        -- 却下 is the assignee's own (a proxy may approve, decide or send back, never reject).
        IF NEW.state = 'rejected' AND NEW.acting_for IS NOT NULL THEN
            PERFORM kessai_refuse(format('step %s: only its assignee rejects (却下)', OLD.id));
        END IF;
        IF NEW.acting_for IS NULL AND OLD.assignee_id IS DISTINCT FROM me THEN
            PERFORM kessai_refuse(format('step %s is not %s''s', OLD.id, session_user));
        END IF;
        -- A proxy acts for the 決裁 step (代決) and for steps whose rule is "proxy" — the engine's
        -- isProxyFor. 供覧 and 後閲 steps under the 後閲 rule are passed over, not read by a proxy:
        -- they were accepted here before (tst_serveragreement).
        IF NEW.acting_for IS NOT NULL AND (NEW.acting_for IS DISTINCT FROM OLD.assignee_id
                                           OR kessai_proxy_of(OLD.assignee_id) IS DISTINCT FROM me
                                           OR NOT (OLD.kind = 'decide' OR OLD.absence_rule = 'proxy')) THEN
            PERFORM kessai_refuse(format('step %s: %s is not the registered 代理者 of its assignee today',
                                         OLD.id, session_user));
        END IF;
        IF OLD.kind IN ('review', 'consult', 'decide') AND me = d.drafter_id THEN
            PERFORM kessai_refuse(format('step %s: the drafter cannot approve their own 起案', OLD.id));
        END IF;
        IF OLD.state = 'pending' THEN
            NULL;
        ELSIF OLD.state = 'waiting' AND NEW.acting_for IS NULL
            AND ((OLD.kind = 'review' AND NEW.state = 'approved') OR (OLD.kind = 'decide' AND NEW.state = 'decided'))
            AND NOT EXISTS (SELECT 1 FROM route_steps r WHERE r.document_id = OLD.document_id AND r.state = 'returned') THEN
            -- 引上げ: the earlier steps must be passed over by commit (kessai_check_step_change).
            -- It approves (or decides) and only when no 差戻し is under way, as checkSkipAhead;
            -- any action was accepted on a waiting step before (tst_serveragreement).
            NULL;
        ELSE
            PERFORM kessai_refuse(format('step %s is %s, not due', OLD.id, OLD.state));
        END IF;
        NEW.acted_at := kessai_now();
    ELSIF NEW.acted_at IS DISTINCT FROM OLD.acted_at AND NEW.acted_at IS NOT NULL THEN
        PERFORM kessai_refuse(format('step %s: the time of an action is the server''s', OLD.id));
    END IF;
    IF NEW.post_review = 'read' AND OLD.post_review <> 'read' THEN
        -- A 後閲 that is owed, read by the assignee in person: the proxy acted for them, the
        -- assignee reads afterwards (the engine's checkRead). The proxy and a step owing nothing
        -- were accepted here before (tst_serveragreement).
        IF OLD.assignee_id <> me OR OLD.post_review <> 'owed' THEN
            PERFORM kessai_refuse(format('step %s: only its assignee reads an owed 後閲', OLD.id));
        END IF;
        NEW.post_reviewed_at := kessai_now();
    ELSIF NEW.post_reviewed_at IS DISTINCT FROM OLD.post_reviewed_at AND NEW.post_reviewed_at IS NOT NULL THEN
        PERFORM kessai_refuse(format('step %s: the time of a 後閲 is the server''s', OLD.id));
    END IF;
    RETURN NEW;
END
$$;
-- split
-- What step p_step was before the last transaction (other than this one) that changed it.
CREATE FUNCTION kessai_step_before(p_step bigint) RETURNS route_step_history LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT h.* FROM route_step_history h WHERE h.step_id = p_step AND h.tx <> txid_current()
    ORDER BY h.id DESC LIMIT 1
$$;
-- split
CREATE FUNCTION kessai_step_changed_now(p_step bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM route_step_history h WHERE h.step_id = p_step AND h.tx = txid_current())
$$;
-- split
CREATE FUNCTION kessai_record_step_history() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF (NEW.state, NEW.acted_by, NEW.acting_for, NEW.acted_at, NEW.comment, NEW.return_to_step_id,
        NEW.skip_reason, NEW.post_review, NEW.post_reviewed_at)
        IS DISTINCT FROM (OLD.state, OLD.acted_by, OLD.acting_for, OLD.acted_at, OLD.comment,
                          OLD.return_to_step_id, OLD.skip_reason, OLD.post_review, OLD.post_reviewed_at) THEN
        INSERT INTO route_step_history (step_id, tx, changed_by, state, acted_by, acting_for, acted_at, comment,
                                        return_to_step_id, skip_reason, post_review, post_reviewed_at)
        VALUES (OLD.id, txid_current(), kessai_actor_id(), OLD.state, OLD.acted_by, OLD.acting_for, OLD.acted_at,
                OLD.comment, OLD.return_to_step_id, OLD.skip_reason, OLD.post_review, OLD.post_reviewed_at);
    END IF;
    RETURN NULL;
END
$$;
-- split
-- At commit: how the route moved must follow from the action (a step becomes due only when
-- every earlier stage is complete; a step is passed over only for a reason that holds).
CREATE FUNCTION kessai_check_step_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    s record;
    d record;
    acted_now text := kessai_now();
    due boolean;
    before route_step_history;
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    me := kessai_require_actor();
    SELECT st.*, g.seq INTO s FROM route_steps st JOIN route_stages g ON g.id = st.stage_id WHERE st.id = NEW.id;
    SELECT status, drafter_id INTO d FROM documents WHERE id = s.document_id;
    due := NOT EXISTS (SELECT 1 FROM route_steps e JOIN route_stages g ON g.id = e.stage_id
                       WHERE e.document_id = s.document_id AND g.seq < s.seq AND e.kind <> 'post_review'
                       AND e.state NOT IN ('approved', 'decided', 'read', 'skipped'));
    -- A restore (引戻し) by the person who made the change it undoes.
    before := kessai_step_before(s.id);
    IF kessai_step_changed_now(s.id) AND before.changed_by = me
        AND (s.state, s.acted_by, s.acting_for, s.acted_at, s.comment)
            IS NOT DISTINCT FROM (before.state, before.acted_by, before.acting_for, before.acted_at, before.comment) THEN
        RETURN NULL;
    END IF;
    -- (A 差戻し to an earlier step makes that step due again, so the returning step's stage is
    -- no longer due at commit: it is checked by its target below. It was refused here before,
    -- a 差戻し the engine allows — tst_serveragreement.)
    IF s.state IN ('approved', 'returned', 'rejected', 'decided', 'read') AND s.acted_at = acted_now
        AND s.acted_by = me AND s.kind <> 'post_review' AND NOT due
        AND NOT (s.state = 'returned' AND s.return_to_step_id IS NOT NULL) THEN
        PERFORM kessai_refuse(format('step %s is not due: an earlier stage is not complete', s.id));
    END IF;
    -- A 差戻し to a step goes to an earlier stage, to a blocking step that approved (or read) it,
    -- which is due again now (the engine's checkReturn and sendBack). Any step was accepted as
    -- the target before, even one of the same stage (tst_serveragreement).
    IF s.state = 'returned' AND s.acted_at = acted_now AND s.acted_by = me AND s.return_to_step_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM route_steps t JOIN route_stages tg ON tg.id = t.stage_id
                        WHERE t.id = s.return_to_step_id AND t.document_id = s.document_id AND tg.seq < s.seq
                        AND t.kind <> 'post_review' AND t.state = 'pending' AND kessai_step_changed_now(t.id)) THEN
        PERFORM kessai_refuse(format('step %s: a 差戻し goes back to a step of an earlier stage that approved it',
                                     s.id));
    END IF;
    -- What the action does to the document goes with it (the engine's decide, 却下 and
    -- sendBack): a 決裁 step decided, or a 却下, while the document stayed in review was
    -- accepted before (tst_serveragreement, seed 142).
    IF s.acted_at = acted_now AND s.acted_by = me AND OLD.state IS DISTINCT FROM s.state
        AND ((s.state = 'decided' AND d.status <> 'decided')
             OR (s.state = 'rejected' AND d.status <> 'rejected')
             OR (s.state = 'returned' AND s.return_to_step_id IS NULL AND d.status <> 'returned')) THEN
        PERFORM kessai_refuse(format('step %s is %s: the document must be %s with it', s.id, s.state, s.state));
    END IF;
    -- The route moves on with the action (the engine's settle): in review, no blocking step
    -- whose earlier stages are complete is left waiting. An approval written alone, without
    -- the next stage becoming due, was accepted before (tst_serveragreement).
    IF d.status = 'in_review' AND EXISTS (
        SELECT 1 FROM route_steps w JOIN route_stages wg ON wg.id = w.stage_id
        WHERE w.document_id = s.document_id AND w.kind <> 'post_review' AND w.state = 'waiting'
        AND NOT EXISTS (SELECT 1 FROM route_steps e JOIN route_stages eg ON eg.id = e.stage_id
                        WHERE e.document_id = s.document_id AND eg.seq < wg.seq AND e.kind <> 'post_review'
                        AND e.state NOT IN ('approved', 'decided', 'read', 'skipped'))) THEN
        PERFORM kessai_refuse(format('document %s: the route must move on, a due step is left waiting',
                                     s.document_id));
    END IF;
    -- A step becomes due again only from waiting or returned (the route reaching it) or, as a
    -- 差戻し target, from approved or read; a restore (引戻し) returned above.
    IF s.state = 'pending' AND OLD.state NOT IN ('pending', 'waiting', 'returned', 'approved', 'read') THEN
        PERFORM kessai_refuse(format('step %s cannot be due again: it is %s', s.id, OLD.state));
    END IF;
    IF OLD.state = 'waiting' AND s.state = 'pending' AND s.kind <> 'post_review' AND NOT due THEN
        PERFORM kessai_refuse(format('step %s cannot be due before the earlier stages are complete', s.id));
    END IF;
    IF s.state = 'skipped' AND OLD.state <> 'skipped' THEN
        IF NOT ((s.skip_reason = 'absent' AND s.kind <> 'decide' AND s.absence_rule = 'post_review'
                 AND kessai_is_absent(s.assignee_id))
                OR (s.skip_reason = 'ended' AND d.status = 'rejected')
                OR (s.skip_reason = 'skip_ahead' AND EXISTS (
                    SELECT 1 FROM route_steps l JOIN route_stages g ON g.id = l.stage_id
                    WHERE l.document_id = s.document_id AND g.seq > s.seq AND l.acted_by = me
                    AND l.acting_for IS NULL AND l.acted_at = acted_now))) THEN
            PERFORM kessai_refuse(format('step %s cannot be passed over (%s)', s.id, s.skip_reason));
        END IF;
    END IF;
    IF OLD.acted_by IS NOT NULL AND s.acted_by IS NULL AND OLD.acted_by <> me AND OLD.state <> 'returned'
        AND NOT EXISTS (SELECT 1 FROM route_steps r WHERE r.document_id = s.document_id
                        AND r.return_to_step_id = s.id AND r.state = 'returned' AND r.acted_at = acted_now
                        AND r.acted_by = me) THEN
        PERFORM kessai_refuse(format('step %s: %s cannot undo another person''s action', s.id, session_user));
    END IF;
    IF NOT kessai_audited_now(s.document_id) THEN
        PERFORM kessai_refuse(format('step %s: an action is written to the audit log with it', s.id));
    END IF;
    -- Whatever the document's status at commit: a drafter who pulled the document out of review
    -- could otherwise put the next step back to waiting (tst_serveragreement, 引戻し after
    -- the next person acted). A restore of one's own 提出 returned above.
    IF OLD.state = 'pending' AND s.state = 'waiting'
        AND NOT EXISTS (SELECT 1 FROM route_steps r WHERE r.stage_id = s.stage_id AND r.state = 'returned'
                        AND r.acted_at = acted_now AND r.acted_by = me) THEN
        PERFORM kessai_refuse(format('step %s cannot be put back to waiting', s.id));
    END IF;
    RETURN NULL;
END
$$;
-- split
-- Stages and steps are added or removed only by the drafter before 提出 (経路設定).
CREATE FUNCTION kessai_guard_route_shape() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc bigint := COALESCE(NEW.document_id, OLD.document_id);
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = doc AND d.status IN ('draft', 'returned')
                   AND d.drafter_id = kessai_require_actor()) THEN
        PERFORM kessai_refuse(format('the route of document %s is changed only by its drafter before 提出', doc));
    END IF;
    IF TG_OP = 'INSERT' AND TG_TABLE_NAME = 'route_steps' THEN
        IF to_jsonb(NEW) ->> 'state' NOT IN ('waiting', 'pending') OR to_jsonb(NEW) ->> 'acted_by' IS NOT NULL THEN
            PERFORM kessai_refuse(format('a new step of document %s starts unacted', doc));
        END IF;
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
CREATE FUNCTION kessai_guard_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    -- The page count is measured by whoever shows the attachment first.
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'page_count') = (to_jsonb(OLD) - 'page_count')
        AND kessai_can_see(OLD.document_id) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.document_id <> OLD.document_id OR NEW.created_by <> OLD.created_by
                             OR NEW.created_at <> OLD.created_at OR NEW.original_name <> OLD.original_name) THEN
        PERFORM kessai_refuse(format('attachment %s: where it belongs and who added it never change', OLD.id));
    END IF;
    IF NOT kessai_may_edit_attachments(NEW.document_id) THEN
        PERFORM kessai_refuse(format('%s may not change the attachments of document %s now', session_user,
                                     NEW.document_id));
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.created_by <> me THEN
            PERFORM kessai_refuse('an attachment is added in its adder''s own name');
        END IF;
        NEW.created_at := kessai_now();
    END IF;
    IF NEW.removed_at IS DISTINCT FROM OLD.removed_at AND NEW.removed_at IS NOT NULL THEN
        NEW.removed_at := kessai_now();
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE FUNCTION kessai_guard_attachment_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    SELECT document_id INTO doc FROM attachments WHERE id = NEW.attachment_id;
    IF NOT kessai_may_edit_attachments(doc) THEN
        PERFORM kessai_refuse(format('%s may not add a version to the attachments of document %s now',
                                     session_user, doc));
    END IF;
    IF NEW.author_id <> kessai_require_actor() THEN
        PERFORM kessai_refuse('a version is added in its author''s own name');
    END IF;
    -- The new content must be complete, and the author must already read it: knowing another
    -- document's hash does not open its content (kessai_publish_staged makes a claim for an upload).
    IF NOT kessai_content_complete(NEW.blob_id, NEW.size) THEN
        PERFORM kessai_refuse(format('version %s of attachment %s: its content is not stored completely',
                                     NEW.version_no, NEW.attachment_id));
    END IF;
    IF NOT kessai_can_read_blob(NEW.blob_id) THEN
        PERFORM kessai_refuse(format('version %s of attachment %s: its content is not %s''s to attach',
                                     NEW.version_no, NEW.attachment_id, session_user));
    END IF;
    NEW.created_at := kessai_now();
    RETURN NEW;
END
$$;
-- split
CREATE FUNCTION kessai_guard_authored() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF TG_TABLE_NAME = 'comments' AND (to_jsonb(NEW) - 'step_id') = (to_jsonb(OLD) - 'step_id')
            AND EXISTS (SELECT 1 FROM documents d WHERE d.id = OLD.document_id AND d.status IN ('draft', 'returned')
                        AND d.drafter_id = kessai_require_actor()) THEN
            RETURN NEW; -- a route change detaches comments from removed steps
        END IF;
        PERFORM kessai_refuse(format('%s rows are never rewritten', TG_TABLE_NAME));
    END IF;
    IF NEW.author_id <> kessai_require_actor() THEN
        PERFORM kessai_refuse(format('%s: written in the author''s own name only', TG_TABLE_NAME));
    END IF;
    IF NOT kessai_can_see(NEW.document_id) THEN
        PERFORM kessai_refuse(format('document %s is not visible to %s', NEW.document_id, session_user));
    END IF;
    IF TG_TABLE_NAME = 'document_notes' AND NOT kessai_user_has_role(NEW.author_id, 'records_manager') THEN
        PERFORM kessai_refuse('only a records manager (文書管理者) adds notes to a decided document');
    END IF;
    NEW.created_at := kessai_now();
    RETURN NEW;
END
$$;
-- split
-- Edit locks and sessions: one's own, on attachments one may edit; a lock may be broken (and
-- its session marked broken) by anyone who sees the attachment, which is audited by the client.
CREATE FUNCTION kessai_guard_editing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    me := kessai_require_actor();
    IF NOT kessai_can_see_attachment(COALESCE(NEW.attachment_id, OLD.attachment_id)) THEN
        PERFORM kessai_refuse(format('attachment %s is not visible to %s',
                                     COALESCE(NEW.attachment_id, OLD.attachment_id), session_user));
    END IF;
    IF TG_OP = 'INSERT' AND NEW.user_id <> me THEN
        PERFORM kessai_refuse('an edit lock or session is taken in one''s own name');
    END IF;
    -- A working copy is the editor's own upload: pointing it at other content would open that content.
    IF TG_TABLE_NAME = 'edit_sessions' AND TG_OP <> 'DELETE' THEN
        IF (to_jsonb(NEW) ->> 'working_blob_id') IS NOT NULL
            AND (TG_OP = 'INSERT' OR (to_jsonb(NEW) ->> 'working_blob_id') IS DISTINCT FROM (to_jsonb(OLD) ->> 'working_blob_id'))
            AND NOT kessai_can_read_blob((to_jsonb(NEW) ->> 'working_blob_id')::bigint) THEN
            PERFORM kessai_refuse('an edit session''s working copy is content its editor stored');
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.user_id <> OLD.user_id OR NEW.attachment_id <> OLD.attachment_id) THEN
        PERFORM kessai_refuse('an edit lock or session keeps its owner and attachment');
    END IF;
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'edit_sessions' AND OLD.user_id <> me
        AND NOT (to_jsonb(NEW) ->> 'state' = 'broken' AND (to_jsonb(NEW) - 'state') = (to_jsonb(OLD) - 'state')) THEN
        PERFORM kessai_refuse(format('edit session %s is not %s''s', OLD.id, session_user));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
-- Content: an upload is staged by its uploader; complete content never changes.
CREATE FUNCTION kessai_guard_blob() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.staged_at IS NULL THEN
            PERFORM kessai_refuse('content is stored by staging it first');
        END IF;
        NEW.staged_by := session_user;
        RETURN NEW;
    END IF;
    IF OLD.staged_at IS NULL THEN
        PERFORM kessai_refuse(format('content %s is complete: it never changes', OLD.sha256));
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.staged_by IS DISTINCT FROM OLD.staged_by THEN
            PERFORM kessai_refuse('staged content keeps its uploader');
        END IF;
        -- Publishing goes through kessai_publish_staged, which hashes the chunks on the server.
        IF NEW.staged_at IS NULL THEN
            PERFORM kessai_refuse('staged content is published by kessai_publish_staged, which checks its hash');
        ELSIF NEW.staged_at <> '' AND OLD.staged_by IS DISTINCT FROM session_user THEN
            PERFORM kessai_refuse('only the uploader keeps staged content alive');
        END IF;
        RETURN NEW;
    END IF;
    -- DELETE: only content already claimed for discarding (staged_at = '').
    IF OLD.staged_at <> '' THEN
        PERFORM kessai_refuse(format('content %s is not being discarded', OLD.id));
    END IF;
    RETURN OLD;
END
$$;
-- split
CREATE FUNCTION kessai_guard_blob_chunk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        -- Discarding staged content, one's own or abandoned content claimed for discarding.
        IF NOT EXISTS (SELECT 1 FROM blobs b WHERE b.id = OLD.blob_id AND b.staged_at IS NOT NULL
                       AND (b.staged_by = session_user OR b.staged_at = '')) THEN
            PERFORM kessai_refuse('stored content is never deleted');
        END IF;
        RETURN OLD;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM blobs b WHERE b.id = NEW.blob_id AND b.staged_at IS NOT NULL
                   AND b.staged_by = session_user) THEN
        PERFORM kessai_refuse('chunks are written only into one''s own staged content');
    END IF;
    RETURN NEW;
END
$$;
-- split
-- Renditions and page layouts are derived from content the writer can read; a good rendition
-- is never replaced (only a failed one is retried).
CREATE FUNCTION kessai_guard_derived() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sha text;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_TABLE_NAME = 'renditions' THEN
        sha := COALESCE(NEW.source_sha256, OLD.source_sha256);
        IF TG_OP <> 'INSERT' AND OLD.status = 'ok' THEN
            PERFORM kessai_refuse(format('the rendition of %s is stored: it is not replaced', sha));
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.blob_id IS NOT NULL AND NOT kessai_can_read_blob(NEW.blob_id) THEN
            PERFORM kessai_refuse('a rendition holds content its writer stored');
        END IF;
    ELSE
        sha := COALESCE(NEW.sha256, OLD.sha256);
        IF TG_OP <> 'INSERT' THEN
            PERFORM kessai_refuse('page layouts are never rewritten');
        END IF;
    END IF;
    IF NOT kessai_can_read_content(sha) THEN
        PERFORM kessai_refuse(format('content %s is not visible to %s', sha, session_user));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
-- ---------------------------------------------------------------- triggers
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organization', 'units', 'titles', 'users', 'user_roles', 'absences', 'decision_levels',
                             'retention_schedule', 'files', 'delegation_rules', 'kessai_meta'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION kessai_guard_admin_only()', t || '_guard', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['route_stages', 'route_steps'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION kessai_guard_route_shape()', t || '_shape_guard', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['comments', 'document_notes'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION kessai_guard_authored()', t || '_guard', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['edit_locks', 'edit_sessions'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION kessai_guard_editing()', t || '_guard', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['renditions', 'page_layouts'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION kessai_guard_derived()', t || '_guard', t);
    END LOOP;
END
$$;
-- split
CREATE TRIGGER documents_insert_guard BEFORE INSERT ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_document_insert();
-- split
CREATE TRIGGER documents_update_guard BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_document_update();
-- split
CREATE CONSTRAINT TRIGGER documents_status_at_commit AFTER UPDATE OF status ON documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kessai_check_document_status();
-- split
CREATE TRIGGER route_steps_update_guard BEFORE UPDATE ON route_steps
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_step_update();
-- split
CREATE TRIGGER route_steps_history AFTER UPDATE ON route_steps
    FOR EACH ROW EXECUTE FUNCTION kessai_record_step_history();
-- split
CREATE CONSTRAINT TRIGGER route_steps_change_at_commit AFTER UPDATE ON route_steps
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kessai_check_step_change();
-- split
CREATE TRIGGER attachments_guard BEFORE INSERT OR UPDATE ON attachments
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_attachment();
-- split
CREATE TRIGGER attachment_versions_guard BEFORE INSERT ON attachment_versions
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_attachment_version();
-- split
CREATE TRIGGER blobs_guard BEFORE INSERT OR UPDATE OR DELETE ON blobs
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_blob();
-- split
CREATE TRIGGER blob_chunks_guard BEFORE INSERT OR DELETE ON blob_chunks
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_blob_chunk();
-- split
-- ---------------------------------------------------------------- row-level security (reads)
-- Who is acting: users.login = session_user compares text with name (collation "C"), which the
-- unique index on login (the database's collation) cannot serve: without this index every
-- kessai_session_user_id(), once per row checked and per trigger, read all of users (80 µs
-- at 16,500 users).
CREATE INDEX users_login_session ON users (login COLLATE "C");
-- split
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY documents_visible ON documents FOR SELECT
    USING (kessai_sees(id, drafter_id, unit_id, classification));
-- split
-- A new row cannot be looked up by id before it exists: creating is checked by its trigger.
CREATE POLICY documents_create ON documents FOR INSERT WITH CHECK (true);
-- split
CREATE POLICY documents_change ON documents FOR UPDATE
    USING (kessai_sees(id, drafter_id, unit_id, classification)) WITH CHECK (true);
-- split
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['attachments', 'route_stages', 'route_steps', 'comments', 'document_notes'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (kessai_can_see(document_id))', t || '_visible', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['attachment_versions', 'edit_locks', 'edit_sessions'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (kessai_can_see_attachment(attachment_id))', t || '_visible', t);
    END LOOP;
END
$$;
-- split
-- The catalogue of content (hash, size) is shared, so the same file is stored once whoever
-- attaches it; the bytes are readable only through something visible.
ALTER TABLE blob_chunks ENABLE ROW LEVEL SECURITY;
-- split
-- Content rows (hash, size) too: complete content is listed only where it is readable; uploads in
-- progress (staged, no content of anyone's document) so that abandoned ones can be discarded.
ALTER TABLE blobs ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY blobs_readable ON blobs FOR SELECT USING (staged_at IS NOT NULL OR kessai_can_read_blob(id));
-- split
CREATE POLICY blobs_stage ON blobs FOR INSERT WITH CHECK (true);
-- split
CREATE POLICY blobs_staged ON blobs FOR UPDATE USING (staged_at IS NOT NULL) WITH CHECK (true);
-- split
CREATE POLICY blobs_discard ON blobs FOR DELETE USING (staged_at = '');
-- split
CREATE POLICY blob_chunks_readable ON blob_chunks USING (kessai_can_read_blob(blob_id));
-- split
-- Abandoned uploads (claimed with staged_at = '') are discarded by whoever attaches next.
CREATE POLICY blob_chunks_discard ON blob_chunks FOR DELETE
    USING (EXISTS (SELECT 1 FROM blobs b WHERE b.id = blob_id AND b.staged_at = ''));
-- split
ALTER TABLE renditions ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY renditions_readable ON renditions USING (kessai_can_read_content(source_sha256));
-- split
ALTER TABLE page_layouts ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY page_layouts_readable ON page_layouts USING (kessai_can_read_content(sha256));
-- split
-- Audit: administrators and records managers read the whole log (and verify it); others read
-- their own events and those of documents they see.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY audit_events_readable ON audit_events FOR SELECT USING (
    kessai_is_admin()
    OR kessai_user_has_role(kessai_session_user_id(), 'records_manager')
    OR real_login = session_user OR actor_login = session_user
    OR (entity_type = 'document' AND kessai_can_see(entity_id)));
-- split
ALTER TABLE route_templates ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY route_templates_own ON route_templates USING (user_id = kessai_actor_id());
-- split
-- ---------------------------------------------------------------- login roles of staff
-- Creates or updates the database login of a registered user: member of kessai_staff, and of
-- kessai_records_manager / kessai_admin by their Kessai roles; disabled (NOLOGIN, never dropped:
-- the audit log names it) when they leave. No password: Kerberos offices need none, others set
-- one with ALTER ROLE … PASSWORD. kessai-cli server init gives this function to kessai_role_admin,
-- the only Kessai role with CREATEROLE, so administrators manage logins and nothing else.
CREATE FUNCTION kessai_manage_login(p_login text, p_groups text[], p_active boolean) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
BEGIN
    IF NOT (kessai_session_is_superuser() OR kessai_is_admin()) THEN
        RAISE EXCEPTION 'kessai: only an administrator manages the logins of staff' USING ERRCODE = '42501';
    END IF;
    IF p_login !~ '^[A-Za-z0-9_.@-]{1,63}$' OR p_login LIKE 'kessai\_%' OR p_login LIKE 'pg\_%'
        OR NOT EXISTS (SELECT 1 FROM users WHERE login = p_login) THEN
        RAISE EXCEPTION 'kessai: % is not a login of a registered user', p_login USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolcreaterole OR rolbypassrls)) THEN
        RETURN; -- a server administrator's own role is theirs to manage, not Kessai's
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH g IN ARRAY ARRAY['kessai_staff', 'kessai_records_manager', 'kessai_admin'] LOOP
        IF g = ANY (p_groups) AND NOT pg_has_role(p_login, g, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', g, p_login);
        ELSIF NOT g = ANY (p_groups) AND pg_has_role(p_login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
END
$$;
-- split
-- ---------------------------------------------------------------- privileges
-- Re-applied by kessai-cli server init and server upgrade, so tables of later versions get them.
CREATE FUNCTION kessai_grant_privileges() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO kessai_staff;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO kessai_staff;
    REVOKE SELECT ON route_step_history, number_counters, content_claims FROM kessai_staff;
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kessai_staff;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO kessai_staff;
    REVOKE EXECUTE ON FUNCTION kessai_grant_privileges() FROM kessai_staff;
    REVOKE SELECT ON route_step_history, number_counters, content_claims FROM kessai_staff;
    GRANT INSERT, UPDATE ON documents, attachments, route_steps, comments, edit_sessions, edit_locks, blobs, renditions
        TO kessai_staff;
    GRANT INSERT ON attachment_versions, route_stages, document_notes, blob_chunks, page_layouts TO kessai_staff;
    GRANT DELETE ON route_stages, route_steps, edit_locks, blobs, blob_chunks, renditions
        TO kessai_staff;
    GRANT INSERT, UPDATE, DELETE ON route_templates, organization, units, titles, users, user_roles, absences,
        decision_levels, retention_schedule, files, delegation_rules, kessai_meta TO kessai_staff;
END
$$;
-- split
SELECT kessai_grant_privileges();
