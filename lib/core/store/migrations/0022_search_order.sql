-- Kessai schema v22: search stops at the first results instead of collecting every row that
-- holds a term (docs/performance.md, "Full-text search"). An index row's id is now
-- document_id × 2^24 + its position in the document (SearchIndexStore::replaceEntries), so the
-- index's own order (FTS5 rowid, the primary key on PostgreSQL) is the result order, newest
-- document first, and an engine walks it and stops after the first visible hits. Each row also
-- holds its document's visibility tokens (SearchIndexStore::visibilityTokens: unit and 公開 for
-- public documents, drafter, people on the route) so that a person's query is "term AND (their
-- tokens)" inside the full-text index; what is found is still checked against the documents
-- themselves. Rows made before have other ids and no tokens: the index is emptied and every
-- document queued (kessai-cli search reindex or the background indexer fills it again).
DELETE FROM search_entries;
-- split
INSERT INTO search_pending (document_id, queued_at) SELECT id, '0000-00-00T00:00:00.000Z' FROM documents WHERE true
    ON CONFLICT (document_id) DO NOTHING
