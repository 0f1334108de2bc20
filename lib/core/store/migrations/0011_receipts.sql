-- Kessai schema v11: 収受 (received documents). A received document is a documents row of kind
-- 'received' (its 件名, its files as attachments, its visibility and its 供覧 route like any
-- document's); what only a receipt has is here.

-- 差出人: the reusable list of senders offered when registering a receipt.
CREATE TABLE senders (
    id         @ID@,
    name       TEXT NOT NULL UNIQUE,
    created_by BIGINT REFERENCES users (id),
    created_at TEXT NOT NULL
);

-- One row per received document. The 収受番号 (fiscal_year, receipt_number, number_label) is
-- given at registration, per unit and fiscal year of the 収受日, gap-free like the 文書番号.
CREATE TABLE receipts (
    document_id    BIGINT PRIMARY KEY REFERENCES documents (id),
    unit_id        BIGINT NOT NULL REFERENCES units (id),
    fiscal_year    INTEGER,
    receipt_number INTEGER,
    number_label   TEXT,
    received_on    TEXT NOT NULL,
    sender_id      BIGINT REFERENCES senders (id),
    sender_name    TEXT NOT NULL,
    addressee      TEXT NOT NULL DEFAULT '',
    source_date    TEXT NOT NULL DEFAULT '',
    source_number  TEXT NOT NULL DEFAULT '',
    channel        TEXT NOT NULL CHECK (channel IN ('post', 'hand', 'email', 'internal', 'fax')),
    handling       TEXT NOT NULL CHECK (handling IN ('circulate', 'draft', 'file_only')),
    registered_by  BIGINT NOT NULL REFERENCES users (id),
    registered_at  TEXT NOT NULL,
    -- the file's name in the 課's hot folder when it was picked up from there ('' otherwise): with
    -- the content's hash it tells a file already registered (the app stopped before removing it)
    source_file    TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_id, fiscal_year, receipt_number)
);
CREATE INDEX receipts_received ON receipts (unit_id, received_on);

-- 収受番号 counters, like number_counters for the 文書番号.
CREATE TABLE receipt_counters (
    unit_id     BIGINT NOT NULL REFERENCES units (id),
    fiscal_year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (unit_id, fiscal_year)
);

-- Requests from other business systems (request packages, docs/linkage.md): which system's
-- reference a document answers, and the folder its outcome files go to.
CREATE TABLE document_requests (
    document_id        BIGINT PRIMARY KEY REFERENCES documents (id),
    schema_version     INTEGER NOT NULL,
    external_reference TEXT NOT NULL,
    outbox             TEXT NOT NULL DEFAULT '',
    requested_by       BIGINT NOT NULL REFERENCES users (id),
    requested_at       TEXT NOT NULL
);
CREATE INDEX document_requests_reference ON document_requests (external_reference);
