-- Failed sign-ins per login and client address. Guessing from one address backs off there only,
-- so nobody can lock an operator out from elsewhere; unknown logins are counted like known ones.
CREATE TABLE platform_sign_in_failure (
    login         VARCHAR(80)  NOT NULL,
    source        VARCHAR(64)  NOT NULL,
    failures      INT          NOT NULL,
    blocked_until TIMESTAMP(3) NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (login, source),
    KEY ix_platform_sign_in_failure_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
