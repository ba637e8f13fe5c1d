package org.techan.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks ports the kernel reports free; these come from the ephemeral range, never 3306/9200/9300.
 * The kernel may offer a port again once its socket is closed, so a port handed out before, or
 * the one the app itself is told to listen on ({@code MICRONAUT_SERVER_PORT}), is never offered:
 * the embedded servers would otherwise take the app's port before the app binds it.
 */
public final class FreePorts {

    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    private FreePorts() {}

    public static int next() {
        int appPort = appPort();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = pick();
            if (port != appPort && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free local port after " + ATTEMPTS + " attempts");
    }

    private static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    private static int appPort() {
        String configured = System.getenv("MICRONAUT_SERVER_PORT");
        try {
            return configured == null ? -1 : Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
