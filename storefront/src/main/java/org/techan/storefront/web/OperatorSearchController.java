package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.RuleViolationException;
import org.techan.search.IndexingLag;
import org.techan.search.RebuildProgress;
import org.techan.search.SearchApi;
import org.techan.search.SynonymsInUse;

/** Operators watch the search index (lag, latest rebuild), rebuild it without downtime and reload synonyms. */
@Hidden
@Controller("/ops/search")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorSearchController {

    private final SearchApi search;
    private final FailureText failures;

    OperatorSearchController(SearchApi search, FailureText failures) {
        this.search = search;
        this.failures = failures;
    }

    @View("ops/search")
    @Get(produces = MediaType.TEXT_HTML)
    SearchIndexPage page() {
        return page(null);
    }

    @Post(uri = "/rebuild", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rebuild(HttpRequest<?> request, Actor signedIn) {
        try {
            search.startRebuild(signedIn);
            return HttpResponse.seeOther(URI.create("/ops/search"));
        } catch (ConflictException running) {
            return HttpResponse.status(ErrorResponses.statusOf(running))
                    .body(new ModelAndView<>("ops/search", page(failures.of(request, running))));
        }
    }

    @Post(uri = "/synonyms/reload", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reloadSynonyms(HttpRequest<?> request, Actor signedIn) {
        try {
            search.reloadSynonyms(signedIn);
            return HttpResponse.seeOther(URI.create("/ops/search"));
        } catch (RuleViolationException malformed) {
            return HttpResponse.status(ErrorResponses.statusOf(malformed))
                    .body(new ModelAndView<>("ops/search", page(failures.of(request, malformed))));
        }
    }

    private SearchIndexPage page(@Nullable String error) {
        return new SearchIndexPage(search.rebuildProgress(), search.indexingLag(), search.synonyms(), error);
    }

    @Introspected
    record SearchIndexPage(RebuildProgress rebuild, IndexingLag lag, SynonymsInUse synonyms, @Nullable String error) {}
}
