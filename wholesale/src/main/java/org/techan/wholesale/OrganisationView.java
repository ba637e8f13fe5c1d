package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A buyer organisation: who it is, where it takes deliveries, where its application stands (with
 * the operator's reason when refused), its members, and the goods total above which a buyer's
 * order waits for an approver (none: no order waits).
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
        @Nullable java.math.BigDecimal approvalThreshold) {

    public boolean verified() {
        return state == OrganisationState.VERIFIED;
    }
}
