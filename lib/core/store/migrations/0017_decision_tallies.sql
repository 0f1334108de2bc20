-- Kessai schema v17: the desk at an office's scale, and the kind of a decision.
-- See docs/schema.md, "Version 17".

-- 文書の種類 (decision kind): what sort of business a decision is, one list for the whole office
-- (administrators edit it), so that the 電子決裁率 can be read by kind and a kind can be left out
-- of it by a visible rule. Not the 簿冊 (a unit's own series) nor the 文書分類表 (a unit's plan).
CREATE TABLE decision_kinds (
    id         @ID@,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    active     @BOOL@ NOT NULL DEFAULT TRUE,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO decision_kinds (code, name, sort_order) VALUES
    ('general', '一般', 10),
    ('expenditure', '支出（支出負担行為・支出命令）', 20),
    ('contract', '契約', 30),
    ('permit', '許認可・届出', 40),
    ('personnel', '人事・服務', 50),
    ('regulation', '例規・計画', 60);

ALTER TABLE documents ADD COLUMN decision_kind_id BIGINT REFERENCES decision_kinds (id);

-- The desk's counts, kept up to date by a trigger on documents in the same transaction as the
-- decision itself: one row per month of the 決裁日, unit, 決裁区分, kind and 秘, with the
-- electronic and paper decisions counted (0 stands for "not recorded" in the two ids, so that
-- the key is unique). A year of the rate then reads a few thousand rows instead of every decision.
CREATE TABLE decision_tallies (
    month             TEXT NOT NULL,
    unit_id           BIGINT NOT NULL REFERENCES units (id),
    decision_level_id BIGINT NOT NULL DEFAULT 0,
    decision_kind_id  BIGINT NOT NULL DEFAULT 0,
    classification    TEXT NOT NULL,
    electronic        BIGINT NOT NULL DEFAULT 0,
    paper             BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, unit_id, decision_level_id, decision_kind_id, classification)
);
INSERT INTO decision_tallies (month, unit_id, decision_level_id, decision_kind_id, classification, electronic, paper)
    SELECT substr(decided_on, 1, 7), unit_id, COALESCE(decision_level_id, 0), COALESCE(decision_kind_id, 0),
           classification, SUM(CASE WHEN paper THEN 0 ELSE 1 END), SUM(CASE WHEN paper THEN 1 ELSE 0 END)
    FROM documents
    WHERE kind = 'decision' AND decided_on IS NOT NULL AND status IN ('decided', 'enforced', 'closed')
    GROUP BY substr(decided_on, 1, 7), unit_id, COALESCE(decision_level_id, 0), COALESCE(decision_kind_id, 0),
             classification;

-- The desk's drill-down into one unit's decisions, newest first: the unit's range of 決裁日 read
-- in order, instead of a whole year of the office sorted.
CREATE INDEX documents_decided_by_unit ON documents (unit_id, decided_on) WHERE kind = 'decision' AND decided_on IS NOT NULL;
