package org.techan.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductRepository extends CrudRepository<ProductRow, Long> {

    Page<ProductRow> findByShopId(long shopId, Pageable pageable);

    List<ProductRow> findByIdIn(Collection<Long> ids);

    List<Long> findIdByShopId(long shopId);

    /** Holds the product's row until the transaction ends: one writer of its photos at a time. */
    @Query("SELECT id FROM catalog_product WHERE id = :id FOR UPDATE")
    Optional<Long> lockForUpdate(long id);
}
