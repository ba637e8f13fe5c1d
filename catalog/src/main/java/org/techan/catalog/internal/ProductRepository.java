package org.techan.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductRepository extends CrudRepository<ProductRow, Long> {

    Page<ProductRow> findByShopId(long shopId, Pageable pageable);

    List<ProductRow> findByIdIn(Collection<Long> ids);

    List<Long> findIdByShopId(long shopId);
}
