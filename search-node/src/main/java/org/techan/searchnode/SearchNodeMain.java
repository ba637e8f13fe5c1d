package org.techan.searchnode;

import static org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner.newConfigs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;

/**
 * Runs one Elasticsearch 7.10.2 node in this JVM until it is told to stop (SIGTERM) or the
 * process that launched it dies, so a killed application never leaves a node behind.
 *
 * <p>Arguments: {@code --base <dir> --http-port <n> --transport-port <n> --watch-pid <pid>}.
 */
public final class SearchNodeMain {

    private SearchNodeMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String base = required(options, "base");
        String httpPort = required(options, "http-port");
        String transportPort = required(options, "transport-port");
        long watchPid = Long.parseLong(options.getOrDefault("watch-pid", "-1"));

        ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        // The launcher already picked a free port; the runner's own scan stops at 9299.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
                    settings.put("http.port", httpPort);
                    settings.put("transport.port", transportPort);
                    settings.put("network.host", "127.0.0.1");
                    // Never probe 9300-9305 for peers: a real cluster may live there.
                    settings.put("discovery.type", "single-node");
                    settings.put("http.cors.enabled", false);
                    settings.put("action.auto_create_index", false);
                    // Disk watermarks measure the whole shared disk, not this node's few megabytes:
                    // on a nearly full developer or CI disk they would make every index read-only
                    // (flood stage) or leave new shards unassigned, and searches would silently
                    // stop seeing changes. A single embedded node has nowhere else to put shards.
                    settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
                })
                .build(newConfigs()
                        .basePath(base)
                        .numOfNode(1)
                        .baseHttpPort(Integer.parseInt(httpPort) - 1)
                        .clusterName("techan-embedded")
                        .disableESLogger());
        runner.ensureYellow();
        System.out.println("techan-search-node ready on http://127.0.0.1:" + httpPort);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(runner, stopped)));
        if (watchPid > 0) {
            Thread watcher = new Thread(() -> watch(watchPid), "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void watch(long pid) {
        ProcessHandle.of(pid).ifPresent(parent -> parent.onExit().join());
        System.out.println("techan-search-node: launcher " + pid + " is gone, stopping");
        System.exit(0);
    }

    private static void closeQuietly(ElasticsearchClusterRunner runner, CountDownLatch stopped) {
        try {
            runner.close();
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            stopped.countDown();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }
}
