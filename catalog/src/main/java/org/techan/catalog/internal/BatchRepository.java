package org.techan.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BatchRepository extends CrudRepository<BatchRow, Long> {

    Optional<BatchRow> findByTraceCode(String traceCode);

    boolean existsByTraceCode(String traceCode);

    List<BatchRow> findByProductIdInOrderByHarvestDateDesc(Collection<Long> productIds);
}
