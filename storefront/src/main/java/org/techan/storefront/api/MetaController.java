package org.techan.storefront.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.techan.platform.Accounts;

/** Lets API clients discover the API version, the languages its texts come in, and the terms in force. */
@Controller("/api/v1/meta")
@Tag(name = "meta")
class MetaController {

    private final Accounts accounts;

    MetaController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Get
    @Operation(
            summary = "API version, supported languages, and the version of the terms a sign-up accepts"
                    + " (the pages /legal/terms and /legal/privacy)")
    ApiMeta meta() {
        return new ApiMeta(
                "techan", "v1", List.of("zh-CN", "en"), accounts.legalTerms().version());
    }
}
