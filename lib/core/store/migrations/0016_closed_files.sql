-- Kessai schema v16: a closed (完結) 簿冊 takes no more documents. The rule is in FilingCatalog
-- (both backends) and, on the office server, in 0016_closed_files.postgresql.sql.
-- A 簿冊's documents are looked up by file_id on every 完結, 廃棄, 移管 package and count in the
-- 管理簿 view: without an index each is a scan of every document of every year (bench/records).
CREATE INDEX documents_file ON documents (file_id);
