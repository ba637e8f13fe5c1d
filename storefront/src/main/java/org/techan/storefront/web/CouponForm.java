package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.techan.orders.Funder;
import org.techan.promotions.CouponKind;
import org.techan.promotions.CreateCouponCommand;

/**
 * A coupon as an operator or a shop clerk types it. Days of use are either fixed (from, to) or
 * counted from claiming; whichever the clerk chose in {@code validity} is read, the other ignored.
 * {@code requestKey} is made with the blank form and kept beside a refusal: a double click issues
 * one coupon.
 */
@Serdeable
record CouponForm(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String kind,
        @Nullable String amountOff,
        @Nullable String percentPaid,
        @Nullable String mostOff,
        @Nullable String threshold,
        @Nullable String claimFrom,
        @Nullable String claimTo,
        @Nullable String validity,
        @Nullable String useFrom,
        @Nullable String useTo,
        @Nullable String useDays,
        @Nullable String perBuyer,
        @Nullable String quantity,
        @Nullable String budget,
        @Nullable String code,
        @Nullable String funder,
        @Nullable String requestKey) {

    /** A fresh form: a ¥5 coupon from ¥50, claimable for a month, usable 7 days after claiming. */
    static CouponForm fresh(LocalDate today) {
        return new CouponForm(
                null,
                null,
                "FIXED",
                "5",
                "90",
                null,
                "50",
                today.toString(),
                today.plusDays(30).toString(),
                "DAYS",
                null,
                null,
                "7",
                "1",
                "1000",
                null,
                null,
                null,
                java.util.UUID.randomUUID().toString());
    }

    CreateCouponCommand command() {
        boolean fixedDays = "DATES".equals(validity);
        return new CreateCouponCommand(
                nameZh,
                nameEn,
                FormValues.constant(CouponKind.class, kind),
                FormValues.decimal(amountOff),
                FormValues.optionalInteger(percentPaid),
                FormValues.decimal(mostOff),
                FormValues.decimal(threshold),
                FormValues.date(claimFrom),
                FormValues.date(claimTo),
                fixedDays ? FormValues.date(useFrom) : null,
                fixedDays ? FormValues.date(useTo) : null,
                fixedDays ? null : FormValues.optionalInteger(useDays),
                FormValues.optionalInteger(perBuyer),
                FormValues.integer(quantity),
                FormValues.decimal(budget),
                code,
                FormValues.constant(Funder.class, funder),
                requestKey);
    }
}
