package org.techan.storefront;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The module rules, built for any base package and module map so a test can prove on a fixture
 * that they do fail: every class belongs to a declared module, a module uses only the modules it
 * declares, nothing outside a module touches its {@code internal} package, and modules form no
 * cycle. Each rule fails when it selects no class, so a misspelled module cannot pass by matching
 * nothing.
 */
final class ModuleBoundaries {

    private ModuleBoundaries() {}

    static List<ArchRule> rules(String basePackage, ModuleMap map) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(classes()
                .that()
                .resideInAPackage(basePackage + "..")
                .should()
                .resideInAnyPackage(map.modules().stream()
                        .map(module -> basePackage + "." + module + "..")
                        .toArray(String[]::new))
                .as("every class under " + basePackage + " belongs to one of the modules " + map.modules())
                .allowEmptyShould(false));
        for (String module : map.modules()) {
            rules.add(onlyAllowedDependencies(basePackage, module, map.forbiddenFor(module), map.allowedFor(module)));
        }
        for (String module : map.modules()) {
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

    private static ArchRule onlyAllowedDependencies(
            String basePackage, String module, Set<String> forbidden, Set<String> allowed) {
        String modulePackage = basePackage + "." + module + "..";
        String description = module + " uses only " + (allowed.isEmpty() ? "itself" : allowed);
        if (forbidden.isEmpty()) {
            // Allowed to use everything: the rule still fails if the module has no classes at all.
            return classes()
                    .that()
                    .resideInAPackage(modulePackage)
                    .should()
                    .resideInAPackage(modulePackage)
                    .as(description)
                    .allowEmptyShould(false);
        }
        return noClasses()
                .that()
                .resideInAPackage(modulePackage)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.stream()
                        .map(other -> basePackage + "." + other + "..")
                        .toArray(String[]::new))
                .as(description)
                .allowEmptyShould(false);
    }
}
