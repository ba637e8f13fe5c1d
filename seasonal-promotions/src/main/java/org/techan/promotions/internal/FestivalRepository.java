package org.techan.promotions.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FestivalRepository extends CrudRepository<FestivalRow, Long> {

    Optional<FestivalRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<FestivalRow> findAllOrderBySlug();
}
