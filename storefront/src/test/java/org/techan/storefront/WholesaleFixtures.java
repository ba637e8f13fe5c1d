package org.techan.storefront;

import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.SignUpCommand;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.CreditCode;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.WholesaleApi;

/**
 * What the storefront's wholesale tests set up and read back the same way: a verified
 * organisation's buyer, signed in, and what orders refunded on an order.
 */
final class WholesaleFixtures {

    /** Credit codes no other organisation of this run, or of an earlier run, has. */
    private static final AtomicLong CODES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private WholesaleFixtures() {}

    /** An organisation applied for and verified at once; its contact's account, signed in. */
    static Actor verifiedBuyer(
            WholesaleApi wholesale,
            Accounts accounts,
            String name,
            OrganisationKind kind,
            String county,
            String street,
            String login,
            String password) {
        String first17 = "91" + county + String.format("%09d", CODES.incrementAndGet() % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        name,
                        first17 + CreditCode.checkCharacter(first17),
                        kind,
                        county,
                        street,
                        new SignUpCommand(
                                login,
                                password,
                                "采购",
                                true,
                                accounts.legalTerms().version())),
                "test");
        licensed(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login, password, "test").actor();
    }

    /** A PDF by its first bytes, as an uploaded scan is recognised. */
    static final byte[] LICENCE_SCAN =
            "%PDF-1.4\n% 营业执照（测试）\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The applicant attaches the licence scan an operator verifies no organisation without. */
    static void licensed(WholesaleApi wholesale, OrganisationView applied) {
        wholesale.attachLicence(
                new Actor(applied.members().get(0).accountId(), org.techan.platform.Role.WHOLESALE_BUYER),
                LICENCE_SCAN);
    }

    /** What orders refunded on an order so far, all refunds together. */
    static BigDecimal refunded(TransactionOperations<Connection> transactions, String orderNumber) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection()
                    .prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM orders_refund WHERE order_id ="
                            + " (SELECT id FROM orders_order WHERE number = ?)")) {
                select.setString(1, orderNumber);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getBigDecimal(1);
                }
            }
        });
    }

    /** How many refunds orders made on an order. */
    static long refunds(TransactionOperations<Connection> transactions, String orderNumber) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection()
                    .prepareStatement("SELECT COUNT(*) FROM orders_refund WHERE order_id ="
                            + " (SELECT id FROM orders_order WHERE number = ?)")) {
                select.setString(1, orderNumber);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
