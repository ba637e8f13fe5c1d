package org.techan.promotions;

/** What a campaign takes off its enrolled SKUs. */
public enum CampaignRuleKind {
    /** 直降: each enrolment names its own lower price. */
    PRICE_CUT,
    /** 折扣: the enrolled SKUs sell at a percentage of their price (85 = 8.5 折). */
    PERCENT_OFF,
    /** 满减: an amount off once the enrolled lines reach a threshold (a ladder), or off every full threshold (每满). */
    AMOUNT_OFF,
    /** 满件折: a percentage off once the enrolled lines reach a number of pieces. */
    PIECES_PERCENT_OFF,
    /** 包邮: a shop's delivery is free once its enrolled lines reach an amount. */
    FREE_DELIVERY
}
