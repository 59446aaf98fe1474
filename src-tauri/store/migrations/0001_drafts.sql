-- Draft declarations, user preferences and one-time facts about the database.
-- Released: never edit this file; add a new migration instead.

CREATE TABLE draft (
    id             TEXT PRIMARY KEY NOT NULL,       -- UUIDv7
    reference      TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('northbound', 'southbound')),
    port_code      TEXT,                            -- 4-digit CBP port code
    crossing_local TEXT,                            -- wall-clock time at the port, ISO 8601
    crossing_zone  TEXT,                            -- IANA zone of crossing_local
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at     TEXT NOT NULL,                   -- RFC 3339 UTC, fixed width, sorts as text
    updated_at     TEXT NOT NULL,
    CHECK ((crossing_local IS NULL) = (crossing_zone IS NULL))
) STRICT;

CREATE INDEX draft_by_updated ON draft (updated_at DESC, id DESC);

CREATE TABLE preference (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Facts set once, such as whether the demo draft was ever created (so deleting it is final).
CREATE TABLE database_fact (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
