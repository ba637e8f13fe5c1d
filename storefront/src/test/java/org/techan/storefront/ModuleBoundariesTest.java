package org.techan.storefront;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.techan.search.ReachesIntoOrders;

class ModuleBoundariesTest {

    private static final String BASE = "org.techan";

    /** Test classes, and the fixtures modules share with each other's tests through their test jars. */
    private static final ImportOption NO_TEST_CODE = location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");

    private static final JavaClasses PRODUCTION =
            new ClassFileImporter().withImportOption(NO_TEST_CODE).importPackages(BASE);

    private static final MavenModules MAVEN = MavenModules.of(MavenModules.root());

    private static final ModuleMap MAP =
            ModuleMap.declaredBy(BASE, MAVEN.dependencies().keySet());

    /** The search node runs in a JVM of its own and is not on this classpath: only its pom is checked. */
    private static final ModuleMap ON_CLASSPATH = MAP.without("searchnode");

    @Test
    void theModuleMapIsTheIntendedOne() {
        assertThat(MAP.allowed())
                .containsEntry("platform", Set.of())
                .containsEntry("catalog", Set.of("platform"))
                .containsEntry("orders", Set.of("catalog", "platform"))
                .containsEntry("search", Set.of("catalog", "platform"))
                // Promotions plugs into search as into orders: search's ProductPromotions port and
                // its indexing queue; search names no promotions class.
                .containsEntry("promotions", Set.of("orders", "search", "catalog", "platform"))
                // Wholesale plugs into search the same way: its WholesaleListings port.
                .containsEntry("wholesale", Set.of("orders", "search", "catalog", "platform"))
                .containsEntry("stripestub", Set.of("platform"));
        assertThat(MAP.unknownDependencies())
                .as("declared dependencies naming no module")
                .isEmpty();
        assertThat(MAP.modules())
                .filteredOn(module -> MAP.allowedFor(module).contains("storefront"))
                .as("nothing uses storefront")
                .isEmpty();
    }

    @Test
    void theProductionCodeKeepsItsModuleBoundaries() {
        assertThat(topLevelPackages(PRODUCTION)).isEqualTo(ON_CLASSPATH.modules());
        for (ArchRule rule : ModuleBoundaries.rules(BASE, ON_CLASSPATH)) {
            rule.check(PRODUCTION);
        }
    }

    @Test
    void otherModulesUseTheNarrowCatalogFacesNotTheBackOffice() {
        // Orders holds stock through StockPort; search and orders read through CatalogReads.
        noClasses()
                .that()
                .resideInAnyPackage("org.techan.orders..", "org.techan.search..", "org.techan.promotions..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(org.techan.catalog.CatalogApi.class)
                .allowEmptyShould(false)
                .check(PRODUCTION);
    }

    @Test
    void thePomsDependOnlyOnAllowedModules() {
        assertThat(MAVEN.dependencies()).containsKeys("platform", "catalog", "orders", "search", "storefront");
        assertThat(MAVEN.violationsOf(MAP)).isEmpty();
    }

    @Test
    void anImportOfOrdersInSearchFailsTheRules() {
        // ReachesIntoOrders is org.techan.search code doing `import org.techan.orders.OrdersApi;`.
        JavaClasses withForbiddenImport =
                new ClassFileImporter().importClasses(ReachesIntoOrders.class, org.techan.orders.OrdersApi.class);

        List<EvaluationResult> failed = ModuleBoundaries.rules(BASE, ON_CLASSPATH).stream()
                .filter(rule -> rule.getDescription().startsWith("search uses only"))
                .map(rule -> rule.evaluate(withForbiddenImport))
                .toList();

        assertThat(failed).singleElement().satisfies(result -> {
            assertThat(result.hasViolation()).isTrue();
            assertThat(result.getFailureReport().toString()).contains("ReachesIntoOrders", "OrdersApi");
        });
    }

    @Test
    void aPomDependencyOfSearchOnOrdersFails() {
        MavenModules searchOnOrders = new MavenModules(Map.of("search", Set.of("catalog", "platform", "orders")));

        assertThat(searchOnOrders.violationsOf(MAP))
                .containsExactly("search's pom.xml depends on orders, which its module declaration does not allow");
    }

    @Test
    void aMisspelledDependencyIsReported() {
        ModuleMap misspelled = new ModuleMap(Map.of("catalog", Set.of("platfrom"), "platform", Set.of()));

        assertThat(misspelled.unknownDependencies()).containsExactly("platfrom");
    }

    @Test
    void aClassReachingIntoAnotherModulesInternalsFailsTheRules() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.techan.archfixture");
        ModuleMap alphaAndBeta = new ModuleMap(Map.of("alpha", Set.of("beta"), "beta", Set.of("alpha")));

        List<ArchRule> rules = ModuleBoundaries.rules("org.techan.archfixture", alphaAndBeta);

        assertThat(violated(rules, fixture, "nothing outside alpha touches")).isTrue();
        assertThat(violated(rules, fixture, "nothing outside beta touches")).isFalse();
        assertThat(violated(rules, fixture, "modules under"))
                .as("alpha <-> beta cycle")
                .isTrue();
    }

    @Test
    void aModuleWithNoClassesFailsInsteadOfPassing() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.techan.archfixture");
        ModuleMap withGhost =
                new ModuleMap(Map.of("alpha", Set.of("beta"), "beta", Set.of("alpha"), "ghost", Set.of()));

        ArchRule ghostRule = ModuleBoundaries.rules("org.techan.archfixture", withGhost).stream()
                .filter(rule -> rule.getDescription().startsWith("ghost uses only"))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> ghostRule.evaluate(fixture)).hasMessageContaining("failed to check any classes");
    }

    @Test
    void aClassOutsideEveryModuleFailsTheRules() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.techan.archfixture");
        ModuleMap onlyAlpha = new ModuleMap(Map.of("alpha", Set.of()));

        assertThat(violated(ModuleBoundaries.rules("org.techan.archfixture", onlyAlpha), fixture, "every class under"))
                .isTrue();
    }

    private static boolean violated(List<ArchRule> rules, JavaClasses classes, String descriptionStart) {
        return rules.stream()
                .filter(rule -> rule.getDescription().startsWith(descriptionStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + descriptionStart))
                .evaluate(classes)
                .hasViolation();
    }

    private static Set<String> topLevelPackages(JavaClasses classes) {
        Set<String> modules = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getPackageName();
            if (name.startsWith(BASE + ".")) {
                modules.add(name.substring(BASE.length() + 1).split("\\.")[0]);
            }
        }
        return modules;
    }
}
