package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A buyer's after-sale request was answered: the shop asked for the goods back or refused it, or an
 * operator upheld the shop ({@code state}), with the note they gave. A refund is told as
 * {@link OrderRefunded}.
 */
@Serdeable
public record AfterSaleAnswered(
        long afterSaleId, String orderNumber, String groupNumber, AfterSaleState state, @Nullable String note) {}
