-- Version 20: encryption at rest. One row per encryption key ever made current, holding a known text encrypted under
-- it: start-up stops with one line when the configured key does not decrypt it (a wrong key), or when rows exist and no
-- key is configured at all (a missing key). Values themselves change format in place (enc:v1:<key id>:...), no DDL.

CREATE TABLE encryption_key_checks (
    key_id     TEXT    NOT NULL CONSTRAINT pk_encryption_key_checks PRIMARY KEY,
    value      TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
