package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One shop's part of a quick order: the order it becomes when placed, with the freight of the
 * shop's bands for its weight (none when the shop has no bands: its delivery rule applies).
 */
@Serdeable
public record ShopDraft(
        String shopSlug,
        String shopNameZh,
        List<DraftLine> lines,
        BigDecimal goods,
        @io.micronaut.core.annotation.Nullable BigDecimal freight) {

    public ShopDraft {
        lines = List.copyOf(lines);
    }
}
