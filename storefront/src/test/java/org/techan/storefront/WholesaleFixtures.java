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
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login, password, "test").actor();
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
