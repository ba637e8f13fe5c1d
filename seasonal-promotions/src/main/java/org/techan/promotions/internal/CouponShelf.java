package org.techan.promotions.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.techan.promotions.CouponView;

/**
 * What product pages offer to claim: every claimable coupon, kept for {@code
 * techan.promotions.coupon-shelf-ttl} (5 s), as product pages are read far more often than coupons
 * are issued and a read on every view would cost each one a statement. A coupon issued, stopped or
 * claimed on this replica shows at once; one claimed out elsewhere may still show for those
 * seconds, and claiming it answers that it is gone.
 */
@Singleton
class CouponShelf {

    private final Coupons coupons;
    private final Remembered<List<CouponView>> shelf;

    CouponShelf(Coupons coupons, @Value("${techan.promotions.coupon-shelf-ttl:5s}") Duration ttl) {
        this.coupons = coupons;
        this.shelf = new Remembered<>(ttl);
    }

    /** The platform's coupons, then {@code shopSlug}'s, at most {@code limit}. */
    List<CouponView> forShop(String shopSlug, int limit) {
        return shelf.get(coupons::claimableEverywhere).stream()
                .filter(coupon -> coupon.shopSlug() == null || coupon.shopSlug().equals(shopSlug))
                .limit(limit)
                .toList();
    }

    void changed() {
        shelf.forget();
    }
}
