package org.techan.promotions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign stands, and which move may follow which: operators open it for enrolment, close
 * enrolment for review, warm it up (shown with the coming prices, not yet sold at them), take it
 * live, pause and resume it, end or stop it, and settle it with the funders.
 */
public enum CampaignState {
    DRAFT,
    ENROLMENT,
    REVIEW,
    WARM_UP,
    LIVE,
    PAUSED,
    ENDED,
    STOPPED,
    SETTLED;

    public Set<CampaignState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ENROLMENT, STOPPED);
            case ENROLMENT -> EnumSet.of(REVIEW, STOPPED);
            case REVIEW -> EnumSet.of(ENROLMENT, WARM_UP, STOPPED);
            case WARM_UP -> EnumSet.of(LIVE, STOPPED);
            case LIVE -> EnumSet.of(PAUSED, ENDED, STOPPED);
            case PAUSED -> EnumSet.of(LIVE, ENDED, STOPPED);
            case ENDED, STOPPED -> EnumSet.of(SETTLED);
            case SETTLED -> EnumSet.noneOf(CampaignState.class);
        };
    }

    public boolean canBecome(CampaignState state) {
        return next().contains(state);
    }
}
