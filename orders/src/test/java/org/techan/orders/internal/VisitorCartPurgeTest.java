package org.techan.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class VisitorCartPurgeTest {

    @Inject
    VisitorCartPurge purge;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    @Inject
    Clock clock;

    @Test
    void shouldDeleteOnlyVisitorsCartsUntouchedForLongerThanTheirCookieLasts() {
        long abandoned = cart(null, "purge-abandoned", Duration.ofDays(40));
        long recent = cart(null, "purge-recent", Duration.ofDays(20));
        long consumers = cart(924_001L, null, Duration.ofDays(400));

        int purged = purge.deleteChunk();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(carts(abandoned, recent, consumers)).containsExactly(recent, consumers);
        assertThat(lines(abandoned)).isZero();
        assertThat(lines(recent)).isEqualTo(1);
        assertThat(purge.deleteChunk()).isZero();
    }

    /** A cart changed {@code age} ago, with one line. */
    private long cart(Long accountId, String token, Duration age) {
        return transactions.executeWrite(status -> {
            Timestamp changed = Timestamp.from(clock.instant().minus(age));
            long id = Statements.insert(
                    jdbc,
                    "INSERT INTO orders_cart (account_id, token_hash, updated_at) VALUES (?, ?, ?)",
                    accountId,
                    token == null ? null : Sha256.hex(token),
                    changed);
            Statements.update(
                    jdbc,
                    "INSERT INTO orders_cart_line (cart_id, sku_id, quantity, price_when_added, title_zh, spec_zh,"
                            + " shop_slug, shop_name_zh, added_at) VALUES (?, 1, 2, 39.90, '五常大米', '5 斤',"
                            + " 'wuchang-rice', '五常稻香合作社', ?)",
                    id,
                    changed);
            return id;
        });
    }

    private List<Long> carts(long... ids) {
        List<Long> left = new ArrayList<>();
        transactions.executeRead(status -> {
            for (long id : ids) {
                Statements.query(
                        jdbc, "SELECT id FROM orders_cart WHERE id = ?", rows -> left.add(rows.getLong(1)), id);
            }
            return null;
        });
        return left;
    }

    private int lines(long cartId) {
        int[] count = {0};
        transactions.executeRead(status -> {
            Statements.query(
                    jdbc,
                    "SELECT COUNT(*) FROM orders_cart_line WHERE cart_id = ?",
                    rows -> count[0] = rows.getInt(1),
                    cartId);
            return null;
        });
        return count[0];
    }
}
