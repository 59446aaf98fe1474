-- Crossings (trips): one truck crossing once, kept as whole revisions; its timeline as events
-- that are never changed or removed (a correction is a new event); which declarations it
-- carries (each in one crossing at a time); and CBP's wait-time readings as fetched.
-- Released: never edit this file.

CREATE TABLE crossing (
    id             TEXT PRIMARY KEY,
    trip_key       TEXT NOT NULL UNIQUE,   -- the trip number upper case, without spaces
    us_port        TEXT NOT NULL,
    revision       INTEGER NOT NULL CHECK (revision > 0),
    document       TEXT NOT NULL,          -- the current revision's record (JSON)
    -- What the timeline comes to, recomputed with every event: the board and the figures read
    -- these columns, not the events.
    stage          TEXT NOT NULL,
    finished_at    TEXT,                   -- released or ended; NULL while at the border
    month          TEXT,                   -- month it reached the border, at the port
    border_seconds INTEGER,
    used_ucp       INTEGER NOT NULL CHECK (used_ucp IN (0, 1)),
    secondary      INTEGER NOT NULL CHECK (secondary IN (0, 1)),
    mx_red         INTEGER NOT NULL CHECK (mx_red IN (0, 1)),
    ending         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
) STRICT;

CREATE INDEX crossing_by_finish ON crossing (finished_at);
-- Covers the clearance figures: they read these columns of every crossing of a period and never
-- the row itself.
CREATE INDEX crossing_by_month ON crossing (month, us_port, stage, finished_at, border_seconds, used_ucp, secondary, mx_red, ending)
    WHERE month IS NOT NULL;

CREATE TABLE crossing_revision (
    crossing_id TEXT NOT NULL REFERENCES crossing (id),
    revision    INTEGER NOT NULL,
    document    TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    saved_by    TEXT NOT NULL,
    PRIMARY KEY (crossing_id, revision)
) STRICT, WITHOUT ROWID;

CREATE TABLE crossing_event (
    id          TEXT PRIMARY KEY,
    crossing_id TEXT NOT NULL REFERENCES crossing (id),
    seq         INTEGER NOT NULL,          -- the order recorded, within the crossing
    at          TEXT NOT NULL,             -- when it happened (UTC)
    document    TEXT NOT NULL,             -- the event (JSON)
    recorded_at TEXT NOT NULL,
    UNIQUE (crossing_id, seq)
) STRICT;

CREATE TABLE crossing_declaration (
    draft_id    TEXT PRIMARY KEY REFERENCES draft (id),
    crossing_id TEXT NOT NULL REFERENCES crossing (id)
) STRICT, WITHOUT ROWID;

CREATE INDEX crossing_declaration_by_crossing ON crossing_declaration (crossing_id);

CREATE TABLE wait_reading (
    port_number      TEXT NOT NULL,
    observed_at      TEXT NOT NULL,        -- CBP's update instant, else when it was fetched
    fetched_at       TEXT NOT NULL,
    standard_minutes INTEGER,              -- NULL: no reading (N/A, update pending, closed)
    fast_minutes     INTEGER,
    document         TEXT NOT NULL,        -- the reading (JSON)
    PRIMARY KEY (port_number, observed_at)
) STRICT, WITHOUT ROWID;

CREATE TABLE wait_fetch (
    seq   INTEGER PRIMARY KEY,
    at    TEXT NOT NULL,
    url   TEXT NOT NULL,
    ok    INTEGER NOT NULL CHECK (ok IN (0, 1)),
    ports TEXT NOT NULL,                   -- JSON array of the crossings in the answer
    error TEXT
) STRICT;

CREATE TRIGGER crossing_never_deleted BEFORE DELETE ON crossing
BEGIN SELECT RAISE(ABORT, 'a crossing is never deleted'); END;
CREATE TRIGGER crossing_revision_immutable BEFORE UPDATE ON crossing_revision
BEGIN SELECT RAISE(ABORT, 'a revision is never changed'); END;
CREATE TRIGGER crossing_revision_kept BEFORE DELETE ON crossing_revision
BEGIN SELECT RAISE(ABORT, 'a revision is never removed'); END;
CREATE TRIGGER crossing_event_immutable BEFORE UPDATE ON crossing_event
BEGIN SELECT RAISE(ABORT, 'an event is never changed: record a correction'); END;
CREATE TRIGGER crossing_event_kept BEFORE DELETE ON crossing_event
BEGIN SELECT RAISE(ABORT, 'an event is never removed: record a correction'); END;
