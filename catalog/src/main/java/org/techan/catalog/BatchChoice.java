package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A batch as an operator picks it for a recall: whose, what, when and where it was harvested. */
@Serdeable
public record BatchChoice(
        String traceCode,
        String shopNameZh,
        String productTitleZh,
        LocalDate harvestDate,
        String basePlot,
        int remaining) {}
