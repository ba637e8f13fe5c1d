package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A notice in the buyer's in-app inbox. {@code details} are the facts the sentence for its kind
 * takes, in order: the amount paid; the pickup code, store, its address and collect-by time; the
 * carrier and tracking number; the amount refunded. {@code groupNumber} is empty for a notice about
 * a purchase request, which belongs to no checkout; {@code path} is the page on this site to follow.
 */
@Serdeable
public record NoticeView(
        long id,
        NoticeKind kind,
        @Nullable String groupNumber,
        @Nullable String orderNumber,
        List<String> details,
        Instant createdAt,
        boolean read,
        String path) {

    /** The page a notice about a checkout leads to. */
    public static String checkoutPath(String groupNumber) {
        return "/orders/" + groupNumber;
    }
}
