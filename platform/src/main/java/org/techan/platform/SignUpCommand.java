package org.techan.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A shopper opening an account: a Chinese mobile number or an e-mail address as login, and the
 * version of the terms and privacy policy the sign-up page showed, which the shopper accepted.
 */
@Serdeable
public record SignUpCommand(
        @Nullable String login,
        @Nullable String password,
        @Nullable String displayName,
        boolean acceptedTerms,
        @Nullable String termsVersion) {

    @Override
    public String toString() {
        return "SignUpCommand[login=" + login + ", termsVersion=" + termsVersion + "]";
    }
}
