CREATE TABLE platform_probe_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        CHAR(36)     NOT NULL UNIQUE,
    event_type      VARCHAR(200) NOT NULL,
    payload         JSON         NOT NULL,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    published_at    TIMESTAMP    NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_error      VARCHAR(500) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE TABLE platform_probe_seen (
    event_id CHAR(36)    NOT NULL PRIMARY KEY,
    what     VARCHAR(50) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
