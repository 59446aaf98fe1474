-- Drafts become full declarations saved as revisions; an append-only, hash-chained audit log;
-- full-text search. Released: never edit this file; add a new migration instead.

-- The draft row is the list's summary of the current revision; the document lives in revisions.
ALTER TABLE draft ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'ready', 'filed', 'archived'));
ALTER TABLE draft ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE draft ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0;
-- Deleting hides a draft; its revisions and audit entries are records that must be kept.
ALTER TABLE draft ADD COLUMN deleted_at TEXT;

CREATE INDEX draft_live_by_updated ON draft (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX draft_by_port ON draft (port_code) WHERE deleted_at IS NULL;
CREATE INDEX draft_by_crossing ON draft (crossing_local) WHERE deleted_at IS NULL;

-- Every save is a new row; nothing here is ever updated or deleted.
CREATE TABLE draft_revision (
    draft_id TEXT NOT NULL REFERENCES draft (id),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    saved_at TEXT NOT NULL,
    author   TEXT NOT NULL,
    summary  TEXT NOT NULL,
    document TEXT NOT NULL,        -- the declaration, as its versioned JSON document
    PRIMARY KEY (draft_id, revision)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER draft_revision_append_only_update BEFORE UPDATE ON draft_revision
BEGIN SELECT RAISE(ABORT, 'revisions are never changed'); END;
CREATE TRIGGER draft_revision_append_only_delete BEFORE DELETE ON draft_revision
BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END;

-- Drafts of schema 1 had only a header: their first revision is a declaration with those fields.
INSERT INTO draft_revision (draft_id, revision, saved_at, author, summary, document)
SELECT id, 1, updated_at, 'cruce', 'created before revisions were kept',
       json_object(
           'schemaVersion', 1,
           'reference', reference,
           'direction', direction,
           'transport', json_object(
               'usPort', coalesce(port_code, ''),
               'estimatedArrival', CASE WHEN crossing_local IS NULL THEN NULL
                   ELSE json_object('local', crossing_local, 'zone', crossing_zone) END))
FROM draft;

-- Append-only and hash-chained: hash = SHA-256(prev_hash | seq | at | actor | action | subject |
-- detail). Editing or removing a past entry breaks every later hash.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Search text of each live draft: reference, party names, RFC/EIN, descriptions, HTS, fracción.
-- Trigrams with diacritics removed: "ramirez" finds "Ramírez", and any 3+ characters match.
-- Its rowid is the draft's search_key, so replacing a draft's text is an indexed lookup, not a
-- scan. (Not the draft's implicit rowid: VACUUM may renumber those.)
ALTER TABLE draft ADD COLUMN search_key INTEGER;
UPDATE draft SET search_key = rowid;
CREATE UNIQUE INDEX draft_by_search_key ON draft (search_key);
-- The list's other orders, so that a page of 100,000 drafts is read from an index, not sorted.
CREATE INDEX draft_live_by_reference ON draft (reference COLLATE NOCASE, search_key DESC) WHERE deleted_at IS NULL;
CREATE INDEX draft_live_by_crossing ON draft (crossing_local IS NULL, crossing_local, search_key DESC)
    WHERE deleted_at IS NULL;

-- Contentless: the text is not stored twice (the revisions hold it), and deleting a row does not
-- re-read it. search_hash (SHA-256 of the indexed text) lets a save skip re-indexing when no
-- searchable text changed.
ALTER TABLE draft ADD COLUMN search_hash BLOB;
CREATE VIRTUAL TABLE draft_search USING fts5(
    content,
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram remove_diacritics 1'
);

INSERT INTO draft_search (rowid, content)
SELECT search_key, reference FROM draft;
