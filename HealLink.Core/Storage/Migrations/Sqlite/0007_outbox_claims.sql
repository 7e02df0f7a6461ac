-- Version 7: a dispatcher claims an outbox row before sending it, so that several processes on one database never
-- send the same row twice. A claim lapses at claimed_until, and a process that died mid-send has its claims taken
-- over then.

ALTER TABLE outbox_messages ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN claimed_until INTEGER NULL;
