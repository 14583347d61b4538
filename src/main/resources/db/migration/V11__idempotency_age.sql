-- Stored answers to Idempotency-Key requests are purged by age every hour (openwfm.idempotency.retention).
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
