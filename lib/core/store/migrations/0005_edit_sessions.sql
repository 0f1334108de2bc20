-- Kessai schema v5: 直接編集 — editing an attachment in place, with locks, edit sessions and
-- a version history that is never rewritten. Same placeholders as v1.

-- 編集セッション: one user editing one attachment from one machine, from the version it
-- started on (base_version) until it ends. Saves within the session are coalesced into
-- working_blob_id (the content as last saved, kept even if the session is discarded); the
-- end makes at most one version. state: open, finished (result_version = the version it made,
-- NULL when the content did not change), discarded (ended without a version), broken (its
-- lock was broken; its owner may still finish or discard it).
CREATE TABLE edit_sessions (
    id              @ID@,
    attachment_id   BIGINT NOT NULL REFERENCES attachments (id),
    user_id         BIGINT NOT NULL REFERENCES users (id),
    machine         TEXT NOT NULL,
    base_version    INTEGER NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('open', 'finished', 'discarded', 'broken')),
    working_blob_id BIGINT REFERENCES blobs (id),
    saves           INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT NOT NULL,
    last_saved_at   TEXT,
    ended_at        TEXT,
    result_version  INTEGER,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX edit_sessions_attachment ON edit_sessions (attachment_id, user_id, state);

-- 編集ロック: at most one per attachment (the primary key), whoever the client: a second
-- client's INSERT fails or waits on the first one's row. base_version is the version the holder
-- started from; last_seen is refreshed while the holder's client is alive.
CREATE TABLE edit_locks (
    attachment_id   BIGINT PRIMARY KEY REFERENCES attachments (id),
    user_id         BIGINT NOT NULL REFERENCES users (id),
    machine         TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    base_version    INTEGER NOT NULL,
    last_seen       TEXT NOT NULL,
    edit_session_id BIGINT REFERENCES edit_sessions (id)
);
CREATE INDEX edit_locks_user ON edit_locks (user_id);

-- Where each version came from: the edit session that made it, the version a restore copied,
-- and the route step when an approver edited (修正) on their turn.
ALTER TABLE attachment_versions ADD COLUMN edit_session_id BIGINT REFERENCES edit_sessions (id);
ALTER TABLE attachment_versions ADD COLUMN restored_from INTEGER;
ALTER TABLE attachment_versions ADD COLUMN step_id BIGINT REFERENCES route_steps (id);
