-- PostgreSQL-only part of schema v11: the server guards 収受 (docs/security.md, "収受").
--   * a received document is registered only by a member of the unit concerned (its 係 or 課:
--     the unit is in the registrar's kessai_unit_scope), in their own name, with a 収受日 that
--     is not in the future;
--   * the 収受番号 is given by the server (kessai_assign_receipt_number), never by the client;
--   * a receipt is read where its document is visible, corrected only by its registrar while
--     it is not yet circulated or handled, and never deleted;
--   * the counters are the server's: no one reads or writes them directly.
-- Is unit p_unit one that the actor registers receipts for (their 係 or 課, and units below)?
CREATE FUNCTION kessai_registers_for(p_unit bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    my_unit bigint := (SELECT unit_id FROM users WHERE id = kessai_actor_id());
BEGIN
    RETURN my_unit IS NOT NULL AND (p_unit = my_unit OR p_unit = ANY (kessai_unit_scope(my_unit)));
END
$$;
-- split
CREATE FUNCTION kessai_guard_received_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kessai_privileged() OR NEW.kind <> 'received' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.kind <> 'received' THEN
        PERFORM kessai_refuse(format('document %s: its kind never changes', OLD.id));
    END IF;
    IF NOT kessai_registers_for(NEW.unit_id) THEN
        PERFORM kessai_refuse(format('only the 係 or 課 concerned registers what it receives (unit %s)', NEW.unit_id));
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER documents_received_guard BEFORE INSERT OR UPDATE OF kind, unit_id ON documents
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_received_document();
-- split
CREATE FUNCTION kessai_guard_receipt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    d record;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    IF TG_OP = 'INSERT' THEN
        SELECT id, kind, drafter_id, unit_id, status INTO d FROM documents WHERE id = NEW.document_id;
        IF NOT FOUND OR d.kind <> 'received' OR d.drafter_id <> me OR d.status <> 'draft'
            OR d.unit_id <> NEW.unit_id THEN
            PERFORM kessai_refuse(format('document %s is not a received document just registered by %s',
                                         NEW.document_id, session_user));
        END IF;
        IF NEW.registered_by <> me THEN
            PERFORM kessai_refuse('a receipt is registered in the registrar''s own name');
        END IF;
        IF NEW.fiscal_year IS NOT NULL OR NEW.receipt_number IS NOT NULL OR NEW.number_label IS NOT NULL THEN
            PERFORM kessai_refuse('the 収受番号 is given by the server');
        END IF;
        NEW.registered_at := kessai_now();
    ELSE
        IF (NEW.document_id, NEW.unit_id, NEW.registered_by, NEW.registered_at, NEW.fiscal_year,
            NEW.receipt_number, NEW.number_label)
            IS DISTINCT FROM (OLD.document_id, OLD.unit_id, OLD.registered_by, OLD.registered_at, OLD.fiscal_year,
                              OLD.receipt_number, OLD.number_label) THEN
            PERFORM kessai_refuse(format('receipt %s: its unit, registrar and 収受番号 never change', OLD.document_id));
        END IF;
        IF OLD.registered_by <> me OR NOT EXISTS (SELECT 1 FROM documents x WHERE x.id = OLD.document_id
                                                  AND x.status = 'draft') THEN
            PERFORM kessai_refuse(format('receipt %s: only its registrar corrects it, before it is circulated',
                                         OLD.document_id));
        END IF;
    END IF;
    IF NEW.received_on > kessai_today() THEN
        PERFORM kessai_refuse(format('the 収受日 %s is in the future', NEW.received_on));
    END IF;
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER receipts_guard BEFORE INSERT OR UPDATE ON receipts
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_receipt();
-- split
-- Anyone registering may add a sender to the list, in their own name; changing or removing
-- one is for administrators and records managers.
CREATE FUNCTION kessai_guard_sender() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    me := kessai_require_actor();
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := me;
        NEW.created_at := kessai_now();
        RETURN NEW;
    END IF;
    IF NOT (kessai_is_admin() OR kessai_user_has_role(me, 'records_manager')) THEN
        PERFORM kessai_refuse('only an administrator or a records manager changes the list of senders');
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;
-- split
CREATE TRIGGER senders_guard BEFORE INSERT OR UPDATE OR DELETE ON senders
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_sender();
-- split
-- Numbers a receipt: the next 収受番号 of its unit in the fiscal year of its 収受日, gap-free
-- because the counter row stays locked until commit. Only its registrar's registration does it.
CREATE FUNCTION kessai_assign_receipt_number(p_document bigint)
    RETURNS TABLE (fiscal_year integer, receipt_number integer, number_label text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    r record;
    fy integer;
    n integer;
    label text;
BEGIN
    SELECT document_id, unit_id, registered_by, received_on::date AS received, receipts.fiscal_year AS fy,
           receipts.receipt_number AS num, receipts.number_label AS lbl
        INTO r FROM receipts WHERE document_id = p_document FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'kessai: document % is not a receipt', p_document USING ERRCODE = '42501';
    END IF;
    IF r.num IS NOT NULL THEN
        RETURN QUERY SELECT r.fy, r.num, r.lbl;
        RETURN;
    END IF;
    IF NOT kessai_session_is_superuser() AND r.registered_by IS DISTINCT FROM kessai_actor_id() THEN
        RAISE EXCEPTION 'kessai: only the registrar numbers receipt %', p_document USING ERRCODE = '42501';
    END IF;
    fy := CASE WHEN extract(month FROM r.received) >= 4 THEN extract(year FROM r.received)::integer
               ELSE extract(year FROM r.received)::integer - 1 END;
    INSERT INTO receipt_counters AS c (unit_id, fiscal_year, last_number) VALUES (r.unit_id, fy, 1)
        ON CONFLICT (unit_id, fiscal_year) DO UPDATE SET last_number = c.last_number + 1
        RETURNING c.last_number INTO n;
    label := (SELECT code FROM units WHERE id = r.unit_id) || '収第' || n || '号';
    UPDATE receipts SET fiscal_year = fy, receipt_number = n, number_label = label WHERE document_id = p_document;
    RETURN QUERY SELECT fy, n, label;
END
$$;
-- split
CREATE TRIGGER receipts_notify AFTER INSERT OR UPDATE ON receipts
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_change('document');
-- split
-- A request's link is written once, by the drafter of the draft it created, in their own name.
CREATE FUNCTION kessai_guard_document_request() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
BEGIN
    IF kessai_privileged() THEN
        RETURN NEW;
    END IF;
    me := kessai_require_actor();
    IF TG_OP <> 'INSERT' THEN
        PERFORM kessai_refuse(format('the request of document %s is never rewritten', OLD.document_id));
    END IF;
    IF NEW.requested_by <> me OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = NEW.document_id
                                             AND d.drafter_id = me AND d.status = 'draft') THEN
        PERFORM kessai_refuse(format('document %s: a request is linked by its drafter, while it is a draft',
                                     NEW.document_id));
    END IF;
    NEW.requested_at := kessai_now();
    RETURN NEW;
END
$$;
-- split
CREATE TRIGGER document_requests_guard BEFORE INSERT OR UPDATE ON document_requests
    FOR EACH ROW EXECUTE FUNCTION kessai_guard_document_request();
-- split
ALTER TABLE document_requests ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY document_requests_visible ON document_requests USING (kessai_can_see(document_id));
-- split
-- The event feed's wake-up (docs/linkage.md): every audit event appended notifies the channel
-- kessai_event at commit with its id (and document, if any) only — never what happened: a
-- listener reads the events it may see through its own connection (kessai-cli events).
CREATE FUNCTION kessai_notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kessai_event', json_strip_nulls(json_build_object(
        'id', NEW.id, 'd', CASE WHEN NEW.entity_type = 'document' THEN NEW.entity_id END))::text);
    RETURN NULL;
