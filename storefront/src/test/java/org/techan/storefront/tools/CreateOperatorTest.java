package org.techan.storefront.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.techan.platform.Accounts;
import org.techan.platform.Role;

/** The first operator of an installation without demo data, made from the command line. */
@MicronautTest(transactional = false)
class CreateOperatorTest {

    @Inject
    ApplicationContext context;

    @Inject
    Accounts accounts;

    @Test
    void createsAnOperatorWhoCanSignIn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CreateOperator.create(
                context, "county.ops", "first-operator-2026", "县运营", print(out), print(new ByteArrayOutputStream()));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Operator county.ops created");
        assertThat(accounts.authenticate("county.ops", "first-operator-2026", "192.0.2.1")
                        .role())
                .isEqualTo(Role.OPERATOR);
    }

    @Test
    void refusesAWeakPasswordOrATakenLoginWithTheReasonInBothLanguages() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int weak = CreateOperator.create(
                context, "weak.ops", "short", "运营", print(new ByteArrayOutputStream()), print(err));

        assertThat(weak).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("密码").containsIgnoringCase("password");
        CreateOperator.create(
                context, "twice.ops", "first-operator-2026", "运营", print(new ByteArrayOutputStream()), print(err));
        assertThat(CreateOperator.create(
                        context,
                        "twice.ops",
                        "first-operator-2026",
                        "运营",
                        print(new ByteArrayOutputStream()),
                        print(err)))
                .isEqualTo(1);
    }

    private static PrintStream print(ByteArrayOutputStream into) {
        return new PrintStream(into, true, StandardCharsets.UTF_8);
    }
}
