package org.techan.promotions.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.LocalDate;
import org.techan.promotions.DateRuleKind;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.FestivalView;
import org.techan.promotions.SolarTerm;

@MappedEntity("promotions_festival")
record FestivalRow(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        @MappedProperty("name_zh") String nameZh,
        @Nullable @MappedProperty("name_en") String nameEn,
        @Nullable @MappedProperty("description_zh") String descriptionZh,
        @Nullable @MappedProperty("description_en") String descriptionEn,
        @MappedProperty("rule_kind") DateRuleKind ruleKind,
        @Nullable @MappedProperty("rule_month") Integer ruleMonth,
        @Nullable @MappedProperty("rule_day") Integer ruleDay,
        @Nullable @MappedProperty("rule_term") SolarTerm ruleTerm,
        @MappedProperty("offset_days") int offsetDays,
        @MappedProperty("length_days") int lengthDays,
        @MappedProperty("warm_up_days") int warmUpDays,
        @Nullable @MappedProperty("pavilion_slug") String pavilionSlug,
        @MappedProperty("created_by") long createdBy,
        @MappedProperty("created_at") Instant createdAt) {

    FestivalDateRule rule() {
        return new FestivalDateRule(ruleKind, ruleMonth, ruleDay, ruleTerm, offsetDays);
    }

    FestivalView view(LocalDate today) {
        FestivalCalendar.Edition edition = FestivalCalendar.current(rule(), lengthDays, warmUpDays, today);
        return new FestivalView(
                slug,
                nameZh,
                nameEn,
                descriptionZh,
                descriptionEn,
                rule(),
                lengthDays,
                warmUpDays,
                pavilionSlug,
                edition.warmUpFrom(),
                edition.startsOn(),
                edition.endsOn(),
                edition.phaseOn(today));
    }
}
