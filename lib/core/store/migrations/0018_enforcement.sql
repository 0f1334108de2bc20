-- Kessai schema v18: 施行 (sending out what was decided). See docs/schema.md, "Version 18".

-- 決裁時の版: each attachment's version and content when the document was decided, written by the
-- database itself at the 決裁 (triggers in the backend parts). The 施行文書 is compared with it.
CREATE TABLE decided_versions (
    document_id   BIGINT NOT NULL REFERENCES documents (id),
    attachment_id BIGINT NOT NULL REFERENCES attachments (id),
    version_no    INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    PRIMARY KEY (document_id, attachment_id)
);
INSERT INTO decided_versions (document_id, attachment_id, version_no, sha256)
    SELECT a.document_id, a.id, v.version_no, b.sha256
    FROM attachments a JOIN documents d ON d.id = a.document_id
    JOIN attachment_versions v ON v.attachment_id = a.id
        AND v.version_no = (SELECT max(x.version_no) FROM attachment_versions x WHERE x.attachment_id = a.id)
    JOIN blobs b ON b.id = v.blob_id
    WHERE d.status IN ('decided', 'enforced', 'closed') AND a.removed_at IS NULL;

-- 施行の記録: one per document, written with the 施行 and never rewritten. method: 施行方法,
-- seal: 公印 (押印 affixed / 公印省略 omitted); fair_copy_*: who checked the 浄書 and when,
-- issued_*: the 施行文書, the attachment issued, as the 決裁 fixed it.
CREATE TABLE enforcements (
    document_id          BIGINT PRIMARY KEY REFERENCES documents (id),
    enforced_on          TEXT NOT NULL,
    method               TEXT NOT NULL CHECK (method IN ('post', 'email', 'hand', 'internal', 'notice_board',
                                                         'system')),
    seal                 TEXT NOT NULL CHECK (seal IN ('affixed', 'omitted')),
    fair_copy_checked_by BIGINT REFERENCES users (id),
    fair_copy_checked_at TEXT,
    issued_attachment_id BIGINT REFERENCES attachments (id),
    issued_version_no    INTEGER,
    issued_sha256        TEXT,
    recorded_by          BIGINT NOT NULL REFERENCES users (id),
    recorded_at          TEXT NOT NULL
);

-- 施行先: where it went, in the order given; names from the shared list of correspondents
-- (senders, the 差出人の一覧 of 収受).
CREATE TABLE enforcement_destinations (
    document_id      BIGINT NOT NULL REFERENCES enforcements (document_id),
    position         INTEGER NOT NULL,
    correspondent_id BIGINT REFERENCES senders (id),
    name             TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
);
