-- PostgreSQL part of schema v19: 供覧の打切り, guarded like every other workflow action
-- (docs/security.md, "供覧"):
--   * a 供覧 under way is closed early only by a 文書管理者 (records manager) whose 課 holds the
--     document, or by an administrator, with a reason written to the audit log in the same
--     transaction (action workflow.close_early, its comment non-empty);
--   * every reader who had not confirmed is passed over (skipped, 'ended') with it, and nothing
--     else: once the document is closed its route takes no more 確認 (kessai_guard_step_update);
--   * the rest of kessai_check_document_status and kessai_check_step_change is as in schema v8.
-- Did the actor write the reasoned 打切り of p_document in this transaction?
CREATE FUNCTION kessai_closed_early_now(p_document bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM audit_events e WHERE e.tx = txid_current() AND e.entity_type = 'document'
                   AND e.entity_id = p_document AND e.action = 'workflow.close_early'
                   AND btrim(COALESCE(e.details::jsonb ->> 'comment', '')) <> '')
$$;
-- split
-- May the actor close a 供覧 of unit p_unit early: an administrator, or a 文書管理者 whose 課
-- (kessai_unit_scope of their own unit) holds it — the engine's checkCloseEarly.
CREATE FUNCTION kessai_may_close_early(p_unit bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := kessai_actor_id();
BEGIN
    IF me IS NULL THEN
        RETURN false;
    END IF;
    IF kessai_user_has_role(me, 'admin') THEN
        RETURN true;
    END IF;
    RETURN kessai_user_has_role(me, 'records_manager')
        AND p_unit = ANY (kessai_unit_scope((SELECT unit_id FROM users WHERE id = me)));
END
$$;
-- split
-- At commit: a status change must be what the route shows happened in this transaction.
CREATE OR REPLACE FUNCTION kessai_check_document_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    d record;
    acted_now text := kessai_now();
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    me := kessai_require_actor();
    SELECT * INTO d FROM documents WHERE id = NEW.id;
    IF d.status = OLD.status THEN
        RETURN NULL; -- changed back within the transaction, or another field changed
    END IF;
    IF OLD.status IN ('draft', 'returned') AND d.status = 'in_review' THEN
        IF d.drafter_id <> me THEN
            PERFORM kessai_refuse(format('only the drafter may submit document %s', d.id));
        END IF;
        IF d.kind = 'decision' AND NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id
                                               AND s.kind = 'decide') THEN
            PERFORM kessai_refuse(format('document %s has no 決裁 step on its route', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status IN ('draft', 'returned') AND d.drafter_id = me
        AND NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.acted_at = acted_now
                        AND s.state = 'returned') THEN
        -- The drafter withdraws the submission (引戻し), only until the next person acts (the
        -- engine's checkWithdraw): then no step is due, as before the 提出. The status alone
        -- was accepted here before, leaving approvals and a due step behind (tst_serveragreement).
        IF EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                   AND s.state = 'pending') THEN
            PERFORM kessai_refuse(format('document %s: its 提出 can be withdrawn (引戻し) only until the next '
                                         'person acts', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'returned' THEN
        IF NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.state = 'returned'
                       AND s.acted_at = acted_now AND s.acted_by = me AND s.return_to_step_id IS NULL) THEN
            PERFORM kessai_refuse(format('document %s can be sent back only by the step that returns it', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'decided' THEN
        IF NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind = 'decide'
                       AND s.state = 'decided' AND s.acted_at = acted_now AND s.acted_by = me) THEN
            PERFORM kessai_refuse(format('document %s is decided only by its 決裁 step', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'rejected' THEN
        IF NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.state = 'rejected'
                       AND s.acted_at = acted_now AND s.acted_by = me) THEN
            PERFORM kessai_refuse(format('document %s is rejected only by a step that rejects it', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'closed' AND kessai_closed_early_now(d.id) THEN
        -- 供覧の打切り (schema v19): by a 文書管理者 of its 課 or an administrator, with a reason,
        -- every reader left passed over with it (the engine's checkCloseEarly).
        IF d.kind = 'decision' OR NOT kessai_may_close_early(d.unit_id) THEN
            PERFORM kessai_refuse(format('only a records manager (文書管理者) of its 課 or an administrator closes '
                                         'the 供覧 of document %s early', d.id));
        END IF;
        IF EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                   AND s.state NOT IN ('approved', 'decided', 'read', 'skipped')) THEN
            PERFORM kessai_refuse(format('document %s: a 供覧 closed early passes over every reader left', d.id));
        END IF;
    ELSIF OLD.status = 'in_review' AND d.status = 'closed' THEN
        -- a 供覧 (report) ends when everyone has read it
        IF EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind = 'decide')
            OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                       AND s.state NOT IN ('approved', 'decided', 'read', 'skipped'))
            OR NOT EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.acted_at = acted_now
                           AND s.acted_by = me) THEN
            PERFORM kessai_refuse(format('document %s is not finished: it cannot be closed', d.id));
        END IF;
    ELSIF OLD.status IN ('draft', 'returned') AND d.status = 'closed' THEN
        -- A 報告 whose 提出 itself finishes the route (every 供覧 step left is passed over, its
        -- reader away): the engine's submit closes it at once. It was refused here before
        -- (tst_serveragreement: a re-提出 after the last reader, now absent, sent it back).
        IF d.drafter_id <> me
            OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind = 'decide')
            OR EXISTS (SELECT 1 FROM route_steps s WHERE s.document_id = d.id AND s.kind <> 'post_review'
                       AND s.state NOT IN ('approved', 'decided', 'read', 'skipped')) THEN
            PERFORM kessai_refuse(format('document %s is not finished: its 提出 cannot close it', d.id));
        END IF;
    ELSIF (OLD.status = 'decided' AND d.status IN ('enforced', 'closed'))
        OR (OLD.status = 'enforced' AND d.status = 'closed') THEN
        IF d.drafter_id <> me AND NOT kessai_user_has_role(me, 'records_manager') THEN
            PERFORM kessai_refuse(format('only the drafter or a records manager may record 施行 or 完結 of '
                                         'document %s', d.id));
        END IF;
    ELSE
        PERFORM kessai_refuse(format('document %s cannot go from %s to %s', d.id, OLD.status, d.status));
    END IF;
    IF NOT kessai_audited_now(d.id) THEN
        PERFORM kessai_refuse(format('document %s: a change of state is written to the audit log with it', d.id));
    END IF;
    RETURN NULL;
END
$$;
-- split
-- At commit: how the route moved must follow from the action (a step becomes due only when
-- every earlier stage is complete; a step is passed over only for a reason that holds).
CREATE OR REPLACE FUNCTION kessai_check_step_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint;
    s record;
    d record;
    acted_now text := kessai_now();
    due boolean;
    before route_step_history;
BEGIN
    IF kessai_privileged() THEN
        RETURN NULL;
    END IF;
    me := kessai_require_actor();
    SELECT st.*, g.seq INTO s FROM route_steps st JOIN route_stages g ON g.id = st.stage_id WHERE st.id = NEW.id;
    SELECT status, drafter_id INTO d FROM documents WHERE id = s.document_id;
    due := NOT EXISTS (SELECT 1 FROM route_steps e JOIN route_stages g ON g.id = e.stage_id
                       WHERE e.document_id = s.document_id AND g.seq < s.seq AND e.kind <> 'post_review'
                       AND e.state NOT IN ('approved', 'decided', 'read', 'skipped'));
    -- A restore (引戻し) by the person who made the change it undoes.
    before := kessai_step_before(s.id);
    IF kessai_step_changed_now(s.id) AND before.changed_by = me
        AND (s.state, s.acted_by, s.acting_for, s.acted_at, s.comment)
            IS NOT DISTINCT FROM (before.state, before.acted_by, before.acting_for, before.acted_at, before.comment) THEN
        RETURN NULL;
    END IF;
    -- (A 差戻し to an earlier step makes that step due again, so the returning step's stage is
    -- no longer due at commit: it is checked by its target below. It was refused here before,
    -- a 差戻し the engine allows — tst_serveragreement.)
    IF s.state IN ('approved', 'returned', 'rejected', 'decided', 'read') AND s.acted_at = acted_now
        AND s.acted_by = me AND s.kind <> 'post_review' AND NOT due
        AND NOT (s.state = 'returned' AND s.return_to_step_id IS NOT NULL) THEN
        PERFORM kessai_refuse(format('step %s is not due: an earlier stage is not complete', s.id));
    END IF;
    -- A 差戻し to a step goes to an earlier stage, to a blocking step that approved (or read) it,
    -- which is due again now (the engine's checkReturn and sendBack). Any step was accepted as
    -- the target before, even one of the same stage (tst_serveragreement).
    IF s.state = 'returned' AND s.acted_at = acted_now AND s.acted_by = me AND s.return_to_step_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM route_steps t JOIN route_stages tg ON tg.id = t.stage_id
                        WHERE t.id = s.return_to_step_id AND t.document_id = s.document_id AND tg.seq < s.seq
                        AND t.kind <> 'post_review' AND t.state = 'pending' AND kessai_step_changed_now(t.id)) THEN
        PERFORM kessai_refuse(format('step %s: a 差戻し goes back to a step of an earlier stage that approved it',
                                     s.id));
    END IF;
    -- What the action does to the document goes with it (the engine's decide, 却下 and
    -- sendBack): a 決裁 step decided, or a 却下, while the document stayed in review was
    -- accepted before (tst_serveragreement, seed 142).
    IF s.acted_at = acted_now AND s.acted_by = me AND OLD.state IS DISTINCT FROM s.state
        AND ((s.state = 'decided' AND d.status <> 'decided')
             OR (s.state = 'rejected' AND d.status <> 'rejected')
             OR (s.state = 'returned' AND s.return_to_step_id IS NULL AND d.status <> 'returned')) THEN
        PERFORM kessai_refuse(format('step %s is %s: the document must be %s with it', s.id, s.state, s.state));
    END IF;
    -- The route moves on with the action (the engine's settle): in review, no blocking step
    -- whose earlier stages are complete is left waiting. An approval written alone, without
    -- the next stage becoming due, was accepted before (tst_serveragreement).
    IF d.status = 'in_review' AND EXISTS (
        SELECT 1 FROM route_steps w JOIN route_stages wg ON wg.id = w.stage_id
        WHERE w.document_id = s.document_id AND w.kind <> 'post_review' AND w.state = 'waiting'
        AND NOT EXISTS (SELECT 1 FROM route_steps e JOIN route_stages eg ON eg.id = e.stage_id
                        WHERE e.document_id = s.document_id AND eg.seq < wg.seq AND e.kind <> 'post_review'
                        AND e.state NOT IN ('approved', 'decided', 'read', 'skipped'))) THEN
        PERFORM kessai_refuse(format('document %s: the route must move on, a due step is left waiting',
                                     s.document_id));
    END IF;
    -- A step becomes due again only from waiting or returned (the route reaching it) or, as a
    -- 差戻し target, from approved or read; a restore (引戻し) returned above.
    IF s.state = 'pending' AND OLD.state NOT IN ('pending', 'waiting', 'returned', 'approved', 'read') THEN
        PERFORM kessai_refuse(format('step %s cannot be due again: it is %s', s.id, OLD.state));
    END IF;
    IF OLD.state = 'waiting' AND s.state = 'pending' AND s.kind <> 'post_review' AND NOT due THEN
        PERFORM kessai_refuse(format('step %s cannot be due before the earlier stages are complete', s.id));
    END IF;
    IF s.state = 'skipped' AND OLD.state <> 'skipped' THEN
        IF NOT ((s.skip_reason = 'absent' AND s.kind <> 'decide' AND s.absence_rule = 'post_review'
                 AND kessai_is_absent(s.assignee_id))
                OR (s.skip_reason = 'ended' AND d.status = 'rejected')
                -- 供覧の打切り: who may is checked with the document's status at commit
                OR (s.skip_reason = 'ended' AND d.status = 'closed' AND s.kind = 'circulate'
                    AND kessai_closed_early_now(s.document_id))
                OR (s.skip_reason = 'skip_ahead' AND EXISTS (
                    SELECT 1 FROM route_steps l JOIN route_stages g ON g.id = l.stage_id
                    WHERE l.document_id = s.document_id AND g.seq > s.seq AND l.acted_by = me
                    AND l.acting_for IS NULL AND l.acted_at = acted_now))) THEN
            PERFORM kessai_refuse(format('step %s cannot be passed over (%s)', s.id, s.skip_reason));
        END IF;
    END IF;
    IF OLD.acted_by IS NOT NULL AND s.acted_by IS NULL AND OLD.acted_by <> me AND OLD.state <> 'returned'
        AND NOT EXISTS (SELECT 1 FROM route_steps r WHERE r.document_id = s.document_id
                        AND r.return_to_step_id = s.id AND r.state = 'returned' AND r.acted_at = acted_now
                        AND r.acted_by = me) THEN
        PERFORM kessai_refuse(format('step %s: %s cannot undo another person''s action', s.id, session_user));
    END IF;
    IF NOT kessai_audited_now(s.document_id) THEN
        PERFORM kessai_refuse(format('step %s: an action is written to the audit log with it', s.id));
    END IF;
    -- Whatever the document's status at commit: a drafter who pulled the document out of review
    -- could otherwise put the next step back to waiting (tst_serveragreement, 引戻し after
    -- the next person acted). A restore of one's own 提出 returned above.
    IF OLD.state = 'pending' AND s.state = 'waiting'
        AND NOT EXISTS (SELECT 1 FROM route_steps r WHERE r.stage_id = s.stage_id AND r.state = 'returned'
                        AND r.acted_at = acted_now AND r.acted_by = me) THEN
        PERFORM kessai_refuse(format('step %s cannot be put back to waiting', s.id));
    END IF;
    RETURN NULL;
END
$$;
-- split
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kessai_staff') THEN
        REVOKE ALL ON FUNCTION kessai_closed_early_now(bigint), kessai_may_close_early(bigint) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION kessai_closed_early_now(bigint), kessai_may_close_early(bigint) TO kessai_staff;
    END IF;
END
$$;
