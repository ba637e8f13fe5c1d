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
import org.techan.catalog.ShopStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ShopRepository extends CrudRepository<ShopRow, Long> {

    Optional<ShopRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<ShopRow> findByIdIn(Collection<Long> ids);

    Page<ShopRow> findByStatus(ShopStatus status, Pageable pageable);

    boolean existsByBusinessLicence(String businessLicence);

    /** Shops whose village code starts with a region's prefix: the region and all below it. */
    Page<ShopRow> findByVillageCodeStartsWithAndStatus(String regionPrefix, ShopStatus status, Pageable pageable);

    long countByVillageCodeStartsWithAndStatus(String regionPrefix, ShopStatus status);

    /** Open shops of a region, those featured by the pavilion first in its order, then by name. */
    @Query(
            value = "SELECT s.* FROM catalog_shop s LEFT JOIN catalog_pavilion_shop f"
                    + " ON f.shop_id = s.id AND f.pavilion_id = :pavilionId"
                    + " WHERE s.village_code LIKE CONCAT(:regionPrefix, '%') AND s.status = 'APPROVED'"
                    + " ORDER BY f.position IS NULL, f.position, s.name_zh, s.id LIMIT :size OFFSET :offset",
            nativeQuery = true)
    List<ShopRow> findForPavilion(long pavilionId, String regionPrefix, int size, long offset);
}
