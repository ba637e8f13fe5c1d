package org.techan.stripestub.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Short transactions around webhook delivery: claim, then record the outcome. No transaction is
 * open while a webhook is on the wire, so payments never wait behind a slow receiver.
 */
@Singleton
class WebhookLeases {

    private static final long LEASE_SECONDS = 60;

    private final StubStore store;

    WebhookLeases(StubStore store) {
        this.store = store;
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<StubStore.DueWebhook> claim(int limit) {
        return store.claimDueWebhooks(limit, LEASE_SECONDS);
    }

    @Transactional
    public void delivered(String eventId) {
        store.markDelivered(eventId);
    }

    @Transactional
    public void failed(String eventId, String error, long retryInSeconds, boolean abandon) {
        store.markFailed(eventId, error, retryInSeconds, abandon);
    }

    @Transactional
    public void purgeOldIdempotencyKeys() {
        store.purgeIdempotencyOlderThanHours(48);
    }
}
