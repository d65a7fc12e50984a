package io.github.architect;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public surface cannot grow silently: what a JUnit user (or the Maven plugin) may call is the
 * list under "The API" in docs/junit.md; every other public type must be needed by another package
 * of architect, else it is package-private.
 */
class PublicApiTest {

    private static final Path DOCS = Path.of("..", "docs", "junit.md");
    private static final Path PLUGIN_SOURCES = Path.of("..", "architect-maven-plugin", "src", "main", "java");

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    /**
     * Engine internals architect's own tests in other packages drive directly. This set only
     * shrinks: a new test goes through {@code BuildSession}.
     */
    private static final Set<String> PUBLIC_FOR_TESTS = Set.of("io.github.architect.engine.Verifier",
            "io.github.architect.engine.StandardChecks", "io.github.architect.engine.IncrementalVerifier",
            "io.github.architect.boundaries.ModuleClasses");

    @Test
    void everyTypeTheDocumentationListsIsPublic() throws IOException {
        List<String> api = documentedApi();
        assertThat(api).contains("io.github.architect.ArchitectRules", "io.github.architect.engine.BuildSession",
                "io.github.architect.check.Violation", "io.github.architect.model.*");

        for (String name : api) {
            if (name.endsWith(".*")) {
                String pkg = name.substring(0, name.length() - 2);
                assertThat(ENGINE.stream().filter(c -> c.getPackageName().equals(pkg) && isPublic(c))).as(name).isNotEmpty();
            } else {
                assertThat(ENGINE.contain(name)).as(name + " is listed in docs/junit.md but does not exist").isTrue();
                assertThat(isPublic(ENGINE.get(name))).as(name + " is listed in docs/junit.md but is not public").isTrue();
            }
        }
    }

    @Test
    void everyOtherPublicTypeIsUsedByAnotherPackage() throws IOException {
        List<String> api = documentedApi();

        publicTypesOutsideTheApiAreNeededElsewhere(api).check(ENGINE);
    }

    @Test
    void aPublicTypeNoOtherPackageUsesBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.github.architect.fixtures.surface");

        EvaluationResult result = publicTypesOutsideTheApiAreNeededElsewhere(List.of()).evaluate(fixture);

        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("io.github.architect.fixtures.surface.inner.UsedNowhereElse");
    }

    @Test
    void thePluginUsesTheEngineThroughTheApiOnly() throws IOException {
        List<String> api = documentedApi();
        Pattern reference = Pattern.compile("io\\.github\\.architect\\.(?:(\\w+)\\.)?([A-Z]\\w*)");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PLUGIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = reference.matcher(Files.readString(file));
                while (m.find()) {
                    if (!"maven".equals(m.group(1))) {
                        used.add(m.group());
                    }
                }
            }
        }
        assertThat(used).contains("io.github.architect.engine.BuildSession");

        assertThat(used).allSatisfy(name -> assertThat(isApi(name, api))
                .as(name + " is used by the Maven plugin: list it under The API in docs/junit.md, or reach it"
                        + " through BuildSession")
                .isTrue());
    }

    private static ArchRule publicTypesOutsideTheApiAreNeededElsewhere(List<String> api) {
        return classes().that().arePublic().and().areTopLevelClasses()
                .and().resideInAPackage("io.github.architect..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("not API, not driven by tests",
                        (JavaClass c) -> !isApi(c.getName(), api) && !PUBLIC_FOR_TESTS.contains(c.getName())))
                .should(beUsedByAnotherPackage())
                .because("a type only its own package uses is package-private (docs/contributing.md)")
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> beUsedByAnotherPackage() {
        return new ArchCondition<>("be used by a class of another package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                // a nested type used elsewhere (DraftFacts.DraftTable) needs its enclosing type public too
                boolean used = Stream.concat(Stream.of(type), type.getPackage().getClasses().stream()
                                .filter(c -> c.getName().startsWith(type.getName() + "$")))
                        .flatMap(c -> c.getDirectDependenciesToSelf().stream())
                        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public, but no other package uses it: make it package-private"));
                }
            }
        };
    }

    private static boolean isApi(String name, List<String> api) {
        String pkg = name.substring(0, name.lastIndexOf('.'));
        return api.contains(name) || api.contains(pkg + ".*");
    }

    /** "engine" for io.github.architect.engine.BuildSession, "" for the top package. */
    private static boolean isPublic(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC);
    }

    /** The bullets under "## The API" of docs/junit.md that name a type or a package ({@code model.*}). */
    static List<String> documentedApi() throws IOException {
        String text = Files.readString(DOCS);
        int start = text.indexOf("\n## The API\n");
        assertThat(start).as("docs/junit.md has a section \"The API\"").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Matcher m = Pattern.compile("(?m)^- `(io\\.github\\.architect(?:\\.\\w+)*(?:\\.\\*)?)`").matcher(section);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
