-- Version 10: the audit log of coordinators' actions (mentor approvals, rejections, suspensions): who, what, about
-- whom (a person id, deliberately not a foreign key, so the record outlives the person's erasure), why and when.

CREATE TABLE audit_entries (
    id                INTEGER NOT NULL CONSTRAINT pk_audit_entries PRIMARY KEY AUTOINCREMENT,
    actor             TEXT    NOT NULL,
    action            TEXT    NOT NULL,
    subject_person_id INTEGER NULL,
    reason            TEXT    NULL,
    at                INTEGER NOT NULL
);

CREATE INDEX ix_audit_entries_at ON audit_entries (at);

CREATE INDEX ix_audit_entries_subject_person_id ON audit_entries (subject_person_id);
