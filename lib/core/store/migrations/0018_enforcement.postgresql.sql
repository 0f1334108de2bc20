-- PostgreSQL-only part of schema v18: the server guards 施行 (docs/security.md, "施行").
--   * the 決裁 fixes each attachment's version and content (decided_versions): the server writes
--     it at the change to decided, no client does;
--   * a 施行 is a change from decided to enforced together with its record, never one without the other;
--   * a 施行 record is written only with the document's own change from decided to enforced in
--     the same transaction (which the documents guard checks: decided, by the drafter or a
--     文書管理者, 施行日 not before the 決裁日), by its drafter or a 文書管理者, in their own
--     name, at the server's time, with the same 施行日, at least one 施行先, and a 施行文書 that
--     is exactly the decided version — and never rewritten or removed;
--   * all three tables are read where the document is visible.
CREATE FUNCTION kessai_fix_decided_versions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO decided_versions (document_id, attachment_id, version_no, sha256)
        SELECT a.document_id, a.id, v.version_no, b.sha256
        FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id
            AND v.version_no = (SELECT max(x.version_no) FROM attachment_versions x WHERE x.attachment_id = a.id)
        JOIN blobs b ON b.id = v.blob_id
        WHERE a.document_id = NEW.id AND a.removed_at IS NULL
        ON CONFLICT (document_id, attachment_id) DO NOTHING;
    RETURN NULL;
END
$$;
-- split
CREATE TRIGGER documents_decided_versions AFTER UPDATE OF status ON documents
    FOR EACH ROW WHEN (NEW.status = 'decided' AND OLD.status <> 'decided')
    EXECUTE FUNCTION kessai_fix_decided_versions();
-- split
CREATE FUNCTION kessai_guard_enforcement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    d record;
    fixed record;
    now_version record;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    me := kessai_require_actor();
    IF TG_OP <> 'INSERT' THEN
        PERFORM kessai_refuse(format('the 施行 of document %s is recorded once: a correction is a note on the 鑑',
                                     OLD.document_id));
    END IF;
    SELECT id, drafter_id, status, decided_on, enforced_on, enforced_at INTO d FROM documents
        WHERE id = NEW.document_id;
    IF NOT FOUND THEN
        PERFORM kessai_refuse(format('document %s does not exist', NEW.document_id));
    END IF;
    IF d.drafter_id <> me AND NOT kessai_user_has_role(me, 'records_manager') THEN
        PERFORM kessai_refuse(format('only the drafter or a records manager records the 施行 of document %s', d.id));
    END IF;
    -- The record goes with the 施行 itself: the change to enforced in this transaction.
    IF d.status <> 'enforced' OR d.enforced_at IS DISTINCT FROM kessai_now() THEN
        PERFORM kessai_refuse(format('document %s is %s: a 施行 is recorded with its change from decided to '
                                     'enforced, once', d.id, d.status));
    END IF;
    IF NEW.enforced_on IS DISTINCT FROM d.enforced_on THEN
        PERFORM kessai_refuse(format('document %s: the 施行日 %s is not the one of its 施行 (%s)', d.id,
                                     NEW.enforced_on, d.enforced_on));
    END IF;
    IF NEW.enforced_on < d.decided_on THEN
        PERFORM kessai_refuse(format('document %s: the 施行日 %s is before the 決裁日 %s', d.id, NEW.enforced_on,
                                     d.decided_on));
    END IF;
    IF NEW.recorded_by IS DISTINCT FROM me THEN
        PERFORM kessai_refuse('a 施行 is recorded in the recorder''s own name');
    END IF;
    NEW.recorded_at := kessai_now();
    IF NEW.fair_copy_checked_by IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.fair_copy_checked_by AND u.active) THEN
            PERFORM kessai_refuse(format('the 浄書 checker %s is not an active user', NEW.fair_copy_checked_by));
        END IF;
        NEW.fair_copy_checked_at := kessai_now();
    ELSE
        NEW.fair_copy_checked_at := NULL;
    END IF;
    IF NEW.issued_attachment_id IS NULL THEN
        IF NEW.issued_version_no IS NOT NULL OR NEW.issued_sha256 IS NOT NULL THEN
            PERFORM kessai_refuse('a 施行文書 version is given without its attachment');
        END IF;
        RETURN NEW;
    END IF;
    -- The 施行文書: what the 決裁 fixed, what the attachment holds now, and what is claimed, all one.
    SELECT version_no, sha256 INTO fixed FROM decided_versions
        WHERE document_id = NEW.document_id AND attachment_id = NEW.issued_attachment_id;
    IF NOT FOUND THEN
        PERFORM kessai_refuse(format('document %s: attachment %s was not among its attachments at the 決裁',
                                     d.id, NEW.issued_attachment_id));
    END IF;
    SELECT v.version_no, b.sha256 INTO now_version FROM attachments a
        JOIN attachment_versions v ON v.attachment_id = a.id JOIN blobs b ON b.id = v.blob_id
        WHERE a.id = NEW.issued_attachment_id AND a.document_id = NEW.document_id AND a.removed_at IS NULL
        ORDER BY v.version_no DESC LIMIT 1;
    IF NOT FOUND OR (now_version.version_no, now_version.sha256) IS DISTINCT FROM (fixed.version_no, fixed.sha256)
        OR (NEW.issued_version_no, NEW.issued_sha256) IS DISTINCT FROM (fixed.version_no, fixed.sha256) THEN
        PERFORM kessai_refuse(format('document %s: the 施行文書 (attachment %s) is not the decided version %s',
                                     d.id, NEW.issued_attachment_id, fixed.version_no));
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER enforcements_guard BEFORE INSERT OR UPDATE OR DELETE ON enforcements
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_enforcement();
-- split
-- At commit: a 施行 names where it went.
CREATE FUNCTION kessai_check_enforcement_destinations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM enforcement_destinations t WHERE t.document_id = NEW.document_id) THEN
        PERFORM kessai_refuse(format('the 施行 of document %s names no 施行先', NEW.document_id));
    END IF;
    RETURN NULL;
