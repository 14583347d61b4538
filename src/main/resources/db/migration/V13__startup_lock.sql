-- One row that a replica's first-start writes (the demo sample, the initial admin, marking users with known
-- passwords) lock first. Replicas starting together on an empty database then run them one after another: the
-- second waits for the first to commit and finds the work done, instead of loading the sample twice or failing
-- on a duplicate admin.
CREATE TABLE startup_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO startup_lock (id) VALUES (1);
