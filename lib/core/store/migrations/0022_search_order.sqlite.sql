-- SQLite part of schema v22: what changes who may see a document queues it, so that its
-- visibility tokens follow (unit, 秘, drafter, the route's people).
DROP TRIGGER documents_search_update;
-- split
CREATE TRIGGER documents_search_update
    AFTER UPDATE OF title, body, number_label, file_id, unit_id, classification, drafter_id ON documents
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER route_steps_search_insert AFTER INSERT ON route_steps
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
-- Acting on one's own step adds no one: only a new assignee or someone acting for another.
CREATE TRIGGER route_steps_search_people AFTER UPDATE OF assignee_id, acted_by ON route_steps
    WHEN NEW.assignee_id IS NOT OLD.assignee_id
         OR (NEW.acted_by IS NOT NULL AND NEW.acted_by IS NOT OLD.acted_by AND NEW.acted_by IS NOT NEW.assignee_id)
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END
