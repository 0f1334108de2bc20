CREATE TRIGGER receipts_search AFTER INSERT ON receipts
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER receipts_search_update AFTER UPDATE OF sender_name ON receipts
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER enforcement_destinations_search AFTER INSERT ON enforcement_destinations
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
INSERT OR REPLACE INTO search_pending (document_id, queued_at)
    SELECT document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM receipts
    UNION SELECT document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM enforcement_destinations
