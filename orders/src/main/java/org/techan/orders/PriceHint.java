package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A discount the buyer is close to: "add ¥11 more for 满199减30". A {@link PricingStep} offers it
 * beside its offers; the cart shows it under the shop (or the platform, {@code shopSlug} null).
 *
 * @param label the discount, as its step names it
 * @param missingAmount what the lines it counts still lack; null when it counts pieces
 * @param missingPieces the pieces they still lack; null when it counts money
 */
@Serdeable
public record PriceHint(
        @Nullable String shopSlug, String label, @Nullable BigDecimal missingAmount, @Nullable Integer missingPieces) {}
