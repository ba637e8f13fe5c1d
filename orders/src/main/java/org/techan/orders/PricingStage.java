package org.techan.orders;

/**
 * Where a {@link PricingStep} runs in the pricing pipeline, in the order the stages run. Each
 * stage sees the prices the stages before it left.
 */
public enum PricingStage {
    /** The price a line starts from: the list price, or a wholesale price for an organisation's member. */
    BASE_PRICE,
    /** A lower unit price for a line (直降, 折扣, member price): at most one per line, the best for the buyer. */
    ITEM_PRICE,
    /** An amount off a shop's lines above a threshold (满减, 满件折): at most one per shop. */
    SHOP_THRESHOLD,
    /** An amount off lines of any shop above a threshold: at most one per checkout. */
    PLATFORM_THRESHOLD,
    /** Coupons the buyer chose: at most one per shop and one for the platform. */
    COUPON,
    /** An amount off a shop's delivery charge (包邮): at most one per shop. */
    DELIVERY
}
