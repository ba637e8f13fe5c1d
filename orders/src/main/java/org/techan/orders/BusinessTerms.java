package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What a business buyer's order carries besides its goods: the buyer's own purchase-order number
 * (采购单号), which their accounts match the invoice against, and the day they want it delivered.
 */
@Serdeable
public record BusinessTerms(String purchaseOrder, LocalDate deliverOn) {}
