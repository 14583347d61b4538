-- A re-plan keeps the week's published shifts unless the planner asks to re-plan them too.
ALTER TABLE schedule ADD COLUMN replan_published BOOLEAN DEFAULT FALSE NOT NULL;
