package org.techan.promotions.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Funder;
import org.techan.orders.PricingStage;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.CampaignRule;

/**
 * The campaigns selling today (live, within their edition's days) with their approved SKUs, what
 * is left of their budgets and caps: what every pricing step of this module reads.
 *
 * <p>Read in one query and kept for {@code techan.promotions.live-prices-ttl} (1 s): a checkout
 * batch prices dozens of checkouts, and a query for each put a round trip per checkout into the
 * batch's transaction (in-process checkouts fell from 3,410/s to 1,817/s). A campaign moved or
 * claimed short on this replica is read again at once; other replicas follow within the TTL. What
 * is left is only a guide here: {@link CampaignClaims} decides, with a conditional update, in the
 * checkout's transaction.
 */
@Singleton
class LiveCampaigns {

    private final LiveCampaignRows rows;
    private final Clock clock;
    private final long ttlNanos;
    private volatile Snapshot snapshot;

    LiveCampaigns(LiveCampaignRows rows, Clock clock, @Value("${techan.promotions.live-prices-ttl:1s}") Duration ttl) {
        this.rows = rows;
        this.clock = clock;
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * A campaign selling today.
     *
     * @param budgetLeft what its budget still allows; null for no budget
     */
    record Live(
            long id,
            String nameZh,
            Funder funder,
            CampaignRule rule,
            DiscountTerms terms,
            @Nullable BigDecimal budgetLeft,
            Map<Long, Enrolled> skus,
            boolean businessBuyers) {

        Live withBudgetLeft(BigDecimal left) {
            return new Live(id, nameZh, funder, rule, terms, left, skus, businessBuyers);
        }

        /** The lines this campaign reaches: business buyers' wholesale lines only if it says so. */
        org.techan.orders.PricingContext reached(org.techan.orders.PricingContext context) {
            return businessBuyers ? context : context.withoutBusinessLines();
        }

        Live withSku(Enrolled sku) {
            Map<Long, Enrolled> changed = new HashMap<>(skus);
            changed.put(sku.skuId(), sku);
            return new Live(id, nameZh, funder, rule, terms, budgetLeft, Map.copyOf(changed), businessBuyers);
        }

        PricingStage stage() {
            return Rules.stage(rule);
        }

        /** Whether its budget still covers {@code amount}. */
        boolean affords(BigDecimal amount) {
            return budgetLeft == null || amount.compareTo(budgetLeft) <= 0;
        }
    }

    /**
     * An approved SKU of a live campaign.
     *
     * @param price its 直降 price; null under any other rule
     * @param unitsLeft what its cap still allows; null for no cap
     * @param referencePrice its struck-through "was" price
     */
    record Enrolled(
            long skuId,
            String shopSlug,
            @Nullable BigDecimal price,
            @Nullable Integer unitsLeft,
            @Nullable BigDecimal referencePrice) {

        boolean allows(int units) {
            return unitsLeft == null || units <= unitsLeft;
        }
    }

    /** The live campaigns read at one moment, for one market day. */
    private record Snapshot(long readAt, LocalDate day, Map<Long, Live> byId) {}

    /** Today's live campaigns, by id. */
    Map<Long, Live> today() {
        LocalDate today = MarketCalendar.today(clock);
        Snapshot known = snapshot;
        if (known != null && known.day().equals(today) && System.nanoTime() - known.readAt() < ttlNanos) {
            return known.byId();
        }
        Snapshot read = new Snapshot(System.nanoTime(), today, rows.read(today));
        snapshot = read;
        return read.byId();
    }

    /** The live campaigns of one stage. */
    List<Live> ofStage(PricingStage stage) {
        Collection<Live> live = today().values();
        if (live.isEmpty()) {
            return List.of();
        }
        return live.stream().filter(campaign -> campaign.stage() == stage).toList();
    }

    /**
     * What a checkout on this replica just left of a campaign's budget: quotes here see it at once
     * rather than offering what is gone until the next read. Should that checkout roll back, the
     * budget looks smaller than it is until then, which offers too little, never too much.
     */
    void budgetLeft(long campaignId, BigDecimal left) {
        change(campaignId, campaign -> campaign.withBudgetLeft(left));
    }

    /** What a checkout on this replica just left of a SKU's cap in a campaign, as for budgets. */
    void unitsLeft(long campaignId, long skuId, int left) {
        change(campaignId, campaign -> {
            Enrolled sku = campaign.skus().get(skuId);
            if (sku == null) {
                return campaign;
            }
            return campaign.withSku(new Enrolled(skuId, sku.shopSlug(), sku.price(), left, sku.referencePrice()));
        });
    }

    private synchronized void change(long campaignId, java.util.function.UnaryOperator<Live> change) {
        Snapshot known = snapshot;
        if (known == null || !known.byId().containsKey(campaignId)) {
            return;
        }
        Map<Long, Live> byId = new HashMap<>(known.byId());
        byId.put(campaignId, change.apply(byId.get(campaignId)));
        snapshot = new Snapshot(known.readAt(), known.day(), Map.copyOf(byId));
    }

    /** Drops what was read: the next quote reads the live campaigns again. */
    void forget() {
        snapshot = null;
    }
}
