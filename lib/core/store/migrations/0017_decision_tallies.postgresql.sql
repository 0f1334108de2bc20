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
SELECT kessai_grant_privileges()
-- split
GRANT INSERT, UPDATE, DELETE ON paper_reasons, rate_exclusions, decision_kinds TO kessai_staff
