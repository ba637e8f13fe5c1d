package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** One shop's part of a quick order: the order it becomes when placed. */
@Serdeable
public record ShopDraft(String shopSlug, String shopNameZh, List<DraftLine> lines, BigDecimal goods) {

    public ShopDraft {
        lines = List.copyOf(lines);
    }
}
