-- One row that every schedule submit locks first: counting the jobs queued or solving and inserting the
-- new one then happen as one step, so concurrent submits (on any replica) cannot both take the last place.
CREATE TABLE schedule_submit_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO schedule_submit_lock (id) VALUES (1);

-- The count runs on every submit; it only looks at jobs queued or solving.
CREATE INDEX schedule_status_requester ON schedule (status, requested_by);
