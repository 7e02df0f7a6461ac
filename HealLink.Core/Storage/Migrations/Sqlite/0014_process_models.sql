-- Version 14: the models each bot process holds in its own memory, for the admin panel's health page.
--
-- models: a JSON array, read and written whole like channels: each model's name, whether it is loaded, and the
-- process's memory just before its last load, after it, and after its last unload.
-- model_unload_requested_at: set by an admin's "Unload the model now"; the process reads and clears it with its next
-- report (every few seconds), then unloads. Per process, since each holds its own copy of the model.

ALTER TABLE process_statuses ADD COLUMN models TEXT NOT NULL DEFAULT '[]';
ALTER TABLE process_statuses ADD COLUMN model_unload_requested_at INTEGER NULL;
