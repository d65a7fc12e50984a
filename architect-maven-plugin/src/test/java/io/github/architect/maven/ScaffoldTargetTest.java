package io.github.architect.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaffoldTargetTest {

    @TempDir
    Path temp;

    @Test
    void aDanglingLinkToAFileOutsideTheBuildIsRefusedNamingBothAndTheWayOut() throws Exception {
        Path build = Files.createDirectories(temp.resolve("shop"));
        Path outside = temp.resolve("elsewhere/notes.md");
        Path link = Files.createSymbolicLink(build.resolve("architecture.md"), outside);

        assertThatThrownBy(() -> ScaffoldTarget.landing(link, build, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(link + " is a symbolic link to " + temp.toRealPath().resolve("elsewhere/notes.md"))
                .hasMessageContaining("outside the build's directory")
                .hasMessageContaining("-Darchitect.doc=");
    }

    @Test
    void theLinkTargetNamedWithArchitectDocIsWhereItWrites() throws Exception {
        Path build = Files.createDirectories(temp.resolve("shop"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere")).resolve("notes.md");
        Path link = Files.createSymbolicLink(build.resolve("architecture.md"), outside);

        assertThat(ScaffoldTarget.landing(link, build, outside.toString())).isEqualTo(outside.getParent().toRealPath()
                .resolve("notes.md"));
        assertThatThrownBy(() -> ScaffoldTarget.landing(link, build, "architecture.md"))
                .as("naming the link is not naming the file outside").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkInsideTheBuildAndAPlainFileAreWrittenWhereTheyLead() throws Exception {
        Path build = Files.createDirectories(temp.resolve("shop"));
        Path docs = Files.createDirectories(build.resolve("docs"));
        Path link = Files.createSymbolicLink(build.resolve("architecture.md"), Path.of("docs/architecture.md"));

        assertThat(ScaffoldTarget.landing(link, build, null)).isEqualTo(docs.toRealPath().resolve("architecture.md"));
        assertThat(ScaffoldTarget.landing(build.resolve("design.md"), build, null))
                .isEqualTo(build.toRealPath().resolve("design.md"));
    }
}
