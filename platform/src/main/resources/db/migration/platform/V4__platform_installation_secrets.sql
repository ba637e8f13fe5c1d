-- Secrets generated once per installation and shared by every replica (CSRF signing key, the
-- payment stub's webhook secret): never constants in the source, never per process.
CREATE TABLE platform_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);
