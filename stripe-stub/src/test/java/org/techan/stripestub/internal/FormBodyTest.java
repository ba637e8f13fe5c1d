package org.techan.stripestub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Test
    void readsStripesFlatBracketedParameters() {
        FormBody form = FormBody.parse("amount=3800&currency=cny&metadata%5Bgroup%5D=G1");

        assertThat(form.get("amount")).contains("3800");
        assertThat(form.nested("metadata")).containsEntry("group", "G1");
    }

    @Test
    void aBrokenEscapeStaysAsItCameInsteadOfFailingTheRequest() {
        FormBody form = FormBody.parse("amount=%zz&currency=%");

        assertThat(form.get("amount")).contains("%zz");
        assertThat(form.get("currency")).contains("%");
    }
}
