package org.techan.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The latest full rebuild: while {@code RUNNING}, {@code done} of {@code total} products are in
 * {@code buildingIndex}; queries keep reading {@code liveIndex} until the alias swaps.
 */
@Serdeable
public record RebuildProgress(
        RebuildState state,
        @Nullable String buildingIndex,
        @Nullable String liveIndex,
        long total,
        long done,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String error) {

    public int percent() {
        return total == 0 ? (state == RebuildState.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }
}
