-- Kessai schema v1. One text for both backends: the migrator replaces
-- @ID@, @BLOB@ and @BOOL@ with each dialect's type. Times are UTC ISO-8601 text
-- ('2026-04-01T09:00:00.000Z'), dates are 'YYYY-MM-DD': portable and sortable.

-- Application marker and settings of this database.
CREATE TABLE kessai_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The organization (自治体) this database belongs to; exactly one row.
CREATE TABLE organization (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- 所属: 部 → 課 → 係.
CREATE TABLE units (
    id         @ID@,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('department', 'division', 'section', 'office')),
    parent_id  BIGINT REFERENCES units (id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     @BOOL@ NOT NULL DEFAULT TRUE
);

-- 役職 with a rank: the higher the rank, the higher on the deciding line.
CREATE TABLE titles (
    id   @ID@,
    name TEXT NOT NULL UNIQUE,
    rank INTEGER NOT NULL
);

CREATE TABLE users (
    id           @ID@,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    kana         TEXT NOT NULL DEFAULT '',
    title_id     BIGINT REFERENCES titles (id),
    unit_id      BIGINT REFERENCES units (id),
    active       @BOOL@ NOT NULL DEFAULT TRUE,
    created_at   TEXT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role    TEXT NOT NULL CHECK (role IN ('clerk', 'approver', 'records_manager', 'admin')),
    PRIMARY KEY (user_id, role)
);

-- 不在: steps assigned during the period go to the 代理者 (proxy).
CREATE TABLE absences (
    id            @ID@,
    user_id       BIGINT NOT NULL REFERENCES users (id),
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    proxy_user_id BIGINT REFERENCES users (id),
    reason        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- 決裁区分 (知事決裁, 部長決裁, 課長専決 …); approver_rank is the title rank that decides.
CREATE TABLE decision_levels (
    id            @ID@,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    approver_rank INTEGER NOT NULL,
    sort_order    INTEGER NOT NULL DEFAULT 0
);

-- 保存期間表: retention_years NULL means 常用 (kept while in use).
CREATE TABLE retention_schedule (
    id              @ID@,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    retention_years INTEGER,
    disposition     TEXT NOT NULL CHECK (disposition IN ('transfer', 'destroy', 'extend'))
);

-- 簿冊 / 行政文書ファイル.
CREATE TABLE files (
    id              @ID@,
    unit_id         BIGINT NOT NULL REFERENCES units (id),
    fiscal_year     INTEGER NOT NULL,
    name            TEXT NOT NULL,
    retention_id    BIGINT NOT NULL REFERENCES retention_schedule (id),
    retention_years INTEGER,
    disposition     TEXT NOT NULL CHECK (disposition IN ('transfer', 'destroy', 'extend')),
    location        TEXT NOT NULL DEFAULT '',
    active          @BOOL@ NOT NULL DEFAULT TRUE,
    UNIQUE (unit_id, fiscal_year, name)
);

CREATE TABLE documents (
    id                 @ID@,
    kind               TEXT NOT NULL CHECK (kind IN ('decision', 'report', 'received')),
    title              TEXT NOT NULL,
    body               TEXT NOT NULL DEFAULT '',
    drafter_id         BIGINT NOT NULL REFERENCES users (id),
    unit_id            BIGINT NOT NULL REFERENCES units (id),
    decision_level_id  BIGINT REFERENCES decision_levels (id),
    file_id            BIGINT REFERENCES files (id),
    retention_years    INTEGER,
    classification     TEXT NOT NULL DEFAULT 'public' CHECK (classification IN ('public', 'secret')),
    status             TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'returned', 'decided',
                                                      'rejected', 'enforced', 'closed')),
    urgent             @BOOL@ NOT NULL DEFAULT FALSE,
    planned_enforce_on TEXT,
    fiscal_year        INTEGER,
    number_unit_id     BIGINT REFERENCES units (id),
    doc_number         INTEGER,
    number_label       TEXT,
    paper              @BOOL@ NOT NULL DEFAULT FALSE,
    source_document_id BIGINT REFERENCES documents (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    submitted_at       TEXT,
    decided_at         TEXT,
    enforced_at        TEXT,
    closed_at          TEXT,
    row_version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (number_unit_id, fiscal_year, doc_number)
);
CREATE INDEX documents_drafter ON documents (drafter_id, status);
CREATE INDEX documents_unit ON documents (unit_id, status);

-- 文書番号 counters: one running number per unit and fiscal year (April–March).
CREATE TABLE number_counters (
    unit_id     BIGINT NOT NULL REFERENCES units (id),
    fiscal_year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (unit_id, fiscal_year)
);

-- Content-addressed storage: one row per distinct content, its bytes in ~1 MiB chunks.
CREATE TABLE blobs (
    id         @ID@,
    sha256     TEXT NOT NULL UNIQUE,
    size       BIGINT NOT NULL,
    chunk_size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE blob_chunks (
    blob_id BIGINT NOT NULL REFERENCES blobs (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    data    @BLOB@ NOT NULL,
    PRIMARY KEY (blob_id, seq)
);

-- 添付: position is the user's order; original_name keeps what the file was called.
CREATE TABLE attachments (
    id            @ID@,
    document_id   BIGINT NOT NULL REFERENCES documents (id),
    position      INTEGER NOT NULL,
    display_name  TEXT NOT NULL,
    original_name TEXT NOT NULL,
    mime_type     TEXT NOT NULL,
    page_count    INTEGER,
    created_by    BIGINT NOT NULL REFERENCES users (id),
    created_at    TEXT NOT NULL,
    removed_at    TEXT
);
CREATE INDEX attachments_document ON attachments (document_id, position);

CREATE TABLE attachment_versions (
    id            @ID@,
    attachment_id BIGINT NOT NULL REFERENCES attachments (id),
    version_no    INTEGER NOT NULL,
    blob_id       BIGINT NOT NULL REFERENCES blobs (id),
    size          BIGINT NOT NULL,
    author_id     BIGINT NOT NULL REFERENCES users (id),
    created_at    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (attachment_id, version_no)
);

-- Route: ordered stages; a stage holds one step or several parallel ones (合議).
CREATE TABLE route_stages (
    id          @ID@,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    seq         INTEGER NOT NULL,
    UNIQUE (document_id, seq)
);

CREATE TABLE route_steps (
    id               @ID@,
    stage_id         BIGINT NOT NULL REFERENCES route_stages (id),
    document_id      BIGINT NOT NULL REFERENCES documents (id),
    kind             TEXT NOT NULL CHECK (kind IN ('review', 'consult', 'decide', 'circulate', 'post_review')),
    assignee_id      BIGINT REFERENCES users (id),
    assignee_unit_id BIGINT REFERENCES units (id),
    state            TEXT NOT NULL CHECK (state IN ('waiting', 'pending', 'approved', 'returned', 'rejected',
                                                    'decided', 'read', 'skipped')),
    acted_by         BIGINT REFERENCES users (id),
    acting_for       BIGINT REFERENCES users (id),
    acted_at         TEXT,
    comment          TEXT NOT NULL DEFAULT '',
    may_edit         @BOOL@ NOT NULL DEFAULT FALSE
);
CREATE INDEX route_steps_assignee ON route_steps (assignee_id, state);
CREATE INDEX route_steps_document ON route_steps (document_id);

CREATE TABLE comments (
    id          @ID@,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    step_id     BIGINT REFERENCES route_steps (id),
    author_id   BIGINT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    body        TEXT NOT NULL
);

-- Append-only audit log; hash = SHA-256(prev_hash || canonical event text).
CREATE TABLE audit_events (
    id          @ID@,
    occurred_at TEXT NOT NULL,
    actor_login TEXT NOT NULL,
    real_login  TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   BIGINT,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);

-- Single row holding the chain's head: locking it serialises appends across clients.
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '');
