package org.techan.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a {@link PricingStep} sees: the checkout, and its lines as the stages before it priced them.
 *
 * @param lines the lines this stage may still change: a line whose earlier discount excludes this
 *     stage is left out
 * @param shipping each shop's delivery charge, for {@link PricingStage#DELIVERY}; empty before it
 */
public record PricingContext(
        PricingRequest request, PricingStage stage, List<Line> lines, Map<String, BigDecimal> shipping) {

    public PricingContext {
        lines = List.copyOf(lines);
        shipping = Map.copyOf(shipping);
    }

    /**
     * One line so far.
     *
     * @param unitPrice the unit price after the base and item stages
     * @param amount what the line costs so far: its units at {@code unitPrice}, less the order-level
     *     discounts it already carries
     * @param business whether a business base price (a wholesale price) closed this stage to
     *     consumer promotions on this line: only steps that {@link PricingStep#pricesBusinessLines()}
     *     see it, and offer it only what business buyers get
     */
    public record Line(PricingRequest.Item item, BigDecimal unitPrice, BigDecimal amount, boolean business) {}

    /** This context as a step that does not price business lines sees it. */
    public PricingContext withoutBusinessLines() {
        if (lines.stream().noneMatch(Line::business)) {
            return this;
        }
        return new PricingContext(
                request, stage, lines.stream().filter(line -> !line.business()).toList(), shipping);
    }

    /** What {@code lines} cost so far, together. */
    public static BigDecimal amountOf(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lines of one shop. */
    public List<Line> linesOf(String shopSlug) {
        return lines.stream()
                .filter(line -> line.item().shopSlug().equals(shopSlug))
                .toList();
    }
}
