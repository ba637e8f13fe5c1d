package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A quick-order file checked: what can be ordered, split by shop and priced, and every line that
 * cannot, with why, for the buyer to fix in place. Nothing is held or ordered yet.
 *
 * @param text the file as read (from GBK or UTF-8), to be shown for fixing
 */
@Serdeable
public record QuickOrderDraft(List<ShopDraft> shops, List<RowProblem> problems, BigDecimal goods, String text) {

    public QuickOrderDraft {
        shops = List.copyOf(shops);
        problems = List.copyOf(problems);
    }

    public boolean orderable() {
        return problems.isEmpty() && !shops.isEmpty();
    }
}
