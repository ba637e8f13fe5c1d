package org.techan.testsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChromiumAvailableTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");
    private static final Path PRESENT = Path.of("/bin/sh");

    @Test
    void shouldRunBrowserTestsWhereChromiumIsInstalled() {
        assertThat(new ChromiumAvailable(Map.of(), PRESENT, PRESENT)
                        .evaluate("X")
                        .isDisabled())
                .isFalse();
    }

    @Test
    void shouldSkipLoudlyOnADeveloperMachineWithoutChromium() {
        var result = new ChromiumAvailable(Map.of(), MISSING, PRESENT).evaluate("PurchaseJourneyBrowserTest");

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("PurchaseJourneyBrowserTest", "apt-get install -y chromium chromium-driver"));
    }

    @Test
    void shouldRunAndSoFailUnderCiWithoutChromium() {
        assertThat(new ChromiumAvailable(Map.of("CI", "true"), MISSING, MISSING)
                        .evaluate("X")
                        .isDisabled())
                .isFalse();
    }
}
