package org.techan.storefront;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build's side of the module map: for each Maven module, the module (package under
 * {@code org.techan}) its main code lives in, and the project modules its pom depends on outside
 * the test scope.
 */
record MavenModules(Map<String, Set<String>> dependencies, Map<String, Path> directories) {

    MavenModules(Map<String, Set<String>> dependencies) {
        this(dependencies, Map.of());
    }

    private static final String GROUP = "org.techan";

    static MavenModules of(Path root) {
        Map<String, String> moduleOfArtifact = new LinkedHashMap<>();
        Map<String, Element> poms = new LinkedHashMap<>();
        Map<String, Path> directories = new LinkedHashMap<>();
        for (String directory : texts(pom(root.resolve("pom.xml")), "module")) {
            Element pom = pom(root.resolve(directory).resolve("pom.xml"));
            String artifact = directChild(pom, "artifactId");
            String module = packageOf(root.resolve(directory));
            moduleOfArtifact.put(artifact, module);
            directories.put(module, root.resolve(directory));
            poms.put(artifact, pom);
        }
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        poms.forEach((artifact, pom) -> {
            Set<String> used = new TreeSet<>();
            NodeList declared = pom.getElementsByTagName("dependency");
            for (int i = 0; i < declared.getLength(); i++) {
                Element dependency = (Element) declared.item(i);
                String scope = directChild(dependency, "scope");
                if (GROUP.equals(directChild(dependency, "groupId")) && !"test".equals(scope)) {
                    String other = moduleOfArtifact.get(directChild(dependency, "artifactId"));
                    if (other == null) {
                        throw new AssertionError(artifact + " depends on an unknown project artifact "
                                + directChild(dependency, "artifactId"));
                    }
                    used.add(other);
                }
            }
            dependencies.put(moduleOfArtifact.get(artifact), used);
        });
        return new MavenModules(dependencies, directories);
    }

    /** The checkout's root: the nearest directory upwards whose pom lists modules. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && !texts(pom(pom), "module").isEmpty()) {
                return dir;
            }
        }
        throw new AssertionError("No multi-module pom.xml above " + here);
    }

    /** Each dependency a pom declares that the module map does not allow. */
    List<String> violationsOf(ModuleMap map) {
        List<String> violations = new ArrayList<>();
        dependencies.forEach((module, used) -> {
            if (!map.modules().contains(module)) {
                violations.add("Maven module with package org.techan." + module + " is not in the module map");
                return;
            }
            used.stream()
                    .filter(dependency -> !map.allowedFor(module).contains(dependency))
                    .forEach(dependency -> violations.add(module + "'s pom.xml depends on " + dependency
                            + ", which its module declaration does not allow"));
        });
        return violations;
    }

    private static String packageOf(Path moduleDirectory) {
        Path sources = moduleDirectory.resolve("src/main/java/org/techan");
        try (Stream<Path> packages = Files.list(sources)) {
            List<String> names = packages.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .toList();
            if (names.size() != 1) {
                throw new AssertionError(moduleDirectory + " must hold exactly one package under org.techan: " + names);
            }
            return names.get(0);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + sources, e);
        }
    }

    private static Element pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(file.toFile())
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static String directChild(Element parent, String tag) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(tag)) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }
}
