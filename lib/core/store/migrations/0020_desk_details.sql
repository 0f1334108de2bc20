-- Kessai schema v20: the desk's other figures at an office's scale (paper reasons, time to decide
-- and 差戻し), kept like the rate's (schema 17) by triggers in the writer's transaction.
-- See docs/schema.md, "Version 20".

-- 紙決裁の理由 per month of the 決裁日, unit and reason: one row for many paper decisions.
CREATE TABLE paper_reason_tallies (
    month     TEXT NOT NULL,
    unit_id   BIGINT NOT NULL REFERENCES units (id),
    reason_id BIGINT NOT NULL REFERENCES paper_reasons (id),
    decisions BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, unit_id, reason_id)
);
INSERT INTO paper_reason_tallies (month, unit_id, reason_id, decisions)
    SELECT substr(d.decided_on, 1, 7), d.unit_id, p.reason_id, count(*)
    FROM documents d JOIN paper_decisions p ON p.document_id = d.id
    WHERE d.kind = 'decision' AND d.decided_on IS NOT NULL AND d.status IN ('decided', 'enforced', 'closed') AND d.paper
    GROUP BY substr(d.decided_on, 1, 7), d.unit_id, p.reason_id;

-- 提出 → 決裁 of electronic decisions per month of the 決裁日, unit, 決裁区分 (0: none) and time
-- taken in whole hours, rounded up (to the whole day beyond two days: a few dozen values a
-- unit), with how many of them were sent back (差戻し) at least once. The median and 90th
-- percentile of any period are read from these counts by rank.
CREATE TABLE decision_time_tallies (
    month             TEXT NOT NULL,
    unit_id           BIGINT NOT NULL REFERENCES units (id),
    decision_level_id BIGINT NOT NULL DEFAULT 0,
    hours             INTEGER NOT NULL,
    decisions         BIGINT NOT NULL DEFAULT 0,
    returned          BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, unit_id, decision_level_id, hours)
);


-- 滞留: the steps due now with only what the counts need (stall_facts, per backend), read from
-- two small partial indexes that cover them — the steps due, the documents in review — and the
-- moment each waits since (the latest action on its route) from the end of an index instead of
-- from every step of the document. route_steps_document_acted replaces route_steps_document, its
-- prefix.
CREATE INDEX route_steps_due ON route_steps (document_id, assignee_id, id) WHERE state = 'pending' AND kind <> 'post_review';
CREATE INDEX documents_in_review ON documents (id, unit_id, submitted_at) WHERE status = 'in_review';
CREATE INDEX route_steps_document_acted ON route_steps (document_id, acted_at);
DROP INDEX route_steps_document;

-- The drill-down into one unit's decisions (schema 17's index) also covers paper and status: a
-- drill into paper decisions (of one reason) skips the electronic ones without reading them.
DROP INDEX documents_decided_by_unit;
CREATE INDEX documents_decided_by_unit ON documents (unit_id, decided_on, paper, status) WHERE kind = 'decision' AND decided_on IS NOT NULL;
