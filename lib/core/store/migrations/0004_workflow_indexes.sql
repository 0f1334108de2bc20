-- Kessai schema v4: indexes the workflow needs at scale (1,000,000 documents, 5,000,000 route
-- steps; see docs/performance.md, "Workflow at scale").

-- Loading a document's route joins its stages to their steps by stage_id: without this index
-- every action read the whole of route_steps (SQLite built an automatic index each time).
CREATE INDEX route_steps_stage ON route_steps (stage_id);

-- The 既決 (done) folder and its count: the documents a user acted on.
CREATE INDEX route_steps_acted_by ON route_steps (acted_by, document_id);

-- Who is away today (every action asks): absences ending today or later, not the whole history.
CREATE INDEX absences_period ON absences (ends_on, starts_on);
