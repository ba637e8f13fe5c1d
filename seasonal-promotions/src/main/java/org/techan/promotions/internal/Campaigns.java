package org.techan.promotions.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.techan.catalog.CatalogReads;
import org.techan.orders.Funder;
import org.techan.orders.PricingStage;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CampaignDay;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignRuleKind;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.FestivalView;

/**
 * Campaigns and their moves. Every move is a conditional update from the state it was read in, so
 * of two operators moving the same campaign at once one wins and the other gets a 409; an illegal
 * move changes nothing.
 */
@Singleton
class Campaigns {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MOST_IN_SCOPE = 20;
    private static final int LISTED = 30;

    private final PromotionsSql sql;
    private final Festivals festivals;
    private final CatalogReads catalog;
    private final Clock clock;
    private final LiveCampaigns prices;
    private final CampaignIndexing indexing;

    Campaigns(
            PromotionsSql sql,
            Festivals festivals,
            CatalogReads catalog,
            Clock clock,
            LiveCampaigns prices,
            CampaignIndexing indexing) {
        this.prices = prices;
        this.indexing = indexing;
        this.sql = sql;
        this.festivals = festivals;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public CampaignView create(Actor operator, CreateCampaignCommand command) {
        requireOperator(operator);
        FestivalView festival = festivals.bySlug(command.festivalSlug());
        String nameZh = Text.required(command.nameZh(), 60, "campaign.name.required");
        List<String> pavilions = scope(command.pavilionSlugs());
        pavilions.forEach(slug -> Pavilions.require(catalog, slug, "campaign.pavilion.unknown"));
        List<String> categories = scope(command.categorySlugs());
        categories.forEach(slug -> {
            try {
                catalog.category(slug);
            } catch (NotFoundException unknown) {
                throw new RuleViolationException("campaign.category.unknown", slug);
            }
        });
        List<String> shops = scope(command.shopSlugs());
        CampaignRule rule = Rules.checked(command.rule());
        BigDecimal budget = command.budget();
        if (budget != null && !Rules.money(budget, false)) {
            throw new RuleViolationException("campaign.budget.invalid");
        }
        Set<PricingStage> excludes = excludes(rule, command.excludes());
        String requestKey = RequestKeys.checked(command.requestKey());
        if (requestKey != null) {
            java.util.Optional<Long> made = idByRequestKey(requestKey);
            if (made.isPresent()) {
                return view(made.get());
            }
        }
        Plan plan = new Plan(
                festival,
                nameZh,
                Text.optional(command.nameEn(), 80, "campaign.name-en.invalid"),
                command.funder() == null ? Funder.SHOP : command.funder(),
                pavilions,
                categories,
                shops,
                rule,
                budget,
                excludes,
                command.reachesBusinessBuyers());
        long id;
        try {
            id = insert(plan, requestKey);
        } catch (RuntimeException failure) {
            if (requestKey != null && PromotionsSql.duplicateKey(failure)) {
                throw new RequestKeys.Repeated(requestKey, null);
            }
            throw failure;
        }
        recordMove(id, null, CampaignState.DRAFT, operator, null);
        return view(id);
    }

    /** The campaign a request made, read after its transaction committed. */
    @Transactional(readOnly = true)
    public java.util.Optional<CampaignView> byRequestKey(String requestKey) {
        return idByRequestKey(requestKey).map(this::view);
    }

    private java.util.Optional<Long> idByRequestKey(String requestKey) {
        return sql
                .query("SELECT id FROM promotions_campaign WHERE request_key = ?", row -> row.getLong(1), requestKey)
                .stream()
                .findFirst();
    }

    /** A campaign as checked, ready to be stored. */
    private record Plan(
            FestivalView festival,
            String nameZh,
            @Nullable String nameEn,
            Funder funder,
            List<String> pavilions,
            List<String> categories,
            List<String> shops,
            CampaignRule rule,
            @Nullable BigDecimal budget,
            Set<PricingStage> excludes,
            boolean businessBuyers) {}

    private long insert(Plan plan, @Nullable String requestKey) {
        FestivalView festival = plan.festival();
        CampaignRule rule = plan.rule();
        return sql.insert(
                "INSERT INTO promotions_campaign (festival_slug, name_zh, name_en, state, warm_up_from, starts_on,"
                        + " ends_on, funder, pavilion_slugs, category_slugs, shop_slugs, created_at, rule_kind,"
                        + " rule_percent_paid, rule_tiers, rule_every, rule_pieces, rule_delivery_from,"
                        + " rule_across_shops, excludes, budget, request_key, business_buyers)"
                        + " VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                festival.slug(),
                plan.nameZh(),
                plan.nameEn(),
                Date.valueOf(festival.warmUpFrom()),
                Date.valueOf(festival.startsOn()),
                Date.valueOf(festival.endsOn()),
                plan.funder().name(),
                String.join(",", plan.pavilions()),
                String.join(",", plan.categories()),
                String.join(",", plan.shops()),
                Timestamp.from(clock.instant()),
                rule.kind().name(),
                rule.percentPaid(),
                Rules.storedTiers(rule),
                rule.every(),
                rule.pieces(),
                rule.deliveryFrom(),
                rule.acrossShops(),
                String.join(
                        ",", plan.excludes().stream().map(Enum::name).sorted().toList()),
                plan.budget() == null ? null : plan.budget().setScale(2),
                requestKey,
                plan.businessBuyers());
    }

    /**
     * Moves a campaign on.
     *
     * @throws ConflictException for a move its state does not allow, or when another move came first
     */
    @Transactional
    public CampaignView move(Actor operator, long id, CampaignState to, @Nullable String note) {
        requireOperator(operator);
        CampaignView campaign = view(id);
        if (to == null) {
            throw new RuleViolationException("campaign.move.required");
        }
        if (!campaign.state().canBecome(to)) {
            throw new ConflictException("campaign.move.illegal", campaign.state(), to);
        }
        String reason = Text.optional(note, 200, "campaign.note.invalid");
        if (to == CampaignState.STOPPED && reason == null) {
            throw new RuleViolationException("campaign.stop.reason-required");
        }
        int moved = sql.update(
                "UPDATE promotions_campaign SET state = ? WHERE id = ? AND state = ?",
                to.name(),
                id,
                campaign.state().name());
        if (moved != 1) {
            throw new ConflictException("campaign.move.illegal", campaign.state(), to);
        }
        recordMove(id, campaign.state(), to, operator, reason);
        indexing.moved(id, campaign.state(), to);
        prices.forget();
        return view(id);
    }

    @Transactional(readOnly = true)
    public CampaignView view(long id) {
        List<CampaignView.Move> moves = sql.query(
                "SELECT from_state, to_state, actor_id, actor_role, note, at FROM promotions_campaign_move"
                        + " WHERE campaign_id = ? ORDER BY id",
                row -> new CampaignView.Move(
                        row.getString(1) == null ? null : CampaignState.valueOf(row.getString(1)),
                        CampaignState.valueOf(row.getString(2)),
                        row.getLong(3),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant()),
                id);
        return sql
                .query(
                        "SELECT c.*, (SELECT COALESCE(SUM(amount), 0) FROM promotions_claim WHERE campaign_id = c.id"
                                + " AND released_at IS NULL) AS claimed FROM promotions_campaign c WHERE c.id = ?",
                        row -> campaign(row, moves),
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("campaign.not-found", id));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> ofFestival(String festivalSlug) {
        return sql
                .query(
                        "SELECT id FROM promotions_campaign WHERE festival_slug = ? ORDER BY id",
                        row -> row.getLong(1),
                        festivalSlug == null ? "" : festivalSlug)
                .stream()
                .map(this::view)
                .toList();
    }

    /** The newest campaigns, for the operators' console. */
    @Transactional(readOnly = true)
    public List<CampaignView> recent(Actor operator) {
        requireOperator(operator);
        return sql
                .query("SELECT id FROM promotions_campaign ORDER BY id DESC LIMIT " + LISTED, row -> row.getLong(1))
                .stream()
                .map(this::view)
                .toList();
    }

    /** Campaigns taking enrolments whose shop scope lets this staff's shop in, soonest first. */
    @Transactional(readOnly = true)
    public List<CampaignView> openTo(Actor staff) {
        if (staff == null || staff.role() != org.techan.platform.Role.SHOP_STAFF) {
            throw new NotAllowedException("enrolment.shops-only");
        }
        String shop = catalog.shopOf(staff).slug();
        return sql
                .query(
                        "SELECT id FROM promotions_campaign WHERE state = 'ENROLMENT' ORDER BY starts_on, id LIMIT "
                                + LISTED,
                        row -> row.getLong(1))
                .stream()
                .map(this::view)
                .filter(campaign ->
                        campaign.shopSlugs().isEmpty() || campaign.shopSlugs().contains(shop))
                .toList();
    }

    /**
     * A campaign's report, day by day: orders not cancelled, units, GMV and discount by funder; of
     * them the orders refunded in full after payment, what went back of that GMV (orders refunded
     * in full, and the lines refunds named) with its share of the discount, and the orders with a
     * refund that names no line.
     */
    @Transactional(readOnly = true)
    public List<CampaignDay> report(Actor operator, long id) {
        requireOperator(operator);
        view(id);
        // Days are market days (China Standard Time, UTC+8 all year) of claims stored in UTC.
        // Per claim: all of it back when its order was refunded in full, else what went back for its
        // line (at most what the line cost) and the discount's share of that.
        String back = "CASE WHEN r.complete THEN c.line_total ELSE LEAST(c.line_total, COALESCE(l.refunded, 0)) END";
        return sql.query(
                "SELECT DATE(c.claimed_at + INTERVAL 8 HOUR) AS day, c.funder, COUNT(DISTINCT c.order_number),"
                        + " SUM(c.quantity), SUM(c.line_total), SUM(c.amount),"
                        + " COUNT(DISTINCT CASE WHEN r.complete THEN c.order_number END),"
                        + " COALESCE(SUM(" + back + "), 0),"
                        + " COALESCE(SUM(CASE WHEN r.complete THEN c.amount WHEN c.line_total > 0"
                        + " THEN ROUND(c.amount * (" + back + ") / c.line_total, 2) ELSE 0 END), 0),"
                        + " COUNT(DISTINCT CASE WHEN NOT r.complete AND r.unnamed > 0 THEN c.order_number END)"
                        + " FROM promotions_claim c LEFT JOIN (SELECT order_number, MAX(complete) AS complete,"
                        + " SUM(sku_id IS NULL) AS unnamed FROM promotions_refund GROUP BY order_number) r"
                        + " ON r.order_number = c.order_number LEFT JOIN (SELECT order_number, sku_id, SUM(amount)"
                        + " AS refunded FROM promotions_refund WHERE sku_id IS NOT NULL GROUP BY order_number, sku_id) l"
                        + " ON l.order_number = c.order_number AND l.sku_id = c.sku_id"
                        + " WHERE c.campaign_id = ? AND c.released_at IS NULL GROUP BY day, c.funder"
                        + " ORDER BY day, c.funder",
                row -> new CampaignDay(
                        row.getDate(1).toLocalDate(),
                        Funder.valueOf(row.getString(2)),
                        row.getInt(3),
                        row.getInt(4),
                        row.getBigDecimal(5),
                        row.getBigDecimal(6),
                        row.getInt(7),
                        row.getBigDecimal(8),
                        row.getBigDecimal(9),
                        row.getInt(10)),
                id);
    }

    private void recordMove(
            long id, @Nullable CampaignState from, CampaignState to, Actor actor, @Nullable String note) {
        sql.update(
                "INSERT INTO promotions_campaign_move (campaign_id, from_state, to_state, actor_id, actor_role, note, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                from == null ? null : from.name(),
                to.name(),
                actor.accountId(),
                actor.role().name(),
                note,
                Timestamp.from(clock.instant()));
    }

    static CampaignView campaign(ResultSet row, List<CampaignView.Move> moves) throws SQLException {
        return new CampaignView(
                row.getLong("id"),
                row.getString("festival_slug"),
                row.getString("name_zh"),
                row.getString("name_en"),
                CampaignState.valueOf(row.getString("state")),
                row.getDate("warm_up_from").toLocalDate(),
                row.getDate("starts_on").toLocalDate(),
                row.getDate("ends_on").toLocalDate(),
                Funder.valueOf(row.getString("funder")),
                list(row.getString("pavilion_slugs")),
                list(row.getString("category_slugs")),
                list(row.getString("shop_slugs")),
                rule(row),
                row.getBigDecimal("budget"),
                row.getBigDecimal("claimed"),
                list(row.getString("excludes")).stream()
                        .map(PricingStage::valueOf)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                row.getBoolean("business_buyers"),
                moves);
    }

    /** The rule as a campaign row stores it. */
    static CampaignRule rule(ResultSet row) throws SQLException {
        int percent = row.getInt("rule_percent_paid");
        Integer percentPaid = row.wasNull() ? null : percent;
        int pieces = row.getInt("rule_pieces");
        Integer piecesNeeded = row.wasNull() ? null : pieces;
        return new CampaignRule(
                CampaignRuleKind.valueOf(row.getString("rule_kind")),
                percentPaid,
                Rules.readTiers(row.getString("rule_tiers")),
                row.getBoolean("rule_every"),
                piecesNeeded,
                row.getBigDecimal("rule_delivery_from"),
                row.getBoolean("rule_across_shops"));
    }

    /** Only stages after the rule's own can be excluded: an earlier one has priced the line already. */
    private static Set<PricingStage> excludes(CampaignRule rule, @Nullable Set<PricingStage> asked) {
        if (asked == null || asked.isEmpty()) {
            return Set.of();
        }
        PricingStage own = Rules.stage(rule);
        for (PricingStage stage : asked) {
            if (stage == null || stage.compareTo(own) <= 0) {
                throw new RuleViolationException("campaign.excludes.invalid");
            }
        }
        return Set.copyOf(asked);
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static List<String> scope(@Nullable List<String> slugs) {
        List<String> cleaned = slugs == null
                ? List.of()
                : slugs.stream()
                        .filter(slug -> slug != null && !slug.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (cleaned.size() > MOST_IN_SCOPE) {
            throw new RuleViolationException("campaign.scope.too-large", MOST_IN_SCOPE);
        }
        cleaned.stream()
                .filter(slug -> slug.length() > 60 || !SLUG.matcher(slug).matches())
                .findFirst()
                .ifPresent(slug -> {
                    throw new RuleViolationException("campaign.scope.invalid", slug);
                });
        return cleaned;
    }

    static void requireOperator(@Nullable Actor actor) {
        if (actor == null || !actor.isOperator()) {
            throw new NotAllowedException("campaign.operators-only");
        }
    }
}
