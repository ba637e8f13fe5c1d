package org.techan.catalog.internal;

import jakarta.inject.Singleton;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;

/**
 * Who may touch what. Operators act on every shop; staff only on their own. Another shop's things
 * answer "not found" rather than "forbidden", so staff cannot probe which ids exist.
 */
@Singleton
class Access {

    private final StaffRepository staff;

    Access(StaffRepository staff) {
        this.staff = staff;
    }

    void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw new NotAllowedException("access.operator-only");
        }
    }

    /** The id of the shop a staff member works for. */
    long shopOf(Actor actor) {
        if (actor.role() != Role.SHOP_STAFF) {
            throw new NotFoundException("staff.not-found", actor.accountId());
        }
        return staff.findById(actor.accountId())
                .map(StaffRow::shopId)
                .orElseThrow(() -> new NotFoundException("staff.not-found", actor.accountId()));
    }

    /** Passes for operators and for staff of {@code shopId}; hides the thing from everyone else. */
    void requireShop(Actor actor, long shopId, String notFoundKey, Object id) {
        if (actor.isOperator()) {
            return;
        }
        if (actor.role() != Role.SHOP_STAFF
                || staff.findById(actor.accountId()).map(StaffRow::shopId).orElse(-1L) != shopId) {
            throw new NotFoundException(notFoundKey, id);
        }
    }
}
