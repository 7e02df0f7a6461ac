-- Version 12: coordinators' notes on a crisis flag or a report. Each hangs on exactly one of the two and is removed
-- with it (and so with the person it is about, on /delete): a note may describe them.

CREATE TABLE safety_notes (
    id             INTEGER NOT NULL CONSTRAINT pk_safety_notes PRIMARY KEY AUTOINCREMENT,
    crisis_flag_id INTEGER NULL,
    report_id      INTEGER NULL,
    author         TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    CONSTRAINT fk_safety_notes_crisis_flags_crisis_flag_id FOREIGN KEY (crisis_flag_id) REFERENCES crisis_flags (id) ON DELETE CASCADE,
    CONSTRAINT fk_safety_notes_reports_report_id FOREIGN KEY (report_id) REFERENCES reports (id) ON DELETE CASCADE
);

CREATE INDEX ix_safety_notes_crisis_flag_id ON safety_notes (crisis_flag_id);

CREATE INDEX ix_safety_notes_report_id ON safety_notes (report_id);
