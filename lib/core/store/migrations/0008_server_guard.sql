-- Kessai schema v8: what the office server's guard (0008_server_guard.postgresql.sql) looks up
-- on every read of content, indexed on both backends: which attachment versions and which
-- renditions hold a given blob.
CREATE INDEX attachment_versions_blob ON attachment_versions (blob_id);
CREATE INDEX renditions_blob ON renditions (blob_id);
