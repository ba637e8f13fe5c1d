package org.techan.storefront.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Lets API clients discover the API version and the languages its texts come in. */
@Controller("/api/v1/meta")
@Tag(name = "meta")
class MetaController {

    @Get
    @Operation(summary = "API version and supported languages")
    ApiMeta meta() {
        return new ApiMeta("techan", "v1", List.of("zh-CN", "en"));
    }
}
