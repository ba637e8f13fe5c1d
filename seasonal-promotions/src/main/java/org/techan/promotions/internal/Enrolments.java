package org.techan.promotions.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopView;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.orders.PricingStage;
import org.techan.orders.SalesPrices;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignRuleKind;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.EnrolmentState;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.FestivalOffer;

/**
 * Shops enrol their SKUs in a campaign open for enrolment, at a price below what the SKU sells for
 * now; operators approve or refuse each enrolment (a refusal says why) while the campaign is in
 * enrolment or review. A shop sees its own enrolments only.
 */
@Singleton
class Enrolments {

    private final PromotionsSql sql;
    private final Campaigns campaigns;
    private final CatalogReads catalog;
    private final StockPort stock;
    private final Clock clock;
    private final LiveCampaigns prices;
    private final SalesPrices sales;

    /** The days before a promotion whose lowest selling price is its honest "was" price. */
    static final int REFERENCE_DAYS = 7;

    Enrolments(
            PromotionsSql sql,
            Campaigns campaigns,
            CatalogReads catalog,
            StockPort stock,
            Clock clock,
            LiveCampaigns prices,
            SalesPrices sales) {
        this.sales = sales;
        this.prices = prices;
        this.sql = sql;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.stock = stock;
        this.clock = clock;
    }

