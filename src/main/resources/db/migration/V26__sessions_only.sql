-- A solve may keep every shift and day off of the published week and only place the week's sessions on it.
ALTER TABLE schedule ADD COLUMN sessions_only BOOLEAN DEFAULT FALSE NOT NULL;
