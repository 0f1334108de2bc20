-- SQLite part of schema v20: the triggers that keep the desk's paper-reason and time tallies,
-- and decision_facts with the time counted the same way (hours_bucket). Every condition here is
-- the one of decision_facts: a decision decided, paper or electronic (with both moments known).
-- SQLite has no functions of its own: the hour rounding (whole hours rounded up, whole days
-- beyond 2,880 minutes) is written out where it is needed; PostgreSQL has kessai_hours_bucket.
INSERT INTO decision_time_tallies (month, unit_id, decision_level_id, hours, decisions, returned)
    SELECT substr(d.decided_on, 1, 7), d.unit_id, COALESCE(d.decision_level_id, 0),
            (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(d.decided_at) - julianday(d.submitted_at)) * 1440.0) AS INTEGER)) AS m)), count(*),
           SUM(CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document'
                              AND e.entity_id = d.id AND e.action = 'workflow.return') THEN 1 ELSE 0 END)
    FROM documents d WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
     AND NOT d.paper AND d.submitted_at IS NOT NULL AND d.decided_at IS NOT NULL
    GROUP BY 1, 2, 3, 4
-- split
DROP VIEW decision_facts
-- split
CREATE VIEW decision_facts AS
    SELECT d.id AS document_id, d.unit_id, d.decision_level_id, d.classification, d.paper, d.decided_on,
           d.number_label, CASE WHEN d.classification = 'secret' THEN '' ELSE d.title END AS title,
           CASE WHEN d.paper THEN NULL
                ELSE (julianday(d.decided_at) - julianday(d.submitted_at)) * 24.0 END AS hours_to_decide,
           EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document'
                              AND e.entity_id = d.id AND e.action = 'workflow.return') AS returned,
           (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = d.id) AS reason_id, d.file_id,
           d.decision_kind_id,
           CASE WHEN d.paper OR d.submitted_at IS NULL OR d.decided_at IS NULL THEN NULL ELSE (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(d.decided_at) - julianday(d.submitted_at)) * 1440.0) AS INTEGER)) AS m)) END AS hours_bucket
    FROM documents d
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
-- split
CREATE VIEW decision_time_facts AS
    SELECT t.month, t.unit_id, t.decision_level_id, t.hours, t.decisions, t.returned FROM decision_time_tallies t
-- split
-- waiting_steps with only what the 滞留 counts read.
CREATE VIEW stall_facts AS
    SELECT s.id AS step_id, s.document_id, d.unit_id, s.assignee_id,
           COALESCE((SELECT max(o.acted_at) FROM route_steps o WHERE o.document_id = s.document_id),
                    d.submitted_at) AS waiting_since
    FROM route_steps s JOIN documents d ON d.id = s.document_id
    WHERE s.state = 'pending' AND s.kind <> 'post_review' AND d.status = 'in_review'
-- split
CREATE VIEW paper_reason_facts AS
    SELECT t.month, t.unit_id, t.reason_id, t.decisions FROM paper_reason_tallies t
-- split
-- The time tallies: an electronic decision counted at its 決裁 (its 差戻し are behind it) ...
CREATE TRIGGER documents_time_tally_insert AFTER INSERT ON documents
    WHEN NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed')
     AND NOT NEW.paper AND NEW.submitted_at IS NOT NULL AND NEW.decided_at IS NOT NULL
BEGIN
    INSERT INTO decision_time_tallies (month, unit_id, decision_level_id, hours, decisions, returned)
    VALUES (substr(NEW.decided_on, 1, 7), NEW.unit_id, COALESCE(NEW.decision_level_id, 0),
            (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(NEW.decided_at) - julianday(NEW.submitted_at)) * 1440.0) AS INTEGER)) AS m)), 1,
            CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document'
                              AND e.entity_id = NEW.id AND e.action = 'workflow.return') THEN 1 ELSE 0 END)
    ON CONFLICT (month, unit_id, decision_level_id, hours)
    DO UPDATE SET decisions = decisions + excluded.decisions, returned = returned + excluded.returned;
END
-- split
-- ... an update takes the old row's count away (first) and adds the new row's.
CREATE TRIGGER documents_time_tally_update_old AFTER UPDATE OF kind, status, paper, decided_on, decided_at, submitted_at, unit_id,
    decision_level_id ON documents
    WHEN OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed')
     AND NOT OLD.paper AND OLD.submitted_at IS NOT NULL AND OLD.decided_at IS NOT NULL
BEGIN
    UPDATE decision_time_tallies SET decisions = decisions - 1,
        returned = returned - CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document'
                              AND e.entity_id = OLD.id AND e.action = 'workflow.return') THEN 1 ELSE 0 END
    WHERE month = substr(OLD.decided_on, 1, 7) AND unit_id = OLD.unit_id
      AND decision_level_id = COALESCE(OLD.decision_level_id, 0) AND hours =
          (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(OLD.decided_at) - julianday(OLD.submitted_at)) * 1440.0) AS INTEGER)) AS m));
END
-- split
CREATE TRIGGER documents_time_tally_update_new AFTER UPDATE OF kind, status, paper, decided_on, decided_at, submitted_at, unit_id,
    decision_level_id ON documents
    WHEN NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed')
     AND NOT NEW.paper AND NEW.submitted_at IS NOT NULL AND NEW.decided_at IS NOT NULL
