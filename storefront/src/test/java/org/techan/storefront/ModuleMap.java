package org.techan.storefront;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.techan.platform.ApplicationModule;

/**
 * Which module may use which, read from each module's {@link ApplicationModule} declaration. The
 * three infrastructure modules cannot carry the declaration (they sit below platform, and the
 * search node even runs in a JVM of its own), so they are declared here.
 */
record ModuleMap(Map<String, Set<String>> allowed) {

    static final Map<String, Set<String>> INFRASTRUCTURE =
            Map.of("searchnode", Set.of(), "embedded", Set.of("searchnode"), "testsupport", Set.of("embedded"));

    /** The declarations of {@code modules} (package names under {@code basePackage}). */
    static ModuleMap declaredBy(String basePackage, Collection<String> modules) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (String module : new TreeSet<>(modules)) {
            allowed.put(
                    module,
                    INFRASTRUCTURE.containsKey(module)
                            ? INFRASTRUCTURE.get(module)
                            : Set.of(declaration(basePackage + "." + module).allowedDependencies()));
        }
        return new ModuleMap(allowed);
    }

    private static ApplicationModule declaration(String modulePackage) {
        try {
            ApplicationModule declared =
                    Class.forName(modulePackage + ".package-info").getAnnotation(ApplicationModule.class);
            if (declared != null) {
                return declared;
            }
        } catch (ClassNotFoundException missing) {
            // reported below, with the fix
        }
        throw new AssertionError(modulePackage + " has no package-info.java with @ApplicationModule(allowedDependencies"
                + " = {...}): every module declares the modules it may use");
    }

    /** The same map without {@code module}, for rules that cannot see its classes. */
    ModuleMap without(String module) {
        Map<String, Set<String>> rest = new LinkedHashMap<>(allowed);
        rest.remove(module);
        return new ModuleMap(rest);
    }

    Set<String> modules() {
        return allowed.keySet();
    }

    Set<String> allowedFor(String module) {
        return allowed.getOrDefault(module, Set.of());
    }

    /** Every other module that {@code module} may not use. */
    Set<String> forbiddenFor(String module) {
        Set<String> forbidden = new TreeSet<>(allowed.keySet());
        forbidden.remove(module);
        forbidden.removeAll(allowedFor(module));
        return forbidden;
    }

    /** Declared dependencies that name no known module: a misspelling would otherwise allow nothing, silently. */
    Set<String> unknownDependencies() {
        Set<String> unknown = new TreeSet<>();
        allowed.values()
                .forEach(deps ->
                        deps.stream().filter(dep -> !allowed.containsKey(dep)).forEach(unknown::add));
        return unknown;
    }
}
