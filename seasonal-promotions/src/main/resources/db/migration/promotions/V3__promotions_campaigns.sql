-- Campaigns run on one edition of a festival (its dates copied when the campaign is planned, so a
-- later change to the festival moves no running campaign). Scope lists are comma-separated slugs;
-- empty means no limit.
CREATE TABLE promotions_campaign (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    festival_slug  VARCHAR(60)   NOT NULL,
    name_zh        VARCHAR(60)   NOT NULL,
    name_en        VARCHAR(80)   NULL,
    state          VARCHAR(12)   NOT NULL,
    warm_up_from   DATE          NOT NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    funder         VARCHAR(12)   NOT NULL,
    pavilion_slugs VARCHAR(600)  NOT NULL,
    category_slugs VARCHAR(600)  NOT NULL,
    shop_slugs     VARCHAR(600)  NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    KEY ix_promotions_campaign_festival (festival_slug),
    KEY ix_promotions_campaign_state (state, starts_on, ends_on),
    CONSTRAINT ck_promotions_campaign_state CHECK (state IN ('DRAFT', 'ENROLMENT', 'REVIEW', 'WARM_UP', 'LIVE',
        'PAUSED', 'ENDED', 'STOPPED', 'SETTLED')),
    CONSTRAINT ck_promotions_campaign_funder CHECK (funder IN ('PLATFORM', 'SHOP', 'PAVILION')),
    CONSTRAINT ck_promotions_campaign_dates CHECK (warm_up_from <= starts_on AND starts_on <= ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every move a campaign made: who, when, why.
CREATE TABLE promotions_campaign_move (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    from_state  VARCHAR(12)  NULL,
    to_state    VARCHAR(12)  NOT NULL,
    actor_id    BIGINT       NOT NULL,
    actor_role  VARCHAR(20)  NOT NULL,
    note        VARCHAR(200) NULL,
    at          TIMESTAMP(3) NOT NULL,
    KEY ix_promotions_campaign_move (campaign_id, id),
    CONSTRAINT fk_promotions_campaign_move FOREIGN KEY (campaign_id) REFERENCES promotions_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A shop's SKU in a campaign at a campaign price (list price and titles copied when enrolled, for
-- the review), optionally capped in units; one enrolment per SKU and campaign.
CREATE TABLE promotions_enrolment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT        NOT NULL,
    sku_id         BIGINT        NOT NULL,
    product_id     BIGINT        NOT NULL,
    shop_slug      VARCHAR(60)   NOT NULL,
    title_zh       VARCHAR(200)  NOT NULL,
    spec_zh        VARCHAR(100)  NOT NULL,
    list_price     DECIMAL(12,2) NOT NULL,
    campaign_price DECIMAL(12,2) NOT NULL,
    cap_units      INT           NULL,
    state          VARCHAR(10)   NOT NULL,
    review_note    VARCHAR(200)  NULL,
    reviewed_by    BIGINT        NULL,
    enrolled_by    BIGINT        NOT NULL,
    enrolled_at    TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_promotions_enrolment (campaign_id, sku_id),
    KEY ix_promotions_enrolment_sku (sku_id, state),
    KEY ix_promotions_enrolment_shop (shop_slug, campaign_id),
    CONSTRAINT fk_promotions_enrolment_campaign FOREIGN KEY (campaign_id) REFERENCES promotions_campaign (id),
    CONSTRAINT ck_promotions_enrolment_state CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED')),
    CONSTRAINT ck_promotions_enrolment_price CHECK (campaign_price > 0 AND campaign_price < list_price),
    CONSTRAINT ck_promotions_enrolment_cap CHECK (cap_units IS NULL OR cap_units > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
