-- SQLite-only part of schema v2: notes are append-only, and a decided document's title and
-- body are frozen for every client, not only for those that go through the store.
CREATE TRIGGER document_notes_no_update BEFORE UPDATE ON document_notes
BEGIN
    SELECT RAISE(ABORT, 'document_notes is append-only');
END;
-- split
CREATE TRIGGER document_notes_no_delete BEFORE DELETE ON document_notes
BEGIN
    SELECT RAISE(ABORT, 'document_notes is append-only');
END;
-- split
CREATE TRIGGER documents_frozen_after_decision BEFORE UPDATE OF title, body ON documents
WHEN OLD.status IN ('decided', 'enforced', 'closed')
    AND (NEW.title IS NOT OLD.title OR NEW.body IS NOT OLD.body)
BEGIN
    SELECT RAISE(ABORT, 'a decided document is frozen: its title and body cannot change');
END;
