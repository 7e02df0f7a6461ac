-- Version 5: what the jobs need beyond Quartz's own tables.
--
-- job_leases: Quartz refuses to run clustered on SQLite, so the bot and the admin panel cannot both run the shared
-- (persistent) scheduler. Whoever holds this lease runs it; the others only add work to it. One row per lease,
-- taken or renewed with one conditional UPDATE, which SQLite's single writer makes atomic across processes.
--
-- profile_vectors.revision: every process keeps the intro index in memory and reads the vectors written since the
-- last revision it saw. A writer sets max(revision) + 1 while it holds the write lock, so revisions grow in commit
-- order and a reader never skips a row committed late (a timestamp taken before a slow commit could be skipped).
-- SQLite cannot add a NOT NULL column without a default, so the table is rebuilt; existing rows get their rowid.

CREATE TABLE job_leases (
    name       TEXT    NOT NULL CONSTRAINT pk_job_leases PRIMARY KEY,
    holder     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
);

INSERT INTO job_leases (name, holder, expires_at) VALUES ('shared-scheduler', '', 0);

CREATE TABLE profile_vectors_new (
    person_id   INTEGER NOT NULL,
    embedder_id TEXT    NOT NULL,
    dimensions  INTEGER NOT NULL,
    vector      BLOB    NOT NULL,
    text_hash   TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL,
    revision    INTEGER NOT NULL,
    CONSTRAINT pk_profile_vectors PRIMARY KEY (person_id, embedder_id),
    CONSTRAINT fk_profile_vectors_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

INSERT INTO profile_vectors_new (person_id, embedder_id, dimensions, vector, text_hash, updated_at, revision)
SELECT person_id, embedder_id, dimensions, vector, text_hash, updated_at, rowid FROM profile_vectors;

DROP TABLE profile_vectors;

ALTER TABLE profile_vectors_new RENAME TO profile_vectors;

-- Loading one embedder's vectors, and reading those written since a revision.
CREATE INDEX ix_profile_vectors_embedder_id_revision ON profile_vectors (embedder_id, revision);
