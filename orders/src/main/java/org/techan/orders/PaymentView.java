package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A checkout's payment as the payment page needs it: the provider's intent, the amount, its status. */
@Serdeable
public record PaymentView(String groupNumber, String intentId, BigDecimal amount, String currency, String status) {}
