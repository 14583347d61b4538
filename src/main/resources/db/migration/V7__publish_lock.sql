-- One row that every publish locks first, so publishes run one at a time and see each other's shifts.
CREATE TABLE schedule_publish_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO schedule_publish_lock (id) VALUES (1);
