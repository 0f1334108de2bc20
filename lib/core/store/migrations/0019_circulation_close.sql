-- Kessai schema v19: a hot folder file is registered once, whichever client picks it up.
-- receipts.source_sha256 is the content's SHA-256 of a file picked up from the 課's hot folder
-- ('' otherwise); with the unit and the file's name it is unique, so two clients watching the
-- same folder cannot both register one scan: the second one's insert fails and it finds the
-- first one's receipt instead (HotFolder::store). The 供覧's early close needs no new column:
-- it is a workflow action (audit action workflow.close_early), guarded on PostgreSQL in
-- 0019_circulation_close.postgresql.sql.
ALTER TABLE receipts ADD COLUMN source_sha256 TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX receipts_picked_up ON receipts (unit_id, source_file, source_sha256) WHERE source_sha256 <> '';
