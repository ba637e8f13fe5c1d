package org.techan.storefront.demo;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo accounts' passwords. The published ones (README) only on the embedded database, which
 * only the person trying Techan on their own machine reaches; anywhere else a demo load gets new
 * random passwords, written once to the log, so a demo on a reachable server is not an open door.
 */
@Singleton
class DemoPasswords {

    static final String PUBLISHED_OPERATOR = "techan-ops-2026";
    static final String PUBLISHED_STAFF = "techan-demo-2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPasswords.class);
    // No look-alikes (0/O, 1/l/I), so a password read off a log can be typed.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final boolean published;
    private final SecureRandom random = new SecureRandom();

    DemoPasswords(@Value("${techan.demo-data.published-passwords:false}") boolean published) {
        this.published = published;
    }

    record Chosen(String operator, String staff) {}

    /** The passwords for one demo load; random ones are logged here, the only time they are shown. */
    Chosen choose() {
        if (published) {
            return new Chosen(PUBLISHED_OPERATOR, PUBLISHED_STAFF);
        }
        Chosen chosen = new Chosen(randomPassword(), randomPassword());
        LOG.warn(
                "Demo accounts created with new passwords, shown only this once: operator '{}' → {} ;"
                        + " every shop's '<slug>.staff', the store clerk '{}' and the canteen buyer '{}' → {}",
                DemoMarketplace.OPERATOR_LOGIN,
                chosen.operator(),
                DemoMarketplace.CLERK_LOGIN,
                DemoWholesale.CANTEEN_LOGIN,
                chosen.staff());
        return chosen;
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
