package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import org.techan.search.RebuildProgress;
import org.techan.search.RebuildState;
import org.techan.search.SearchApi;

/**
 * Rebuilds the product index from the catalog with no downtime, printing progress: {@code java -cp
 * techan-storefront.jar org.techan.storefront.tools.RebuildSearchIndex}. Uses the app's
 * configuration (embedded defaults when nothing is set, so stop the app first); against a
 * configured database and cluster the app may keep running, and its replicas keep indexing changes
 * into both indices meanwhile.
 */
public final class RebuildSearchIndex {

    private RebuildSearchIndex() {}

    public static void main(String[] args) {
        try (ToolContext tool = ToolContext.start()) {
            ApplicationContext context = tool.context();
            SearchApi search = context.getBean(SearchApi.class);
            long total = Math.max(1, search.rebuildProgress().total());
            long started = System.nanoTime();
            long[] reported = {0};
            RebuildProgress result = search.rebuild(done -> {
                if (done - reported[0] >= 5_000 || done * 100 / total != reported[0] * 100 / total) {
                    reported[0] = done;
                    System.out.printf("%,d products indexed%n", done);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            if (result.state() != RebuildState.DONE) {
                System.err.println("Rebuild failed: " + result.error());
                System.exit(1);
            }
            System.out.printf(
                    "Indexed %,d products into %s in %.1f s (%,.0f products/s)%n",
                    result.done(), result.liveIndex(), seconds, result.done() / seconds);
        }
    }
}
