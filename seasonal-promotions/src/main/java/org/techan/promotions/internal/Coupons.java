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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.techan.catalog.CatalogReads;
import org.techan.orders.Funder;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.ClaimedCouponView;
import org.techan.promotions.CouponKind;
import org.techan.promotions.CouponView;
import org.techan.promotions.CreateCouponCommand;

/**
 * Coupons: operators issue the platform's, shop staff their shop's; buyers claim them in the
 * coupon centre or by code, within the claiming days, up to the coupon's quantity and their own
 * limit. Claiming takes the coupon's row first (a conditional update of its count), so a coupon's
 * claims are counted one at a time and a double click cannot claim beyond the limit.
 */
@Singleton
class Coupons {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4,20}");
    private static final int MOST_PER_BUYER = 10;
    private static final int MOST_QUANTITY = 1_000_000;
    private static final int MOST_USE_DAYS = 366;
    private static final int LISTED = 100;
    /** Claimable coupons read for product pages: far more than run at once on a county's marketplace. */
    private static final int SHELF = 2000;

    private final PromotionsSql sql;
    private final CatalogReads catalog;
    private final Clock clock;
    private final CouponWallets wallets;

    Coupons(PromotionsSql sql, CatalogReads catalog, Clock clock, CouponWallets wallets) {
        this.sql = sql;
        this.catalog = catalog;
        this.clock = clock;
        this.wallets = wallets;
    }

    @Transactional
    public CouponView issue(Actor issuer, CreateCouponCommand command) {
        String shop = issuerShop(issuer);
        String shopName = shop == null ? null : catalog.shopOf(issuer).nameZh();
        Funder funder = funder(shop, command.funder());
        String nameZh = Text.required(command.nameZh(), 60, "coupon.name.required");
        String nameEn = Text.optional(command.nameEn(), 80, "coupon.name-en.invalid");
        if (command.kind() == null) {
            throw new RuleViolationException("coupon.kind.required");
        }
        BigDecimal threshold = command.threshold() == null ? BigDecimal.ZERO : command.threshold();
        if (!Rules.money(threshold, true)) {
            throw new RuleViolationException("coupon.threshold.invalid");
        }
        BigDecimal amountOff = null;
        Integer percentPaid = null;
        BigDecimal mostOff = null;
        if (command.kind() == CouponKind.FIXED) {
            amountOff = command.amountOff();
            if (amountOff == null
                    || !Rules.money(amountOff, false)
                    || (threshold.signum() > 0 && amountOff.compareTo(threshold) >= 0)) {
                throw new RuleViolationException("coupon.amount.invalid");
            }
        } else {
            percentPaid = command.percentPaid();
            if (percentPaid == null || percentPaid < 1 || percentPaid > 99) {
                throw new RuleViolationException("campaign.rule.percent.invalid", 1, 99);
            }
            mostOff = command.mostOff();
            if (mostOff != null && !Rules.money(mostOff, false)) {
                throw new RuleViolationException("coupon.most-off.invalid");
            }
        }
        LocalDate today = MarketCalendar.today(clock);
        if (command.claimFrom() == null
                || command.claimTo() == null
                || command.claimFrom().isAfter(command.claimTo())
                || command.claimTo().isBefore(today)) {
            throw new RuleViolationException("coupon.claim-days.invalid");
        }
        boolean fixedDays = command.useFrom() != null || command.useTo() != null;
        if (fixedDays == (command.useDays() != null)
                || (fixedDays
                        && (command.useFrom() == null
                                || command.useTo() == null
                                || command.useFrom().isAfter(command.useTo())
                                || command.useTo().isBefore(command.claimFrom())))
                || (!fixedDays && (command.useDays() < 1 || command.useDays() > MOST_USE_DAYS))) {
            throw new RuleViolationException("coupon.use-days.invalid", MOST_USE_DAYS);
        }
        int perBuyer = command.perBuyer() == null ? 1 : command.perBuyer();
        if (perBuyer < 1 || perBuyer > MOST_PER_BUYER) {
            throw new RuleViolationException("coupon.per-buyer.invalid", MOST_PER_BUYER);
        }
        if (command.quantity() < 1 || command.quantity() > MOST_QUANTITY) {
            throw new RuleViolationException("coupon.quantity.invalid", MOST_QUANTITY);
        }
        if (command.budget() != null && !Rules.money(command.budget(), false)) {
            throw new RuleViolationException("campaign.budget.invalid");
        }
        String code = code(command.code());
        String requestKey = RequestKeys.checked(command.requestKey());
        if (requestKey != null) {
            java.util.Optional<Long> issued = idByRequestKey(requestKey);
            if (issued.isPresent()) {
                return byId(issued.get());
            }
        }
        long id;
        try {
            id = sql.insert(
                    "INSERT INTO promotions_coupon (shop_slug, shop_name_zh, name_zh, name_en, kind, amount_off, percent_paid,"
                            + " most_off, threshold, claim_from, claim_to, use_from, use_to, use_days, per_buyer,"
                            + " quantity, budget, code, funder, state, created_by, created_at, request_key)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)",
                    shop,
                    shopName,
                    nameZh,
                    nameEn,
                    command.kind().name(),
                    amountOff == null ? null : amountOff.setScale(2),
                    percentPaid,
                    mostOff == null ? null : mostOff.setScale(2),
                    threshold.setScale(2),
                    Date.valueOf(command.claimFrom()),
                    Date.valueOf(command.claimTo()),
                    fixedDays ? Date.valueOf(command.useFrom()) : null,
                    fixedDays ? Date.valueOf(command.useTo()) : null,
                    command.useDays(),
                    perBuyer,
                    command.quantity(),
                    command.budget() == null ? null : command.budget().setScale(2),
                    code,
                    funder.name(),
                    issuer.accountId(),
                    Timestamp.from(clock.instant()),
                    requestKey);
        } catch (RuntimeException failure) {
            if (requestKey != null && PromotionsSql.duplicateKey(failure)) {
                throw new RequestKeys.Repeated(requestKey, code);
            }
            if (code != null && PromotionsSql.duplicateKey(failure)) {
                throw new ConflictException("coupon.code.taken", code);
            }
            throw failure;
        }
        return byId(id);
    }

    /** The coupon a request issued, read after its transaction committed. */
    @Transactional(readOnly = true)
    public java.util.Optional<CouponView> byRequestKey(String requestKey) {
        return idByRequestKey(requestKey).map(this::byId);
    }

    private java.util.Optional<Long> idByRequestKey(String requestKey) {
        return sql
                .query("SELECT id FROM promotions_coupon WHERE request_key = ?", row -> row.getLong(1), requestKey)
                .stream()
                .findFirst();
    }

    /** Every coupon buyers can claim today, the platform's first: what product pages pick from. */
    @Transactional(readOnly = true)
    List<CouponView> claimableEverywhere() {
        Date today = Date.valueOf(MarketCalendar.today(clock));
        return sql.query(
                "SELECT * FROM promotions_coupon WHERE state = 'ACTIVE' AND claim_from <= ? AND claim_to >= ?"
                        + " AND claimed < quantity ORDER BY shop_slug IS NULL DESC, id DESC LIMIT " + SHELF,
                Coupons::view,
                today,
                today);
    }

    /** Coupons buyers can claim today, the platform's first, then the newest; one shop's only when named. */
    @Transactional(readOnly = true)
    public List<CouponView> claimable(@Nullable String shopSlug) {
        Date today = Date.valueOf(MarketCalendar.today(clock));
        String shop = shopSlug == null ? "" : " AND shop_slug = ?";
        Object[] parameters = shopSlug == null ? new Object[] {today, today} : new Object[] {today, today, shopSlug};
        return sql.query(
                "SELECT * FROM promotions_coupon WHERE state = 'ACTIVE' AND claim_from <= ? AND claim_to >= ?"
                        + " AND claimed < quantity" + shop + " ORDER BY shop_slug IS NULL DESC, id DESC LIMIT "
                        + LISTED,
                Coupons::view,
                parameters);
    }

    /** The coupons an operator issued for the platform, or a shop's staff for their shop, newest first. */
    @Transactional(readOnly = true)
    public List<CouponView> issuedBy(Actor issuer) {
        String shop = issuerShop(issuer);
        return shop == null
                ? sql.query(
                        "SELECT * FROM promotions_coupon WHERE shop_slug IS NULL ORDER BY id DESC LIMIT " + LISTED,
                        Coupons::view)
                : sql.query(
                        "SELECT * FROM promotions_coupon WHERE shop_slug = ? ORDER BY id DESC LIMIT " + LISTED,
                        Coupons::view,
                        shop);
    }

    /**
     * Claims a coupon for a consumer.
     *
     * @throws NotFoundException for an unknown coupon
     * @throws ConflictException when it cannot be claimed today, is all claimed, or the buyer has
     *     claimed as many as they may
     */
    @Transactional
    public ClaimedCouponView claim(Actor consumer, long couponId) {
        if (consumer == null || consumer.role() != Role.CONSUMER) {
            throw new NotAllowedException("coupon.consumers-only");
        }
        LocalDate today = MarketCalendar.today(clock);
        int taken = sql.update(
                "UPDATE promotions_coupon SET claimed = claimed + 1 WHERE id = ? AND state = 'ACTIVE'"
                        + " AND claim_from <= ? AND claim_to >= ? AND claimed < quantity",
                couponId,
                Date.valueOf(today),
                Date.valueOf(today));
        CouponView coupon = byId(couponId);
        if (taken != 1) {
            throw new ConflictException(
                    coupon.claimedOut() ? "coupon.claimed-out" : "coupon.not-claimable", coupon.nameZh());
        }
        // The coupon's row is ours until the commit: this buyer's other claims of it wait here.
        int before = sql.query(
                        "SELECT COUNT(*) FROM promotions_coupon_claim WHERE coupon_id = ? AND account_id = ?",
                        row -> row.getInt(1),
                        couponId,
                        consumer.accountId())
                .get(0);
        if (before >= coupon.perBuyer()) {
            throw new ConflictException("coupon.claimed-enough", coupon.nameZh(), coupon.perBuyer());
        }
        LocalDate from = coupon.useFrom() != null ? coupon.useFrom() : today;
        LocalDate to = coupon.useTo() != null ? coupon.useTo() : today.plusDays(coupon.useDays() - 1L);
        long id = sql.insert(
                "INSERT INTO promotions_coupon_claim (coupon_id, account_id, nth, valid_from, valid_to, claimed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                couponId,
                consumer.accountId(),
                before + 1,
                Date.valueOf(from),
                Date.valueOf(to),
                Timestamp.from(clock.instant()));
        wallets.claimed();
        return new ClaimedCouponView(id, byId(couponId), from, to, false);
    }

    /** Claims the coupon a code names, as {@link #claim} does. */
    @Transactional
    public ClaimedCouponView claimByCode(Actor consumer, @Nullable String code) {
        String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        List<Long> found = sql.query("SELECT id FROM promotions_coupon WHERE code = ?", row -> row.getLong(1), clean);
        if (found.isEmpty()) {
            throw new NotFoundException("coupon.code.unknown", clean);
        }
        return claim(consumer, found.get(0));
    }

    /** Stops claiming: coupons claimed already stay usable, as promised to their buyers. */
    @Transactional
    public CouponView stop(Actor issuer, long couponId) {
        String shop = issuerShop(issuer);
        CouponView coupon = byId(couponId);
        if (!java.util.Objects.equals(shop, coupon.shopSlug())) {
            throw new NotFoundException("coupon.not-found", couponId);
        }
        sql.update("UPDATE promotions_coupon SET state = 'STOPPED' WHERE id = ?", couponId);
        return byId(couponId);
    }

    CouponView byId(long id) {
        return sql.query("SELECT * FROM promotions_coupon WHERE id = ?", Coupons::view, id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("coupon.not-found", id));
    }

    /** The operator's platform (null) or the staff's shop; nobody else issues coupons. */
    private @Nullable String issuerShop(@Nullable Actor issuer) {
        if (issuer != null && issuer.isOperator()) {
            return null;
        }
        if (issuer == null || issuer.role() != Role.SHOP_STAFF) {
            throw new NotAllowedException("coupon.issuers-only");
        }
        return catalog.shopOf(issuer).slug();
    }

    private static Funder funder(@Nullable String shop, @Nullable Funder asked) {
        if (shop != null) {
            if (asked != null && asked != Funder.SHOP) {
                throw new RuleViolationException("coupon.funder.invalid");
            }
            return Funder.SHOP;
        }
        if (asked == Funder.SHOP) {
            throw new RuleViolationException("coupon.funder.invalid");
        }
        return asked == null ? Funder.PLATFORM : asked;
    }

    private static @Nullable String code(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String clean = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(clean).matches()) {
            throw new RuleViolationException("coupon.code.invalid");
        }
        return clean;
    }

    static CouponView view(ResultSet row) throws SQLException {
        int percent = row.getInt("percent_paid");
        Integer percentPaid = row.wasNull() ? null : percent;
        int days = row.getInt("use_days");
        Integer useDays = row.wasNull() ? null : days;
        Date useFrom = row.getDate("use_from");
        Date useTo = row.getDate("use_to");
        return new CouponView(
                row.getLong("id"),
                row.getString("shop_slug"),
                row.getString("shop_name_zh"),
                row.getString("name_zh"),
                row.getString("name_en"),
                CouponKind.valueOf(row.getString("kind")),
                row.getBigDecimal("amount_off"),
                percentPaid,
                row.getBigDecimal("most_off"),
                row.getBigDecimal("threshold"),
                row.getDate("claim_from").toLocalDate(),
                row.getDate("claim_to").toLocalDate(),
                useFrom == null ? null : useFrom.toLocalDate(),
                useTo == null ? null : useTo.toLocalDate(),
                useDays,
                row.getInt("per_buyer"),
                row.getInt("quantity"),
                row.getInt("claimed"),
                row.getBigDecimal("budget"),
                row.getBigDecimal("spent"),
                row.getString("code"),
                Funder.valueOf(row.getString("funder")),
                "STOPPED".equals(row.getString("state")));
    }
}
