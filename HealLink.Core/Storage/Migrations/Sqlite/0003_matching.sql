-- Version 3: matching. Connection requests between mentees and mentors (a mentor's active ones count against
-- their capacity; declined ones are never offered again), and intro vectors, one row per embedder.

CREATE TABLE connections (
    id         INTEGER NOT NULL CONSTRAINT pk_connections PRIMARY KEY AUTOINCREMENT,
    mentee_id  INTEGER NOT NULL,
    mentor_id  INTEGER NOT NULL,
    state      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT fk_connections_people_mentee_id FOREIGN KEY (mentee_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_connections_people_mentor_id FOREIGN KEY (mentor_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_connections_mentee_id_state ON connections (mentee_id, state);

CREATE INDEX ix_connections_mentor_id_state ON connections (mentor_id, state);

CREATE TABLE profile_vectors (
    person_id   INTEGER NOT NULL,
    embedder_id TEXT    NOT NULL,
    dimensions  INTEGER NOT NULL,
    vector      BLOB    NOT NULL,
    text_hash   TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL,
    CONSTRAINT pk_profile_vectors PRIMARY KEY (person_id, embedder_id),
    CONSTRAINT fk_profile_vectors_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_profile_vectors_embedder_id ON profile_vectors (embedder_id);
