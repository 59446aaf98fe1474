-- Watchlists and screening. Each import of a list is a version kept whole (its entries with the
-- digest a decision is tied to); the version in use for a kind is its newest. Screenings,
-- the hits they raised and the review's decisions are kept for the audit; decisions are never
-- changed or removed.
CREATE TABLE list_version (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    published TEXT,
    encoding TEXT NOT NULL,
    entries INTEGER NOT NULL,
    names INTEGER NOT NULL,
    added INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX list_version_by_kind ON list_version (kind, id);

CREATE TABLE list_entry (
    version_id INTEGER NOT NULL REFERENCES list_version (id),
    entry_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (version_id, entry_id)
) WITHOUT ROWID;

CREATE TABLE screened_party (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    ids TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_screened TEXT NOT NULL
) WITHOUT ROWID;

-- Where a party was met: a draft's role, a registry record, a batch file, a name typed.
CREATE TABLE party_use (
    party_key TEXT NOT NULL REFERENCES screened_party (key),
    context TEXT NOT NULL,
    role TEXT NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (context, role, party_key)
) WITHOUT ROWID;
CREATE INDEX party_use_by_party ON party_use (party_key);

CREATE TABLE screening_run (
    id INTEGER PRIMARY KEY,
    party_key TEXT NOT NULL REFERENCES screened_party (key),
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    context TEXT NOT NULL,
    versions TEXT NOT NULL,
    hits INTEGER NOT NULL,
    new_hits INTEGER NOT NULL
);
CREATE INDEX screening_run_by_party ON screening_run (party_key, id);

-- The latest hit of each party on each entry; `current` is whether the latest screening of the
-- party raised it.
CREATE TABLE screening_hit (
    party_key TEXT NOT NULL REFERENCES screened_party (key),
    list TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    score REAL NOT NULL,
    cleared INTEGER NOT NULL,
    hit TEXT NOT NULL,
    first_raised TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    current INTEGER NOT NULL,
    PRIMARY KEY (party_key, list, entry_id)
) WITHOUT ROWID;

CREATE TABLE screening_decision (
    id INTEGER PRIMARY KEY,
    party_key TEXT NOT NULL REFERENCES screened_party (key),
    list TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    score REAL NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('true_match', 'false_positive', 'escalated')),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX screening_decision_by_hit ON screening_decision (party_key, list, entry_id, id);
CREATE TRIGGER screening_decision_no_update BEFORE UPDATE ON screening_decision
BEGIN
    SELECT RAISE(ABORT, 'screening decisions are never changed');
END;
CREATE TRIGGER screening_decision_no_delete BEFORE DELETE ON screening_decision
BEGIN
    SELECT RAISE(ABORT, 'screening decisions are never removed');
END;
