package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.techan.orders.DiscountTerms;
import org.techan.orders.PriceHint;
import org.techan.orders.PriceOffer;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;
import org.techan.platform.Role;
import org.techan.promotions.ClaimedCouponView;
import org.techan.promotions.CouponKind;
import org.techan.promotions.CouponView;

/**
 * The pipeline's coupon stage: each of the buyer's usable coupons (or only those the buyer chose)
 * is offered on the lines it covers (its shop's, or every line for a platform coupon) once they
 * reach its threshold after every earlier discount. The pipeline keeps the best shop coupon per
 * shop and the best platform coupon, so without a choice the buyer gets the best automatically.
 */
@Singleton
class CouponPrices implements PricingStep {

    static final String SOURCE = "coupon:";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CouponWallets wallets;

    CouponPrices(CouponWallets wallets) {
        this.wallets = wallets;
    }

    @Override
    public PricingStage stage() {
        return PricingStage.COUPON;
    }

    @Override
    public List<PriceOffer> offers(PricingContext context) {
        var buyer = context.request().buyer();
        Set<String> chosen = context.request().coupons();
        if (buyer == null
                || buyer.role() != Role.CONSUMER
                || context.lines().isEmpty()
                || (chosen != null && chosen.isEmpty())) {
            return List.of();
        }
        List<PriceOffer> offers = new ArrayList<>();
        for (ClaimedCouponView claimed : wallets.usable(buyer.accountId())) {
            if (chosen == null || chosen.contains(claimed.choice())) {
                offer(claimed, context).ifPresent(offers::add);
            }
        }
        return offers;
    }

    /** The coupons whose threshold the lines they cover do not reach yet: the nearest per shop and for the platform. */
    @Override
    public List<PriceHint> hints(PricingContext context) {
        var buyer = context.request().buyer();
        if (buyer == null || buyer.role() != Role.CONSUMER || context.request().coupons() != null) {
            return List.of();
        }
        java.util.Map<String, PriceHint> nearest = new java.util.LinkedHashMap<>();
        for (ClaimedCouponView claimed : wallets.usable(buyer.accountId())) {
            CouponView coupon = claimed.coupon();
            List<PricingContext.Line> covered = covered(coupon, context);
            BigDecimal cost = PricingContext.amountOf(covered);
            if (covered.isEmpty() || cost.compareTo(coupon.threshold()) >= 0) {
                continue;
            }
            PriceHint hint = new PriceHint(
                    coupon.shopSlug(), coupon.nameZh(), coupon.threshold().subtract(cost), null);
            String owner = coupon.shopSlug() == null ? "" : coupon.shopSlug();
            PriceHint before = nearest.get(owner);
            if (before == null || hint.missingAmount().compareTo(before.missingAmount()) < 0) {
                nearest.put(owner, hint);
            }
        }
        return List.copyOf(nearest.values());
    }

    private static java.util.Optional<PriceOffer> offer(ClaimedCouponView claimed, PricingContext context) {
        CouponView coupon = claimed.coupon();
        List<PricingContext.Line> covered = covered(coupon, context);
        BigDecimal cost = PricingContext.amountOf(covered);
        if (covered.isEmpty() || cost.signum() <= 0 || cost.compareTo(coupon.threshold()) < 0) {
            return java.util.Optional.empty();
        }
        BigDecimal off = off(coupon, cost);
        if (off.signum() <= 0
                || (coupon.budget() != null && off.compareTo(coupon.budget().subtract(coupon.spent())) > 0)) {
            return java.util.Optional.empty();
        }
        Set<Long> skus = covered.stream().map(line -> line.item().skuId()).collect(Collectors.toSet());
        return java.util.Optional.of(new PriceOffer.LinesDiscount(
                coupon.shopSlug(),
                skus,
                off,
                DiscountTerms.combinable(coupon.nameZh(), SOURCE + claimed.claimId(), coupon.funder())));
    }

    /** The lines a coupon covers: its shop's, or every line for a platform coupon. */
    private static List<PricingContext.Line> covered(CouponView coupon, PricingContext context) {
        return coupon.shopSlug() == null ? context.lines() : context.linesOf(coupon.shopSlug());
    }

    /** What the coupon takes off lines costing {@code cost}: never more than they cost or its cap. */
    static BigDecimal off(CouponView coupon, BigDecimal cost) {
        BigDecimal off;
        if (coupon.kind() == CouponKind.FIXED) {
            off = coupon.amountOff();
        } else {
            off = cost.multiply(BigDecimal.valueOf(100L - coupon.percentPaid())).divide(HUNDRED, 2, RoundingMode.DOWN);
            if (coupon.mostOff() != null) {
                off = off.min(coupon.mostOff());
            }
        }
        return off.min(cost);
    }
}
