package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A batch recall reached an order: either its payment came after the recall and no other batch
 * could stand in, so it was cancelled and paid back in full ({@code refunded}), or it was already
 * paid and is now held from shipping and hand-over until its shop or an operator resolves it
 * ({@code traceCode} names the batch).
 */
@Serdeable
public record OrderRecalled(String orderNumber, String groupNumber, @Nullable String traceCode, boolean refunded) {}
