package org.techan.catalog;

/** Who runs a shop: 合作社, 家庭农场, 生产基地 or 龙头企业. */
public enum ShopKind {
    COOPERATIVE,
    FAMILY_FARM,
    PRODUCING_BASE,
    LEADING_ENTERPRISE
}
