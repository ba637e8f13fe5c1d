package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.RegionCode;
import org.techan.catalog.tools.SyntheticCatalog;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;

/**
 * Bulk synthetic products for benchmarks: published products of synthetic shops spread over the
 * villages already registered, written with multi-row inserts (thousands per second rather than
 * dozens through the facade). They skip the outbox on purpose: a benchmark indexes them with a
 * full reindex, and 100,000 events would only measure the relay.
 */
@Singleton
class SyntheticProducts implements SyntheticCatalog {

    private static final int PRODUCTS_PER_SHOP = 1000;
    private static final int CHUNK = 1000;
    private static final String[] SPECIALTIES = {
        "李干", "蜜饯", "茶油", "蜂蜜", "铁观音", "大红袍", "银耳", "香菇", "蜜柚", "蜜桔", "苹果", "油桃", "小米", "大米",
        "小龙虾", "大闸蟹", "藤茶", "绿茶", "红茶", "牡丹籽油", "红薯", "木耳", "核桃", "板栗", "枸杞", "猕猴桃", "土鸡蛋", "腊肉"
    };
    private static final String[] STYLES = {"精选", "特级", "家庭装", "礼盒装", "有机", "野生", "农家", "古法", "头茬", "新季"};
    private static final String[] CATEGORIES = {
        "dried-preserved-fruit",
        "dried-preserved-fruit",
        "edible-oils",
        "honey",
        "tea",
        "tea",
        "edible-fungi",
        "edible-fungi",
        "fresh-fruit",
        "fresh-fruit",
        "fresh-fruit",
        "fresh-fruit",
        "grains",
        "grains",
        "aquatic-products",
        "aquatic-products",
        "tea",
        "tea",
        "tea",
        "edible-oils",
        "vegetables",
        "edible-fungi",
        "grains",
        "grains",
        "dried-preserved-fruit",
        "fresh-fruit",
        "meat-eggs",
        "meat-eggs"
    };

    private final JdbcOperations jdbc;
    private final Access access;

    SyntheticProducts(JdbcOperations jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @Transactional
    public int generate(Actor operator, @Nullable RegionCode within, int count, long seed) {
        access.requireOperator(operator);
        if (count < 1 || count > 1_000_000) {
            throw new RuleViolationException("synthetic.count.invalid", 1_000_000);
        }
        try {
            List<String> villages = villages(within == null ? "" : within.prefix());
            if (villages.isEmpty()) {
                throw new RuleViolationException("synthetic.regions.missing");
            }
            long[] categoryIds = categoryIds();
            SplittableRandom random = new SplittableRandom(seed);
            int made = 0;
            int shopNumber = firstFreeShopNumber();
            while (made < count) {
                String village = villages.get(shopNumber % villages.size());
                long shopId = insertShop(shopNumber, village);
                int forShop = Math.min(PRODUCTS_PER_SHOP, count - made);
                for (int done = 0; done < forShop; done += CHUNK) {
                    int chunk = Math.min(CHUNK, forShop - done);
                    List<Long> productIds = insertProducts(shopId, village, chunk, categoryIds, random);
                    insertSkus(productIds, random);
                }
                made += forShop;
                shopNumber++;
            }
            return made;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate synthetic products", e);
        }
    }

    private List<String> villages(String prefix) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement(
                        "SELECT code FROM catalog_region WHERE code LIKE ? AND code NOT LIKE '%000' ORDER BY code")) {
            select.setString(1, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    private long[] categoryIds() throws SQLException {
        long[] ids = new long[CATEGORIES.length];
        try (PreparedStatement select =
                jdbc.getConnection().prepareStatement("SELECT id FROM catalog_category WHERE slug = ?")) {
            for (int i = 0; i < CATEGORIES.length; i++) {
                select.setString(1, CATEGORIES[i]);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    ids[i] = row.getLong(1);
                }
            }
        }
        return ids;
    }

    private int firstFreeShopNumber() throws SQLException {
        try (Statement select = jdbc.getConnection().createStatement();
                ResultSet row =
                        select.executeQuery("SELECT COUNT(*) FROM catalog_shop WHERE slug LIKE 'synthetic-%'")) {
            row.next();
            return row.getInt(1) + 1;
        }
    }

    private long insertShop(int number, String village) throws SQLException {
        String first17 = String.format("93%sMB%07d", village.substring(0, 6), number);
        String sql =
                "INSERT INTO catalog_shop (slug, kind, name_zh, village_code, specialty_zh, contact_name, contact_phone,"
                        + " business_licence, status) VALUES (?, 'COOPERATIVE', ?, ?, '综合', '测试', '13900000000', ?, 'APPROVED')";
        try (PreparedStatement insert = jdbc.getConnection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "synthetic-" + number);
            insert.setString(2, "合成测试合作社 " + number);
            insert.setString(3, village);
            insert.setString(4, first17 + BusinessLicenceNumber.checkCharacter(first17));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private List<Long> insertProducts(
            long shopId, String village, int chunk, long[] categoryIds, SplittableRandom random) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO catalog_product (shop_id, category_id, title_zh, description_zh,"
                        + " origin_code, temperature, shelf_life_days, harvest_months, poverty_relief, status, published_at) VALUES ");
        for (int i = 0; i < chunk; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,'PUBLISHED',CURRENT_TIMESTAMP)");
        }
        try (PreparedStatement insert =
                jdbc.getConnection().prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
            int p = 1;
            for (int i = 0; i < chunk; i++) {
                int kind = random.nextInt(SPECIALTIES.length);
                String title = STYLES[random.nextInt(STYLES.length)] + SPECIALTIES[kind] + " "
                        + (random.nextInt(900) + 100) + "号";
                insert.setLong(p++, shopId);
                insert.setLong(p++, categoryIds[kind]);
                insert.setString(p++, title);
                insert.setString(p++, "合成测试商品：" + title + "，用于性能测试。");
                insert.setString(p++, village);
                insert.setString(
                        p++, random.nextInt(10) < 8 ? "AMBIENT" : (random.nextBoolean() ? "CHILLED" : "FROZEN"));
                insert.setInt(p++, 7 + random.nextInt(720));
                insert.setInt(p++, random.nextInt(4096));
                insert.setBoolean(p++, random.nextInt(5) == 0);
            }
            insert.executeUpdate();
            List<Long> ids = new ArrayList<>(chunk);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }
    }

    private void insertSkus(List<Long> productIds, SplittableRandom random) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO catalog_sku (product_id, position, spec_zh, unit, net_weight_grams, price, available) VALUES ");
        for (int i = 0; i < productIds.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,0,?,'BOX',?,?,?)");
        }
        try (PreparedStatement insert = jdbc.getConnection().prepareStatement(sql.toString())) {
            int p = 1;
            for (Long productId : productIds) {
                int grams = 250 * (1 + random.nextInt(20));
                insert.setLong(p++, productId);
                insert.setString(p++, grams + " 克");
                insert.setInt(p++, grams);
                insert.setBigDecimal(p++, BigDecimal.valueOf(500 + random.nextInt(50_000), 2));
                insert.setInt(p++, random.nextInt(500));
            }
            insert.executeUpdate();
        }
    }
}
