package org.techan.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SkuRepository extends CrudRepository<SkuRow, Long> {

    List<SkuRow> findByProductIdOrderByPosition(long productId);

    List<SkuRow> findByProductIdInOrderByPosition(Collection<Long> productIds);

    int countByProductId(long productId);

    /** Adds received units; the database, not a read-modify-write, does the arithmetic. */
    @Query("SELECT DISTINCT product_id FROM catalog_sku WHERE id IN (:ids)")
    List<Long> productIdsOf(Collection<Long> ids);

    @Query("UPDATE catalog_sku SET available = available + :quantity, version = version + 1 WHERE id = :id")
    int addStock(long id, int quantity);

    /** Takes units off sale; matches nothing (returns 0) rather than going below zero. */
    @Query("UPDATE catalog_sku SET available = available - :quantity, version = version + 1"
            + " WHERE id = :id AND available >= :quantity")
    int removeStock(long id, int quantity);
}
