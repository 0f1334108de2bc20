-- SQLite-only part of schema v18: the 決裁 fixes each attachment's version (decided_versions),
-- whatever client writes; the 施行 record, its destinations and that snapshot are append-only.
CREATE TRIGGER documents_decided_versions AFTER UPDATE OF status ON documents
WHEN NEW.status = 'decided' AND OLD.status <> 'decided'
BEGIN
    INSERT OR IGNORE INTO decided_versions (document_id, attachment_id, version_no, sha256)
        SELECT a.document_id, a.id, v.version_no, b.sha256
        FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id
            AND v.version_no = (SELECT max(x.version_no) FROM attachment_versions x WHERE x.attachment_id = a.id)
        JOIN blobs b ON b.id = v.blob_id
        WHERE a.document_id = NEW.id AND a.removed_at IS NULL;
END;
-- split
CREATE TRIGGER decided_versions_no_change BEFORE UPDATE ON decided_versions
BEGIN
    SELECT RAISE(ABORT, 'decided_versions is what the 決裁 fixed: it never changes');
END;
-- split
CREATE TRIGGER decided_versions_no_delete BEFORE DELETE ON decided_versions
BEGIN
    SELECT RAISE(ABORT, 'decided_versions is what the 決裁 fixed: it never changes');
END;
-- split
CREATE TRIGGER enforcements_no_update BEFORE UPDATE ON enforcements
BEGIN
    SELECT RAISE(ABORT, 'a 施行 is recorded once: correct it by a note on the 鑑');
END;
-- split
CREATE TRIGGER enforcements_no_delete BEFORE DELETE ON enforcements
BEGIN
    SELECT RAISE(ABORT, 'a 施行 is recorded once: correct it by a note on the 鑑');
END;
-- split
CREATE TRIGGER enforcement_destinations_no_update BEFORE UPDATE ON enforcement_destinations
BEGIN
    SELECT RAISE(ABORT, 'a 施行 is recorded once: correct it by a note on the 鑑');
END;
-- split
CREATE TRIGGER enforcement_destinations_no_delete BEFORE DELETE ON enforcement_destinations
BEGIN
    SELECT RAISE(ABORT, 'a 施行 is recorded once: correct it by a note on the 鑑');
END;
