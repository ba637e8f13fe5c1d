package org.techan.promotions;

import java.util.List;
import org.techan.platform.Actor;

/** Seasonal promotions: the festival calendar (campaigns and coupons follow). */
public interface PromotionsApi {

    /**
     * Adds a festival to the calendar.
     *
     * @throws org.techan.platform.NotAllowedException unless an operator asks
     * @throws org.techan.platform.RuleViolationException for a date rule or name that is not valid
     * @throws org.techan.platform.ConflictException when the slug is taken
     */
    FestivalView createFestival(Actor operator, CreateFestivalCommand command);

    /** Festivals running or in warm-up today, then those starting within {@code days}, soonest first. */
    List<FestivalView> festivalsOnAndComing(int days);

    /**
     * A festival with its current or next edition.
     *
     * @throws org.techan.platform.NotFoundException for an unknown slug
     */
    FestivalView festival(String slug);

    /** The dates a rule gives in {@code year}: what an operator checks before saving a festival. */
    java.time.LocalDate dateIn(FestivalDateRule rule, int year);
}
