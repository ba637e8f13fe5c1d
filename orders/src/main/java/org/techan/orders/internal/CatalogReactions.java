package org.techan.orders.internal;

import jakarta.inject.Singleton;
import org.techan.catalog.ReservationExpired;
import org.techan.platform.OutboxSubscriber;

/** Stock held for a checkout expired: its unpaid orders are cancelled. Cancelling twice changes nothing. */
@Singleton
class CatalogReactions implements OutboxSubscriber<ReservationExpired> {

    private final OrderMoves moves;

    CatalogReactions(OrderMoves moves) {
        this.moves = moves;
    }

    @Override
    public Class<ReservationExpired> eventType() {
        return ReservationExpired.class;
    }

    @Override
    public void on(ReservationExpired event, String eventId) {
        moves.expired(event.reference());
    }
}
