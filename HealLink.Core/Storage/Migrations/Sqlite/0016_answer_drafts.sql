-- Version 16: an answer past its question's limit is kept as a draft in the person's state, not thrown away, until
-- they keep its first part or answer that question another way. It holds their words: /delete erases it with the row,
-- /export shows it.

ALTER TABLE conversation_states ADD COLUMN draft_step_key TEXT NULL;
ALTER TABLE conversation_states ADD COLUMN draft_answer TEXT NULL;
