package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.techan.catalog.RegionCode;
import org.techan.catalog.tools.SyntheticCatalog;
import org.techan.platform.Actor;
import org.techan.platform.Role;
import org.techan.storefront.startup.EmbeddedDefaults;

/**
 * Benchmark data: {@code java -cp techan-storefront.jar org.techan.storefront.tools.GenerateProducts
 * 100000 [region] [seed]}. Uses the same configuration as the app (embedded defaults when nothing is
 * set, so stop the app first); needs villages, which the demo data loaded by the app's first start
 * provides.
 */
public final class GenerateProducts {

    private GenerateProducts() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        RegionCode within = args.length > 1 ? RegionCode.parse(args[1]) : null;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        try (EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
                ApplicationContext context = ApplicationContext.builder()
                        .properties(embedded.properties())
                        .properties(Map.of("techan.demo-data.enabled", false))
                        .start()) {
            long started = System.nanoTime();
            int made =
                    context.getBean(SyntheticCatalog.class).generate(new Actor(0, Role.OPERATOR), within, count, seed);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated %,d products in %.1f s (%,.0f products/s)%n", made, seconds, made / seconds);
        }
    }
}
