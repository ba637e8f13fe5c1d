package org.techan.catalog.internal;

import jakarta.inject.Singleton;
import org.techan.catalog.ShopStatus;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * Who may touch what. Operators act on every shop; staff only on their own. Another shop's things
 * answer "not found" rather than "forbidden", so staff cannot probe which ids exist.
 */
@Singleton
class Access {

    private final StaffRepository staff;
    private final ShopRepository shops;

    Access(StaffRepository staff, ShopRepository shops) {
        this.staff = staff;
        this.shops = shops;
    }

    /**
     * Uploads (photos, certificate scans) take disk and an operator's attention: a shop may send
     * them once an operator has approved it, not while it is only an application from /apply.
     */
    void requireApprovedForUploads(Actor actor, long shopId) {
        if (actor.isOperator()) {
            return;
        }
        boolean approved = shops.findById(shopId)
                .map(shop -> shop.status() == ShopStatus.APPROVED)
                .orElse(false);
        if (!approved) {
            throw new RuleViolationException("upload.shop-not-approved");
        }
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