END
$$;
-- split
CREATE TRIGGER audit_events_notify AFTER INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION kessai_notify_event();
-- split
ALTER TABLE receipts ENABLE ROW LEVEL SECURITY;
-- split
CREATE POLICY receipts_visible ON receipts USING (kessai_can_see(document_id));
-- split
-- No policy: only the owner's functions (kessai_assign_receipt_number) reach the counters.
ALTER TABLE receipt_counters ENABLE ROW LEVEL SECURITY;
-- split
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kessai_staff') THEN
        REVOKE ALL ON receipts, senders, receipt_counters FROM PUBLIC;
        REVOKE ALL ON FUNCTION kessai_assign_receipt_number(bigint), kessai_registers_for(bigint) FROM PUBLIC;
        GRANT SELECT, INSERT, UPDATE ON receipts TO kessai_staff;
        REVOKE ALL ON document_requests FROM PUBLIC;
        GRANT SELECT, INSERT ON document_requests TO kessai_staff;
        GRANT SELECT, INSERT, UPDATE, DELETE ON senders TO kessai_staff;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kessai_staff;
        GRANT EXECUTE ON FUNCTION kessai_assign_receipt_number(bigint), kessai_registers_for(bigint) TO kessai_staff;
        REVOKE ALL ON receipt_counters FROM kessai_staff;
    END IF;
END
$$;
