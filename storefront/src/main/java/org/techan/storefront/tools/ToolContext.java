package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.techan.storefront.startup.EmbeddedDefaults;
import org.techan.storefront.startup.PaymentsProvider;

/**
 * The application as a command-line tool sees it: the app's configuration (embedded servers for
 * what is not configured), but no demo data, no background jobs and no payments.
 */
final class ToolContext implements AutoCloseable {

    private final EmbeddedDefaults embedded;
    private final ApplicationContext context;

    private ToolContext(EmbeddedDefaults embedded, ApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    static ToolContext start() {
        EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
        try {
            return new ToolContext(
                    embedded,
                    ApplicationContext.builder()
                            .properties(embedded.properties())
                            .properties(Map.of(
                                    "techan.demo-data.enabled",
                                    false,
                                    "techan.outbox.relay.enabled",
                                    false,
                                    "techan.search.indexing.enabled",
                                    false,
                                    PaymentsProvider.REQUIRED,
                                    false))
                            .start());
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            embedded.close();
        }
    }
}
