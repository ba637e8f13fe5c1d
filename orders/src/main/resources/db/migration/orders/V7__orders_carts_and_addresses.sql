-- A cart belongs to a signed-in consumer (account_id) or to a visitor, known only by the SHA-256
-- of the random token in their cart cookie; on sign-in the visitor's cart merges into the account's.
CREATE TABLE orders_cart (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NULL,
    token_hash CHAR(64)     NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uk_orders_cart_account (account_id),
    UNIQUE KEY uk_orders_cart_token (token_hash),
    KEY ix_orders_cart_updated (updated_at),
    CONSTRAINT ck_orders_cart_holder CHECK ((account_id IS NULL) <> (token_hash IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- price_when_added is what the shopper saw, so the cart can show a price change before payment;
-- title and shop are copied so a line whose product left the catalog can still be named.
CREATE TABLE orders_cart_line (
    cart_id          BIGINT        NOT NULL,
    sku_id           BIGINT        NOT NULL,
    quantity         INT           NOT NULL,
    price_when_added DECIMAL(12,2) NOT NULL,
    title_zh         VARCHAR(200)  NOT NULL,
    spec_zh          VARCHAR(100)  NOT NULL,
    shop_slug        VARCHAR(60)   NOT NULL,
    shop_name_zh     VARCHAR(100)  NOT NULL,
    added_at         TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (cart_id, sku_id),
    CONSTRAINT fk_orders_cart_line_cart FOREIGN KEY (cart_id) REFERENCES orders_cart (id) ON DELETE CASCADE,
    CONSTRAINT ck_orders_cart_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A consumer's address book; the most recently used address is offered first.
CREATE TABLE orders_address (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    recipient    VARCHAR(60)  NOT NULL,
    phone        VARCHAR(20)  NOT NULL,
    region_code  CHAR(12)     NOT NULL,
    street       VARCHAR(200) NOT NULL,
    last_used_at TIMESTAMP(3) NOT NULL,
    KEY ix_orders_address_account (account_id, last_used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
