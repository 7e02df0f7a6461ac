-- Version 2: the dispatcher reads undelivered rows in id order. The index from version 1 led with next_attempt_at,
-- so SQLite could not use it for ORDER BY id and scanned the whole table, delivered rows included: each pass grew
-- slower as the outbox grew. Keyed by id, the partial index holds exactly the rows the dispatcher reads, in order.

DROP INDEX ix_outbox_messages_pending;

CREATE INDEX ix_outbox_messages_pending ON outbox_messages (id) WHERE sent_at IS NULL AND failed_at IS NULL;
