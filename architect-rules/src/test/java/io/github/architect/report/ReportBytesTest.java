package io.github.architect.report;

import io.github.architect.bench.UsualShapeDocument;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.ServiceEdge;
import io.github.architect.check.Violation;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.DocumentRules;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.mapping.ServiceMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report format, byte for byte, for one fixed input: a generated document of 12 services read
 * and checked against a build without code (so every kind of document and build-wide finding is
 * there), plus findings whose text needs escaping (markup, quotes, control characters, characters
 * outside Latin-1 and outside the BMP). The expected files were rendered before the renderers were
 * made faster; any change of a report's bytes fails here. To accept an intended change of the
 * format, run with {@code -Dreport.golden.update=true} and review the diff of the files.
 */
class ReportBytesTest {

    private static final String GOLDEN = "/io/github/architect/report/golden/";

    @TempDir
    Path root;

    @Test
    void everyFormatRendersTheSameBytesAsBefore() throws IOException {
        Report report = fixedReport();
        for (ReportFormat format : ReportFormat.values()) {
            String rendered = anonymous(ReportWriter.render(report, format));
            assertThat(rendered).as(format.fileName()).isEqualTo(golden(format));
        }
    }

    @Test
    void filesWrittenHoldTheSameBytesAsTheRenderedText() throws IOException {
        Report report = fixedReport();
        Path dir = root.resolve("target/architect");

        List<Path> written = new ReportWriter().write(report, dir, EnumSet.allOf(ReportFormat.class));

        assertThat(written).hasSize(ReportFormat.values().length);
        for (ReportFormat format : ReportFormat.values()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(format.fileName()));
            assertThat(bytes).as(format.fileName())
                    .isEqualTo(ReportWriter.render(report, format).getBytes(StandardCharsets.UTF_8));
            assertThat(anonymous(new String(bytes, StandardCharsets.UTF_8))).as(format.fileName())
                    .isEqualTo(golden(format));
        }
    }

    private Report fixedReport() throws IOException {
        Path document = root.resolve("architecture.md");
        Files.writeString(document, UsualShapeDocument.ofSize(6_000), StandardCharsets.UTF_8);
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(document);
        Codebase codebase = new Codebase(root, List.of());
        Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.defaults());
        CheckContext context = new CheckContext(parsed.model(), codebase, ServiceMapper.map(parsed.model(), codebase),
                Map.of());
        List<Violation> findings = new ArrayList<>(verifier.applyPolicy(parsed.findings()));
        findings.addAll(verifier.verifyBuild(context));
        findings.add(Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(root.resolve("orders/src/main/java/Ünïcode Ωrders.java"), 7, 3))
                .message("Node 2 Service <b>uses</b> \"Node 3\" & 'more' \u0001\u001f\ttab — via 𝄞 → 通知サービス at "
                        + root.resolve("orders/src/Main.java") + ":12")
                .hint("Remove <script>alert(1)</script> or declare it; see " + root.resolve("architecture.md"))
                .documentLocation(Location.of(document, 20, 1))
                .service("Node 2 Service")
                .subjects("a.B", "c.D")
                .build());
        findings.add(ReportFixtures.missingEndpoint(root));
        List<Rule> rules = new ArrayList<>(DocumentRules.all());
        rules.addAll(verifier.rules());
        return new Report("1.2.3", parsed.model(), rules, findings, root,
                List.of(new ServiceEdge("Node 3 Service", "Catalog Service"), new ServiceEdge("Node 2 Service", "Catalog Service")));
    }

    private String anonymous(String text) {
        // the temporary directory differs per run; the model and messages may name it
        return text.replace(root.toAbsolutePath().toString(), "<root>");
    }

    private String golden(ReportFormat format) throws IOException {
        String name = format.fileName();
        if (Boolean.getBoolean("report.golden.update")) {
            Path file = Path.of("src/test/resources" + GOLDEN + name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, anonymous(ReportWriter.render(fixedReport(), format)), StandardCharsets.UTF_8);
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        try (InputStream in = ReportBytesTest.class.getResourceAsStream(GOLDEN + name)) {
            assertThat(in).as("golden file " + GOLDEN + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
