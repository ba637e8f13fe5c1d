package org.techan.storefront;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The module rules, built for any base package so a test can prove on a fixture that they do
 * fail: nothing outside a module touches its {@code internal} package, and modules form no cycle.
 */
final class ModuleBoundaries {

    private ModuleBoundaries() {}

    static List<ArchRule> rules(String basePackage, List<String> modules) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : modules) {
            String modulePackage = basePackage + "." + module;
            rules.add(noClasses()
                    .that()
                    .resideOutsideOfPackage(modulePackage + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(modulePackage + ".internal..")
                    .as("nothing outside " + module + " touches " + modulePackage + ".internal")
                    .allowEmptyShould(false));
        }
        rules.add(slices().matching(basePackage + ".(*)..")
                .should()
                .beFreeOfCycles()
                .as("modules under " + basePackage + " have no dependency cycles")
                .allowEmptyShould(false));
        return rules;
    }
}
