-- Coupons: the platform's (shop_slug NULL) or a shop's; a fixed amount or a percentage with a cap,
-- from a threshold; claimable within a window, up to per_buyer each and quantity in all; usable
-- within fixed dates or for use_days after claiming. code lets buyers claim it by typing it.
CREATE TABLE promotions_coupon (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shop_slug    VARCHAR(60)   NULL,
    shop_name_zh VARCHAR(100)  NULL,
    name_zh      VARCHAR(60)   NOT NULL,
    name_en      VARCHAR(80)   NULL,
    kind         VARCHAR(10)   NOT NULL,
    amount_off   DECIMAL(12,2) NULL,
    percent_paid INT           NULL,
    most_off     DECIMAL(12,2) NULL,
    threshold    DECIMAL(12,2) NOT NULL,
    claim_from   DATE          NOT NULL,
    claim_to     DATE          NOT NULL,
    use_from     DATE          NULL,
    use_to       DATE          NULL,
    use_days     INT           NULL,
    per_buyer    INT           NOT NULL,
    quantity     INT           NOT NULL,
    claimed      INT           NOT NULL DEFAULT 0,
    budget       DECIMAL(14,2) NULL,
    spent        DECIMAL(14,2) NOT NULL DEFAULT 0,
    code         VARCHAR(20)   NULL,
    funder       VARCHAR(12)   NOT NULL,
    state        VARCHAR(10)   NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_promotions_coupon_code (code),
    KEY ix_promotions_coupon_claimable (state, claim_to),
    CONSTRAINT ck_promotions_coupon_kind CHECK ((kind = 'FIXED' AND amount_off > 0 AND percent_paid IS NULL)
        OR (kind = 'PERCENT' AND percent_paid BETWEEN 1 AND 99 AND amount_off IS NULL)),
    CONSTRAINT ck_promotions_coupon_claims CHECK (per_buyer > 0 AND quantity > 0 AND claimed BETWEEN 0 AND quantity),
    CONSTRAINT ck_promotions_coupon_budget CHECK (spent >= 0 AND (budget IS NULL OR spent <= budget)),
    CONSTRAINT ck_promotions_coupon_use CHECK ((use_from IS NOT NULL AND use_to IS NOT NULL AND use_days IS NULL
        AND use_from <= use_to) OR (use_from IS NULL AND use_to IS NULL AND use_days > 0)),
    CONSTRAINT ck_promotions_coupon_funder CHECK (funder IN ('PLATFORM', 'SHOP', 'PAVILION')),
    CONSTRAINT ck_promotions_coupon_state CHECK (state IN ('ACTIVE', 'STOPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A buyer's claimed coupon, the nth of that coupon they claimed (the key keeps a double click to
-- one), usable from valid_from to valid_to; used_at is set while an order holds it.
CREATE TABLE promotions_coupon_claim (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    coupon_id   BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    nth         INT          NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE         NOT NULL,
    claimed_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    UNIQUE KEY uk_promotions_coupon_claim (coupon_id, account_id, nth),
    KEY ix_promotions_coupon_claim_wallet (account_id, used_at, valid_to),
    KEY ix_promotions_coupon_claim_unused (used_at, valid_to),
    CONSTRAINT fk_promotions_coupon_claim FOREIGN KEY (coupon_id) REFERENCES promotions_coupon (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each order took off with a claimed coupon (a platform coupon spreads over a checkout's
-- orders); released_at once a cancelled order gave it back.
CREATE TABLE promotions_coupon_use (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT        NOT NULL,
    order_number VARCHAR(40)   NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    funder       VARCHAR(12)   NOT NULL,
    used_at      TIMESTAMP(3)  NOT NULL,
    released_at  TIMESTAMP(3)  NULL,
    KEY ix_promotions_coupon_use_order (order_number),
    KEY ix_promotions_coupon_use_claim (claim_id),
    CONSTRAINT fk_promotions_coupon_use FOREIGN KEY (claim_id) REFERENCES promotions_coupon_claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
