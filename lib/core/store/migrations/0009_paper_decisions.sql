-- Kessai schema v9: 書面決裁 (decisions made on paper) and the administrator's desk
-- (電子決裁率, 滞留). See docs/schema.md, "Version 9".

-- Why a decision went on paper: the office's own list (administrators edit it). needs_text
-- marks "other", whose record must say in words why.
CREATE TABLE paper_reasons (
    id         @ID@,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    needs_text @BOOL@ NOT NULL DEFAULT FALSE,
    active     @BOOL@ NOT NULL DEFAULT TRUE,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO paper_reasons (code, name, needs_text, sort_order) VALUES
    ('oversized', '添付資料が大きい・電子化が困難（製本、大判図面等）', FALSE, 10),
    ('accounting', '支出原議を会計へ送付', FALSE, 20),
    ('secret', '秘文書', FALSE, 30),
    ('system_unavailable', 'システム停止', FALSE, 40),
    ('other', 'その他', TRUE, 90);

-- One row for each document decided on paper (documents.paper): registered afterwards
-- (switched = FALSE) or switched to paper midway by a 文書管理者 (switched = TRUE).
-- decider is the 決裁者 as written on the paper. tx is the PostgreSQL transaction that wrote
-- it (the server's check that a document turned paper together with its record), NULL on SQLite.
CREATE TABLE paper_decisions (
    document_id   BIGINT PRIMARY KEY REFERENCES documents (id),
    reason_id     BIGINT NOT NULL REFERENCES paper_reasons (id),
    reason_text   TEXT NOT NULL DEFAULT '',
    decider       TEXT NOT NULL,
    switched      @BOOL@ NOT NULL DEFAULT FALSE,
    registered_by BIGINT NOT NULL REFERENCES users (id),
    registered_at TEXT NOT NULL,
    tx            BIGINT
);
CREATE INDEX paper_decisions_reason ON paper_decisions (reason_id);

-- What the 電子決裁率 leaves out, by the office's decision: every rule is printed with the
-- rate, with the number of decisions it excluded. A rule names a 決裁区分 or 秘 documents.
CREATE TABLE rate_exclusions (
    id                @ID@,
    decision_level_id BIGINT REFERENCES decision_levels (id),
    classification    TEXT CHECK (classification IN ('public', 'secret')),
    note              TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    CHECK (decision_level_id IS NOT NULL OR classification IS NOT NULL)
);

-- The desk's aggregates: decisions by 決裁日 (the rate, its trend, the units list), covering
-- every column the rate reads, so that a year of decisions is counted from the index alone.
CREATE INDEX documents_decided ON documents (decided_on, unit_id, paper, decision_level_id, classification, status)
    WHERE kind = 'decision' AND decided_on IS NOT NULL;

-- Waiting steps (滞留) without reading every step.
CREATE INDEX route_steps_pending ON route_steps (document_id) WHERE state = 'pending';

-- 差戻し: whether a document was ever returned, looked up per decision.
CREATE INDEX audit_events_document_action ON audit_events (entity_id, action) WHERE entity_type = 'document';