BEGIN
    INSERT INTO decision_time_tallies (month, unit_id, decision_level_id, hours, decisions, returned)
    VALUES (substr(NEW.decided_on, 1, 7), NEW.unit_id, COALESCE(NEW.decision_level_id, 0),
            (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(NEW.decided_at) - julianday(NEW.submitted_at)) * 1440.0) AS INTEGER)) AS m)), 1,
            CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document'
                              AND e.entity_id = NEW.id AND e.action = 'workflow.return') THEN 1 ELSE 0 END)
    ON CONFLICT (month, unit_id, decision_level_id, hours)
    DO UPDATE SET decisions = decisions + excluded.decisions, returned = returned + excluded.returned;
END
-- split
CREATE TRIGGER documents_time_tally_delete AFTER DELETE ON documents
    WHEN OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed')
     AND NOT OLD.paper AND OLD.submitted_at IS NOT NULL AND OLD.decided_at IS NOT NULL
BEGIN
    UPDATE decision_time_tallies SET decisions = decisions - 1,
        returned = returned - CASE WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document'
                              AND e.entity_id = OLD.id AND e.action = 'workflow.return') THEN 1 ELSE 0 END
    WHERE month = substr(OLD.decided_on, 1, 7) AND unit_id = OLD.unit_id
      AND decision_level_id = COALESCE(OLD.decision_level_id, 0) AND hours =
          (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(OLD.decided_at) - julianday(OLD.submitted_at)) * 1440.0) AS INTEGER)) AS m));
END
-- split
-- A 差戻し recorded after the decision was counted (the first one of the document) moves it to
-- the returned ones.
CREATE TRIGGER audit_events_time_tally_return AFTER INSERT ON audit_events
    WHEN NEW.action = 'workflow.return' AND NEW.entity_type = 'document'
     AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_type = 'document' AND e.entity_id = NEW.entity_id
                     AND e.action = 'workflow.return' AND e.id <> NEW.id)
BEGIN
    UPDATE decision_time_tallies SET returned = returned + 1
    WHERE (month, unit_id, decision_level_id, hours) = (
        SELECT substr(d.decided_on, 1, 7), d.unit_id, COALESCE(d.decision_level_id, 0),
            (SELECT CASE WHEN m <= 2880 THEN (m + 59) / 60 ELSE ((m + 1439) / 1440) * 24 END
             FROM (SELECT MAX(0, CAST(round((julianday(d.decided_at) - julianday(d.submitted_at)) * 1440.0) AS INTEGER)) AS m))
        FROM documents d WHERE d.id = NEW.entity_id AND d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed')
     AND NOT d.paper AND d.submitted_at IS NOT NULL AND d.decided_at IS NOT NULL);
END
-- split
-- The reason tallies: a paper decision is counted when its reason is recorded ...
CREATE TRIGGER paper_decisions_reason_tally AFTER INSERT ON paper_decisions
BEGIN
    INSERT INTO paper_reason_tallies (month, unit_id, reason_id, decisions)
    SELECT substr(d.decided_on, 1, 7), d.unit_id, NEW.reason_id, 1 FROM documents d
    WHERE d.id = NEW.document_id AND d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed') AND d.paper
    ON CONFLICT (month, unit_id, reason_id) DO UPDATE SET decisions = decisions + 1;
END
-- split
-- ... and follows its document's changes, as the rate's tallies do.
CREATE TRIGGER documents_reason_tally_update_old AFTER UPDATE OF kind, status, paper, decided_on, decided_at, submitted_at, unit_id,
    decision_level_id ON documents
    WHEN OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed') AND OLD.paper
BEGIN
    UPDATE paper_reason_tallies SET decisions = decisions - 1
    WHERE month = substr(OLD.decided_on, 1, 7) AND unit_id = OLD.unit_id
      AND reason_id = (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = OLD.id);
END
-- split
CREATE TRIGGER documents_reason_tally_update_new AFTER UPDATE OF kind, status, paper, decided_on, decided_at, submitted_at, unit_id,
    decision_level_id ON documents
    WHEN NEW.kind = 'decision' AND NEW.decided_on IS NOT NULL AND NEW.status IN ('decided', 'enforced', 'closed') AND NEW.paper
BEGIN
    INSERT INTO paper_reason_tallies (month, unit_id, reason_id, decisions)
    SELECT substr(NEW.decided_on, 1, 7), NEW.unit_id, p.reason_id, 1 FROM paper_decisions p WHERE p.document_id = NEW.id
    ON CONFLICT (month, unit_id, reason_id) DO UPDATE SET decisions = decisions + 1;
END
-- split
CREATE TRIGGER documents_reason_tally_delete AFTER DELETE ON documents
    WHEN OLD.kind = 'decision' AND OLD.decided_on IS NOT NULL AND OLD.status IN ('decided', 'enforced', 'closed') AND OLD.paper
BEGIN
    UPDATE paper_reason_tallies SET decisions = decisions - 1
    WHERE month = substr(OLD.decided_on, 1, 7) AND unit_id = OLD.unit_id
      AND reason_id = (SELECT p.reason_id FROM paper_decisions p WHERE p.document_id = OLD.id);
END
