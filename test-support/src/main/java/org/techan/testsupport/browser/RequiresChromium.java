package org.techan.testsupport.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives {@link HeadlessChromium}. Where Debian's chromium and
 * chromium-driver are missing, the class is skipped with a loud notice, so a newcomer's
 * {@code ./mvnw verify} on a machine with only a JDK passes; under CI ({@code CI=true}) it runs and
 * fails instead, so CI can never pass without its browser tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailable.class)
public @interface RequiresChromium {}
