-- Version 3 on PostgreSQL: 0002 named Quartz's table of blob triggers, and its column, after PostgreSQL's type
-- (QRTZ_BYTEA_TRIGGERS, BYTEA_DATA); Quartz reads and checks them by their own names, as SQLite's 0004 has them,
-- and refused to start on 0002 alone. Renamed here, as a script once applied is never edited.
ALTER TABLE QRTZ_BYTEA_TRIGGERS RENAME TO QRTZ_BLOB_TRIGGERS;
ALTER TABLE QRTZ_BLOB_TRIGGERS RENAME COLUMN BYTEA_DATA TO BLOB_DATA;
