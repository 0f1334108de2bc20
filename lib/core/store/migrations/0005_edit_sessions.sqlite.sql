-- SQLite-only part of schema v5: the version history is append-only, and no version is added
-- to an attachment of a decided, enforced or closed document, whatever client writes.
CREATE TRIGGER attachment_versions_no_update BEFORE UPDATE ON attachment_versions
BEGIN
    SELECT RAISE(ABORT, 'attachment_versions is append-only: a change is a new version');
END;
-- split
CREATE TRIGGER attachment_versions_no_delete BEFORE DELETE ON attachment_versions
BEGIN
    SELECT RAISE(ABORT, 'attachment_versions is append-only: a change is a new version');
END;
-- split
CREATE TRIGGER attachment_versions_frozen_after_decision BEFORE INSERT ON attachment_versions
WHEN (SELECT d.status FROM attachments a JOIN documents d ON d.id = a.document_id
      WHERE a.id = NEW.attachment_id) IN ('decided', 'enforced', 'closed')
BEGIN
    SELECT RAISE(ABORT, 'a decided document is frozen: its attachments cannot change');
END;
