-- An organisation's approval threshold: orders whose goods come to more wait for an approver.
ALTER TABLE wholesale_organisation ADD COLUMN approval_threshold DECIMAL(12, 2) NULL;

-- 采购申请: a quick order above the threshold, kept as the buyer sent it until an approver answers;
-- once approved its buyer places it (checked again then), which makes the orders.
CREATE TABLE wholesale_requisition (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    request_key     VARCHAR(100)  NOT NULL,
    lines_text      MEDIUMTEXT    NOT NULL,
    line_count      INT           NOT NULL,
    purchase_order  VARCHAR(40)   NOT NULL,
    deliver_on      DATE          NOT NULL,
    recipient       VARCHAR(40)   NOT NULL,
    phone           VARCHAR(20)   NOT NULL,
    remarks         VARCHAR(200)  NULL,
    goods           DECIMAL(12, 2) NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    note            VARCHAR(200)  NULL,
    decided_by      BIGINT        NULL,
    decided_at      TIMESTAMP(3)  NULL,
    order_number    VARCHAR(24)   NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_wholesale_requisition_key (account_id, request_key),
    KEY ix_wholesale_requisition_organisation (organisation_id, created_at),
    CONSTRAINT fk_wholesale_requisition_organisation FOREIGN KEY (organisation_id) REFERENCES wholesale_organisation (id),
    CONSTRAINT ck_wholesale_requisition_state CHECK (state IN ('WAITING', 'APPROVED', 'REFUSED', 'PLACED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
