-- Chunks are compressed with lz4 instead of pglz: measured on 200 MiB, incompressible content
-- (most attachments: PDF, JPEG, Office files) costs the same, text-like content is written in a
-- third of pglz's time and read back in about a third, at about the same size. A server built
-- without lz4 stores chunks as they come (no compression attempt). Existing chunks stay as they are.
DO $$
BEGIN
    ALTER TABLE blob_chunks ALTER COLUMN data SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
END
$$;
-- split
-- Publishes one's staged upload (replaces schema 8's): the server checks the layout of the
-- chunks (0 .. n-1, each chunk_size bytes but the last, as BlobStore reads them) and hashes the
-- whole content itself. PostgreSQL 15 has no incremental SHA-256, so the content is put
-- together in the server's memory to hash it: kessai_content_check_limit() bytes at most (one
-- value is limited to 1 GB), refused before anything is read. When the same content is stored
-- already (someone else's, perhaps invisible to the uploader), the uploader has proved they
-- hold it: a claim lets them read it, and the staged copy is left for the client to discard.
-- Returns the content's id, or NULL when the staged copy was discarded as abandoned meanwhile.
CREATE FUNCTION kessai_content_check_limit() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT 1023::bigint * 1024 * 1024
$$;
-- split
CREATE OR REPLACE FUNCTION kessai_publish_staged(p_staged bigint, p_sha256 text, p_size bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    b record;
    layout record;
    expected bigint;
    actual text;
    existing bigint;
BEGIN
    -- FOR UPDATE: a chunk written or deleted by another session of the uploader waits for this
    -- transaction and is then refused (kessai_guard_blob_chunk), so what is hashed is what stays.
    SELECT id, staged_at, staged_by, chunk_size INTO b FROM blobs WHERE id = p_staged FOR UPDATE;
    IF NOT FOUND OR b.staged_at IS NULL OR b.staged_at = '' THEN
        RETURN NULL;
    END IF;
    IF b.staged_by IS DISTINCT FROM session_user AND NOT kessai_session_is_superuser() THEN
        RAISE EXCEPTION 'kessai: only the uploader publishes staged content' USING ERRCODE = '42501';
    END IF;
    IF p_size IS NULL OR p_size < 0 OR p_sha256 IS NULL THEN
        RAISE EXCEPTION 'kessai: staged content % announced without a size or hash', p_staged
            USING ERRCODE = '42501';
    END IF;
    IF p_size > kessai_content_check_limit() THEN
        RAISE EXCEPTION 'kessai: content of % bytes is larger than the office server can check (% bytes)',
            p_size, kessai_content_check_limit();
    END IF;
    IF b.chunk_size IS NULL OR b.chunk_size <= 0 THEN
        RAISE EXCEPTION 'kessai: staged content % has no valid chunk size', p_staged USING ERRCODE = '42501';
    END IF;
    -- The layout from the sizes alone (length() of a stored value does not read it).
    expected := (p_size + b.chunk_size - 1) / b.chunk_size;
    SELECT count(*) AS chunks, COALESCE(min(c.seq), 0) AS first, COALESCE(max(c.seq), -1) AS last,
           COALESCE(sum(length(c.data)), 0) AS total,
           count(*) FILTER (WHERE c.seq < expected - 1 AND length(c.data) <> b.chunk_size) AS short
        INTO layout FROM blob_chunks c WHERE c.blob_id = p_staged;
    IF layout.chunks <> expected OR layout.first <> 0 OR layout.last <> expected - 1
       OR layout.total <> p_size OR layout.short <> 0 THEN
        RAISE EXCEPTION 'kessai: the staged content is not % bytes in % chunks of % bytes (found % chunks, % bytes)',
            p_size, expected, b.chunk_size, layout.chunks, layout.total USING ERRCODE = '42501';
    END IF;
    SELECT encode(sha256(COALESCE(string_agg(c.data, ''::bytea ORDER BY c.seq), ''::bytea)), 'hex')
        INTO actual FROM blob_chunks c WHERE c.blob_id = p_staged;
    IF actual <> lower(p_sha256) THEN
        RAISE EXCEPTION 'kessai: the staged content is not the announced % (% bytes)', p_sha256, p_size
            USING ERRCODE = '42501';
    END IF;
    SELECT id INTO existing FROM blobs WHERE sha256 = actual AND staged_at IS NULL;
    IF existing IS NOT NULL THEN
        INSERT INTO content_claims (blob_id, login, claimed_at) VALUES (existing, session_user, kessai_now())
            ON CONFLICT DO NOTHING;
        RETURN existing;
    END IF;
    UPDATE blobs SET sha256 = actual, size = p_size, created_at = kessai_now(), staged_at = NULL
        WHERE id = p_staged;
    RETURN p_staged;
END
$$;
-- split
-- Chunks (replaces schema 8's): the staged content's row is locked (KEY SHARE, the weakest lock
-- that waits for kessai_publish_staged's FOR UPDATE) and read again after the wait, so a chunk
-- cannot be slipped in or out between the server's hash and the publication.
CREATE OR REPLACE FUNCTION kessai_guard_blob_chunk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        -- Discarding staged content, one's own or abandoned content claimed for discarding.
        PERFORM 1 FROM blobs b WHERE b.id = OLD.blob_id AND b.staged_at IS NOT NULL
            AND (b.staged_by = session_user OR b.staged_at = '') FOR KEY SHARE;
        IF NOT FOUND THEN
            PERFORM kessai_refuse('stored content is never deleted');
        END IF;
        RETURN OLD;
    END IF;
    PERFORM 1 FROM blobs b WHERE b.id = NEW.blob_id AND b.staged_at IS NOT NULL
        AND b.staged_by = session_user FOR KEY SHARE;
    IF NOT FOUND THEN
        PERFORM kessai_refuse('chunks are written only into one''s own staged content');
    END IF;
    RETURN NEW;
END
$$
