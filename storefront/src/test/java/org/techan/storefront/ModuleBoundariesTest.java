package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleBoundariesTest {

    private static final List<String> MODULES =
            List.of("platform", "catalog", "orders", "search", "promotions", "stripestub", "storefront");

    @Test
    void theProductionCodeKeepsItsModuleBoundaries() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.techan");

        for (ArchRule rule : ModuleBoundaries.rules("org.techan", MODULES)) {
            rule.check(classes);
        }
    }

    @Test
    void aClassReachingIntoAnotherModulesInternalsFailsTheRules() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.techan.archfixture");

        List<EvaluationResult> results =
                ModuleBoundaries.rules("org.techan.archfixture", List.of("alpha", "beta")).stream()
                        .map(rule -> rule.evaluate(fixture))
                        .toList();

        assertThat(results.get(0).hasViolation())
                .as("alpha.internal used by beta")
                .isTrue();
        assertThat(results.get(0).getFailureReport().toString()).contains("BetaUsesAlphaInternals");
        assertThat(results.get(1).hasViolation()).as("beta.internal untouched").isFalse();
        assertThat(results.get(2).hasViolation()).as("alpha <-> beta cycle").isTrue();
    }

    @Test
    void aRuleThatMatchesNothingFails() {
        JavaClasses nothing = new ClassFileImporter().importPackages("org.techan.archfixture.empty");

        ArchRule rule = ModuleBoundaries.rules("org.techan.archfixture.empty", List.of("ghost"))
                .get(0);

        assertThatThrownBy(() -> rule.evaluate(nothing)).hasMessageContaining("failed to check any classes");
    }
}
