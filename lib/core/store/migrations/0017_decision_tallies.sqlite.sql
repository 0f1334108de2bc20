-- SQLite part of schema v17: the tally triggers, the views with the kind, and rate_exclusions
-- rebuilt so that a rule may name a kind (SQLite cannot change a CHECK in place).
CREATE TABLE rate_exclusions_v17 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    decision_level_id BIGINT REFERENCES decision_levels (id),
    classification    TEXT CHECK (classification IN ('public', 'secret')),
    decision_kind_id  BIGINT REFERENCES decision_kinds (id),
    note              TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    CHECK (decision_level_id IS NOT NULL OR classification IS NOT NULL OR decision_kind_id IS NOT NULL)
)
-- split
INSERT INTO rate_exclusions_v17 (id, decision_level_id, classification, note, created_at)
    SELECT id, decision_level_id, classification, note, created_at FROM rate_exclusions
-- split
DROP TABLE rate_exclusions
-- split
ALTER TABLE rate_exclusions_v17 RENAME TO rate_exclusions
-- split
DROP VIEW decision_facts
-- split
CREATE VIEW decision_facts AS
    SELECT d.id AS document_id, d.unit_id, d.decision_level_id, d.classification, d.paper, d.decided_on,
           d.number_label, CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           CASE WHEN d.paper THEN NULL
                ELSE (julianday(d.decided_at) - julianday(d.submitted_at)) * 24.0 END AS hours_to_decide,
           EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = d.id
                   AND e.action = 'workflow.return') AS returned,
           (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = d.id) AS reason_id, d.file_id,
           d.decision_kind_id
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
-- split
-- On one machine the application limits what the desk shows (DeskScope); the view only names
-- the counts the same on both backends.
CREATE VIEW decision_tally_facts AS
    SELECT t.month, t.unit_id, t.decision_level_id, t.decision_kind_id, t.classification, t.electronic, t.paper
    FROM decision_tallies t
-- split
CREATE TRIGGER documents_tally_insert AFTER INSERT ON documents
    WHEN NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed')
BEGIN
    INSERT INTO decision_tallies (month, unit_id, decision_level_id, decision_kind_id, classification, electronic, paper)
    VALUES (substr(NEW.decided_on, 1, 7), NEW.unit_id, COALESCE(NEW.decision_level_id, 0),
            COALESCE(NEW.decision_kind_id, 0), NEW.classification, CASE WHEN NEW.paper THEN 0 ELSE 1 END,
            CASE WHEN NEW.paper THEN 1 ELSE 0 END)
    ON CONFLICT (month, unit_id, decision_level_id, decision_kind_id, classification)
    DO UPDATE SET electronic = electronic + excluded.electronic, paper = paper + excluded.paper;
END
-- split
-- An update takes the old row's count away (first) and adds the new row's.
CREATE TRIGGER documents_tally_update_old AFTER UPDATE OF kind, status, paper, decided_on, unit_id,
    decision_level_id, decision_kind_id, classification ON documents
    WHEN OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed')
BEGIN
    UPDATE decision_tallies SET electronic = electronic - CASE WHEN OLD.paper THEN 0 ELSE 1 END,
                                paper = paper - CASE WHEN OLD.paper THEN 1 ELSE 0 END
    WHERE month = substr(OLD.decided_on, 1, 7) AND unit_id = OLD.unit_id
      AND decision_level_id = COALESCE(OLD.decision_level_id, 0)
      AND decision_kind_id = COALESCE(OLD.decision_kind_id, 0) AND classification = OLD.classification;
END
-- split
CREATE TRIGGER documents_tally_update_new AFTER UPDATE OF kind, status, paper, decided_on, unit_id,
    decision_level_id, decision_kind_id, classification ON documents
    WHEN NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed')
BEGIN
    INSERT INTO decision_tallies (month, unit_id, decision_level_id, decision_kind_id, classification, electronic, paper)
    VALUES (substr(NEW.decided_on, 1, 7), NEW.unit_id, COALESCE(NEW.decision_level_id, 0),
            COALESCE(NEW.decision_kind_id, 0), NEW.classification, CASE WHEN NEW.paper THEN 0 ELSE 1 END,
            CASE WHEN NEW.paper THEN 1 ELSE 0 END)
    ON CONFLICT (month, unit_id, decision_level_id, decision_kind_id, classification)
    DO UPDATE SET electronic = electronic + excluded.electronic, paper = paper + excluded.paper;
END
-- split
CREATE TRIGGER documents_tally_delete AFTER DELETE ON documents
    WHEN OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed')
BEGIN
    UPDATE decision_tallies SET electronic = electronic - CASE WHEN OLD.paper THEN 0 ELSE 1 END,
                                paper = paper - CASE WHEN OLD.paper THEN 1 ELSE 0 END
    WHERE month = substr(OLD.decided_on, 1, 7) AND unit_id = OLD.unit_id
      AND decision_level_id = COALESCE(OLD.decision_level_id, 0)
      AND decision_kind_id = COALESCE(OLD.decision_kind_id, 0) AND classification = OLD.classification;
END
-- split
-- A paper decision's scan is its first attachment, added when it is registered: the one change a
-- decided document takes (the application checks that its registrant adds it then).
DROP TRIGGER attachment_versions_frozen_after_decision
-- split
CREATE TRIGGER attachment_versions_frozen_after_decision BEFORE INSERT ON attachment_versions
WHEN (SELECT d.status FROM attachments a JOIN documents d ON d.id = a.document_id
      WHERE a.id = NEW.attachment_id) IN ('decided', 'enforced', 'closed')
    AND NOT ((SELECT d.paper FROM attachments a JOIN documents d ON d.id = a.document_id
              WHERE a.id = NEW.attachment_id)
             AND NOT EXISTS (SELECT 1 FROM attachment_versions v WHERE v.attachment_id = NEW.attachment_id))
BEGIN
    SELECT RAISE(ABORT, 'a decided document is frozen: its attachments cannot change');
END
