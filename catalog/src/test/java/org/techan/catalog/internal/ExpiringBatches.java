package org.techan.catalog.internal;

import jakarta.inject.Singleton;

/** Runs the shelf-life check for one SKU now, so a test leaves the other tests' batches alone. */
@Singleton
public class ExpiringBatches {

    private final BatchExpiry expiry;

    ExpiringBatches(BatchExpiry expiry) {
        this.expiry = expiry;
    }

    public int expireDue(long skuId) {
        return expiry.expireDue(skuId);
    }
}
