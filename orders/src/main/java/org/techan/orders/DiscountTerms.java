package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/**
 * Why a price went down and who pays for it.
 *
 * @param label what the buyer reads beside the discount (the campaign's or coupon's own name,
 *     such as "年货节 满99减10")
 * @param source the campaign, coupon or price list it comes from, as its module names it (such as
 *     {@code campaign:12}); orders stores it and never interprets it
 * @param funder who pays for the discount
 * @param excludes the later stages that may take nothing more off the lines this discount touched
 *     (a flash-sale price that takes no coupon, say); on a base price (a wholesale price), the
 *     stages closed to consumer promotions, which only steps pricing business lines still see
 */
@Serdeable
public record DiscountTerms(String label, String source, Funder funder, Set<PricingStage> excludes) {

    public DiscountTerms {
        if (label == null || label.isBlank() || source == null || source.isBlank() || funder == null) {
            throw new IllegalArgumentException("A discount needs a label, a source and a funder");
        }
        excludes = excludes == null ? Set.of() : Set.copyOf(excludes);
    }

    /** Terms that let every later stage add its own discount. */
    public static DiscountTerms combinable(String label, String source, Funder funder) {
        return new DiscountTerms(label, source, funder, Set.of());
    }
}
