-- Version 19: the language the bot speaks to each person in (an ISO 639-1 code). Everyone who joined before this
-- was spoken to in English.

ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
