package io.github.architect.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLocatorTest {

    @TempDir
    Path root;

    @Test
    void findsTheDefaultDocumentInTheBuildRoot() throws IOException {
        Path doc = Files.writeString(root.resolve("architecture.md"), "# A");

        DocumentLocation location = DocumentLocator.locate(null, root, List.of());

        assertThat(location.exists()).isTrue();
        assertThat(location.path()).isEqualTo(doc);
    }

    @Test
    void startedInAModuleFindsTheDocumentOfTheEnclosingMultiModuleRoot() throws IOException {
        Path module = Files.createDirectories(root.resolve("orders"));
        Path doc = Files.writeString(root.resolve("architecture.md"), "# A");

        DocumentLocation location = DocumentLocator.locate("", module, List.of(root));

        assertThat(location.path()).isEqualTo(doc);
        assertThat(location.lookedAt()).containsExactly(module.resolve("architecture.md"), doc);
    }

    @Test
    void theNearestDocumentWins() throws IOException {
        Path module = Files.createDirectories(root.resolve("orders"));
        Files.writeString(root.resolve("architecture.md"), "# outer");
        Path inner = Files.writeString(module.resolve("architecture.md"), "# inner");

        assertThat(DocumentLocator.locate(null, module, List.of(root)).path()).isEqualTo(inner);
    }

    @Test
    void aMissingDocumentNamesTheFirstPlaceAndEveryOtherPlaceLookedAt() throws IOException {
        Path module = Files.createDirectories(root.resolve("orders"));

        DocumentLocation location = DocumentLocator.locate(null, module, List.of(root));

        assertThat(location.exists()).isFalse();
        assertThat(location.path()).isEqualTo(module.resolve("architecture.md"));
        assertThat(location.notFoundMessage())
                .isEqualTo("No architecture document found at " + module.resolve("architecture.md")
                        + " (also looked at " + root.resolve("architecture.md") + ")");
    }

    @Test
    void aRelativeConfiguredPathIsResolvedAgainstTheBuildRootNotTheWorkingDirectory() throws IOException {
        Path doc = Files.writeString(Files.createDirectories(root.resolve("docs")).resolve("design.md"), "# A");

        DocumentLocation location = DocumentLocator.locate("docs/design.md", root, List.of());

        assertThat(location.path()).isEqualTo(doc);
        assertThat(location.exists()).isTrue();
    }

    @Test
    void aConfiguredDirectoryMeansArchitectureMdInside() throws IOException {
        Path doc = Files.writeString(Files.createDirectories(root.resolve("docs")).resolve("architecture.md"), "# A");

        assertThat(DocumentLocator.locate("docs", root, List.of()).path()).isEqualTo(doc);
    }

    @Test
    void anAbsoluteConfiguredPathIsTakenAsIs() {
        Path elsewhere = root.resolve("elsewhere/arch.md");

        DocumentLocation location = DocumentLocator.locate(elsewhere.toString(), root.resolve("x"), List.of(root));

        assertThat(location.path()).isEqualTo(elsewhere);
        assertThat(location.lookedAt()).containsExactly(elsewhere);
    }

    @Test
    void onlyParentDirectoriesAboveTheBuildRootCountAsEnclosingRoots() {
        Path module = root.resolve("services/orders");
        Path services = root.resolve("services");
        Path siblingParent = root.resolve("parent");

        assertThat(DocumentLocator.enclosingAncestors(module, List.of(services, root)))
                .containsExactly(services, root);
        assertThat(DocumentLocator.enclosingAncestors(module, List.of(siblingParent, root))).isEmpty();
        assertThat(DocumentLocator.enclosingAncestors(module, List.of(module, root))).containsExactly(root);
    }
}
