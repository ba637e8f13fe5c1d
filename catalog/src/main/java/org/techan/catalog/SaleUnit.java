package org.techan.catalog;

/** What one SKU is sold by: 斤 (500 g), kg, 箱, 礼盒, 袋, 瓶, 罐 or 个/件. */
public enum SaleUnit {
    JIN,
    KG,
    BOX,
    GIFT_BOX,
    BAG,
    BOTTLE,
    JAR,
    PIECE
}
