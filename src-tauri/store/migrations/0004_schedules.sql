-- Tariff schedules and SAT catalogs imported from their publishers' files. Each import is a
-- version, kept whole and never changed: a newer edition is imported beside the older ones, and
-- the rules take the one in effect on a crossing's date. Released: never edit this file.

CREATE TABLE schedule_version (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('hts-usitc', 'sat-fracciones', 'sat-patentes')),
    edition        TEXT NOT NULL,
    effective_from TEXT NOT NULL,      -- YYYY-MM-DD
    source         TEXT NOT NULL,      -- file name or address it was read from
    sha256         TEXT NOT NULL,      -- of the file's bytes: the same file is imported once
    line_count     INTEGER NOT NULL CHECK (line_count > 0),
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    UNIQUE (kind, sha256)
) STRICT;

-- Every row of an HTS edition, in the schedule's order (grouping rows have an empty number).
CREATE TABLE hts_line (
    version_id  INTEGER NOT NULL REFERENCES schedule_version (id),
    seq         INTEGER NOT NULL,
    number      TEXT NOT NULL,
    indent      INTEGER NOT NULL,
    description TEXT NOT NULL,
    units       TEXT NOT NULL,         -- JSON list of the unit texts as printed
    general     TEXT NOT NULL,
    special     TEXT NOT NULL,
    column2     TEXT NOT NULL,
    additional  TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE fraccion_line (
    version_id INTEGER NOT NULL REFERENCES schedule_version (id),
    code       TEXT NOT NULL,          -- fracción (8 digits) + NICO (2)
    text       TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to   TEXT,                   -- NULL while in force
    unit       TEXT NOT NULL,          -- UMT, c_UnidadAduana
    PRIMARY KEY (version_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE patente (
    version_id INTEGER NOT NULL REFERENCES schedule_version (id),
    id         TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    PRIMARY KEY (version_id, id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER schedule_version_immutable BEFORE UPDATE ON schedule_version
BEGIN SELECT RAISE(ABORT, 'an imported schedule is never changed'); END;
CREATE TRIGGER hts_line_immutable BEFORE UPDATE ON hts_line
BEGIN SELECT RAISE(ABORT, 'an imported schedule is never changed'); END;
CREATE TRIGGER fraccion_line_immutable BEFORE UPDATE ON fraccion_line
BEGIN SELECT RAISE(ABORT, 'an imported schedule is never changed'); END;
CREATE TRIGGER patente_immutable BEFORE UPDATE ON patente
BEGIN SELECT RAISE(ABORT, 'an imported schedule is never changed'); END;
