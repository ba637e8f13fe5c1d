package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.RegionCode;
import org.techan.platform.NotFoundException;

/** The public product list: published products of open shops, filtered, newest first (or picks first). */
@Singleton
class ProductListing {

    private static final String JOIN_SHOP = " JOIN catalog_shop s ON s.id = p.shop_id";
    private static final String JOIN_PICKS =
            " LEFT JOIN catalog_pavilion_product pick ON pick.product_id = p.id AND pick.pavilion_id = ?";

    private final JdbcOperations jdbc;
    private final CategoryRepository categories;

    ProductListing(JdbcOperations jdbc, CategoryRepository categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    record Slice(List<ProductRow> rows, long total) {}

    Slice find(ProductQuery query, int page, int size) {
        return find(query, null, page, size);
    }

    /** As {@link #find(ProductQuery, int, int)}, with the pavilion's picks first in their order. */
    Slice find(ProductQuery query, @Nullable Long picksOfPavilion, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        long total = count("SELECT COUNT(*)" + where, parameters);
        List<Object> pageParameters = new ArrayList<>();
        String sql;
        if (picksOfPavilion == null) {
            sql = "SELECT p.*" + where + " ORDER BY p.published_at DESC, p.id DESC LIMIT ? OFFSET ?";
        } else {
            pageParameters.add(picksOfPavilion);
            sql = "SELECT p.*" + where.replace(JOIN_SHOP, JOIN_SHOP + JOIN_PICKS)
                    + " ORDER BY pick.position IS NULL, pick.position, p.published_at DESC, p.id DESC LIMIT ? OFFSET ?";
        }
        pageParameters.addAll(parameters);
        pageParameters.add(size);
        pageParameters.add((long) page * size);
        try (PreparedStatement select = prepare(sql, pageParameters);
                ResultSet rows = select.executeQuery()) {
            return new Slice(jdbc.entityStream(rows, ProductRow.class).toList(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list products", e);
        }
    }

    /** Products on sale among {@code ids}; the others are drafts, unpublished, in closed shops or gone. */
    List<ProductRow> forSaleAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(
                "SELECT p.*" + where(ProductQuery.everything(), new ArrayList<>()) + " AND p.id IN ("
                        + "?,".repeat(ids.size() - 1) + "?)",
                new ArrayList<>(ids));
    }

    /** Up to {@code limit} products on sale after {@code afterId}, by id: one step of a full scan. */
    List<ProductRow> forSaleAfter(long afterId, int limit) {
        return select(
                "SELECT p.*" + where(ProductQuery.everything(), new ArrayList<>())
                        + " AND p.id > ? ORDER BY p.id LIMIT ?",
                List.of(afterId, limit));
    }

    /** The ids of every product on sale within {@code region}. */
    List<Long> idsForSaleIn(RegionCode region) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT p.id" + where(new ProductQuery(null, region, null), parameters);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = prepare(sql, parameters);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list products of " + region, e);
        }
        return ids;
    }

    private List<ProductRow> select(String sql, List<Object> parameters) {
        try (PreparedStatement select = prepare(sql, parameters);
                ResultSet rows = select.executeQuery()) {
            return jdbc.entityStream(rows, ProductRow.class).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read products", e);
        }
    }

    private String where(ProductQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(
                " FROM catalog_product p" + JOIN_SHOP + " WHERE p.status = 'PUBLISHED' AND s.status = 'APPROVED'");
        if (query.categorySlug() != null) {
            List<Long> ids = categoryAndBelow(query.categorySlug());
            where.append(" AND p.category_id IN (")
                    .append("?,".repeat(ids.size() - 1))
                    .append("?)");
            parameters.addAll(ids);
        }
        if (query.region() != null) {
            where.append(" AND p.origin_code LIKE ?");
            parameters.add(query.region().prefix() + "%");
        }
        if (query.harvestMonth() != null) {
            where.append(" AND (p.harvest_months & ?) <> 0");
            parameters.add(1 << (Math.floorMod(query.harvestMonth() - 1, 12)));
        }
        if (query.titleContains() != null && !query.titleContains().isBlank()) {
            // The simple match for when the search engine is away: each word in either title.
            String[] words = query.titleContains().trim().split("\\s+");
            for (String word : java.util.Arrays.copyOf(words, Math.min(words.length, 5))) {
                where.append(" AND (p.title_zh LIKE ? OR p.title_en LIKE ?)");
                String pattern =
                        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                parameters.add(pattern);
                parameters.add(pattern);
            }
        }
        if (query.shopSlug() != null) {
            where.append(" AND s.slug = ?");
            parameters.add(query.shopSlug());
        }
        return where.toString();
    }

    private List<Long> categoryAndBelow(String slug) {
        List<CategoryRow> all = categories.findAllOrderByPosition();
        CategoryRow root = all.stream()
                .filter(row -> row.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("category.not-found", slug));
        List<Long> ids = new ArrayList<>(List.of(root.id()));
        for (int i = 0; i < ids.size(); i++) {
            Long parent = ids.get(i);
            all.stream().filter(row -> parent.equals(row.parentId())).forEach(row -> ids.add(row.id()));
        }
        return ids;
    }

    private long count(String sql, List<Object> parameters) {
        try (PreparedStatement select = prepare(sql, parameters);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count products", e);
        }
    }

    private PreparedStatement prepare(String sql, List<@Nullable Object> parameters) throws SQLException {
        PreparedStatement statement = jdbc.getConnection().prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
