package org.techan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techan.search.SearchCatalog.YONGTAI_VILLAGE;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.SearchEngineCircuit;
import org.techan.search.SearchCatalog.Product;
import org.techan.testsupport.TestInfrastructure;

/**
 * The engine hangs: its port accepts connections and takes requests, but nothing ever answers (a
 * stopped process looks like this from outside; its kernel still accepts). After a few timeouts the
 * circuit opens and searches fall back without asking the engine again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HangingEngineTest implements TestPropertyProvider {

    private static final HangingEngine ENGINE = HangingEngine.start();

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace marketplace;

    @Inject
    SearchApi search;

    @Inject
    SearchEngineCircuit circuit;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestInfrastructure.separateDatabase("hanging_engine"),
                "elasticsearch.url", "http://127.0.0.1:" + ENGINE.port(),
                "elasticsearch.embedded-node", "false",
                "elasticsearch.socket-timeout", "500ms",
                "elasticsearch.query-timeout", "300ms",
                "techan.search.circuit.cool-down", "1h");
    }

    @BeforeAll
    void marketplace() {
        SearchCatalog market = new SearchCatalog(catalog, marketplace);
        market.regions();
        market.openShop("songkou-hanging", "嵩口李干合作社", YONGTAI_VILLAGE, "李干");
        market.product(Product.of(
                "songkou-hanging", "dried-preserved-fruit", "嵩口李干", "Songkou dried plums", YONGTAI_VILLAGE, "38.00"));
    }

    @AfterAll
    void stopEngine() {
        ENGINE.close();
    }

    @Test
    void afterAFewTimeoutsSearchesFallBackWithoutWaitingForTheEngine() {
        for (int i = 0; i < 3; i++) {
            SearchResult waited = search.search(SearchQuery.text("李干"));
            assertThat(waited.fallback()).isTrue();
            assertThat(waited.items()).extracting(SearchHit::titleZh).containsExactly("嵩口李干");
        }
        assertThat(circuit.isOpen()).isTrue();
        int asked = ENGINE.searchesReceived();
        assertThat(asked).as("the first searches did reach the engine").isGreaterThanOrEqualTo(3);

        for (int i = 0; i < 20; i++) {
            assertThat(search.search(SearchQuery.text("李干")).fallback()).isTrue();
            assertThat(search.suggest("李", 5)).isEqualTo(Suggestions.none());
        }

        assertThat(ENGINE.searchesReceived())
                .as("nothing more was sent while open")
                .isEqualTo(asked);
    }

    /** Accepts connections and reads requests, never answers; remembers each request line. */
    private static final class HangingEngine implements AutoCloseable {

        private final ServerSocket socket;
        private final List<String> requestLines = new CopyOnWriteArrayList<>();
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        private HangingEngine(ServerSocket socket) {
            this.socket = socket;
        }

        static HangingEngine start() {
            try {
                HangingEngine engine = new HangingEngine(new ServerSocket(0));
                Thread acceptor = new Thread(engine::acceptForever, "hanging-engine");
                acceptor.setDaemon(true);
                acceptor.start();
                return engine;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        int searchesReceived() {
            return (int) requestLines.stream()
                    .filter(line -> line.contains("/_search"))
                    .count();
        }

        private void acceptForever() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    held.add(client);
                    Thread reader = new Thread(() -> readRequestLine(client), "hanging-engine-reader");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void readRequestLine(Socket client) {
            try {
                InputStream in = client.getInputStream();
                StringBuilder line = new StringBuilder();
                for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                    line.append((char) b);
                }
                requestLines.add(
                        new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            } catch (IOException dropped) {
                // The client gave up waiting: that is the point.
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket client : held) {
                    client.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
