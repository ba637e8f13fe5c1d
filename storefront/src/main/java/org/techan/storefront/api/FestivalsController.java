package org.techan.storefront.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.techan.platform.Actor;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;

/** The festival calendar (网络购物节): what is on and coming; operators add festivals. */
@Controller
@Tag(name = "festivals")
@ExecuteOn(TaskExecutors.BLOCKING)
class FestivalsController {

    private final PromotionsApi promotions;

    FestivalsController(PromotionsApi promotions) {
        this.promotions = promotions;
    }

    @Get("/api/v1/festivals")
    @Operation(summary = "Festivals running or in warm-up, then those starting within `days` (default 120)")
    Page<FestivalView> onAndComing(@QueryValue(defaultValue = "120") int days) {
        return Page.of(promotions.festivalsOnAndComing(days));
    }

    @Get("/api/v1/festivals/{slug}")
    @Operation(summary = "One festival with its current or next edition")
    FestivalView one(@PathVariable String slug) {
        return promotions.festival(slug);
    }

    @Post("/api/v1/ops/festivals")
    @Operation(summary = "Adds a festival to the calendar (operators)")
    HttpResponse<FestivalView> create(Actor signedIn, @Body CreateFestivalCommand command) {
        FestivalView created = promotions.createFestival(signedIn, command);
        return HttpResponse.created(created, URI.create("/api/v1/festivals/" + created.slug()));
    }
}
