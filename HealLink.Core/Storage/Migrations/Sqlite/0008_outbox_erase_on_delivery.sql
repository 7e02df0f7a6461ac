-- Version 8: a message removed once delivered, rather than kept until retention: the goodbye to someone who erased
-- their data, which must not leave their chat id behind.

ALTER TABLE outbox_messages ADD COLUMN erase_on_delivery INTEGER NOT NULL DEFAULT 0;
