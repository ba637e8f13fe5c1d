package org.techan.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The product index: an alias that queries read, over one versioned physical index at a time, so
 * a full rebuild fills a new index and swaps the alias in one atomic step.
 */
@Singleton
class ProductIndex {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The mapping's {@code _meta.version}: raise it with every change to product-index.json. */
    static final int MAPPING_VERSION =
            definition().get("mappings").get("_meta").get("version").asInt();

    private final ElasticsearchClient client;
    private final String alias;
    private final int replicas;
    private final Clock clock;

    private final RecentResults results;

    ProductIndex(
            ElasticsearchClient client,
            @Value("${elasticsearch.index-prefix:techan-}") String prefix,
            @Value("${techan.search.replicas:0}") int replicas,
            Clock clock,
            RecentResults results) {
        this.client = client;
        this.results = results;
        this.alias = prefix + "products";
        this.replicas = replicas;
        this.clock = clock;
    }

    String alias() {
        return alias;
    }

    /** Whether the alias exists, that is, whether any index has ever been made live. */
    boolean isLive() throws IOException {
        return client.indices().existsAlias(a -> a.name(alias)).value();
    }

    /**
     * Whether the live index has this version's mapping; after an upgrade that changed the mapping
     * it has not, and documents with new fields would be refused until a rebuild.
     */
    boolean liveHasCurrentMapping() throws IOException {
        var mappings = client.indices().getMapping(g -> g.index(alias)).result();
        return mappings.values().stream()
                .map(m -> m.mappings().meta().get("version"))
                .anyMatch(version -> version != null && version.to(Integer.class) == MAPPING_VERSION);
    }

    /** The physical index behind the alias, if any. */
    Optional<String> liveIndex() throws IOException {
        if (!isLive()) {
            return Optional.empty();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet().stream().findFirst();
    }

    /** Creates an empty physical index, tuned for bulk loading until {@link #open(String)}. */
    String create() throws IOException {
        String name = alias + "-" + VERSION.format(clock.instant().atOffset(ZoneOffset.UTC));
        ObjectNode body = definition();
        ObjectNode index = (ObjectNode) body.with("settings").with("index");
        index.put("number_of_replicas", 0);
        index.put("refresh_interval", "-1");
        client.indices().create(c -> c.index(name).withJson(new StringReader(body.toString())));
        return name;
    }

    /** Gives a freshly loaded index its normal refresh interval and replicas, and refreshes it. */
    void open(String index) throws IOException {
        client.indices().putSettings(s -> s.index(index)
                .settings(t -> t.refreshInterval(r -> r.time("1s")).numberOfReplicas(String.valueOf(replicas))));
        refresh(List.of(index));
    }

    /** Points the alias at {@code index} alone, in one step, and deletes the index it pointed at before. */
    void swapTo(String index) throws IOException {
        Optional<String> previous = liveIndex();
        client.indices().updateAliases(u -> {
            previous.ifPresent(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        });
        results.forgetAll();
        if (previous.isPresent() && !previous.get().equals(index)) {
            client.indices().delete(d -> d.index(previous.get()));
        }
    }

    /** Deletes physical indices of this alias that are neither live nor {@code keep}: leftovers of rebuilds that died. */
    void deleteAbandoned(String keep) throws IOException {
        Set<String> all = new HashSet<>(client.indices()
                .get(g -> g.index(alias + "-*").ignoreUnavailable(true).allowNoIndices(true))
                .result()
                .keySet());
        all.remove(keep);
        liveIndex().ifPresent(all::remove);
        for (String abandoned : all) {
            client.indices().delete(d -> d.index(abandoned));
        }
    }

    /**
     * Writes documents and deletions to each of {@code indices}; returns the ids whose write failed
     * in any of them. With {@code onlyIfAbsent}, an existing document wins: a rebuild must not
     * overwrite what incremental indexing wrote after the rebuild read the catalog.
     */
    Set<Long> write(
            Collection<String> indices,
            List<ProductDocument> documents,
            Collection<Long> deletions,
            boolean onlyIfAbsent)
            throws IOException {
        Set<Long> failed = new HashSet<>();
        if (documents.isEmpty() && deletions.isEmpty()) {
            return failed;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String index : indices) {
            for (ProductDocument document : documents) {
                String id = Long.toString(document.id());
                if (onlyIfAbsent) {
                    bulk.operations(o -> o.create(c -> c.index(index).id(id).document(document)));
                } else {
                    bulk.operations(o -> o.index(c -> c.index(index).id(id).document(document)));
                }
            }
            for (Long deletion : deletions) {
                bulk.operations(o -> o.delete(d -> d.index(index).id(Long.toString(deletion))));
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !isExpected(item, onlyIfAbsent)) {
                    failed.add(Long.valueOf(item.id()));
                }
            }
        }
        return failed;
    }

    void refresh(Collection<String> indices) throws IOException {
        client.indices().refresh(r -> r.index(new ArrayList<>(indices)));
        results.forgetAll();
    }

    /** A create that met a newer document, or a delete of a document never indexed, is no failure. */
    private static boolean isExpected(BulkResponseItem item, boolean onlyIfAbsent) {
        return (onlyIfAbsent && item.status() == 409) || item.status() == 404;
    }

    private static ObjectNode definition() {
        try (InputStream in = ProductIndex.class.getResourceAsStream("/search/product-index.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("search/product-index.json is missing from the classpath", e);
        }
    }
}
