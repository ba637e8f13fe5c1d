package org.techan.catalog;

/** 三品一标: the four public quality marks for agricultural products. */
public enum CertificateKind {
    /** 无公害农产品 */
    POLLUTION_FREE,
    /** 绿色食品 */
    GREEN_FOOD,
    /** 有机农产品 */
    ORGANIC,
    /** 农产品地理标志 */
    GEOGRAPHICAL_INDICATION
}
