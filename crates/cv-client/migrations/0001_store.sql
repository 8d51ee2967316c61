-- The desktop app's local store: CVs, their snapshots and the trash.
-- Append-only: never edit this file once released; add 0002_… instead.
-- Times are Unix milliseconds (UTC): they sort and compare as numbers.

-- One row per CV. `document` is cv-core's JSON; `revision` counts saves.
-- A CV in the trash has `deleted_at` set; it is purged 30 days later.
CREATE TABLE cvs (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    -- The template the document uses, copied out so the CV list needs no JSON parsing.
    template TEXT NOT NULL,
    document TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    -- When the last automatic snapshot was taken (creation time until the first one).
    last_auto_snapshot_at INTEGER NOT NULL
);

CREATE INDEX cvs_by_updated ON cvs (updated_at DESC);

-- Whole copies of a CV's document at a point in time, restorable.
CREATE TABLE snapshots (
    id TEXT PRIMARY KEY NOT NULL,
    cv_id TEXT NOT NULL REFERENCES cvs (id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason IN ('manual', 'export', 'auto', 'restore')),
    -- The CV's revision the snapshot copies.
    revision INTEGER NOT NULL,
    document TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX snapshots_by_cv ON snapshots (cv_id, created_at DESC);
