-- Version 15: files carried between platforms by download and upload (a Telegram photo to Discord and back).
--
-- A copy that the recipient's platform cannot make itself names the file to fetch: the platform it was sent on, its
-- kind (photo, voice, document...), and that platform's reference (Telegram's file_id, Discord's attachment address).
-- file_name, already there for documents, holds its name. Never the bytes: they are fetched when the row is sent.

ALTER TABLE outbox_messages ADD COLUMN file_source_platform TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN file_kind TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN file_ref TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN file_content_type TEXT NULL;
