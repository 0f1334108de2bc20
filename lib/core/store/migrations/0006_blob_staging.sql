-- Kessai schema v6: content is streamed in as staged chunks, each committed in a short
-- transaction, and made visible in one short commit at the end (BlobStore), so a large attach
-- never holds the write lock for long.
--
-- staged_at: NULL for complete (visible) content. While content is being staged its row has a
-- placeholder sha256 ('pending:<uuid>') and staged_at is the time its last chunk was written (a
-- heartbeat); '' while its chunks are being discarded. Content whose heartbeat is older than
-- BlobStore::kAbandonedAfter was abandoned (the client died) and is discarded by the next attach.
ALTER TABLE blobs ADD COLUMN staged_at TEXT;

-- Finds staged content without reading the whole table.
CREATE INDEX blobs_staged ON blobs (staged_at) WHERE staged_at IS NOT NULL;
