package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line of a quick order that can be ordered, priced as checkout will price it.
 *
 * @param lines the file's lines it came from (several when a SKU was listed more than once: merged)
 */
@Serdeable
public record DraftLine(
        List<Integer> lines,
        long skuId,
        String shopSlug,
        String titleZh,
        String specZh,
        int packs,
        BigDecimal unitPrice,
        BigDecimal total) {

    public DraftLine {
        lines = List.copyOf(lines);
    }
}