    @Transactional
    public EnrolmentView enrol(Actor staff, long campaignId, EnrolCommand command) {
        if (staff == null || staff.role() != Role.SHOP_STAFF) {
            throw new NotAllowedException("enrolment.shops-only");
        }
        ShopView shop = catalog.shopOf(staff);
        CampaignView campaign = campaigns.view(campaignId);
        if (campaign.state() != CampaignState.ENROLMENT) {
            throw new ConflictException("enrolment.closed", campaign.state());
        }
        SkuOnSale sku = stock.skusForSale(List.of(command.skuId())).stream()
                .filter(found -> found.shopSlug().equals(shop.slug()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("enrolment.sku.unknown", command.skuId()));
        inScope(campaign, sku);
        BigDecimal price = price(campaign.rule(), command.campaignPrice(), sku);
        BigDecimal reference = reference(sku.skuId(), sku.price());
        belowReference(campaign.rule(), price, sku.price(), reference, false);
        if (command.capUnits() != null && command.capUnits() < 1) {
            throw new RuleViolationException("enrolment.cap.invalid");
        }
        if (command.capUnits() != null && Rules.stage(campaign.rule()) != PricingStage.ITEM_PRICE) {
            throw new RuleViolationException("enrolment.cap.item-only");
        }
        List<Long> taken = sql.query(
                "SELECT id FROM promotions_enrolment WHERE campaign_id = ? AND sku_id = ?",
                row -> row.getLong(1),
                campaignId,
                sku.skuId());
        if (!taken.isEmpty()) {
            throw new ConflictException("enrolment.taken", sku.titleZh());
        }
        long id;
        try {
            id = sql.insert(
                    "INSERT INTO promotions_enrolment (campaign_id, sku_id, product_id, shop_slug, title_zh, spec_zh,"
                            + " list_price, campaign_price, cap_units, state, enrolled_by, enrolled_at, reference_price)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)",
                    campaignId,
                    sku.skuId(),
                    sku.productId(),
                    sku.shopSlug(),
                    sku.titleZh(),
                    sku.specZh(),
                    sku.price(),
                    price,
                    command.capUnits(),
                    staff.accountId(),
                    Timestamp.from(clock.instant()),
                    reference);
        } catch (RuntimeException failure) {
            if (PromotionsSql.duplicateKey(failure)) {
                // The same SKU enrolled twice at once: the other request enrolled it first.
                throw new ConflictException("enrolment.taken", sku.titleZh());
            }
            throw failure;
        }
        return byId(id);
    }

    /**
     * The honest "was" price: the lowest the SKU sold at in the {@value #REFERENCE_DAYS} days before
     * now, or its current price when that is lower (or it did not sell).
     */
    private BigDecimal reference(long skuId, BigDecimal current) {
        BigDecimal sold = sales.lowestSince(
                        List.of(skuId), clock.instant().minus(java.time.Duration.ofDays(REFERENCE_DAYS)))
                .get(skuId);
        return sold == null ? current : sold.min(current);
    }

    /**
     * A 直降 or 折扣 price must be below the "was" price shown beside it; refused at enrolment (the
     * shop's input) and at approval (a 409: the facts changed since).
     */
    private static void belowReference(
            CampaignRule rule,
            @Nullable BigDecimal price,
            BigDecimal current,
            BigDecimal reference,
            boolean reviewing) {
        BigDecimal selling = rule.kind() == CampaignRuleKind.PRICE_CUT
                ? price
                : rule.kind() == CampaignRuleKind.PERCENT_OFF ? Rules.percentPrice(rule, current) : null;
        if (selling != null && selling.compareTo(reference) >= 0) {
            String key = "enrolment.price.not-below-reference";
            throw reviewing
                    ? new ConflictException(key, reference, selling)
                    : new RuleViolationException(key, reference, selling);
        }
    }

    /**
     * The enrolment's own price: required below the SKU's current price for 直降, refused for every
     * other rule (which works from the current price); null then.
     */
    private static @Nullable BigDecimal price(CampaignRule rule, @Nullable BigDecimal price, SkuOnSale sku) {
        if (rule.kind() != CampaignRuleKind.PRICE_CUT) {
            if (price != null) {
                throw new RuleViolationException("enrolment.price.by-rule");
            }
            return null;
        }
        if (price == null
                || price.signum() <= 0
                || price.stripTrailingZeros().scale() > 2
                || price.compareTo(sku.price()) >= 0) {
            throw new RuleViolationException("enrolment.price.invalid", sku.price());
        }
        return price.setScale(2);
    }

    /**
     * Approves or refuses an enrolment.
     *
     * @throws ConflictException once the campaign has left enrolment and review, or when the
     *     enrolment was answered already
     */
    @Transactional
    public EnrolmentView review(Actor operator, long enrolmentId, boolean approve, @Nullable String reason) {
        Campaigns.requireOperator(operator);
        EnrolmentView enrolment = byId(enrolmentId);
        CampaignState state = campaigns.view(enrolment.campaignId()).state();
        if (state != CampaignState.ENROLMENT && state != CampaignState.REVIEW) {
            throw new ConflictException("enrolment.review.closed", state);
        }
        String note = Text.optional(reason, 200, "enrolment.reason.invalid");
        if (!approve && note == null) {
            throw new RuleViolationException("enrolment.reason.required");
        }
        BigDecimal reference = enrolment.referencePrice();
        if (approve) {
            // Checked again now: a price raised after enrolling must not make a fake discount.
            BigDecimal current = stock.skusForSale(List.of(enrolment.skuId())).stream()
                    .map(SkuOnSale::price)
                    .findFirst()
                    .orElse(enrolment.listPrice());
            reference = reference(enrolment.skuId(), current);
            belowReference(
                    campaigns.view(enrolment.campaignId()).rule(), enrolment.campaignPrice(), current, reference, true);
        }
        int answered = sql.update(
                "UPDATE promotions_enrolment SET state = ?, review_note = ?, reviewed_by = ?, reference_price = ?"
                        + " WHERE id = ? AND state = 'PENDING'",
                (approve ? EnrolmentState.APPROVED : EnrolmentState.REFUSED).name(),
                note,
                operator.accountId(),
                reference,
                enrolmentId);
        if (answered != 1) {
            throw new ConflictException("enrolment.answered", enrolment.state());
        }
        prices.forget();
        return byId(enrolmentId);
    }

    /** A campaign's enrolments: every one for an operator, the shop's own for its staff. */
    @Transactional(readOnly = true)
    public List<EnrolmentView> of(Actor actor, long campaignId) {
        campaigns.view(campaignId);
        if (actor != null && actor.isOperator()) {
            return sql.query(
                    "SELECT * FROM promotions_enrolment WHERE campaign_id = ? ORDER BY id",
                    Enrolments::view,
                    campaignId);
        }
        if (actor == null || actor.role() != Role.SHOP_STAFF) {
            throw new NotAllowedException("enrolment.shops-only");
        }
        return sql.query(
                "SELECT * FROM promotions_enrolment WHERE campaign_id = ? AND shop_slug = ? ORDER BY id",
                Enrolments::view,
                campaignId,
                catalog.shopOf(actor).slug());
    }

    @Transactional(readOnly = true)
    public List<FestivalOffer> offersOf(String festivalSlug, int limit) {
        if (limit < 1 || limit > 200) {
            throw new RuleViolationException("festival.offers.limit", 1, 200);
        }
        java.sql.Date today = java.sql.Date.valueOf(org.techan.platform.MarketCalendar.today(clock));
        return sql.query(
                "SELECT c.*, e.sku_id, e.product_id, e.shop_slug, e.title_zh, e.spec_zh, e.list_price,"
                        + " e.campaign_price, e.reference_price, c.state = 'LIVE' AND c.starts_on <= ? AND c.ends_on >= ? AS on_sale"
                        + " FROM promotions_enrolment e JOIN promotions_campaign c ON c.id = e.campaign_id"
                        + " WHERE c.festival_slug = ? AND c.state IN ('WARM_UP', 'LIVE') AND e.state = 'APPROVED'"
                        + " ORDER BY c.id, e.id LIMIT ?",
                row -> {
                    CampaignRule rule = Campaigns.rule(row);
                    BigDecimal listPrice = row.getBigDecimal("list_price");
                    BigDecimal price = rule.kind() == CampaignRuleKind.PERCENT_OFF
                            ? Rules.percentPrice(rule, listPrice)
                            : row.getBigDecimal("campaign_price");
                    return new FestivalOffer(
                            row.getLong("id"),
                            row.getString("name_zh"),
                            row.getString("name_en"),
                            CampaignState.valueOf(row.getString("state")),
                            row.getLong("sku_id"),
                            row.getLong("product_id"),
                            row.getString("shop_slug"),
                            row.getString("title_zh"),
                            row.getString("spec_zh"),
                            listPrice,
                            row.getBigDecimal("reference_price") == null
                                    ? listPrice
                                    : row.getBigDecimal("reference_price"),
                            price,
                            rule,
                            row.getBoolean("on_sale"));
                },
                today,
                today,
                festivalSlug == null ? "" : festivalSlug,
                limit);
    }

    private EnrolmentView byId(long id) {
        return sql.query("SELECT * FROM promotions_enrolment WHERE id = ?", Enrolments::view, id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("enrolment.not-found", id));
    }

    /** The SKU's shop, its origin's pavilion and its category are within the campaign's scope. */
    private void inScope(CampaignView campaign, SkuOnSale sku) {
        if (!campaign.shopSlugs().isEmpty() && !campaign.shopSlugs().contains(sku.shopSlug())) {
            throw new RuleViolationException("enrolment.out-of-scope", sku.titleZh());
        }
        if (!campaign.pavilionSlugs().isEmpty()) {
            RegionCode origin = RegionCode.parse(sku.originCode());
            boolean inPavilion = campaign.pavilionSlugs().stream()
                    .map(slug -> Pavilions.require(catalog, slug, "campaign.pavilion.unknown"))
                    .anyMatch(
                            pavilion -> RegionCode.parse(pavilion.regionCode()).contains(origin));
            if (!inPavilion) {
                throw new RuleViolationException("enrolment.out-of-scope", sku.titleZh());
            }
        }
        if (!campaign.categorySlugs().isEmpty()) {
            String category = catalog.productsForSale(List.of(sku.productId())).stream()
                    .map(ProductView::categorySlug)
                    .findFirst()
                    .orElse("");
            if (!campaign.categorySlugs().contains(category)) {
                throw new RuleViolationException("enrolment.out-of-scope", sku.titleZh());
            }
        }
    }

    static EnrolmentView view(ResultSet row) throws SQLException {
        int cap = row.getInt("cap_units");
        Integer capUnits = row.wasNull() ? null : cap;
        return new EnrolmentView(
                row.getLong("id"),
                row.getLong("campaign_id"),
                row.getLong("sku_id"),
                row.getLong("product_id"),
                row.getString("shop_slug"),
                row.getString("title_zh"),
                row.getString("spec_zh"),
                row.getBigDecimal("list_price"),
                row.getBigDecimal("campaign_price"),
                capUnits,
                row.getInt("sold_units"),
                row.getBigDecimal("reference_price"),
                EnrolmentState.valueOf(row.getString("state")),
                row.getString("review_note"));
    }
}
