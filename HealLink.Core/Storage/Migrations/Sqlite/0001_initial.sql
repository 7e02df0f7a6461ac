-- Version 1: people and their platform accounts and profiles, conversation state, and the pipeline tables.
-- Conventions (from HealLinkDbContext): times are UTC Unix milliseconds, enums are stored by name, lists are
-- JSON arrays of strings.

CREATE TABLE people (
    id         INTEGER NOT NULL CONSTRAINT pk_people PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL
);

CREATE TABLE platform_accounts (
    id                 INTEGER NOT NULL CONSTRAINT pk_platform_accounts PRIMARY KEY AUTOINCREMENT,
    person_id          INTEGER NOT NULL,
    platform           TEXT    NOT NULL,
    platform_user_id   TEXT    NOT NULL,
    chat_id            TEXT    NOT NULL,
    created_at         INTEGER NOT NULL,
    unreachable_since  INTEGER NULL,
    unreachable_reason TEXT    NULL,
    CONSTRAINT fk_platform_accounts_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_platform_accounts_person_id ON platform_accounts (person_id);

CREATE UNIQUE INDEX ix_platform_accounts_platform_platform_user_id ON platform_accounts (platform, platform_user_id);

CREATE TABLE profiles (
    person_id         INTEGER NOT NULL CONSTRAINT pk_profiles PRIMARY KEY,
    consented_at      INTEGER NULL,
    role              TEXT    NULL,
    display_name      TEXT    NULL,
    procedure_text    TEXT    NULL,
    procedure_display TEXT    NULL,
    stage             TEXT    NULL,
    age_range         TEXT    NULL,
    gender            TEXT    NULL,
    gender_preference TEXT    NULL,
    languages         TEXT    NOT NULL,
    hospital          TEXT    NULL,
    interests         TEXT    NOT NULL,
    intro             TEXT    NULL,
    help_topics       TEXT    NOT NULL,
    capacity          INTEGER NOT NULL,
    availability      TEXT    NULL,
    vetting_status    TEXT    NULL,
    vetting_note      TEXT    NULL,
    completed_at      INTEGER NULL,
    updated_at        INTEGER NOT NULL,
    CONSTRAINT fk_profiles_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_profiles_role_vetting_status ON profiles (role, vetting_status);

CREATE TABLE conversation_states (
    person_id         INTEGER NOT NULL CONSTRAINT pk_conversation_states PRIMARY KEY,
    mode              TEXT    NOT NULL,
    step_key          TEXT    NULL,
    version           INTEGER NOT NULL,
    pending_selection TEXT    NOT NULL,
    updated_at        INTEGER NOT NULL,
    CONSTRAINT fk_conversation_states_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE TABLE inbound_receipts (
    platform    TEXT    NOT NULL,
    update_id   TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    CONSTRAINT pk_inbound_receipts PRIMARY KEY (platform, update_id)
);

CREATE INDEX ix_inbound_receipts_received_at ON inbound_receipts (received_at);

CREATE TABLE outbox_messages (
    id                  INTEGER NOT NULL CONSTRAINT pk_outbox_messages PRIMARY KEY AUTOINCREMENT,
    platform            TEXT    NOT NULL,
    chat_id             TEXT    NOT NULL,
    thread_id           TEXT    NULL,
    kind                TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    buttons_json        TEXT    NULL,
    created_at          INTEGER NOT NULL,
    attempts            INTEGER NOT NULL,
    next_attempt_at     INTEGER NOT NULL,
    sent_at             INTEGER NULL,
    platform_message_id TEXT    NULL,
    failed_at           INTEGER NULL,
    failure_reason      TEXT    NULL
);

-- The dispatcher only reads undelivered rows.
CREATE INDEX ix_outbox_messages_pending ON outbox_messages (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
