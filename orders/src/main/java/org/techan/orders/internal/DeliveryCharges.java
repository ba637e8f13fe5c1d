package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.techan.catalog.CatalogReads;
import org.techan.orders.ShippingKind;
import org.techan.orders.ShippingRule;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;

/**
 * What a shop charges to deliver one order, by the rule its staff set (flat, by weight, free above
 * an amount) or the marketplace default. Staff change only their own shop's rule.
 */
@Singleton
class DeliveryCharges {

    static final BigDecimal MOST_FEE = new BigDecimal("999.99");

    private final JdbcOperations jdbc;
    private final CatalogReads catalog;
    private final Clock clock;

    DeliveryCharges(JdbcOperations jdbc, CatalogReads catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public ShippingRule rule(String shopSlug) {
        return rules(List.of(shopSlug)).getOrDefault(shopSlug, ShippingRule.MARKETPLACE_DEFAULT);
    }

    /** The rules of several shops in one query; a shop without its own rule is left out. */
    @Transactional
    public java.util.Map<String, ShippingRule> rules(java.util.Collection<String> shopSlugs) {
        if (shopSlugs.isEmpty()) {
            return new java.util.TreeMap<>();
        }
        SqlScript script = new SqlScript();
        SqlScript.Statement found = findRules(script, shopSlugs);
        try {
            return rules(script.run(jdbc.getConnection()).of(found));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the shipping rules of " + shopSlugs, e);
        }
    }

    /** Adds to {@code script} the lookup of these (at least one) shops' rules; {@link #rules(SqlScript.Result)} reads it. */
    static SqlScript.Statement findRules(SqlScript script, java.util.Collection<String> shopSlugs) {
        return script.add(
                "SELECT shop_slug, kind, base_fee, per_extra_kg, free_from FROM orders_shipping_rule WHERE shop_slug IN ("
                        + SqlScript.rows("?", shopSlugs.size()) + ")",
                List.copyOf(shopSlugs));
    }

    /** The rules {@link #findRules} found, by shop; a shop without its own rule is left out. */
    static java.util.Map<String, ShippingRule> rules(SqlScript.Result found) {
        java.util.Map<String, ShippingRule> rules = new java.util.TreeMap<>();
        for (List<Object> row : found.rows()) {
            rules.put(
                    (String) row.get(0),
                    new ShippingRule(
                            ShippingKind.valueOf((String) row.get(1)),
                            (BigDecimal) row.get(2),
                            (BigDecimal) row.get(3),
                            (BigDecimal) row.get(4)));
        }
        return rules;
    }

    @Transactional
    public ShippingRule set(Actor staff, ShippingRule given) {
        if (staff.role() != Role.SHOP_STAFF) {
            throw new NotAllowedException("shipping.staff-only");
        }
        String shop = catalog.shopOf(staff).slug();
        ShippingRule rule = checked(given);
        Statements.update(
                jdbc,
                "INSERT INTO orders_shipping_rule (shop_slug, kind, base_fee, per_extra_kg, free_from, updated_by,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE kind = VALUES(kind),"
                        + " base_fee = VALUES(base_fee), per_extra_kg = VALUES(per_extra_kg),"
                        + " free_from = VALUES(free_from), updated_by = VALUES(updated_by),"
                        + " updated_at = VALUES(updated_at)",
                shop,
                rule.kind().name(),
                rule.baseFee(),
                rule.perExtraKg(),
                rule.freeFrom(),
                staff.accountId(),
                Timestamp.from(clock.instant()));
        return rule;
    }

    private static ShippingRule checked(ShippingRule rule) {
        if (rule == null || rule.kind() == null) {
            throw new RuleViolationException("shipping.kind.required");
        }
        BigDecimal base = fee(rule.baseFee(), "shipping.base-fee.invalid");
        BigDecimal extra =
                rule.kind() == ShippingKind.BY_WEIGHT ? fee(rule.perExtraKg(), "shipping.per-kg.invalid") : null;
        BigDecimal freeFrom = rule.freeFrom();
        if (freeFrom != null
                && (freeFrom.signum() <= 0
                        || freeFrom.compareTo(new BigDecimal("100000")) > 0
                        || freeFrom.stripTrailingZeros().scale() > 2)) {
            throw new RuleViolationException("shipping.free-from.invalid");
        }
        return new ShippingRule(rule.kind(), base, extra, freeFrom == null ? null : freeFrom.setScale(2));
    }

    private static BigDecimal fee(BigDecimal fee, String problem) {
        if (fee == null
                || fee.signum() < 0
                || fee.compareTo(MOST_FEE) > 0
                || fee.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException(problem, MOST_FEE);
        }
        return fee.setScale(2);
    }
}
