package io.github.architect;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * architect's own classes against architect's own architecture.md (at the top of the repository),
 * with architect's own boundaries rule: an import across components that the document does not
 * declare fails architect's build.
 */
class ArchitectFollowsItsOwnDesignTest {

    /** Surefire runs in architect-rules; the document is beside its pom's parent. */
    private static final Path DOCUMENT = Path.of("..", "architecture.md").toAbsolutePath().normalize();

    /** The engine's compiled classes only: the libraries they use belong to no service. */
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void theDocumentIsValidAndDeclaresEveryComponentAsAService() {
        assertThat(DOCUMENT).exists();
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(DOCUMENT);

        assertThat(parsed.hasErrors()).as(parsed.findings().toString()).isFalse();
        assertThat(parsed.model().services()).extracting(s -> s.name()).contains("Model Service", "Code Service",
                "Check API Service", "Document Reader Service", "Report Service", "Engine Service", "Plugin Service");
    }

    @Test
    void architectsClassesOnlyUseTheComponentsTheirServiceDependsOn() {
        ArchitectRules.serviceBoundaries(DOCUMENT).check(ENGINE);
    }

    /** The plugin's run on architect reports a package two services claim as ambiguous-service-mapping. */
    @Test
    void everyPackageBelongsToOneServiceOnly() {
        ArchitectureModel model = new ArchitectureDocumentParser().parse(DOCUMENT).model();
        Path top = DOCUMENT.getParent();
        CodeModule rules = CodeModule.conventional("architect-rules", top.resolve("architect-rules"));
        CodeModule plugin = CodeModule.conventional("architect-maven-plugin", top.resolve("architect-maven-plugin"));
        ServiceMapping mapping = ServiceMapper.map(model, Codebase.of(top, rules, plugin));

        assertThat(ENGINE.stream().map(JavaClass::getPackageName).distinct()).isNotEmpty().allSatisfy(pkg ->
                assertThat(mapping.resolve(rules, pkg).rivals()).as(pkg).isEmpty());
        assertThat(mapping.resolve(rules, "io.github.architect").owner()).map(s -> s.name())
                .contains("JUnit API Service");
        assertThat(mapping.resolve(plugin, "io.github.architect.maven").owner()).map(s -> s.name())
                .contains("Plugin Service");
        assertThat(mapping.resolve(plugin, "io.github.architect.maven").rivals()).isEmpty();
    }

    @Test
    void anImportTheDocumentDoesNotDeclareIsAViolation() throws Exception {
        // reports read findings: take away the Report Service's dependency on the check API
        ArchitectureModel model = new ArchitectureDocumentParser().parse(DOCUMENT).model();
        ArchitectureModel withoutIt = model.toBuilder().dependencies(model.dependencies().stream()
                .filter(d -> !(d.from().startsWith("Report") && d.to().startsWith("Check API"))).toList()).build();
        assertThat(withoutIt.dependencies()).hasSize(model.dependencies().size() - 1);

        EvaluationResult result = ArchitectRules.serviceBoundaries(withoutIt).evaluate(ENGINE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("io.github.architect.report.").contains("io.github.architect.check."));
        assertThat(Files.readString(DOCUMENT)).contains("ArchitectFollowsItsOwnDesignTest");
    }
}
