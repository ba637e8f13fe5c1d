package org.techan.storefront.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.techan.platform.Actor;

/**
 * Hands a controller method the signed-in {@link Actor} as an argument, so no method works it out
 * from the authentication itself. A route open to visitors declares it {@code @Nullable}; on any
 * other route the security rules have already turned visitors away.
 */
@Singleton
class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    private static final Argument<Actor> ACTOR = Argument.of(Actor.class);

    @Override
    public Argument<Actor> argumentType() {
        return ACTOR;
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        // Binders are first asked before the security filter has run: "unsatisfied" asks again
        // later, where "empty" would be final. Still unsatisfied at the end counts as empty.
        Optional<Actor> actor = SignedIn.authentication(source).map(SignedIn::actor);
        return actor.isPresent() ? () -> actor : BindingResult.unsatisfied();
    }
}
