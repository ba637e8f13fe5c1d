package org.techan.catalog.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.techan.catalog.ShopStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ShopRepository extends CrudRepository<ShopRow, Long> {

    Optional<ShopRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByBusinessLicence(String businessLicence);

    /** Shops whose village code starts with a region's prefix: the region and all below it. */
    Page<ShopRow> findByVillageCodeStartsWithAndStatus(String regionPrefix, ShopStatus status, Pageable pageable);
}
