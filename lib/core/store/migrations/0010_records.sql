-- Kessai schema v10: records management (文書管理): the 文書分類表, 簿冊 with their 保存期間,
-- 起算日 and 満了日, legal holds, the 廃棄・移管・延長 伺い and what their 決裁 did.
-- Same placeholders as v1. Retention periods are stored as codes: 'under_1' (1年未満), '1',
-- '3', '5', '10', '30' (years) and 'in_use' (常用).

-- 文書分類表: per 課, up to four levels (大・中・小・細分類). A leaf gives the 簿冊 made from it
-- their default 保存期間 and 満了時の措置 (the office's 保存期間表).
CREATE TABLE filing_classes (
    id          @ID@,
    unit_id     BIGINT NOT NULL REFERENCES units (id),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    parent_id   BIGINT REFERENCES filing_classes (id),
    depth       INTEGER NOT NULL CHECK (depth BETWEEN 1 AND 4),
    retention   TEXT CHECK (retention IN ('under_1', '1', '3', '5', '10', '30', 'in_use')),
    disposition TEXT CHECK (disposition IN ('transfer', 'destroy')),
    created_at  TEXT NOT NULL,
    UNIQUE (unit_id, code)
);
CREATE INDEX filing_classes_parent ON filing_classes (parent_id);

-- 簿冊 gain their place in the 分類表 and their lifecycle. started_on (起算日) and
-- expires_on (満了日, NULL for 常用) follow from the rules (RetentionRules), never typed.
-- status: open (使用中), closed (完結 / 保存 / 満了予定, by the dates), transfer_pending (移管
-- decided, package not yet made), transferred (移管済), destroyed (廃棄済).
ALTER TABLE files ADD COLUMN filing_class_id BIGINT REFERENCES filing_classes (id);
ALTER TABLE files ADD COLUMN retention TEXT;
ALTER TABLE files ADD COLUMN started_on TEXT;
ALTER TABLE files ADD COLUMN expires_on TEXT;
ALTER TABLE files ADD COLUMN medium TEXT NOT NULL DEFAULT 'electronic';
ALTER TABLE files ADD COLUMN manager TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
ALTER TABLE files ADD COLUMN closed_at TEXT;
ALTER TABLE files ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
UPDATE files SET retention = CASE WHEN retention_years IS NULL THEN 'in_use'
                                  WHEN retention_years = 0 THEN 'under_1'
                                  ELSE CAST(retention_years AS TEXT) END;
UPDATE files SET started_on = CAST(fiscal_year + 1 AS TEXT) || '-04-01';
UPDATE files SET expires_on = CASE WHEN retention = 'in_use' THEN NULL
                                   WHEN retention = 'under_1' THEN CAST(fiscal_year + 1 AS TEXT) || '-03-31'
                                   ELSE CAST(fiscal_year + 1 + CAST(retention AS INTEGER) AS TEXT) || '-03-31' END;
CREATE INDEX files_expiry ON files (status, expires_on);

-- What happened to a 簿冊 besides its creation: 完結, 延長 (the old and new 満了日 and the
-- reason), 移管 decided and done, 廃棄, a move to the successor 課 after a 組織改編.
-- Append-only, like the audit log that also records each of these.
CREATE TABLE file_history (
    id               @ID@,
    file_id          BIGINT NOT NULL REFERENCES files (id),
    event            TEXT NOT NULL CHECK (event IN ('close', 'extend', 'transfer_decided', 'transferred',
                                                     'destroy', 'reassign')),
    occurred_at      TEXT NOT NULL,
    actor_login      TEXT NOT NULL,
    request_id       BIGINT REFERENCES documents (id),
    old_expires_on   TEXT,
    new_expires_on   TEXT,
    old_unit_id      BIGINT REFERENCES units (id),
    new_unit_id      BIGINT REFERENCES units (id),
    reason           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX file_history_file ON file_history (file_id, id);

-- 訴訟・情報公開請求対応 holds: while one on a 簿冊 or on one of its documents is not lifted,
-- the 簿冊 is not destroyed.
CREATE TABLE record_holds (
    id          @ID@,
    file_id     BIGINT REFERENCES files (id),
    document_id BIGINT REFERENCES documents (id),
    reason      TEXT NOT NULL,
    placed_by   TEXT NOT NULL,
    placed_at   TEXT NOT NULL,
    lifted_by   TEXT,
    lifted_at   TEXT,
    CHECK ((file_id IS NULL) <> (document_id IS NULL))
);
CREATE INDEX record_holds_file ON record_holds (file_id);
CREATE INDEX record_holds_document ON record_holds (document_id);

-- A 廃棄 / 移管 / 延長 伺い is an ordinary document (routed and decided like any other); this
-- says what it asks for. Its 決裁 carries it out (carried_out_at).
CREATE TABLE disposal_requests (
    document_id    BIGINT PRIMARY KEY REFERENCES documents (id),
    action         TEXT NOT NULL CHECK (action IN ('destroy', 'transfer', 'extend')),
    extend_years   INTEGER,
    reason         TEXT NOT NULL DEFAULT '',
    carried_out_at TEXT
);
CREATE TABLE disposal_request_files (
    document_id BIGINT NOT NULL REFERENCES disposal_requests (document_id),
    file_id     BIGINT NOT NULL REFERENCES files (id),
    PRIMARY KEY (document_id, file_id)
);
CREATE INDEX disposal_request_files_file ON disposal_request_files (file_id);

-- Content whose every document was destroyed (廃棄): its chunks are deleted; the row stays
-- (size, and the hash as 'destroyed:<sha256>', so the same bytes stored again are new content)
-- so the versions that held it still say what they were.
ALTER TABLE blobs ADD COLUMN destroyed_at TEXT;
