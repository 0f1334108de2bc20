-- SQLite part of schema v9: the desk's views. The hours from 提出 to 決裁 are computed here in
-- SQLite's dialect; the queries over the views are the same on both backends.
-- (On one machine the application itself limits what the desk shows: DeskScope.)
CREATE VIEW decision_facts AS
    SELECT d.id AS document_id, d.unit_id, d.decision_level_id, d.classification, d.paper, d.decided_on,
           d.number_label, CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           CASE WHEN d.paper THEN NULL
                ELSE (julianday(d.decided_at) - julianday(d.submitted_at)) * 24.0 END AS hours_to_decide,
           EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = d.id
                   AND e.action = 'workflow.return') AS returned,
           (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = d.id) AS reason_id, d.file_id
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
-- split
CREATE VIEW waiting_steps AS
    SELECT s.id AS step_id, s.document_id, d.unit_id, d.decision_level_id, s.assignee_id, d.number_label,
           CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           COALESCE((SELECT max(o.acted_at) FROM route_steps o WHERE o.document_id = s.document_id),
                    d.submitted_at) AS waiting_since
    FROM route_steps s JOIN documents d ON d.id = s.document_id
    WHERE s.state = 'pending' AND s.kind <> 'post_review' AND d.status = 'in_review'
-- split
CREATE TRIGGER paper_decisions_append_only_update BEFORE UPDATE ON paper_decisions
BEGIN
    SELECT RAISE(ABORT, 'a paper decision''s record is never changed');
END;
-- split
CREATE TRIGGER paper_decisions_append_only_delete BEFORE DELETE ON paper_decisions
BEGIN
    SELECT RAISE(ABORT, 'a paper decision''s record is never deleted');
END;
