-- The trusted-trader registry: companies, drivers and equipment, each a record kept as whole
-- revisions like a draft, and the evidence files memberships cite, kept by their SHA-256.
-- Released: never edit this file.

CREATE TABLE trader (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('company', 'driver', 'equipment')),
    revision   INTEGER NOT NULL CHECK (revision > 0),
    document   TEXT NOT NULL,          -- the current revision's record (JSON)
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE trader_revision (
    trader_id TEXT NOT NULL REFERENCES trader (id),
    revision  INTEGER NOT NULL,
    document  TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    saved_by  TEXT NOT NULL,
    PRIMARY KEY (trader_id, revision)
) STRICT, WITHOUT ROWID;

CREATE TABLE evidence_file (
    sha256    TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    size      INTEGER NOT NULL,
    content   BLOB NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
) STRICT;

CREATE TRIGGER trader_never_deleted BEFORE DELETE ON trader
BEGIN SELECT RAISE(ABORT, 'a registry record is archived, never deleted'); END;
CREATE TRIGGER trader_revision_immutable BEFORE UPDATE ON trader_revision
BEGIN SELECT RAISE(ABORT, 'a revision is never changed'); END;
CREATE TRIGGER trader_revision_kept BEFORE DELETE ON trader_revision
BEGIN SELECT RAISE(ABORT, 'a revision is never removed'); END;
CREATE TRIGGER evidence_immutable BEFORE UPDATE ON evidence_file
BEGIN SELECT RAISE(ABORT, 'an evidence file is never changed'); END;
CREATE TRIGGER evidence_kept BEFORE DELETE ON evidence_file
BEGIN SELECT RAISE(ABORT, 'an evidence file is never removed'); END;
