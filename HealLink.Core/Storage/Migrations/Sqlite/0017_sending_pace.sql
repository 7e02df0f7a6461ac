-- Version 17: each person's sending pace (issue #15, people who flood). paced_until is the generic cell rate
-- algorithm's theoretical arrival time in Unix milliseconds: a message more than one window ahead of it is over the
-- pace, and what it passes on to others waits. Null until their first message after this version.

ALTER TABLE conversation_states ADD COLUMN paced_until INTEGER NULL;
