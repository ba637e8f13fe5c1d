package org.techan.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a module's {@code package-info.java}, which other modules its code may use. The
 * module is named by its package under {@code org.techan} ({@code org.techan.search} is
 * {@code search}). The boundary test reads these declarations and fails on any import or Maven
 * dependency they do not allow, so the module map lives beside the code it governs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ApplicationModule {

    /** Modules this one may use: their public face only, never their {@code internal} packages. */
    String[] allowedDependencies() default {};
}
