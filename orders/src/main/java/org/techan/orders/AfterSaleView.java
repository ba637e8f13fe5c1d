package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An after-sale request with every step taken on it, oldest first. */
@Serdeable
public record AfterSaleView(
        long id,
        String orderNumber,
        String shopSlug,
        AfterSaleKind kind,
        AfterSaleReason reason,
        BigDecimal amount,
        @Nullable String details,
        AfterSaleState state,
        Instant requestedAt,
        List<Line> lines,
        List<Photo> photos,
        List<Step> steps) {

    /** A photo the buyer added: the full picture and its thumbnail, by media key. */
    @Serdeable
    public record Photo(String key, String thumbnailKey) {}

    /** A line the request is about: what, how many, worth what as bought. */
    @Serdeable
    public record Line(long skuId, String titleZh, String specZh, int quantity, BigDecimal worth) {}

    /** One move: to which state, by whom (their role), with what note, when. */
    @Serdeable
    public record Step(AfterSaleState state, String by, @Nullable String note, Instant at) {}
}
