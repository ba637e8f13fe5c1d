package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A checkout's payment as the payment page needs it: the provider's intent, the amount, its
 * status, and what the buyer's browser (or program) confirms it with at the provider: the
 * publishable key and the intent's client secret. Card details go to the provider, never here.
 */
@Serdeable
public record PaymentView(
        String groupNumber,
        String intentId,
        BigDecimal amount,
        String currency,
        String status,
        String clientSecret,
        String publishableKey) {

    @Override
    public String toString() {
        // The client secret can complete this payment: it is the buyer's, not the log's.
        return "PaymentView[" + groupNumber + ", " + intentId + ", " + status + "]";
    }
}
