-- PostgreSQL part of schema v20 (docs/security.md, "The desk's tallies"):
--   * paper_reason_tallies and decision_time_tallies are written only by the trigger functions
--     below (SECURITY DEFINER), refused to anyone else, read under the desk's row-level security
--     (views paper_reason_facts, decision_time_facts with the limit of decision_facts);
--   * a draft's decision kind is its drafter's while it is a draft or returned, and only a kind
--     in force may be chosen (the kind of a decided document stays as it was);
--   * the office's lists (decision kinds, paper reasons) are an administrator's; an entry is
--     retired, never deleted, and keeps its code (past documents keep it);
--   * kessai_register_paper refuses a closed (完結) 簿冊.
-- The time taken, in whole hours rounded up (whole days beyond two days): the tallies' key.
CREATE FUNCTION kessai_hours_bucket(p_submitted text, p_decided text) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END::integer
    FROM (SELECT GREATEST(0, round(extract(epoch FROM (p_decided::timestamptz - p_submitted::timestamptz)) / 60.0)::bigint) AS m) x
$$
-- split
INSERT INTO decision_time_tallies (month, unit_id, decision_level_id, hours, decisions, returned)
    SELECT left(d.decided_on, 7), d.unit_id, COALESCE(d.decision_level_id, 0),
           kessai_hours_bucket(d.submitted_at, d.decided_at), count(*),
           SUM(CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = d.id
                       AND e.action = 'workflow.return') THEN 1 ELSE 0 END)
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
       AND NOT d.paper AND d.submitted_at IS NOT NULL AND d.decided_at IS NOT NULL
    GROUP BY 1, 2, 3, 4
-- split
CREATE OR REPLACE VIEW decision_facts WITH (security_barrier) AS
    SELECT d.id AS document_id, d.unit_id, d.decision_level_id, d.classification, d.paper, d.decided_on,
           d.number_label, CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           CASE WHEN d.paper THEN NULL
                ELSE extract(epoch FROM (d.decided_at::timestamptz - d.submitted_at::timestamptz)) / 3600.0
           END AS hours_to_decide,
           EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = d.id
                   AND e.action = 'workflow.return') AS returned,
           (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = d.id) AS reason_id, d.file_id,
           d.decision_kind_id,
           CASE WHEN d.paper OR d.submitted_at IS NULL OR d.decided_at IS NULL THEN NULL
                ELSE kessai_hours_bucket(d.submitted_at, d.decided_at) END AS hours_bucket
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
      AND ((SELECT kessai_desk_sees_all()) OR d.unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
CREATE VIEW decision_time_facts WITH (security_barrier) AS
    SELECT t.month, t.unit_id, t.decision_level_id, t.hours, t.decisions, t.returned
    FROM decision_time_tallies t
    WHERE (SELECT kessai_desk_sees_all()) OR t.unit_id = ANY ((SELECT kessai_desk_units())::bigint[])
-- split
-- waiting_steps with only what the 滞留 counts read (a security-barrier view computes every
-- column it has: these are covered by the partial indexes of schema 20), limited like it.
CREATE VIEW stall_facts WITH (security_barrier) AS
    SELECT s.id AS step_id, s.document_id, d.unit_id, s.assignee_id,
           COALESCE((SELECT max(o.acted_at) FROM route_steps o WHERE o.document_id = s.document_id),
                    d.submitted_at) AS waiting_since
    FROM route_steps s JOIN documents d ON d.id = s.document_id
    WHERE s.state = 'pending' AND s.kind <> 'post_review' AND d.status = 'in_review'
      AND ((SELECT kessai_desk_sees_all()) OR d.unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
CREATE VIEW paper_reason_facts WITH (security_barrier) AS
    SELECT t.month, t.unit_id, t.reason_id, t.decisions
    FROM paper_reason_tallies t
    WHERE (SELECT kessai_desk_sees_all()) OR t.unit_id = ANY ((SELECT kessai_desk_units())::bigint[])
-- split
-- A document's change takes the old row's counts away and adds the new row's, in the writer's
-- transaction: an electronic decision's time (with its 差戻し), a paper decision's reason.
CREATE FUNCTION kessai_tally_desk_details() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed')
       AND NOT OLD.paper AND OLD.submitted_at IS NOT NULL AND OLD.decided_at IS NOT NULL THEN
            UPDATE decision_time_tallies SET decisions = decisions - 1,
                returned = returned - CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = OLD.id
                       AND e.action = 'workflow.return') THEN 1 ELSE 0 END
            WHERE month = left(OLD.decided_on, 7) AND unit_id = OLD.unit_id
              AND decision_level_id = COALESCE(OLD.decision_level_id, 0)
              AND hours = kessai_hours_bucket(OLD.submitted_at, OLD.decided_at);
        END IF;
        IF OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed')
       AND OLD.paper THEN
            UPDATE paper_reason_tallies SET decisions = decisions - 1
            WHERE month = left(OLD.decided_on, 7) AND unit_id = OLD.unit_id
              AND reason_id = (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = OLD.id);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed')
       AND NOT NEW.paper AND NEW.submitted_at IS NOT NULL AND NEW.decided_at IS NOT NULL THEN
            INSERT INTO decision_time_tallies AS t (month, unit_id, decision_level_id, hours, decisions, returned)
            VALUES (left(NEW.decided_on, 7), NEW.unit_id, COALESCE(NEW.decision_level_id, 0),
                    kessai_hours_bucket(NEW.submitted_at, NEW.decided_at), 1,
                    CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = NEW.id
                       AND e.action = 'workflow.return') THEN 1 ELSE 0 END)
            ON CONFLICT (month, unit_id, decision_level_id, hours)
            DO UPDATE SET decisions = t.decisions + 1, returned = t.returned + EXCLUDED.returned;
        END IF;
        IF NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed')
       AND NEW.paper THEN
            INSERT INTO paper_reason_tallies AS t (month, unit_id, reason_id, decisions)
            SELECT left(NEW.decided_on, 7), NEW.unit_id, p.reason_id, 1 FROM paper_decisions p
            WHERE p.document_id = NEW.id
            ON CONFLICT (month, unit_id, reason_id) DO UPDATE SET decisions = t.decisions + 1;
        END IF;
    END IF;
    RETURN NULL;
