-- Sign-in accounts for every role, and the server-side sessions that keep them signed in.
-- Which shop (catalog) or which customer record (orders) an account belongs to is owned by that
-- module; this table only knows how to check a password.
CREATE TABLE platform_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login           VARCHAR(80)  NOT NULL,
    password_hash   CHAR(60)     NOT NULL,
    display_name    VARCHAR(60)  NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP    NULL,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY uk_platform_account_login (login),
    CONSTRAINT ck_platform_account_role CHECK (role IN ('OPERATOR', 'SHOP_STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only a SHA-256 of the session token is stored, so a copy of this table signs nobody in.
CREATE TABLE platform_session (
    token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    csrf_token   CHAR(43)    NOT NULL,
    created_at   TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_seen_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at   TIMESTAMP   NOT NULL,
    KEY ix_platform_session_account (account_id),
    KEY ix_platform_session_expiry (expires_at),
    CONSTRAINT fk_platform_session_account FOREIGN KEY (account_id) REFERENCES platform_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
