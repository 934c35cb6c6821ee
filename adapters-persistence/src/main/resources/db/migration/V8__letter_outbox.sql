-- The transactional outbox of letters (issue 19): a decision writes its letters here in its own
-- transaction; the dispatcher claims due rows for a lease (next_attempt_at) with a conditional
-- update, so that two instances on one database never claim the same row at once. The addressee's
-- name and address and the document are erased (set to NULL) once the letter is sent or given up.
CREATE TABLE letter_outbox (
  id VARCHAR(64) PRIMARY KEY,
  idempotency_key VARCHAR(200) NOT NULL UNIQUE,
  kind VARCHAR(64) NOT NULL,
  subject VARCHAR(64) NOT NULL,
  partnership_id VARCHAR(64) NOT NULL,
  role VARCHAR(32) NOT NULL,
  addressee_name VARCHAR(200),
  addressee_email VARCHAR(254),
  title VARCHAR(300) NOT NULL,
  document BYTEA,
  content_type VARCHAR(100) NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at TIMESTAMP WITH TIME ZONE,
  last_error VARCHAR(500),
  CHECK (status <> 'PENDING' OR (addressee_email IS NOT NULL AND addressee_name IS NOT NULL AND document IS NOT NULL)),
  CHECK (status = 'PENDING' OR (addressee_email IS NULL AND addressee_name IS NULL AND document IS NULL))
);
CREATE INDEX letter_outbox_due ON letter_outbox (status, next_attempt_at);
CREATE INDEX letter_outbox_subject ON letter_outbox (subject);
