package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import org.techan.platform.Actor;

/**
 * Whose cart: a signed-in consumer's, or a visitor's identified by the random token in their cart
 * cookie until they sign in and the two carts merge.
 */
public record CartHolder(@Nullable Actor consumer, @Nullable String visitorToken) {

    public CartHolder {
        if ((consumer == null) == (visitorToken == null)) {
            throw new IllegalArgumentException("A cart belongs to a consumer or to a visitor, not both or neither");
        }
    }

    public static CartHolder of(Actor consumer) {
        return new CartHolder(consumer, null);
    }

    public static CartHolder visitor(String token) {
        return new CartHolder(null, token);
    }
}
