-- Money given back after payment on orders that claimed campaign discounts, as orders tell it
-- (OrderRefunded, once per event): the campaign report shows the orders refunded in full, whose
-- GMV and discount no funder owes, and counts those refunded in part.
CREATE TABLE promotions_refund (
    event_id     CHAR(36)      NOT NULL PRIMARY KEY,
    order_number VARCHAR(40)   NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    complete     BOOLEAN       NOT NULL,
    refunded_at  TIMESTAMP(3)  NOT NULL,
    KEY ix_promotions_refund_order (order_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
