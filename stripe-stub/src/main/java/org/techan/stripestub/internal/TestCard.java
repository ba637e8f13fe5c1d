package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Optional;

/** Stripe's test cards and test PaymentMethods, and how a charge on each ends. */
enum TestCard {
    APPROVED(null, null),
    DECLINED("card_declined", "generic_decline"),
    INSUFFICIENT_FUNDS("card_declined", "insufficient_funds"),
    LIVE_CARD_IN_TEST_MODE("card_declined", "test_mode_live_card");

    private static final Map<String, TestCard> NUMBERS = Map.of(
            "4242424242424242", APPROVED,
            "5555555555554444", APPROVED,
            "6200000000000005", APPROVED,
            "4000000000000002", DECLINED,
            "4000000000009995", INSUFFICIENT_FUNDS);

    private static final Map<String, TestCard> PAYMENT_METHODS = Map.of(
            "pm_card_visa", APPROVED,
            "pm_card_mastercard", APPROVED,
            "pm_card_unionpay", APPROVED,
            "pm_card_chargeDeclined", DECLINED,
            "pm_card_visa_chargeDeclined", DECLINED,
            "pm_card_chargeDeclinedInsufficientFunds", INSUFFICIENT_FUNDS,
            "pm_card_visa_chargeDeclinedInsufficientFunds", INSUFFICIENT_FUNDS);

    private final String code;
    private final String declineCode;

    TestCard(@Nullable String code, @Nullable String declineCode) {
        this.code = code;
        this.declineCode = declineCode;
    }

    static TestCard byNumber(String number) {
        return NUMBERS.getOrDefault(number.replaceAll("[\\s-]", ""), LIVE_CARD_IN_TEST_MODE);
    }

    static Optional<TestCard> byPaymentMethod(String paymentMethod) {
        return Optional.ofNullable(PAYMENT_METHODS.get(paymentMethod));
    }

    boolean approved() {
        return this == APPROVED;
    }

    ErrorJson decline() {
        String message = this == LIVE_CARD_IN_TEST_MODE
                ? "Your card was declined. Your request was in test mode, but used a non test (live) card."
                : this == INSUFFICIENT_FUNDS ? "Your card has insufficient funds." : "Your card was declined.";
        return new ErrorJson("card_error", code, declineCode, message, null, null);
    }
}
