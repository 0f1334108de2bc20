-- Kessai schema v2: the workflow (回議・合議・決裁). Same placeholders as v1.

-- 専決規程: for each 決裁区分 (decision_levels.code), the deciding line in order, as title
-- ranks looked up in the drafter's 係 (section), 課 (division), 部 (department) or anywhere
-- (organization). absence_rule: when the person is away, their 代理者 acts (proxy; on the
-- 決裁 step that is 代決) or the step is passed and read afterwards (post_review, 後閲).
CREATE TABLE delegation_rules (
    id           @ID@,
    level_code   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    title_rank   INTEGER NOT NULL,
    scope        TEXT NOT NULL CHECK (scope IN ('section', 'division', 'department', 'organization')),
    kind         TEXT NOT NULL CHECK (kind IN ('review', 'decide')),
    absence_rule TEXT NOT NULL CHECK (absence_rule IN ('proxy', 'post_review')),
    UNIQUE (level_code, seq)
);
-- The standard 専決規程 for the 決裁区分 that OrganizationSetup creates (ranks as its 役職):
-- 係長 30, 課長補佐 40, 課長 50, 次長 60, 部長 70, 副知事 80, 知事 90.
INSERT INTO delegation_rules (level_code, seq, title_rank, scope, kind, absence_rule) VALUES
    ('division_head', 1, 30, 'section', 'review', 'post_review'),
    ('division_head', 2, 40, 'division', 'review', 'post_review'),
    ('division_head', 3, 50, 'division', 'decide', 'proxy'),
    ('department_head', 1, 30, 'section', 'review', 'post_review'),
    ('department_head', 2, 40, 'division', 'review', 'post_review'),
    ('department_head', 3, 50, 'division', 'review', 'post_review'),
    ('department_head', 4, 60, 'department', 'review', 'post_review'),
    ('department_head', 5, 70, 'department', 'decide', 'proxy'),
    ('vice_governor', 1, 30, 'section', 'review', 'post_review'),
    ('vice_governor', 2, 40, 'division', 'review', 'post_review'),
    ('vice_governor', 3, 50, 'division', 'review', 'post_review'),
    ('vice_governor', 4, 60, 'department', 'review', 'post_review'),
    ('vice_governor', 5, 70, 'department', 'review', 'post_review'),
    ('vice_governor', 6, 80, 'organization', 'decide', 'proxy'),
    ('governor', 1, 30, 'section', 'review', 'post_review'),
    ('governor', 2, 40, 'division', 'review', 'post_review'),
    ('governor', 3, 50, 'division', 'review', 'post_review'),
    ('governor', 4, 60, 'department', 'review', 'post_review'),
    ('governor', 5, 70, 'department', 'review', 'post_review'),
    ('governor', 6, 80, 'organization', 'review', 'post_review'),
    ('governor', 7, 90, 'organization', 'decide', 'proxy');

-- What the workflow keeps on a step: the absence rule it was planned with, where a 差戻し
-- sent the document (NULL = the drafter), why it was passed over, and its 後閲 mark.
ALTER TABLE route_steps ADD COLUMN absence_rule TEXT NOT NULL DEFAULT 'post_review'
    CHECK (absence_rule IN ('proxy', 'post_review'));
ALTER TABLE route_steps ADD COLUMN return_to_step_id BIGINT REFERENCES route_steps (id);
ALTER TABLE route_steps ADD COLUMN skip_reason TEXT NOT NULL DEFAULT 'none'
    CHECK (skip_reason IN ('none', 'absent', 'skip_ahead', 'ended'));
ALTER TABLE route_steps ADD COLUMN post_review TEXT NOT NULL DEFAULT 'none'
    CHECK (post_review IN ('none', 'owed', 'read'));
ALTER TABLE route_steps ADD COLUMN post_reviewed_at TEXT;
CREATE INDEX route_steps_post_review ON route_steps (assignee_id, post_review);

-- 決裁日 and 施行日 as dates (the *_at columns keep the moment); workflow_undo holds what
-- 引戻し restores (JSON, '' when nothing may be withdrawn).
ALTER TABLE documents ADD COLUMN decided_on TEXT;
ALTER TABLE documents ADD COLUMN enforced_on TEXT;
ALTER TABLE documents ADD COLUMN workflow_undo TEXT NOT NULL DEFAULT '';

-- The inbox looks up today's absences by proxy.
CREATE INDEX absences_proxy ON absences (proxy_user_id, ends_on);
CREATE INDEX absences_user ON absences (user_id, ends_on);

-- 経路テンプレート: a user's saved routes; steps is JSON (RoutePlan).
CREATE TABLE route_templates (
    id         @ID@,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    name       TEXT NOT NULL,
    steps      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_id, name)
);

-- 鑑への付記: corrections after 決裁 by a 文書管理者 (who, when, what). Append-only.
CREATE TABLE document_notes (
    id          @ID@,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    author_id   BIGINT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX document_notes_document ON document_notes (document_id, id);
