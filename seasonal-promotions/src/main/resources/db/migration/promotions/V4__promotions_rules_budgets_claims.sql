-- What a campaign takes off (its rule), what it may spend in all (budget, NULL for no limit) and
-- what it has spent; the stages it may not be combined with. A PRICE_CUT campaign's enrolments
-- carry their own price; every other rule works from the enrolled SKUs' current prices.
ALTER TABLE promotions_campaign
    ADD COLUMN rule_kind          VARCHAR(20)   NOT NULL DEFAULT 'PRICE_CUT',
    ADD COLUMN rule_percent_paid  INT           NULL,
    ADD COLUMN rule_tiers         VARCHAR(200)  NOT NULL DEFAULT '',
    ADD COLUMN rule_every         BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN rule_pieces        INT           NULL,
    ADD COLUMN rule_delivery_from DECIMAL(12,2) NULL,
    ADD COLUMN rule_across_shops  BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN excludes           VARCHAR(100)  NOT NULL DEFAULT '',
    ADD COLUMN budget             DECIMAL(14,2) NULL,
    ADD COLUMN spent              DECIMAL(14,2) NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_promotions_campaign_rule CHECK (rule_kind IN ('PRICE_CUT', 'PERCENT_OFF', 'AMOUNT_OFF',
        'PIECES_PERCENT_OFF', 'FREE_DELIVERY')),
    ADD CONSTRAINT ck_promotions_campaign_budget CHECK (budget IS NULL OR (budget > 0 AND spent <= budget)),
    ADD CONSTRAINT ck_promotions_campaign_spent CHECK (spent >= 0);

-- Units sold at the campaign's terms, never beyond the cap. Only a PRICE_CUT enrolment has a price.
ALTER TABLE promotions_enrolment
    DROP CONSTRAINT ck_promotions_enrolment_price,
    MODIFY campaign_price DECIMAL(12,2) NULL,
    ADD COLUMN sold_units INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_promotions_enrolment_price CHECK (campaign_price IS NULL
        OR (campaign_price > 0 AND campaign_price < list_price)),
    ADD CONSTRAINT ck_promotions_enrolment_sold CHECK (sold_units >= 0 AND (cap_units IS NULL
        OR sold_units <= cap_units));

-- Every campaign discount an order was placed with: what the budget and the enrolments' sold
-- units count (units: a line's units at a campaign price; 0 for a threshold or delivery discount),
-- what a cancelled order gives back (once: released_at), and what the campaign report sums.
CREATE TABLE promotions_claim (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL,
    order_number VARCHAR(40)   NOT NULL,
    shop_slug    VARCHAR(60)   NOT NULL,
    sku_id       BIGINT        NULL,
    units        INT           NOT NULL,
    line_total   DECIMAL(12,2) NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    funder       VARCHAR(12)   NOT NULL,
    claimed_at   TIMESTAMP(3)  NOT NULL,
    released_at  TIMESTAMP(3)  NULL,
    KEY ix_promotions_claim_order (order_number),
    KEY ix_promotions_claim_campaign (campaign_id, claimed_at),
    CONSTRAINT fk_promotions_claim_campaign FOREIGN KEY (campaign_id) REFERENCES promotions_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
