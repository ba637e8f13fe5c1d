-- What a shopper agreed to when signing up: which document, which version, when and from where.
-- Kept for as long as the account, so the marketplace can show what each person accepted.
CREATE TABLE platform_consent (
    account_id  BIGINT       NOT NULL,
    document    VARCHAR(20)  NOT NULL,
    version     VARCHAR(20)  NOT NULL,
    accepted_at TIMESTAMP(3) NOT NULL,
    source      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (account_id, document, version),
    CONSTRAINT fk_platform_consent_account FOREIGN KEY (account_id) REFERENCES platform_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
