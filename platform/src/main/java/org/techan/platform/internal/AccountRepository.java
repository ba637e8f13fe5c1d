package org.techan.platform.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<AccountRow, Long> {

    Optional<AccountRow> findByLogin(String login);

    boolean existsByLogin(String login);

    List<AccountRow> findByIdIn(Collection<Long> ids);

    void update(@Id long id, int failedAttempts, @Nullable Instant lockedUntil);

    /** One statement, so simultaneous failures all count. */
    @Query("UPDATE platform_account SET failed_attempts = failed_attempts + 1 WHERE id = :id")
    void countFailure(long id);
}
