package org.techan.search.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.ConflictException;

/**
 * Builds the index when none is live yet (a first start, or an engine that lost its data) or when
 * the live one has an older mapping (after an upgrade).
 * Checks again while the engine is unreachable; one replica wins the claim, the others skip.
 */
@Singleton
@Requires(property = "techan.search.indexing.enabled", notEquals = "false")
@Requires(property = "techan.search.bootstrap.enabled", notEquals = "false")
class IndexBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ProductIndex index;
    private final FullRebuild rebuild;

    IndexBootstrap(ProductIndex index, FullRebuild rebuild) {
        this.index = index;
        this.rebuild = rebuild;
    }

    @Scheduled(fixedDelay = "${techan.search.bootstrap-check:5s}", initialDelay = "1s")
    void buildIfMissing() {
        try {
            boolean live = index.isLive();
            if (live && index.liveHasCurrentMapping()) {
                return;
            }
            rebuild.claim();
            LOG.info(
                    live
                            ? "The live product index has an older mapping: rebuilding it from the catalog"
                            : "No live product index: building one from the catalog");
            rebuild.run(done -> {});
        } catch (ConflictException e) {
            LOG.debug("Another replica is building the product index");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot reach the search engine to check the product index; will check again", e);
        }
    }
}
