-- PostgreSQL part of schema v17, guarded like the rest (docs/security.md, "The desk's tallies"):
--   * decision_tallies is written only by the trigger function below (SECURITY DEFINER, owned
--     by kessai_owner): staff have no write privilege on it, and a guard refuses any other writer;
--   * it is read under row-level security with the same limit as the view decision_facts (an
--     administrator: every unit; a 文書管理者: their 課 and its 係; anyone else: nothing);
--   * the office's list of kinds is an administrator's setting, like the paper reasons.
ALTER TABLE rate_exclusions ADD COLUMN decision_kind_id BIGINT REFERENCES decision_kinds (id)
-- split
ALTER TABLE rate_exclusions DROP CONSTRAINT rate_exclusions_check
-- split
ALTER TABLE rate_exclusions ADD CONSTRAINT rate_exclusions_names_something
    CHECK (decision_level_id IS NOT NULL OR classification IS NOT NULL OR decision_kind_id IS NOT NULL)
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
           d.decision_kind_id
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
      AND ((SELECT kessai_desk_sees_all()) OR d.unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
CREATE VIEW decision_tally_facts WITH (security_barrier) AS
    SELECT t.month, t.unit_id, t.decision_level_id, t.decision_kind_id, t.classification, t.electronic, t.paper
    FROM decision_tallies t
    WHERE (SELECT kessai_desk_sees_all()) OR t.unit_id = ANY ((SELECT kessai_desk_units())::bigint[])
-- split
-- Takes the old row's count away and adds the new row's, in the writer's transaction.
CREATE FUNCTION kessai_tally_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL
       AND OLD.status IN ('decided', 'enforced', 'closed') THEN
        UPDATE decision_tallies SET electronic = electronic - CASE WHEN OLD.paper THEN 0 ELSE 1 END,
                                    paper = paper - CASE WHEN OLD.paper THEN 1 ELSE 0 END
        WHERE month = left(OLD.decided_on, 7) AND unit_id = OLD.unit_id
          AND decision_level_id = COALESCE(OLD.decision_level_id, 0)
          AND decision_kind_id = COALESCE(OLD.decision_kind_id, 0) AND classification = OLD.classification;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL
       AND NEW.status IN ('decided', 'enforced', 'closed') THEN
        INSERT INTO decision_tallies AS t (month, unit_id, decision_level_id, decision_kind_id, classification,
                                           electronic, paper)
        VALUES (left(NEW.decided_on, 7), NEW.unit_id, COALESCE(NEW.decision_level_id, 0),
                COALESCE(NEW.decision_kind_id, 0), NEW.classification, CASE WHEN NEW.paper THEN 0 ELSE 1 END,
                CASE WHEN NEW.paper THEN 1 ELSE 0 END)
        ON CONFLICT (month, unit_id, decision_level_id, decision_kind_id, classification)
        DO UPDATE SET electronic = t.electronic + EXCLUDED.electronic, paper = t.paper + EXCLUDED.paper;
    END IF;
    RETURN NULL;
END
$$
-- split
CREATE TRIGGER documents_tally_insert AFTER INSERT ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_decision()
-- split
CREATE TRIGGER documents_tally_update AFTER UPDATE OF kind, status, paper, decided_on, unit_id, decision_level_id,
    decision_kind_id, classification ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_decision()
-- split
CREATE TRIGGER documents_tally_delete AFTER DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_tally_decision()
-- split
-- Nobody but the trigger function (running as the owner) writes the tallies.
CREATE FUNCTION kessai_guard_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT kessai_privileged() THEN
        PERFORM kessai_refuse('the desk''s tallies follow the documents: nobody writes them');
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$
-- split
CREATE TRIGGER decision_tallies_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_tallies
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_tally()
-- split
ALTER TABLE decision_tallies ENABLE ROW LEVEL SECURITY
-- split
CREATE POLICY decision_tallies_desk ON decision_tallies FOR SELECT
    USING ((SELECT kessai_desk_sees_all()) OR unit_id = ANY ((SELECT kessai_desk_units())::bigint[]))
-- split
CREATE TRIGGER decision_kinds_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_kinds
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_admin_only()
-- split
-- A paper decision records its kind (p_kind, NULL = not recorded): the function of schema 9 with
-- one more parameter.
DROP FUNCTION kessai_register_paper(bigint, bigint, text, bigint, bigint, text, text, text, bigint, text, text, integer)
-- split
CREATE FUNCTION kessai_register_paper(p_unit bigint, p_drafter bigint, p_title text, p_level bigint, p_file bigint,
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
$$;
-- split
-- A paper decision's scan is attached by its registrant in the registering transaction (and at
-- no other time: the decided document is frozen).
CREATE OR REPLACE FUNCTION kessai_may_edit_attachments(p_document bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM documents d WHERE d.id = p_document AND (
        (d.status IN ('draft', 'returned') AND d.drafter_id = kessai_actor_id())
        OR (d.status = 'in_review' AND EXISTS (
            SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.state = 'pending' AND s.may_edit
            AND (s.assignee_id = kessai_actor_id() OR kessai_proxy_of(s.assignee_id) = kessai_actor_id())))
        -- the scan of a paper decision, by its registrant, in the transaction that registers it
        OR EXISTS (SELECT 1 FROM paper_decisions p WHERE p.document_id = d.id AND p.registered_by = kessai_actor_id()
                   AND p.tx = txid_current())))
$$;
-- split
-- ... and its version is the one a decided document takes (schema 5 froze them all).
CREATE OR REPLACE FUNCTION kessai_attachment_versions_frozen() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    doc record;
BEGIN
    SELECT d.id, d.status INTO doc FROM attachments a JOIN documents d ON d.id = a.document_id
        WHERE a.id = NEW.attachment_id;
    IF doc.status IN ('decided', 'enforced', 'closed')
       AND NOT EXISTS (SELECT 1 FROM paper_decisions p WHERE p.document_id = doc.id AND p.tx = txid_current()) THEN
        RAISE EXCEPTION 'a decided document is frozen: its attachments cannot change';
    END IF;
    RETURN NEW;
END;
$$
-- split
SELECT kessai_grant_privileges()
-- split
GRANT INSERT, UPDATE, DELETE ON paper_reasons, rate_exclusions, decision_kinds TO kessai_staff
