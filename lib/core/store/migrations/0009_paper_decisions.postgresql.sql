-- PostgreSQL part of schema v9: paper decisions and the desk, guarded like everything else
-- (docs/security.md, "Paper decisions and the desk"). Staff may run psql with their own login:
--   * a paper decision is registered or a document switched to paper only through the two
--     SECURITY DEFINER functions below, which check who acts and for which unit, number the
--     document and append the audit event; nobody else may set documents.paper;
--   * the desk's figures are read through two views owned by kessai_owner that show only the
--     units the reader's desk covers (administrators: all; a 文書管理者: their 課 and its 係;
--     everyone else: nothing). The views are security barriers, so no predicate of the reader's
--     runs before that filter.

-- ---------------------------------------------------------------- whose figures one may read
CREATE FUNCTION kessai_desk_sees_all() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    -- (a superuser's session: tools and tests; kessai_privileged() would be true in here for anyone)
    RETURN kessai_session_is_superuser() OR kessai_user_has_role(kessai_actor_id(), 'admin');
END
$$;
-- split
-- The units whose figures a 文書管理者 reads: their 課 and every unit under it.
CREATE FUNCTION kessai_desk_units() RETURNS bigint[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_actor_id();
BEGIN
    IF me IS NULL OR NOT kessai_user_has_role(me, 'records_manager') THEN
        RETURN '{}';
    END IF;
    RETURN kessai_unit_scope((SELECT unit_id FROM users WHERE id = me));
END
$$;
-- split
CREATE VIEW decision_facts WITH (security_barrier) AS
    SELECT d.id AS document_id, d.unit_id, d.decision_level_id, d.classification, d.paper, d.decided_on,
           d.number_label, CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           CASE WHEN d.paper THEN NULL
                ELSE extract(epoch FROM (d.decided_at::timestamptz - d.submitted_at::timestamptz)) / 3600.0
           END AS hours_to_decide,
           EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = d.id
                   AND e.action = 'workflow.return') AS returned,
           (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = d.id) AS reason_id, d.file_id
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
      AND ((SELECT kessai_desk_sees_all()) OR d.unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
CREATE VIEW waiting_steps WITH (security_barrier) AS
    SELECT s.id AS step_id, s.document_id, d.unit_id, d.decision_level_id, s.assignee_id, d.number_label,
           CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           COALESCE((SELECT max(o.acted_at) FROM route_steps o WHERE o.document_id = s.document_id),
                    d.submitted_at) AS waiting_since
    FROM route_steps s JOIN documents d ON d.id = s.document_id
    WHERE s.state = 'pending' AND s.kind <> 'post_review' AND d.status = 'in_review'
      AND ((SELECT kessai_desk_sees_all()) OR d.unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
-- ---------------------------------------------------------------- who may register on paper
-- An administrator for any unit; a 文書管理者 for the units of their desk; anyone for a paper
-- decision they drafted themselves in their own 課 (or a unit under it).
CREATE FUNCTION kessai_may_register_paper(p_unit bigint, p_drafter bigint) RETURNS boolean LANGUAGE plpgsql
    STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_actor_id();
BEGIN
    IF me IS NULL THEN
        RETURN false;
    END IF;
    IF kessai_user_has_role(me, 'admin') OR p_unit = ANY (kessai_desk_units()) THEN
        RETURN true;
    END IF;
    RETURN p_drafter = me AND p_unit = ANY (kessai_unit_scope((SELECT unit_id FROM users WHERE id = me)));
END
$$;
-- split
CREATE FUNCTION kessai_paper_reason_check(p_reason bigint, p_text text) RETURNS void LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r record;
BEGIN
    SELECT * INTO r FROM paper_reasons WHERE id = p_reason AND active;
    IF NOT FOUND THEN
        PERFORM kessai_refuse(format('paper reason %s is not in the office''s list', p_reason));
    END IF;
    IF r.needs_text AND btrim(COALESCE(p_text, '')) = '' THEN
        PERFORM kessai_refuse(format('the paper reason %s needs a text saying why', r.code));
    END IF;
END
$$;
-- split
-- Registers a decision made on paper: a decided document (paper), numbered in the fiscal year
-- of its 起案日 (p_number, when the paper already carries one, else the next), its record in
-- paper_decisions and the audit event paper.register. Returns the new document.
CREATE FUNCTION kessai_register_paper(p_unit bigint, p_drafter bigint, p_title text, p_level bigint, p_file bigint,
                                      p_classification text, p_drafted_on text, p_decided_on text, p_reason bigint,
                                      p_reason_text text, p_decider text, p_number integer)
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
                           submitted_at, decided_at, decided_on)
    VALUES ('decision', btrim(p_title), '', p_drafter, p_unit, p_level, p_file, COALESCE(p_classification, 'public'),
            'decided', fy, p_unit, n, label, true, at, at, p_drafted_on || 'T00:00:00.000Z',
            p_decided_on || 'T00:00:00.000Z', p_decided_on)
    RETURNING id INTO doc;
    INSERT INTO paper_decisions (document_id, reason_id, reason_text, decider, switched, registered_by, registered_at, tx)
    VALUES (doc, p_reason, COALESCE(p_reason_text, ''), btrim(p_decider), false, me, at, txid_current());
    PERFORM kessai_audit_append((SELECT login FROM users WHERE id = me), '', 'paper.register', 'document', doc,
                                json_build_object('number', label, 'reason_id', p_reason, 'decided_on', p_decided_on,
                                                  'title', btrim(p_title))::text);
    RETURN QUERY SELECT doc, fy, n, label;
END
$$;
-- split
-- A document started electronically goes on paper midway: only a 文書管理者 of its unit, with a
-- reason. It becomes decided (paper) on p_decided_on; its due steps stay as they were, for the record.
CREATE FUNCTION kessai_switch_to_paper(p_document bigint, p_reason bigint, p_reason_text text, p_decider text,
                                       p_decided_on text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_require_actor();
    d record;
    fy integer;
    n integer;
    label text;
    at text := kessai_now();
BEGIN
    SELECT * INTO d FROM documents WHERE id = p_document FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kessai_refuse(format('document %s does not exist', p_document));
    END IF;
    IF NOT kessai_user_has_role(me, 'records_manager') OR NOT (kessai_desk_sees_all()
                                                               OR d.unit_id = ANY (kessai_desk_units())) THEN
        PERFORM kessai_refuse(format('only a 文書管理者 of its unit switches document %s to paper', p_document));
    END IF;
    IF d.kind <> 'decision' OR d.paper OR d.status NOT IN ('draft', 'in_review', 'returned') THEN
        PERFORM kessai_refuse(format('document %s is %s: only an undecided 決裁 document goes on paper',
                                     p_document, d.status));
    END IF;
    IF btrim(COALESCE(p_decider, '')) = '' THEN
        PERFORM kessai_refuse('a paper decision has a 決裁者');
    END IF;
    IF p_decided_on::date > kessai_today()::date OR p_decided_on::date < left(d.created_at, 10)::date THEN
        PERFORM kessai_refuse(format('the 決裁日 %s is not between the 起案日 and today', p_decided_on));
    END IF;
    PERFORM kessai_paper_reason_check(p_reason, p_reason_text);
    label := d.number_label;
    IF d.doc_number IS NULL THEN
        fy := CASE WHEN extract(month FROM p_decided_on::date) >= 4 THEN extract(year FROM p_decided_on::date)::integer
                   ELSE extract(year FROM p_decided_on::date)::integer - 1 END;
        INSERT INTO number_counters AS c (unit_id, fiscal_year, last_number) VALUES (d.unit_id, fy, 1)
            ON CONFLICT (unit_id, fiscal_year) DO UPDATE SET last_number = c.last_number + 1
            RETURNING c.last_number INTO n;
        label := (SELECT code FROM units WHERE id = d.unit_id) || '第' || n || '号';
        UPDATE documents SET fiscal_year = fy, number_unit_id = d.unit_id, doc_number = n, number_label = label
            WHERE id = p_document;
    END IF;
    UPDATE documents SET status = 'decided', paper = true, decided_on = p_decided_on, decided_at = at,
                         submitted_at = COALESCE(submitted_at, at), workflow_undo = '', row_version = row_version + 1
        WHERE id = p_document;
    INSERT INTO paper_decisions (document_id, reason_id, reason_text, decider, switched, registered_by, registered_at, tx)
    VALUES (p_document, p_reason, COALESCE(p_reason_text, ''), btrim(p_decider), true, me, at, txid_current());
    PERFORM kessai_audit_append((SELECT login FROM users WHERE id = me), '', 'paper.switch', 'document', p_document,
                                json_build_object('number', label, 'reason_id', p_reason, 'decided_on', p_decided_on,
                                                  'from_status', d.status)::text);
    RETURN label;
END
$$;
-- split
-- ---------------------------------------------------------------- guards
-- documents.paper is set by the two functions above only.
CREATE FUNCTION kessai_guard_document_paper() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    IF (TG_OP = 'INSERT' AND NEW.paper) OR (TG_OP = 'UPDATE' AND NEW.paper IS DISTINCT FROM OLD.paper) THEN
        PERFORM kessai_refuse(format('document %s: a decision goes on paper only by registering it or by a '
                                     '文書管理者''s switch', COALESCE(NEW.id, OLD.id)));
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER documents_paper_guard BEFORE INSERT OR UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_document_paper();
-- split
-- At commit: a document that turned paper has its paper record, written in this transaction.
CREATE FUNCTION kessai_check_paper_switch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM documents d JOIN paper_decisions p ON p.document_id = d.id
                   WHERE d.id = NEW.id AND d.paper AND d.status = 'decided' AND p.tx = txid_current()) THEN
        PERFORM kessai_refuse(format('document %s went on paper without its paper record', NEW.id));
    END IF;
    RETURN NULL;
END
$$;
-- split
-- The switch to paper is checked by its own rule; every other status change as before (0008).
DROP TRIGGER documents_status_at_commit ON documents;
-- split
CREATE CONSTRAINT TRIGGER documents_status_at_commit AFTER UPDATE OF status ON documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.paper = NEW.paper)
    EXECUTE FUNCTION kessai_check_document_status();
-- split
CREATE CONSTRAINT TRIGGER documents_paper_at_commit AFTER UPDATE OF paper ON documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.paper IS DISTINCT FROM NEW.paper)
    EXECUTE FUNCTION kessai_check_paper_switch();
-- split
-- The reasons and the exclusion rules are the office's settings: administrators only.
CREATE TRIGGER paper_reasons_guard BEFORE INSERT OR UPDATE OR DELETE ON paper_reasons
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_admin_only();
-- split
CREATE TRIGGER rate_exclusions_guard BEFORE INSERT OR UPDATE OR DELETE ON rate_exclusions
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_admin_only();
-- split
-- paper_decisions: written by the functions only, never changed; read within the document's visibility.
CREATE FUNCTION kessai_guard_paper_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND NOT kessai_privileged() THEN
        PERFORM kessai_refuse('a paper decision''s record is never changed');
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
CREATE TRIGGER paper_decisions_guard BEFORE UPDATE OR DELETE ON paper_decisions
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_paper_record();
-- split
ALTER TABLE paper_decisions ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY paper_decisions_visible ON paper_decisions FOR SELECT USING (kessai_can_see(document_id));
-- split
SELECT kessai_grant_privileges();
-- split
GRANT INSERT, UPDATE, DELETE ON paper_reasons, rate_exclusions TO kessai_staff;
