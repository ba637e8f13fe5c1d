package org.techan.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BrandRepository extends CrudRepository<BrandRow, Long> {

    Optional<BrandRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<BrandRow> findByIdIn(Collection<Long> ids);

    List<BrandRow> findAllOrderBySlug();
}
