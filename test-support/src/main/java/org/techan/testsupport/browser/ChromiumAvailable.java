package org.techan.testsupport.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresChromium}. */
public final class ChromiumAvailable implements ExecutionCondition {

    private final Map<String, String> environment;
    private final Path chromium;
    private final Path chromedriver;

    public ChromiumAvailable() {
        this(System.getenv(), HeadlessChromium.CHROMIUM, HeadlessChromium.CHROMEDRIVER);
    }

    ChromiumAvailable(Map<String, String> environment, Path chromium, Path chromedriver) {
        this.environment = environment;
        this.chromium = chromium;
        this.chromedriver = chromedriver;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(context.getDisplayName());
        if (result.isDisabled()) {
            System.err.println("\n*** " + result.getReason().orElseThrow() + " ***\n");
        }
        return result;
    }

    ConditionEvaluationResult evaluate(String testClass) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return ConditionEvaluationResult.enabled("chromium and chromium-driver are installed");
        }
        if ("true".equalsIgnoreCase(environment.get("CI"))) {
            return ConditionEvaluationResult.enabled(
                    "CI=true: browser tests run, and fail, without chromium and chromium-driver");
        }
        String notice = "SKIPPED the browser tests of " + testClass + ": Debian's chromium and chromium-driver"
                + " are not installed (" + chromium + ", " + chromedriver + "). Install them with"
                + " `apt-get install -y chromium chromium-driver`, or run .ci/run, which does.";
        return ConditionEvaluationResult.disabled(notice);
    }
}
