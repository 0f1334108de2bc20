-- SQLite-only part of schema v12: FTS5 over the stored tokens. The tokens are already
-- analyzed and separated by spaces; the 'ascii' tokenizer splits on ASCII spaces and
-- punctuation only, so every CJK bigram stays one term (unicode61 would also do, but follows
-- its own Unicode tables). External content: the text lives once, in search_entries.
CREATE VIRTUAL TABLE search_fts USING fts5 (tokens, content = 'search_entries', content_rowid = 'id',
                                             tokenize = 'ascii', detail = 'none')
-- split
CREATE TRIGGER search_entries_fts_insert AFTER INSERT ON search_entries
BEGIN
    INSERT INTO search_fts (rowid, tokens) VALUES (NEW.id, NEW.tokens);
END;
-- split
-- Also run by the cascades from documents, attachments and blobs.
CREATE TRIGGER search_entries_fts_delete AFTER DELETE ON search_entries
BEGIN
    INSERT INTO search_fts (search_fts, rowid, tokens) VALUES ('delete', OLD.id, OLD.tokens);
END;
-- split
CREATE TRIGGER search_entries_no_update BEFORE UPDATE ON search_entries
BEGIN
    SELECT RAISE(ABORT, 'search_entries are replaced, not updated');
END;
-- split
-- What makes a document's index rows out of date queues it.
CREATE TRIGGER documents_search_insert AFTER INSERT ON documents
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER documents_search_update AFTER UPDATE OF title, body, number_label, file_id
    ON documents
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER attachments_search AFTER INSERT ON attachments
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER attachments_search_update AFTER UPDATE OF display_name, removed_at ON attachments
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER attachment_versions_search AFTER INSERT ON attachment_versions
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        SELECT a.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM attachments a
        WHERE a.id = NEW.attachment_id;
END;
-- split
CREATE TRIGGER comments_search AFTER INSERT ON comments
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER route_steps_search AFTER UPDATE OF comment ON route_steps
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        VALUES (NEW.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- split
CREATE TRIGGER files_search AFTER UPDATE OF name ON files
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        SELECT d.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM documents d WHERE d.file_id = NEW.id;
END;
-- split
-- A finished conversion or OCR: every document whose attachments hold that content.
CREATE TRIGGER renditions_search AFTER INSERT ON renditions WHEN NEW.status = 'ok'
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        SELECT a.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM blobs b JOIN attachment_versions v ON v.blob_id = b.id JOIN attachments a ON a.id = v.attachment_id
        WHERE b.sha256 = NEW.source_sha256;
END;
-- split
CREATE TRIGGER content_extractions_search AFTER UPDATE OF status ON content_extractions
    WHEN NEW.status = 'done'
BEGIN
    INSERT OR REPLACE INTO search_pending (document_id, queued_at)
        SELECT a.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM attachment_versions v JOIN attachments a ON a.id = v.attachment_id WHERE v.blob_id = NEW.blob_id;
END;
-- split
-- A store made before search: everything is indexed by the next indexer (or search reindex).
INSERT INTO search_pending (document_id, queued_at)
    SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM documents
