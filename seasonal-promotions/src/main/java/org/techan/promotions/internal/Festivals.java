package org.techan.promotions.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.techan.catalog.CatalogReads;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalPhase;
import org.techan.promotions.FestivalView;

/** The festival calendar: operators enter festivals once, every year's edition follows from the rule. */
@Singleton
class Festivals {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final FestivalRepository festivals;
    private final CatalogReads catalog;
    private final Clock clock;
    private final Remembered<List<FestivalRow>> calendar;

    Festivals(
            FestivalRepository festivals,
            CatalogReads catalog,
            Clock clock,
            @Value("${techan.promotions.calendar-ttl:30s}") Duration calendarTtl) {
        this.festivals = festivals;
        this.catalog = catalog;
        this.clock = clock;
        this.calendar = new Remembered<>(calendarTtl);
    }

    @Transactional
    public FestivalView create(Actor operator, CreateFestivalCommand command) {
        if (operator == null || !operator.isOperator()) {
            throw new NotAllowedException("festival.operators-only");
        }
        String nameZh = Text.required(command.nameZh(), 60, "festival.name.required");
        String nameEn = Text.optional(command.nameEn(), 80, "festival.name-en.invalid");
        String slug = slug(command.slug(), nameEn);
        FestivalCalendar.check(command.rule());
        if (command.lengthDays() < 1 || command.lengthDays() > 60) {
            throw new RuleViolationException("festival.length.invalid", 1, 60);
        }
        if (command.warmUpDays() < 0 || command.warmUpDays() > 30) {
            throw new RuleViolationException("festival.warm-up.invalid", 0, 30);
        }
        String pavilion = Text.optional(command.pavilionSlug(), 60, "festival.pavilion.unknown");
        if (pavilion != null) {
            Pavilions.require(catalog, pavilion, "festival.pavilion.unknown");
        }
        if (festivals.existsBySlug(slug)) {
            throw new ConflictException("festival.slug.taken", slug);
        }
        FestivalRow row = new FestivalRow(
                null,
                slug,
                nameZh,
                nameEn,
                Text.optional(command.descriptionZh(), 500, "festival.description.invalid"),
                Text.optional(command.descriptionEn(), 800, "festival.description.invalid"),
                command.rule().kind(),
                command.rule().month(),
                command.rule().day(),
                command.rule().term(),
                command.rule().offsetDays(),
                command.lengthDays(),
                command.warmUpDays(),
                pavilion,
                operator.accountId(),
                clock.instant());
        try {
            FestivalView saved = festivals.save(row).view(today());
            calendar.forget();
            return saved;
        } catch (RuntimeException failure) {
            if (PromotionsSql.duplicateKey(failure)) {
                // The same festival entered twice at once: the other request saved it first.
                throw new ConflictException("festival.slug.taken", slug);
            }
            throw failure;
        }
    }

    public List<FestivalView> onAndComing(int days) {
        if (days < 0 || days > 730) {
            throw new RuleViolationException("festival.horizon.invalid", 0, 730);
        }
        LocalDate today = today();
        LocalDate horizon = today.plusDays(days);
        return calendar().stream()
                .map(row -> row.view(today))
                .filter(view ->
                        view.phase() != FestivalPhase.COMING || !view.startsOn().isAfter(horizon))
                .sorted(Comparator.comparing((FestivalView view) -> view.phase() != FestivalPhase.ON)
                        .thenComparing(FestivalView::startsOn)
                        .thenComparing(FestivalView::slug))
                .toList();
    }

    /**
     * The festivals, read again after {@code techan.promotions.calendar-ttl} (30 s): pavilion pages
     * show the festivals on, and one read per page view put a statement on every one. A festival
     * added on this replica shows at once, on the others within the TTL.
     */
    private List<FestivalRow> calendar() {
        return calendar.get(() -> List.copyOf(festivals.findAllOrderBySlug()));
    }

    @Transactional(readOnly = true)
    public FestivalView bySlug(String slug) {
        return festivals
                .findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("festival.not-found", String.valueOf(slug)))
                .view(today());
    }

    private LocalDate today() {
        return MarketCalendar.today(clock);
    }

    /** The slug given, or one made of the English name: 'Harvest Festival' → harvest-festival. */
    private static String slug(String given, String nameEn) {
        String slug = given == null || given.isBlank()
                ? (nameEn == null
                                ? ""
                                : nameEn.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                        .replaceAll("^-+|-+$", "")
                : given.strip();
        if (slug.isEmpty() && (given == null || given.isBlank())) {
            throw new RuleViolationException("festival.slug.required");
        }
        if (slug.length() > 60 || !SLUG.matcher(slug).matches()) {
            throw new RuleViolationException("festival.slug.invalid", slug);
        }
        return slug;
    }
}
