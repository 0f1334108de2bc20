-- Kessai schema v12: full-text search across documents and the text of their attachments
-- (docs/schema.md, "Version 12"). The analyzed tokens (SearchAnalyzer: width- and case-folded,
-- CJK runs as single characters and overlapping bigrams, ASCII/digits as words) are computed
-- by the client and stored as space-separated text; each backend indexes them with its own
-- machinery (SQLite FTS5, PostgreSQL tsvector + GIN: the variants of this file).

-- The text of content, per page, extracted once per content (like renditions) and shared by
-- every document, version and client: the PDF text layer, a text file's text, the text of an
-- office file's rendition, or OCR of a scan. Deleted with the content.
CREATE TABLE content_text (
    blob_id    BIGINT NOT NULL REFERENCES blobs (id) ON DELETE CASCADE,
    page       INTEGER NOT NULL CHECK (page >= 1),
    method     TEXT NOT NULL CHECK (method IN ('text', 'pdf', 'office', 'ocr')),
    text       TEXT NOT NULL,
    -- why OCR gave up on the page (time limit, not an image of a document), '' when it did not
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (blob_id, page)
);

-- How far extraction of a content got: 'ocr' while pages wait for OCR (the background worker
-- takes them one by one, so a stopped client resumes where it was), 'done' when every page has
-- text or a recorded reason, 'failed' when the content could not be read at all ('error').
CREATE TABLE content_extractions (
    blob_id    BIGINT PRIMARY KEY REFERENCES blobs (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('ocr', 'done', 'failed')),
    page_count INTEGER NOT NULL DEFAULT 0,
    ocr_pages  TEXT NOT NULL DEFAULT '',
    error      TEXT NOT NULL DEFAULT '',
    extractor  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX content_extractions_waiting ON content_extractions (status, blob_id);

-- The search index: one row per document (件名, 本文, comments, 文書番号, 簿冊, attachment names)
-- and per page of each current attachment. Rows of an attachment go with its content.
CREATE TABLE search_entries (
    id            @ID@,
    document_id   BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    attachment_id BIGINT REFERENCES attachments (id) ON DELETE CASCADE,
    blob_id       BIGINT REFERENCES blobs (id) ON DELETE CASCADE,
    page          INTEGER NOT NULL DEFAULT 0,
    tokens        TEXT NOT NULL
);
CREATE INDEX search_entries_document ON search_entries (document_id);
CREATE INDEX search_entries_blob ON search_entries (blob_id);

-- The indexer reads a document's comments (and which step comments they hold) for every document.
CREATE INDEX comments_document ON comments (document_id);
CREATE INDEX comments_step ON comments (step_id);

-- Documents whose index rows are out of date, filled by triggers on what is indexed, emptied by
-- the indexer (SearchIndexer) of whichever client may see the document.
CREATE TABLE search_pending (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    queued_at   TEXT NOT NULL
);
