-- Highest acceptable share of abandoned contacts for a channel with known patience (Erlang A); null = no cap.
ALTER TABLE client_channel ADD COLUMN max_abandon_rate DOUBLE PRECISION;
