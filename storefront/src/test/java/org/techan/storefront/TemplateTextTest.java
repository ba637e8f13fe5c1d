package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    private static final List<String> LANGUAGES = List.of("zh_CN", "en");

    @Test
    void everyVisibleStringComesFromCompleteBundles() throws IOException {
        TemplateTextCheck check = new TemplateTextCheck(
                Path.of("src/main/resources/views"), Path.of("src/main/resources/i18n"), "messages", LANGUAGES);

        assertThat(check.violations()).isEmpty();
    }

    @Test
    void theCheckCatchesLiteralTextAndMissingKeys() throws IOException {
        Path fixture = Path.of("src/test/resources/i18n-violations");
        TemplateTextCheck check =
                new TemplateTextCheck(fixture.resolve("views"), fixture.resolve("i18n"), "messages", LANGUAGES);

        assertThat(check.violations())
                .containsExactlyInAnyOrder(
                        "key 'only.chinese' is missing in en",
                        "key 'apostrophe' in en has a straight apostrophe",
                        "bad.html: literal text 'Welcome'",
                        "bad.html: literal placeholder='Search'",
                        "bad.html: key 'nowhere' is missing in zh_CN",
                        "bad.html: key 'nowhere' is missing in en");
    }
}
