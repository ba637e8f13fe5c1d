package org.techan.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CategoryRepository extends CrudRepository<CategoryRow, Long> {

    List<CategoryRow> findAllOrderByPosition();

    Optional<CategoryRow> findBySlug(String slug);
}
