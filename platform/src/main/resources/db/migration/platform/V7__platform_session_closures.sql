-- Sessions closed (signed out), as a log every replica reads to drop the session from its memory.
-- Kept a day; a replica reads it within seconds.
CREATE TABLE platform_session_closure (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    closed_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY ix_platform_session_closure_at (closed_at)
);
