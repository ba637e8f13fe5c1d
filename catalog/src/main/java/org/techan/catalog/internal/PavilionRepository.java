package org.techan.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PavilionRepository extends CrudRepository<PavilionRow, Long> {

    Optional<PavilionRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<PavilionRow> findAllOrderByPositionAndNameZh();

    @Query("INSERT INTO catalog_pavilion_shop (pavilion_id, shop_id, position) VALUES (:pavilionId, :shopId, :position)"
            + " ON DUPLICATE KEY UPDATE position = VALUES(position)")
    void feature(long pavilionId, long shopId, int position);

    @Query("INSERT INTO catalog_pavilion_product (pavilion_id, product_id, position)"
            + " VALUES (:pavilionId, :productId, :position) ON DUPLICATE KEY UPDATE position = VALUES(position)")
    void pick(long pavilionId, long productId, int position);

    @Query("DELETE FROM catalog_pavilion_product WHERE pavilion_id = :pavilionId AND product_id = :productId")
    void unpick(long pavilionId, long productId);

    @Query("SELECT product_id FROM catalog_pavilion_product WHERE pavilion_id = :pavilionId"
            + " ORDER BY position, product_id")
    List<Long> pickedProductIds(long pavilionId);
}
