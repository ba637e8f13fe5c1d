package org.techan.wholesale;

/** How a wholesale pack comes: 箱 (a box), 件 (a case of several boxes or bundles), 袋 (a sack). */
public enum PackKind {
    BOX,
    CASE,
    BAG
}
