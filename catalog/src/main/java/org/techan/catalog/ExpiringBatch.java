package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A batch of the shop's still on sale that leaves sale soon: on {@code leavesSaleOn} (its harvest
 * date plus the product's shelf life) its {@code remaining} unsold units stop selling.
 */
@Serdeable
public record ExpiringBatch(
        String traceCode, long productId, String productTitleZh, int remaining, LocalDate leavesSaleOn) {}
