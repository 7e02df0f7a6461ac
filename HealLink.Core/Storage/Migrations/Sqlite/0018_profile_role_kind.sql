-- Version 18: caregivers. A profile says whether the person faces (or faced) the procedure themselves or supports
-- (or supported) someone who does; everyone who joined before this was asked as a patient.

ALTER TABLE profiles ADD COLUMN role_kind TEXT NOT NULL DEFAULT 'Patient';