END
$$
-- split
CREATE TRIGGER documents_desk_details_insert AFTER INSERT ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_desk_details()
-- split
CREATE TRIGGER documents_desk_details_update AFTER UPDATE OF kind, status, paper, decided_on, decided_at, submitted_at, unit_id, decision_level_id ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_desk_details()
-- split
CREATE TRIGGER documents_desk_details_delete AFTER DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_desk_details()
-- split
-- A paper decision is counted by reason when its record is written (after its document).
CREATE FUNCTION kessai_tally_paper_reason() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO paper_reason_tallies AS t (month, unit_id, reason_id, decisions)
    SELECT left(d.decided_on, 7), d.unit_id, NEW.reason_id, 1 FROM documents d
    WHERE d.id = NEW.document_id AND d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
       AND d.paper
    ON CONFLICT (month, unit_id, reason_id) DO UPDATE SET decisions = t.decisions + 1;
    RETURN NULL;
END
$$
-- split
CREATE TRIGGER paper_decisions_reason_tally AFTER INSERT ON paper_decisions
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_paper_reason()
-- split
-- The first 差戻し of a document already counted as decided moves it to the returned ones.
CREATE FUNCTION kessai_tally_return() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = NEW.entity_id
                   AND e.action = 'workflow.return' AND e.id <> NEW.id) THEN
        UPDATE decision_time_tallies t SET returned = t.returned + 1
        FROM documents d
        WHERE d.id = NEW.entity_id AND d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
       AND NOT d.paper AND d.submitted_at IS NOT NULL AND d.decided_at IS NOT NULL
          AND t.month = left(d.decided_on, 7) AND t.unit_id = d.unit_id
          AND t.decision_level_id = COALESCE(d.decision_level_id, 0)
          AND t.hours = kessai_hours_bucket(d.submitted_at, d.decided_at);
    END IF;
    RETURN NULL;
END
$$
-- split
CREATE TRIGGER audit_events_time_tally_return AFTER INSERT ON audit_events
    FOR EACH ROW WHEN (NEW.action = 'workflow.return' AND NEW.entity_type = 'document')
    EXECUTE FUNCTION kessai_tally_return()
