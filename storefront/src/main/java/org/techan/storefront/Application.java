package org.techan.storefront;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.time.Duration;
import org.techan.storefront.startup.EmbeddedDefaults;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Techan API",
                        version = "v1",
                        description = "Regional specialty-products marketplace (地方特产馆): catalog, orders and search."))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
        ApplicationContext context;
        try {
            context = Micronaut.build(args)
                    .mainClass(Application.class)
                    .properties(embedded.properties())
                    .start();
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        // Micronaut's own shutdown hook closes the context; the servers it talks to go after it.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            awaitStopped(context, Duration.ofSeconds(30));
                            embedded.close();
                        },
                        "techan-embedded-shutdown"));
    }

    private static void awaitStopped(ApplicationContext context, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
