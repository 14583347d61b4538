-- Break rules are part of the contract: a short break per so many hours, a meal after so many hours.
ALTER TABLE agent ADD COLUMN break_minutes INTEGER DEFAULT 15 NOT NULL;
ALTER TABLE agent ADD COLUMN break_every_hours DOUBLE PRECISION DEFAULT 4 NOT NULL;
ALTER TABLE agent ADD COLUMN meal_minutes INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE agent ADD COLUMN meal_after_hours DOUBLE PRECISION DEFAULT 6 NOT NULL;

CREATE TABLE schedule_shift_break (
    shift_id  BIGINT                   NOT NULL REFERENCES schedule_shift (id) ON DELETE CASCADE,
    start_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX schedule_shift_break_shift ON schedule_shift_break (shift_id);
