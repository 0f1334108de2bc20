-- Kessai schema v15: the 内線 (telephone extension) of each member of staff.
-- The 鑑 names the drafter with 所属・職・氏名・内線 (issue 14); the extension comes with the
-- organization data (import-org CSV column "extension", kessai-cli user add --extension).
-- On PostgreSQL the users table's guard (kessai_guard_admin_only, schema 8) covers the new
-- column as it covers the row: only an administrator changes it.
ALTER TABLE users ADD COLUMN extension TEXT NOT NULL DEFAULT '';
