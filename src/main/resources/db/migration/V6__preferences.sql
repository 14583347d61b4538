-- Hours an agent would rather work, in its local time; the schedule tries to keep shifts inside them.
CREATE TABLE agent_preferred_hours (
    agent_id      VARCHAR(64) NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    day_of_week   VARCHAR(9)  NOT NULL,
    start_minute  INTEGER     NOT NULL,
    end_minute    INTEGER     NOT NULL
);
CREATE INDEX agent_preferred_hours_agent ON agent_preferred_hours (agent_id);
