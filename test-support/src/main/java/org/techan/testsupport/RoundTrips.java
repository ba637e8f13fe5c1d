package org.techan.testsupport;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Message;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the commands the app's connections send to the database, each one a round trip (a query,
 * a script of several statements, a ping, a {@code SET}): what a page waits for, where the server's
 * statement counter counts every statement of a script. Named in a test's data source URL as
 * {@code queryInterceptors=org.techan.testsupport.RoundTrips}; counts for every connection of
 * this JVM that names it.
 */
public final class RoundTrips implements QueryInterceptor {

    private static final AtomicLong SENT = new AtomicLong();

    /** The URL parameter that makes a data source's connections counted. */
    public static final String URL_PARAMETER = "queryInterceptors=" + RoundTrips.class.getName();

    /** Round trips so far, on every counted connection. */
    public static long sent() {
        return SENT.get();
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <M extends Message> M preProcess(M packet) {
        SENT.incrementAndGet();
        return null;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
        // Nothing held.
    }

    @Override
    public <T extends Resultset> T postProcess(
            Supplier<String> sql, Query query, T originalResultSet, ServerSession serverSession) {
        return null;
    }
}
