package org.techan.search.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.techan.search.RebuildProgress;
import org.techan.search.RebuildState;

/**
 * The row that lets one full rebuild run at a time across replicas. Each method commits on its
 * own, so other replicas see the claim, the building index and the progress at once.
 */
@Singleton
class Rebuilds {

    /** A rebuild whose replica has not reported for this long is taken to have died. */
    static final int STALE_AFTER_SECONDS = 15;

    private final JdbcOperations jdbc;

    Rebuilds(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the rebuild unless a live one holds it; true if this caller now runs it. */
    @Transactional
    public boolean claim(long total) {
        return Statements.update(
                        jdbc,
                        "UPDATE search_rebuild SET state = 'RUNNING', building_index = NULL, total = ?, done = 0,"
                                + " started_at = CURRENT_TIMESTAMP(3), heartbeat_at = CURRENT_TIMESTAMP(3),"
                                + " finished_at = NULL, error = NULL WHERE id = 1 AND (state <> 'RUNNING'"
                                + " OR heartbeat_at < TIMESTAMPADD(SECOND, -" + STALE_AFTER_SECONDS
                                + ", CURRENT_TIMESTAMP(3)))",
                        total)
                == 1;
    }

    @Transactional
    public void building(String index) {
        Statements.update(
                jdbc,
                "UPDATE search_rebuild SET building_index = ?, heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = 1",
                index);
    }

    @Transactional
    public void progressed(long done) {
        Statements.update(
                jdbc, "UPDATE search_rebuild SET done = ?, heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = 1", done);
    }

    @Transactional
    public void finished(String liveIndex, long done) {
        Statements.update(
                jdbc,
                "UPDATE search_rebuild SET state = 'DONE', live_index = ?, building_index = NULL, done = ?,"
                        + " finished_at = CURRENT_TIMESTAMP(3), heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = 1",
                liveIndex,
                done);
    }

    @Transactional
    public void failed(String error) {
        Statements.update(
                jdbc,
                "UPDATE search_rebuild SET state = 'FAILED', building_index = NULL, error = ?,"
                        + " finished_at = CURRENT_TIMESTAMP(3) WHERE id = 1",
                error.length() > 500 ? error.substring(0, 500) : error);
    }

    /** The index a running rebuild is filling, which incremental indexing must write to as well. */
    @Transactional
    public Optional<String> buildingIndex() {
        return Optional.ofNullable(progress().buildingIndex());
    }

    @Transactional
    public RebuildProgress progress() {
        String sql = "SELECT state, building_index, live_index, total, done, started_at, finished_at, error,"
                + " heartbeat_at < TIMESTAMPADD(SECOND, -" + STALE_AFTER_SECONDS + ", CURRENT_TIMESTAMP(3))"
                + " FROM search_rebuild WHERE id = 1";
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            RebuildState state = RebuildState.valueOf(row.getString(1));
            if (state == RebuildState.RUNNING && row.getBoolean(9)) {
                state = RebuildState.FAILED;
            }
            return new RebuildProgress(
                    state,
                    state == RebuildState.RUNNING ? row.getString(2) : null,
                    row.getString(3),
                    row.getLong(4),
                    row.getLong(5),
                    instant(row.getTimestamp(6)),
                    instant(row.getTimestamp(7)),
                    row.getString(8));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rebuild's progress", e);
        }
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
