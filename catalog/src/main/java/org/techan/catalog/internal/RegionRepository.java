package org.techan.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RegionRepository extends CrudRepository<RegionRow, String> {

    List<RegionRow> findByParentCodeOrderByCode(String parentCode);

    List<RegionRow> findByParentCodeIsNullOrderByCode();

    List<RegionRow> findByCodeIn(Collection<String> codes);
}
