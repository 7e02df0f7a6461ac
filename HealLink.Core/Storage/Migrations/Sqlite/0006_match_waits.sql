-- Version 6: mentees promised a message when a mentor who fits them joins.

CREATE TABLE match_waits (
    person_id   INTEGER NOT NULL CONSTRAINT pk_match_waits PRIMARY KEY,
    since       INTEGER NOT NULL,
    notified_at INTEGER NULL,
    CONSTRAINT fk_match_waits_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_match_waits_notified_at ON match_waits (notified_at);
