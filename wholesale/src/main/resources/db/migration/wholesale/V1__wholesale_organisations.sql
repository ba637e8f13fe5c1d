-- Buyer organisations (canteens, supermarkets, restaurants, distributors) and their members.
CREATE TABLE wholesale_organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    credit_code  CHAR(18)     NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    region_code  VARCHAR(12)  NOT NULL,
    street       VARCHAR(200) NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    review_note  VARCHAR(200) NULL,
    reviewed_by  BIGINT       NULL,
    reviewed_at  TIMESTAMP(3) NULL,
    applied_by   BIGINT       NOT NULL,
    applied_at   TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uk_wholesale_organisation_code (credit_code),
    KEY ix_wholesale_organisation_state (state, applied_at),
    CONSTRAINT ck_wholesale_organisation_kind CHECK (kind IN ('CANTEEN', 'SUPERMARKET', 'RESTAURANT', 'DISTRIBUTOR')),
    CONSTRAINT ck_wholesale_organisation_state CHECK (state IN ('PENDING', 'VERIFIED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An account belongs to at most one organisation.
CREATE TABLE wholesale_member (
    account_id      BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    buyer           BOOLEAN      NOT NULL,
    approver        BOOLEAN      NOT NULL,
    admin           BOOLEAN      NOT NULL,
    added_by        BIGINT       NOT NULL,
    added_at        TIMESTAMP(3) NOT NULL,
    KEY ix_wholesale_member_organisation (organisation_id),
    CONSTRAINT fk_wholesale_member_organisation FOREIGN KEY (organisation_id) REFERENCES wholesale_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
