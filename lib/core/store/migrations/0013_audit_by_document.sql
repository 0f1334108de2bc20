-- Kessai schema v13: a document's audit events without reading the whole log.
-- ReturnHistory reads every 差戻し round of the document on screen from its events (issue 19):
-- each selection in the main window and each single view asks, so the lookup must not grow
-- with the log (1,000,000 documents make tens of millions of events).
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, id);
