-- Version 11: the admin panel's accounts, ASP.NET Core Identity's tables under an admin_ prefix (the model is
-- HealLink.Admin's AdminAccountsDbContext; its tests compare it with this script). Nothing here is about the people
-- the bot serves. The two roles are rows from the start, so the first `create-admin` needs nothing else.

CREATE TABLE admin_roles (
    id                TEXT NOT NULL CONSTRAINT pk_admin_roles PRIMARY KEY,
    name              TEXT NULL,
    normalized_name   TEXT NULL,
    concurrency_stamp TEXT NULL
);

CREATE UNIQUE INDEX ix_admin_roles_normalized_name ON admin_roles (normalized_name);

CREATE TABLE admin_users (
    id                     TEXT    NOT NULL CONSTRAINT pk_admin_users PRIMARY KEY,
    created_at             INTEGER NOT NULL,
    suspended_at           INTEGER NULL,
    user_name              TEXT    NULL,
    normalized_user_name   TEXT    NULL,
    email                  TEXT    NULL,
    normalized_email       TEXT    NULL,
    email_confirmed        INTEGER NOT NULL,
    password_hash          TEXT    NULL,
    security_stamp         TEXT    NULL,
    concurrency_stamp      TEXT    NULL,
    phone_number           TEXT    NULL,
    phone_number_confirmed INTEGER NOT NULL,
    two_factor_enabled     INTEGER NOT NULL,
    lockout_end            INTEGER NULL,
    lockout_enabled        INTEGER NOT NULL,
    access_failed_count    INTEGER NOT NULL
);

CREATE UNIQUE INDEX ix_admin_users_normalized_user_name ON admin_users (normalized_user_name);

CREATE INDEX ix_admin_users_normalized_email ON admin_users (normalized_email);

CREATE TABLE admin_role_claims (
    id          INTEGER NOT NULL CONSTRAINT pk_admin_role_claims PRIMARY KEY AUTOINCREMENT,
    role_id     TEXT    NOT NULL,
    claim_type  TEXT    NULL,
    claim_value TEXT    NULL,
    CONSTRAINT fk_admin_role_claims_admin_roles_role_id FOREIGN KEY (role_id) REFERENCES admin_roles (id) ON DELETE CASCADE
);

CREATE INDEX ix_admin_role_claims_role_id ON admin_role_claims (role_id);

CREATE TABLE admin_user_claims (
    id          INTEGER NOT NULL CONSTRAINT pk_admin_user_claims PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT    NOT NULL,
    claim_type  TEXT    NULL,
    claim_value TEXT    NULL,
    CONSTRAINT fk_admin_user_claims_admin_users_user_id FOREIGN KEY (user_id) REFERENCES admin_users (id) ON DELETE CASCADE
);

CREATE INDEX ix_admin_user_claims_user_id ON admin_user_claims (user_id);

CREATE TABLE admin_user_logins (
    login_provider        TEXT NOT NULL,
    provider_key          TEXT NOT NULL,
    provider_display_name TEXT NULL,
    user_id               TEXT NOT NULL,
    CONSTRAINT pk_admin_user_logins PRIMARY KEY (login_provider, provider_key),
    CONSTRAINT fk_admin_user_logins_admin_users_user_id FOREIGN KEY (user_id) REFERENCES admin_users (id) ON DELETE CASCADE
);

CREATE INDEX ix_admin_user_logins_user_id ON admin_user_logins (user_id);

CREATE TABLE admin_user_roles (
    user_id TEXT NOT NULL,
    role_id TEXT NOT NULL,
    CONSTRAINT pk_admin_user_roles PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_admin_user_roles_admin_roles_role_id FOREIGN KEY (role_id) REFERENCES admin_roles (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_user_roles_admin_users_user_id FOREIGN KEY (user_id) REFERENCES admin_users (id) ON DELETE CASCADE
);

CREATE INDEX ix_admin_user_roles_role_id ON admin_user_roles (role_id);

CREATE TABLE admin_user_tokens (
    user_id        TEXT NOT NULL,
    login_provider TEXT NOT NULL,
    name           TEXT NOT NULL,
    value          TEXT NULL,
    CONSTRAINT pk_admin_user_tokens PRIMARY KEY (user_id, login_provider, name),
    CONSTRAINT fk_admin_user_tokens_admin_users_user_id FOREIGN KEY (user_id) REFERENCES admin_users (id) ON DELETE CASCADE
);

INSERT INTO admin_roles (id, name, normalized_name, concurrency_stamp) VALUES
    ('admin', 'admin', 'ADMIN', 'admin'),
    ('reviewer', 'reviewer', 'REVIEWER', 'reviewer');
