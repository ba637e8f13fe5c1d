package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;

@Singleton
class PromotionsFacade implements PromotionsApi {

    private final Festivals festivals;

    PromotionsFacade(Festivals festivals) {
        this.festivals = festivals;
    }

    @Override
    public FestivalView createFestival(Actor operator, CreateFestivalCommand command) {
        return festivals.create(operator, command);
    }

    @Override
    public List<FestivalView> festivalsOnAndComing(int days) {
        return festivals.onAndComing(days);
    }

    @Override
    public FestivalView festival(String slug) {
        return festivals.bySlug(slug);
    }

    @Override
    public LocalDate dateIn(FestivalDateRule rule, int year) {
        return FestivalCalendar.dateIn(rule, year);
    }
}
