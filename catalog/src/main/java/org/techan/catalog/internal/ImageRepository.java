package org.techan.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImageRepository extends CrudRepository<ImageRow, Long> {

    List<ImageRow> findByProductIdInOrderByPosition(Collection<Long> productIds);

    int countByProductId(long productId);

    List<ImageRow> findByProductIdOrderByPosition(long productId);

    @Query("UPDATE catalog_product_image SET position = :position WHERE id = :id")
    void move(long id, int position);

    List<ImageRow> findByMediaKeyOrThumbnailKey(String mediaKey, String thumbnailKey);
}
