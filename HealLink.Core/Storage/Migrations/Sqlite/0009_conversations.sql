-- Version 9: conversations between a mentee and a mentor. A connection's answer, ending and reminders; the messages
-- relayed in it, ratings after it ends, reports and crisis flags for coordinators; suspension of a person; and in
-- each person's state, which conversation they are typing to and a message held until they say which.

ALTER TABLE connections ADD COLUMN answered_at INTEGER NULL;
ALTER TABLE connections ADD COLUMN decline_reason TEXT NULL;
ALTER TABLE connections ADD COLUMN ended_at INTEGER NULL;
ALTER TABLE connections ADD COLUMN ended_by INTEGER NULL;
ALTER TABLE connections ADD COLUMN end_reason TEXT NULL;
ALTER TABLE connections ADD COLUMN reminder_sent_at INTEGER NULL;
ALTER TABLE connections ADD COLUMN check_in_sent_at INTEGER NULL;

CREATE INDEX ix_connections_state_created_at ON connections (state, created_at);

CREATE INDEX ix_connections_ended_at ON connections (ended_at);

ALTER TABLE people ADD COLUMN suspended_at INTEGER NULL;

ALTER TABLE profiles ADD COLUMN time_zone TEXT NULL;

ALTER TABLE conversation_states ADD COLUMN current_connection_id INTEGER NULL;
ALTER TABLE conversation_states ADD COLUMN held_messages TEXT NULL;

CREATE TABLE relayed_messages (
    id            INTEGER NOT NULL CONSTRAINT pk_relayed_messages PRIMARY KEY AUTOINCREMENT,
    connection_id INTEGER NOT NULL,
    sender_id     INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    sent_at       INTEGER NOT NULL,
    source_message_id TEXT NULL,
    CONSTRAINT fk_relayed_messages_connections_connection_id FOREIGN KEY (connection_id) REFERENCES connections (id) ON DELETE CASCADE,
    CONSTRAINT fk_relayed_messages_people_sender_id FOREIGN KEY (sender_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_relayed_messages_connection_id_id ON relayed_messages (connection_id, id);

CREATE INDEX ix_relayed_messages_sender_id_source_message_id ON relayed_messages (sender_id, source_message_id);

CREATE TABLE connection_ratings (
    id            INTEGER NOT NULL CONSTRAINT pk_connection_ratings PRIMARY KEY AUTOINCREMENT,
    connection_id INTEGER NOT NULL,
    person_id     INTEGER NOT NULL,
    score         INTEGER NOT NULL,
    comment       TEXT    NULL,
    created_at    INTEGER NOT NULL,
    CONSTRAINT fk_connection_ratings_connections_connection_id FOREIGN KEY (connection_id) REFERENCES connections (id) ON DELETE CASCADE,
    CONSTRAINT fk_connection_ratings_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_connection_ratings_connection_id_person_id ON connection_ratings (connection_id, person_id);

CREATE INDEX ix_connection_ratings_person_id ON connection_ratings (person_id);

CREATE TABLE reports (
    id              INTEGER NOT NULL CONSTRAINT pk_reports PRIMARY KEY AUTOINCREMENT,
    connection_id   INTEGER NOT NULL,
    reporter_id     INTEGER NOT NULL,
    reported_id     INTEGER NOT NULL,
    recent_messages TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    CONSTRAINT fk_reports_connections_connection_id FOREIGN KEY (connection_id) REFERENCES connections (id) ON DELETE CASCADE,
    CONSTRAINT fk_reports_people_reporter_id FOREIGN KEY (reporter_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_reports_people_reported_id FOREIGN KEY (reported_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_reports_status_created_at ON reports (status, created_at);

CREATE INDEX ix_reports_connection_id ON reports (connection_id);

CREATE INDEX ix_reports_reporter_id ON reports (reporter_id);

CREATE INDEX ix_reports_reported_id ON reports (reported_id);

CREATE TABLE crisis_flags (
    id            INTEGER NOT NULL CONSTRAINT pk_crisis_flags PRIMARY KEY AUTOINCREMENT,
    person_id     INTEGER NOT NULL,
    connection_id INTEGER NULL,
    source        TEXT    NOT NULL,
    excerpt       TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    CONSTRAINT fk_crisis_flags_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_crisis_flags_connections_connection_id FOREIGN KEY (connection_id) REFERENCES connections (id) ON DELETE SET NULL
);

CREATE INDEX ix_crisis_flags_status_created_at ON crisis_flags (status, created_at);

CREATE INDEX ix_crisis_flags_person_id ON crisis_flags (person_id);

CREATE INDEX ix_crisis_flags_connection_id ON crisis_flags (connection_id);

ALTER TABLE outbox_messages ADD COLUMN about_person_id INTEGER NULL;
ALTER TABLE outbox_messages ADD COLUMN connection_id INTEGER NULL;
ALTER TABLE outbox_messages ADD COLUMN copy_from_chat_id TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN copy_message_id TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN file_name TEXT NULL;

CREATE INDEX ix_outbox_messages_about_person_id ON outbox_messages (about_person_id);

CREATE INDEX ix_outbox_messages_platform_chat_id_platform_message_id ON outbox_messages (platform, chat_id, platform_message_id);

CREATE TABLE conversation_threads (
    connection_id INTEGER NOT NULL,
    platform      TEXT    NOT NULL,
    chat_id       TEXT    NOT NULL,
    thread_id     TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    CONSTRAINT pk_conversation_threads PRIMARY KEY (connection_id, platform, chat_id),
    CONSTRAINT fk_conversation_threads_connections_connection_id FOREIGN KEY (connection_id) REFERENCES connections (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_conversation_threads_platform_chat_id_thread_id ON conversation_threads (platform, chat_id, thread_id);
