package org.techan.stripestub.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * Stripe's idempotent requests: the first request with a key runs and its answer is kept; the same
 * key with the same parameters gets that answer again, with other parameters an error. The key row
 * is locked for the whole request, so concurrent retries wait and then replay.
 */
@Singleton
class Idempotency {

    private final StubStore store;

    Idempotency(StubStore store) {
        this.store = store;
    }

    @Transactional
    public StubResponse execute(String key, String fingerprint, Supplier<StubResponse> request) {
        var previous = store.lockIdempotency(key);
        if (previous.isPresent()) {
            StubStore.StoredResponse stored = previous.get();
            if (!stored.fingerprint().equals(fingerprint)) {
                throw new StubError(
                        400,
                        new ErrorJson(
                                "idempotency_error",
                                null,
                                null,
                                "Keys for idempotent requests can only be used with the same parameters they were first used"
                                        + " with. Try using a key other than '" + key
                                        + "' if you meant to execute a different request.",
                                null,
                                null));
            }
            return new StubResponse(stored.status(), stored.body()).asReplay();
        }
        store.startIdempotent(key, fingerprint);
        StubResponse response = request.get();
        store.finishIdempotent(key, response.status(), response.body());
        return response;
    }
}
