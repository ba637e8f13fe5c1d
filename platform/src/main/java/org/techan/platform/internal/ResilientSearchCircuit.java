package org.techan.platform.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.SearchEngineCircuit;

/** Resilience4j's count-based breaker: opens when half of the last calls failed (at least a few). */
@Singleton
class ResilientSearchCircuit implements SearchEngineCircuit {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientSearchCircuit.class);

    private final CircuitBreaker breaker;

    ResilientSearchCircuit(
            @Value("${techan.search.circuit.window:10}") int window,
            @Value("${techan.search.circuit.minimum-calls:3}") int minimumCalls,
            @Value("${techan.search.circuit.cool-down:30s}") Duration coolDown) {
        this.breaker = CircuitBreaker.of(
                "search-engine",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(window)
                        .minimumNumberOfCalls(minimumCalls)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(coolDown)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordException(ResilientSearchCircuit::isOutage)
                        .build());
        breaker.getEventPublisher()
                .onStateTransition(event -> LOG.warn("Search engine circuit {}", event.getStateTransition()));
    }

    @Override
    public <T> Optional<T> call(EngineCall<T> call) {
        if (!breaker.tryAcquirePermission()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            T result = call.call();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            if (isOutage(e)) {
                LOG.warn("Search engine unavailable: {}", e.toString());
            } else {
                // The engine answered, but refused the request (a missing index, a query it
                // cannot parse): shoppers still get the fallback, the log gets the bug.
                LOG.error("Search engine refused a request", e);
            }
            return Optional.empty();
        }
    }

    @Override
    public boolean isOpen() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    @Override
    public String state() {
        return breaker.getState().name();
    }

    /** Unreachable, timed out or failing inside; a 4xx answer means the engine is fine. */
    static boolean isOutage(Throwable failure) {
        if (failure instanceof ElasticsearchException refused) {
            return refused.status() >= 500;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return failure instanceof RuntimeException;
    }
}
