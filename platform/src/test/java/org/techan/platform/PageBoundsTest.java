package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageBoundsTest {

    @Test
    void shouldServeEveryPageUpToTheDeepest() {
        assertThatCode(() -> PageBounds.check(0, 1, 100)).doesNotThrowAnyException();
        assertThatCode(() -> PageBounds.check(99, 100, 100))
                .as("items 9,901 to 10,000")
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseBadPagesAndSizes() {
        assertThatThrownBy(() -> PageBounds.check(-1, 20, 100)).hasMessageContaining("page.invalid");
        assertThatThrownBy(() -> PageBounds.check(0, 0, 100)).hasMessageContaining("page.invalid");
        assertThatThrownBy(() -> PageBounds.check(0, 101, 100)).hasMessageContaining("page.invalid");
    }

    @Test
    void shouldRefusePagesBeyondTheDeepestWithoutOverflowing() {
        assertThatThrownBy(() -> PageBounds.check(100, 100, 100))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("page.too-deep");
        assertThatThrownBy(() -> PageBounds.check(Integer.MAX_VALUE, 20, 100)).hasMessageContaining("page.too-deep");
        assertThatThrownBy(() -> PageBounds.check(Integer.MAX_VALUE - 1, 100, 100))
                .hasMessageContaining("page.too-deep");
    }
}
