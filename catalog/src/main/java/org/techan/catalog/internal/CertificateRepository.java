package org.techan.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.CertificateStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends CrudRepository<CertificateRow, Long> {

    List<CertificateRow> findByProductIdInOrderByKind(Collection<Long> productIds);

    Page<CertificateRow> findByStatus(CertificateStatus status, Pageable pageable);

    boolean existsByKindAndNumberAndProductId(CertificateKind kind, String number, long productId);

    @Query("SELECT COUNT(*) FROM catalog_certificate WHERE shop_id = :shopId AND submitted_at >= :since")
    long countSubmittedSince(long shopId, Instant since);
}
