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

    @Query("SELECT DISTINCT product_id FROM catalog_sku WHERE id IN (:ids)")
    List<Long> productIdsOf(Collection<Long> ids);
}
