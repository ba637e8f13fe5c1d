-- Stock held for an order until it is paid (COMMITTED), given up (RELEASED) or left unpaid past
-- expires_at (EXPIRED). Units are taken from batches first-harvested-first-out when reserved, so
-- catalog_sku.available always equals the unreserved remaining units of its unrecalled batches.
CREATE TABLE catalog_reservation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(64)  NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    expires_at       TIMESTAMP(3) NOT NULL,
    destination_code CHAR(12)     NULL,
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decided_at       TIMESTAMP(3) NULL,
    UNIQUE KEY uk_catalog_reservation_reference (reference),
    KEY ix_catalog_reservation_due (status, expires_at),
    CONSTRAINT ck_catalog_reservation_status CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which batch each reserved unit comes from: where a batch went (去向可查) once committed.
CREATE TABLE catalog_reservation_line (
    reservation_id BIGINT NOT NULL,
    batch_id       BIGINT NOT NULL,
    sku_id         BIGINT NOT NULL,
    quantity       INT    NOT NULL,
    PRIMARY KEY (reservation_id, batch_id),
    KEY ix_catalog_reservation_line_batch (batch_id),
    CONSTRAINT fk_catalog_reservation_line_reservation FOREIGN KEY (reservation_id) REFERENCES catalog_reservation (id),
    CONSTRAINT fk_catalog_reservation_line_batch FOREIGN KEY (batch_id) REFERENCES catalog_batch (id),
    CONSTRAINT ck_catalog_reservation_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