END
$$;
-- split
CREATE CONSTRAINT TRIGGER enforcements_destinations_at_commit AFTER INSERT ON enforcements
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kessai_check_enforcement_destinations();
-- split
-- At commit: a 施行 is never a bare change of state, its record goes with it.
CREATE FUNCTION kessai_check_enforcement_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    IF (SELECT d.status FROM documents d WHERE d.id = NEW.id) = 'enforced'
        AND NOT EXISTS (SELECT 1 FROM enforcements e WHERE e.document_id = NEW.id AND e.recorded_at = kessai_now()) THEN
        PERFORM kessai_refuse(format('document %s: a 施行 is recorded with its 施行先 and 施行方法 in the same '
                                     'transaction', NEW.id));
    END IF;
    RETURN NULL;
END
$$;
-- split
CREATE CONSTRAINT TRIGGER documents_enforcement_at_commit AFTER UPDATE OF status ON documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'decided' AND NEW.status = 'enforced')
    EXECUTE FUNCTION kessai_check_enforcement_recorded();
-- split
CREATE FUNCTION kessai_guard_enforcement_destination() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    me := kessai_require_actor();
    IF TG_OP <> 'INSERT' THEN
        PERFORM kessai_refuse(format('the 施行先 of document %s are recorded once, with its 施行', OLD.document_id));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM enforcements e WHERE e.document_id = NEW.document_id AND e.recorded_by = me
                   AND e.recorded_at = kessai_now()) THEN
        PERFORM kessai_refuse(format('the 施行先 of document %s are recorded with its 施行, by its recorder',
                                     NEW.document_id));
    END IF;
    IF NEW.correspondent_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM senders s WHERE s.id = NEW.correspondent_id AND s.name = NEW.name) THEN
        PERFORM kessai_refuse(format('施行先 “%s” is not the correspondent %s of the list', NEW.name,
                                     NEW.correspondent_id));
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER enforcement_destinations_guard BEFORE INSERT OR UPDATE OR DELETE ON enforcement_destinations
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_enforcement_destination();
-- split
CREATE TRIGGER enforcements_notify AFTER INSERT ON enforcements
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('document');
-- split
ALTER TABLE enforcements ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY enforcements_visible ON enforcements USING (kessai_can_see(document_id));
-- split
ALTER TABLE enforcement_destinations ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY enforcement_destinations_visible ON enforcement_destinations USING (kessai_can_see(document_id));
-- split
ALTER TABLE decided_versions ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY decided_versions_visible ON decided_versions FOR SELECT USING (kessai_can_see(document_id));
-- split
REVOKE ALL ON enforcements, enforcement_destinations, decided_versions FROM PUBLIC;
-- split
REVOKE ALL ON FUNCTION kessai_fix_decided_versions() FROM PUBLIC;
-- split
GRANT SELECT, INSERT ON enforcements, enforcement_destinations TO kessai_staff;
-- split
GRANT SELECT ON decided_versions TO kessai_staff;
