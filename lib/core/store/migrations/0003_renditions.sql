-- Kessai schema v3: what the review view (一覧表示) needs to show every attachment at once.

-- A rendition is the form an attachment's content is shown in when it cannot be shown as it
-- is: the PDF LibreOffice makes of an office document. Keyed by the SHA-256 of the source
-- content, so the same content is converted once for every document, version and client.
-- A failed conversion is kept too (status 'failed', with the reason), so it is not retried
-- on every view; an explicit retry deletes the row first.
CREATE TABLE renditions (
    source_sha256 TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('pdf')),
    status        TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    blob_id       BIGINT REFERENCES blobs (id),
    page_count    INTEGER NOT NULL DEFAULT 0,
    error         TEXT NOT NULL DEFAULT '',
    converter     TEXT NOT NULL DEFAULT '',
    attempts      INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (source_sha256, kind),
    CHECK ((status = 'ok') = (blob_id IS NOT NULL))
);

-- The page sizes of content as the review view lays it out (points, run-length encoded:
-- "595.28x841.89*12;841.89x595.28"), computed once so the scrollbar is exact before any page
-- is painted. render_kind says what was measured (pdf, image, text, office = its rendition);
-- layout_version changes when Kessai lays that kind out differently.
CREATE TABLE page_layouts (
    sha256         TEXT NOT NULL,
    render_kind    TEXT NOT NULL,
    layout_version INTEGER NOT NULL,
    page_count     INTEGER NOT NULL,
    page_sizes     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (sha256, render_kind)
);
