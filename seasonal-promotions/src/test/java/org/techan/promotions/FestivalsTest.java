package org.techan.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
class FestivalsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    @Inject
    PromotionsApi promotions;

    @Inject
    MovableClock clock;

    @Test
    void aFestivalEnteredOnceComesBackEveryYearWithItsWarmUp() {
        today(2026, 9, 1);
        FestivalView harvest = promotions.createFestival(
                OPERATOR,
                new CreateFestivalCommand(
                        null,
                        "中国农民丰收节",
                        "Farmers' Harvest Festival",
                        "秋分时节，卖丰收",
                        null,
                        FestivalDateRule.solarTerm(SolarTerm.AUTUMN_EQUINOX),
                        7,
                        10,
                        null));

        assertThat(harvest.slug()).isEqualTo("farmers-harvest-festival");
        assertThat(harvest.startsOn()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(harvest.endsOn()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(harvest.warmUpFrom()).isEqualTo(LocalDate.of(2026, 9, 13));
        assertThat(harvest.phase()).isEqualTo(FestivalPhase.COMING);
        today(2026, 9, 15);
        assertThat(promotions.festival("farmers-harvest-festival").phase()).isEqualTo(FestivalPhase.WARM_UP);
        today(2026, 9, 29);
        assertThat(promotions.festival("farmers-harvest-festival").phase()).isEqualTo(FestivalPhase.ON);
        today(2026, 9, 30);
        FestivalView nextYear = promotions.festival("farmers-harvest-festival");
        assertThat(nextYear.startsOn()).isEqualTo(LocalDate.of(2027, 9, 23));
        assertThat(nextYear.phase()).isEqualTo(FestivalPhase.COMING);
    }

    @Test
    void theCalendarListsWhatIsOnFirstThenWhatComesSoonest() {
        today(2026, 6, 10);
        create("six-eighteen-test", "618 年中购物节", FestivalDateRule.fixed(6, 1), 18, 5);
        create("double-eleven-test", "双11", FestivalDateRule.fixed(11, 11), 3, 10);
        create("new-year-goods-test", "年货节", FestivalDateRule.lunar(1, 1).shifted(-21), 21, 7);
        create("dragon-boat-test", "端午", FestivalDateRule.lunar(5, 5), 3, 10);

        assertThat(promotions.festivalsOnAndComing(180))
                .extracting(FestivalView::slug)
                .containsSubsequence("six-eighteen-test", "dragon-boat-test", "double-eleven-test")
                .doesNotContain("new-year-goods-test");
        assertThat(promotions.festivalsOnAndComing(365))
                .extracting(FestivalView::slug)
                .containsSubsequence("double-eleven-test", "new-year-goods-test");
        assertThat(promotions.festival("dragon-boat-test").phase()).isEqualTo(FestivalPhase.WARM_UP);
    }

    @Test
    void onlyOperatorsEnterFestivalsAndBadOnesChangeNothing() {
        today(2026, 3, 1);
        FestivalDateRule peonies = FestivalDateRule.fixed(4, 1);
        assertThatThrownBy(() -> promotions.createFestival(
                        new Actor(5, Role.SHOP_STAFF), command("peony-test", "牡丹文化节", peonies, 35, 7, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(
                        () -> promotions.createFestival(OPERATOR, command("peony-test", "牡丹文化节", peonies, 61, 7, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                        () -> promotions.createFestival(OPERATOR, command("Peony Test", "牡丹文化节", peonies, 35, 7, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.createFestival(OPERATOR, command("peony-test", " ", peonies, 35, 7, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.createFestival(
                        OPERATOR, command("peony-test", "牡丹文化节", peonies, 35, 7, "no-such-pavilion")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.festival("peony-test")).isInstanceOf(NotFoundException.class);

        promotions.createFestival(OPERATOR, command("peony-test", "牡丹文化节", peonies, 35, 7, null));
        assertThatThrownBy(
                        () -> promotions.createFestival(OPERATOR, command("peony-test", "又一个", peonies, 35, 7, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(promotions.festival("peony-test").nameZh()).isEqualTo("牡丹文化节");
    }

    @Test
    void theSameFestivalEnteredTwiceAtOnceIsSavedOnceAndTheOtherRequestGetsAConflict() throws Exception {
        today(2026, 3, 1);
        CreateFestivalCommand lichee = command("lychee-at-once", "荔枝节", FestivalDateRule.fixed(6, 20), 10, 5, null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Object>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return promotions.createFestival(OPERATOR, lichee);
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            int saved = 0;
            for (java.util.concurrent.Future<Object> outcome : outcomes) {
                Object answer = outcome.get();
                if (answer instanceof FestivalView) {
                    saved++;
                } else {
                    assertThat(answer).isInstanceOf(ConflictException.class);
                }
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private void create(String slug, String name, FestivalDateRule rule, int length, int warmUp) {
        promotions.createFestival(OPERATOR, command(slug, name, rule, length, warmUp, null));
    }

    private static CreateFestivalCommand command(
            String slug, String name, FestivalDateRule rule, int length, int warmUp, String pavilion) {
        return new CreateFestivalCommand(slug, name, null, null, null, rule, length, warmUp, pavilion);
    }

    private void today(int year, int month, int day) {
        // Noon in Beijing: the market's day whatever the test machine's zone.
        clock.set(LocalDate.of(year, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC));
    }
}
