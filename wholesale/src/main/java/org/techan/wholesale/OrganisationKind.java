package org.techan.wholesale;

/** What a buyer organisation is, for price lists and reporting. */
public enum OrganisationKind {
    /** A canteen or a budget unit (预算单位), which spends part of its canteen budget on poverty-area produce. */
    CANTEEN,
    SUPERMARKET,
    RESTAURANT,
    DISTRIBUTOR
}