-- split
CREATE TRIGGER paper_reason_tallies_guard BEFORE INSERT OR UPDATE OR DELETE ON paper_reason_tallies
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_tally()
-- split
ALTER TABLE paper_reason_tallies ENABLE ROW LEVEL SECURITY
-- split
CREATE POLICY paper_reason_tallies_desk ON paper_reason_tallies FOR SELECT
    USING ((SELECT kessai_desk_sees_all()) OR unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
CREATE TRIGGER decision_time_tallies_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_time_tallies
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_tally()
-- split
ALTER TABLE decision_time_tallies ENABLE ROW LEVEL SECURITY
-- split
CREATE POLICY decision_time_tallies_desk ON decision_time_tallies FOR SELECT
    USING ((SELECT kessai_desk_sees_all()) OR unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
-- A draft's kind (文書の種類): its drafter's while it is a draft or returned, like the rest of the
-- 鑑 (kessai_guard_document_update), and only a kind in force may be chosen.
CREATE FUNCTION kessai_guard_document_kind() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() OR (TG_OP = 'INSERT' AND NEW.decision_kind_id IS NULL) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.decision_kind_id IS NOT DISTINCT FROM OLD.decision_kind_id THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    IF TG_OP = 'UPDATE' AND NOT (OLD.status IN ('draft', 'returned') AND OLD.drafter_id = me) THEN
        PERFORM kessai_refuse(format('document %s is %s: only its drafter may change its kind, while it is a '
                                     'draft or returned', OLD.id, OLD.status));
    END IF;
    IF NEW.decision_kind_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM decision_kinds k WHERE k.id = NEW.decision_kind_id AND k.active) THEN
        PERFORM kessai_refuse(format('decision kind %s is retired or not in the office''s list', NEW.decision_kind_id));
    END IF;
    RETURN NEW;
END
$$
-- split
CREATE TRIGGER documents_kind_guard BEFORE INSERT OR UPDATE OF decision_kind_id ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_document_kind()
-- split
-- The office's lists: an entry is retired (active false), never deleted, and keeps its code, so
-- that the documents and reports that name it stay readable.
CREATE FUNCTION kessai_guard_office_list() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM kessai_refuse(format('%s %s is retired, never deleted', TG_TABLE_NAME, OLD.code));
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.code IS DISTINCT FROM OLD.code THEN
        PERFORM kessai_refuse(format('%s %s keeps its code', TG_TABLE_NAME, OLD.code));
    END IF;
    IF btrim(COALESCE(NEW.code, '')) = '' OR btrim(COALESCE(NEW.name, '')) = '' THEN
        PERFORM kessai_refuse(format('an entry of %s has a code and a name', TG_TABLE_NAME));
    END IF;
    RETURN NEW;
END
$$
-- split
CREATE TRIGGER decision_kinds_list_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_kinds
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_office_list()
-- split
CREATE TRIGGER paper_reasons_list_guard BEFORE INSERT OR UPDATE OR DELETE ON paper_reasons
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_office_list()
-- split
-- A paper decision filed into a closed 簿冊 is refused (schema 16's rule, on paper too).
CREATE OR REPLACE FUNCTION kessai_register_paper(p_unit bigint, p_drafter bigint, p_title text, p_level bigint, p_file bigint,
                                      p_classification text, p_drafted_on text, p_decided_on text, p_reason bigint,
                                      p_reason_text text, p_decider text, p_number integer,
                                      p_kind bigint)
    RETURNS TABLE (document_id bigint, fiscal_year integer, doc_number integer, number_label text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    me bigint := kessai_require_actor();
    drafted date;
    decided date;
    fy integer;
    n integer;
    unit_code text;
    label text;
    doc bigint;
    target record;
    at text := kessai_now();
BEGIN
    IF NOT kessai_may_register_paper(p_unit, p_drafter) THEN
        PERFORM kessai_refuse(format('%s may not register a paper decision of unit %s', session_user, p_unit));
    END IF;
    SELECT code INTO unit_code FROM units WHERE id = p_unit AND active;
    IF NOT FOUND THEN
        PERFORM kessai_refuse(format('unit %s does not exist', p_unit));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = p_drafter) THEN
        PERFORM kessai_refuse(format('user %s does not exist', p_drafter));
    END IF;
    IF btrim(COALESCE(p_title, '')) = '' OR btrim(COALESCE(p_decider, '')) = '' THEN
        PERFORM kessai_refuse('a paper decision has a 件名 and a 決裁者');
    END IF;
    drafted := p_drafted_on::date;
    decided := p_decided_on::date;
    IF decided < drafted THEN
        PERFORM kessai_refuse(format('the 決裁日 %s is before the 起案日 %s', p_decided_on, p_drafted_on));
    END IF;
    IF decided > kessai_today()::date THEN
        PERFORM kessai_refuse(format('the 決裁日 %s is in the future', p_decided_on));
    END IF;
    PERFORM kessai_paper_reason_check(p_reason, p_reason_text);
    -- schema 16: a closed (完結) 簿冊 takes no more documents, paper ones included (the filing
    -- guard lets this function's own insert through)
    IF p_file IS NOT NULL THEN
        SELECT f.id, f.name, f.status INTO target FROM files f WHERE f.id = p_file;
        IF NOT FOUND THEN
            PERFORM kessai_refuse(format('簿冊 %s does not exist', p_file));
        ELSIF target.status <> 'open' THEN
            PERFORM kessai_refuse(format('簿冊 %s (%s) is closed (完結): nothing more is filed into it',
                                         target.id, target.name));
        END IF;
    END IF;
    IF p_kind IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decision_kinds k WHERE k.id = p_kind AND k.active) THEN
        PERFORM kessai_refuse(format('decision kind %s is not in the office''s list', p_kind));
    END IF;
    fy := CASE WHEN extract(month FROM drafted) >= 4 THEN extract(year FROM drafted)::integer
               ELSE extract(year FROM drafted)::integer - 1 END;
    IF p_number IS NULL THEN
        INSERT INTO number_counters AS c (unit_id, fiscal_year, last_number) VALUES (p_unit, fy, 1)
            ON CONFLICT (unit_id, fiscal_year) DO UPDATE SET last_number = c.last_number + 1
            RETURNING c.last_number INTO n;
    ELSE
        n := p_number;
        IF n < 1 OR EXISTS (SELECT 1 FROM documents d WHERE d.number_unit_id = p_unit AND d.fiscal_year = fy
                            AND d.doc_number = n) THEN
            PERFORM kessai_refuse(format('the 文書番号 %s第%s号 of fiscal year %s is taken', unit_code, n, fy));
        END IF;
        -- later numbers of the unit come after the ones already given on paper
        INSERT INTO number_counters AS c (unit_id, fiscal_year, last_number) VALUES (p_unit, fy, n)
            ON CONFLICT (unit_id, fiscal_year) DO UPDATE SET last_number = GREATEST(c.last_number, n);
    END IF;
    label := unit_code || '第' || n || '号';
    INSERT INTO documents (kind, title, body, drafter_id, unit_id, decision_level_id, file_id, classification, status,
                           fiscal_year, number_unit_id, doc_number, number_label, paper, created_at, updated_at,
                           submitted_at, decided_at, decided_on, decision_kind_id)
    VALUES ('decision', btrim(p_title), '', p_drafter, p_unit, p_level, p_file, COALESCE(p_classification, 'public'),
            'decided', fy, p_unit, n, label, true, at, at, p_drafted_on || 'T00:00:00.000Z',
            p_decided_on || 'T00:00:00.000Z', p_decided_on, p_kind)
    RETURNING id INTO doc;
    INSERT INTO paper_decisions (document_id, reason_id, reason_text, decider, switched, registered_by, registered_at, tx)
    VALUES (doc, p_reason, COALESCE(p_reason_text, ''), btrim(p_decider), false, me, at, txid_current());
    PERFORM kessai_audit_append((SELECT login FROM users WHERE id = me), '', 'paper.register', 'document', doc,
                                json_build_object('number', label, 'reason_id', p_reason, 'decided_on', p_decided_on,
                                                  'title', btrim(p_title))::text);
    RETURN QUERY SELECT doc, fy, n, label;
END
$$
-- split
SELECT kessai_grant_privileges()
-- split
GRANT INSERT, UPDATE, DELETE ON paper_reasons, rate_exclusions, decision_kinds TO kessai_staff
