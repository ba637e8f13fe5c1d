package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An operator recalled a batch. {@code reservations} are the checkouts (their references) that
 * held or had bought units of it at that moment, so the orders among them can be stopped and their
 * buyers told; a checkout paid later takes its units from another batch or is paid back.
 */
@Serdeable
public record BatchRecalled(String traceCode, long productId, long skuId, List<String> reservations) {

    public BatchRecalled {
        // Events written before the list existed carry none.
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
    }
}
