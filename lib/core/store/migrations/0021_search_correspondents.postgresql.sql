CREATE TRIGGER receipts_search AFTER INSERT OR UPDATE OF sender_name ON receipts
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('document');
-- split
CREATE TRIGGER enforcement_destinations_search AFTER INSERT ON enforcement_destinations
    FOR EACH ROW EXECUTE FUNCTION kessai_search_queue('document');
-- split
INSERT INTO search_pending (document_id, queued_at)
    SELECT document_id, kessai_now() FROM receipts
    UNION SELECT document_id, kessai_now() FROM enforcement_destinations
    ON CONFLICT (document_id) DO UPDATE SET queued_at = EXCLUDED.queued_at
