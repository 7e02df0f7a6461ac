-- Version 13: what the admin panel's jobs and health pages read.
--
-- job_executions: every run of every job, by either scheduler, in any process, with how it ended (a failure as its
-- exception's type and a shortened message, never what a person wrote). Quartz's own execution history covers only
-- the shared scheduler's store and sees the job base's caught failures as successes. Kept bounded by the nightly
-- prune: the newest runs of each job for each outcome.
--
-- process_statuses: each bot process renews its row every few seconds (its channels, its embedder, its memory); a row
-- not renewed for a while belongs to a process that is gone, and is removed a while later.

CREATE TABLE job_executions (
    id              INTEGER NOT NULL CONSTRAINT pk_job_executions PRIMARY KEY AUTOINCREMENT,
    scheduler       TEXT    NOT NULL,
    job_group       TEXT    NOT NULL,
    job_name        TEXT    NOT NULL,
    trigger         TEXT    NOT NULL,
    process_id      TEXT    NOT NULL,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER NOT NULL,
    outcome         TEXT    NOT NULL,
    failure_type    TEXT    NULL,
    failure_message TEXT    NULL
);

CREATE INDEX ix_job_executions_job_group_job_name_outcome ON job_executions (job_group, job_name, outcome);

CREATE TABLE process_statuses (
    id                TEXT    NOT NULL CONSTRAINT pk_process_statuses PRIMARY KEY,
    host              TEXT    NOT NULL,
    os_process_id     INTEGER NOT NULL,
    version           TEXT    NULL,
    started_at        INTEGER NOT NULL,
    last_seen_at      INTEGER NOT NULL,
    report_interval   INTEGER NOT NULL,
    stopped_at        INTEGER NULL,
    channels          TEXT    NOT NULL,
    embedder          TEXT    NULL,
    embedder_note     TEXT    NULL,
    working_set_bytes INTEGER NOT NULL
);

CREATE INDEX ix_process_statuses_last_seen_at ON process_statuses (last_seen_at);
