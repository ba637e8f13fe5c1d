-- What a SKU sold at recently (SalesPrices, for honest "was" prices) is read by SKU.
CREATE INDEX ix_orders_line_sku ON orders_line (sku_id, order_id);
