package io.github.architect.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {

    @TempDir
    Path root;

    @Test
    void writesEveryChosenFormatUnderTheDirectory() throws Exception {
        Path dir = root.resolve("target/architect");

        List<Path> written = new ReportWriter().write(ReportFixtures.report(root), dir, ReportFormat.parse(""));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "architect.sarif", "TEST-architect.xml", "architect-report.json", "index.html", "services.mmd");
        for (Path file : written) {
            assertThat(Files.size(file)).isPositive();
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void reportsGetThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        Path dir = root.resolve("target/architect");
        Files.createDirectories(dir);
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> umaskGives = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
        Assumptions.assumeTrue(umaskGives.contains(PosixFilePermission.GROUP_READ),
                "a umask that lets the group read new files tells this apart from owner-only");

        List<Path> written = new ReportWriter().write(ReportFixtures.report(root), dir, ReportFormat.parse(""));
        List<Path> rewritten = new ReportWriter().write(ReportFixtures.report(root), dir, ReportFormat.parse(""));

        for (Path file : written) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(umaskGives);
        }
        assertThat(rewritten).isEqualTo(written);
    }

    @Test
    void writesOnlyTheChosenFormats() throws Exception {
        Path dir = root.resolve("out");

        new ReportWriter().write(ReportFixtures.report(root), dir, ReportFormat.parse("sarif, junit"));

        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("architect.sarif", "TEST-architect.xml");
        }
    }

    @Test
    void parsesFormatLists() {
        assertThat(ReportFormat.parse(null)).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parse("all")).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parse("none")).isEmpty();
        assertThat(ReportFormat.parse("HTML,mmd")).containsExactly(ReportFormat.HTML, ReportFormat.MERMAID);
        assertThatThrownBy(() -> ReportFormat.parse("sarif,pdf"))
                .hasMessageContaining("Unknown report format 'pdf'").hasMessageContaining("sarif, junit, json, html");
    }
}
