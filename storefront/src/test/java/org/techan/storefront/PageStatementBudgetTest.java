package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;

/**
 * SQL statements per public page, counted by the database server itself (its Questions counter)
 * over a hundred requests, less what the app's background jobs send meanwhile (measured while it
 * idles). A page that starts reading row by row (an N+1) blows its budget at once. A budget, not a
 * speed: how fast pages are is for the page benchmark.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementBudgetTest {

    private static final int REQUESTS = 100;

    /** Statements per page, as of this writing plus a margin for the background's jitter. */
    private static final Map<String, Integer> BUDGETS = Map.of("product", 18, "shop", 21, "home", 11);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestMarketplace market;

    private long product;

    @BeforeAll
    void aShopWithProducts() {
        market.regions("130129100202", "河北省/Hebei", "石家庄市/Shijiazhuang", "赞皇县/Zanhuang", "赞皇镇", "小枣村");
        TestMarketplace.Shop shop = market.aShop("budget-jujube")
                .named("赞皇小枣合作社")
                .inVillage("130129100202")
                .selling("大枣")
                .open();
        for (int i = 0; i < 5; i++) {
            product = market.aProduct(shop, "赞皇大枣 " + i)
                    .kept(TemperatureClass.AMBIENT, 365)
                    .sku(new SkuCommand("1 斤", null, SaleUnit.BAG, 500, new BigDecimal("20.00")))
                    .sku(new SkuCommand("5 斤", null, SaleUnit.BOX, 2500, new BigDecimal("90.00")))
                    .withBatch(10)
                    .create()
                    .id();
        }
    }

    @Test
    void publicPagesStayWithinTheirStatementBudgets() throws Exception {
        Map<String, String> pages =
                Map.of("product", "/products/" + product, "shop", "/shops/budget-jujube", "home", "/");
        StringBuilder measured = new StringBuilder();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            double perPage = statementsPerRequest(page.getValue());
            measured.append(page.getKey())
                    .append(' ')
                    .append(String.format("%.1f", perPage))
                    .append("; ");
            assertThat(perPage)
                    .as("statements per %s page (%s)", page.getKey(), measured)
                    .isLessThanOrEqualTo(BUDGETS.get(page.getKey()));
        }
        System.out.println("Statements per page: " + measured);
    }

    private double statementsPerRequest(String path) throws Exception {
        for (int i = 0; i < 20; i++) {
            http.toBlocking().retrieve(path);
        }
        long idleFrom = questions();
        long idleStart = System.nanoTime();
        Thread.sleep(3_000);
        double idlePerNano = (questions() - idleFrom - 1) / (double) (System.nanoTime() - idleStart);

        long from = questions();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            http.toBlocking().retrieve(path);
        }
        double background = idlePerNano * (System.nanoTime() - start);
        // Each questions() call counts itself once.
        return Math.max(0, questions() - from - 1 - background) / REQUESTS;
    }

    private static long questions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        System.getProperty("datasources.default.url"),
                        System.getProperty("datasources.default.username"),
                        System.getProperty("datasources.default.password"));
                ResultSet rows = connection.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }
}
