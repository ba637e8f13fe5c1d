package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import org.techan.platform.Accounts;

/** The user agreement and the privacy policy a shopper accepts at sign-up, in the version in force. */
@Hidden
@Controller("/legal")
class LegalPagesController {

    private final Accounts accounts;

    LegalPagesController(Accounts accounts) {
        this.accounts = accounts;
    }

    @View("legal")
    @Get(uri = "/terms", produces = MediaType.TEXT_HTML)
    LegalPage terms() {
        return new LegalPage("terms", 4, accounts.legalTerms().version());
    }

    @View("legal")
    @Get(uri = "/privacy", produces = MediaType.TEXT_HTML)
    LegalPage privacy() {
        return new LegalPage("privacy", 3, accounts.legalTerms().version());
    }

    /** A document's paragraphs are the message keys legal.{document}.body.1 to .{paragraphs}. */
    @Introspected
    record LegalPage(String document, int paragraphs, String version) {}
}
