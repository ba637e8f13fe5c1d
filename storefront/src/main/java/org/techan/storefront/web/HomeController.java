package org.techan.storefront.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

@Hidden
@Controller
class HomeController {

    @View("home")
    @Get(produces = MediaType.TEXT_HTML)
    HomePage home() {
        return new HomePage();
    }
}
