-- SQLite-only part of schema v16: a decided document's title and body stay frozen (schema 2),
-- except that its 廃棄 blanks the body (RecordDestruction) once a decided 廃棄 伺い lists its 簿冊.
DROP TRIGGER documents_frozen_after_decision;
-- split
CREATE TRIGGER documents_frozen_after_decision BEFORE UPDATE OF title, body ON documents
WHEN OLD.status IN ('decided', 'enforced', 'closed')
    AND (NEW.title IS NOT OLD.title OR NEW.body IS NOT OLD.body)
    AND NOT (NEW.title IS OLD.title AND NEW.body = '' AND EXISTS (
        SELECT 1 FROM disposal_request_files rf JOIN disposal_requests r ON r.document_id = rf.document_id
        JOIN documents q ON q.id = r.document_id
        WHERE rf.file_id = OLD.file_id AND r.action = 'destroy' AND q.status IN ('decided', 'enforced', 'closed')))
BEGIN
    SELECT RAISE(ABORT, 'a decided document is frozen: its title and body cannot change');
END;
