package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A buyer organisation: who it is, where it takes deliveries, where its application stands (with
 * the operator's reason when refused) and whether the scan of its business licence is attached,
 * its members, and the goods total above which a buyer's order waits for an approver (none: no
 * order waits).
 */
@Serdeable
public record OrganisationView(
        long id,
        String name,
        String creditCode,
        OrganisationKind kind,
        String regionCode,
        String street,
        OrganisationState state,
        @Nullable String reviewNote,
        Instant appliedAt,
        @Nullable Instant reviewedAt,
        List<MemberView> members,
        @Nullable java.math.BigDecimal approvalThreshold,
        boolean licenceAttached) {

    public boolean verified() {
        return state == OrganisationState.VERIFIED;
    }

    /** Whether this account is a member holding {@code role}. */
    public boolean grants(long accountId, MemberRole role) {
        return members.stream().anyMatch(m -> m.accountId() == accountId && m.can(role));
    }

    /** The members' accounts. */
    public List<Long> memberIds() {
        return members.stream().map(MemberView::accountId).toList();
    }

    /** Each member's name, by account: who placed, sent or answered what. */
    public java.util.Map<Long, String> memberNames() {
        return members.stream()
                .collect(java.util.stream.Collectors.toMap(MemberView::accountId, MemberView::displayName));
    }
}
