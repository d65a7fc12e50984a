package io.github.architect.engine;

import io.github.architect.baseline.Baseline;
import io.github.architect.baseline.BaselineLedger;
import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.report.ReportFormat;
import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BuildReportTest {

    @TempDir
    Path root;

    private Violation finding(String module, String subject) {
        return Violation.builder("undeclared-dependency", Severity.ERROR)
                .at(Location.of(root.resolve(module + "/src/main/java/A.java"), 4, 1)).message(subject + " drifts")
                .subjects(subject).build();
    }

    @Test
    void collectsEveryModuleIntoOneReportAndRecordsEachScopeOnce() throws Exception {
        BuildReport report = new BuildReport("1.0", root, root.resolve("target/architect"),
                EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF), null);

        report.record(BuildReport.DOCUMENT, List.of());
        report.record("module:orders", List.of(finding("orders", "a")));
        report.record("module:billing", List.of(finding("billing", "b")));
        List<Violation> again = report.record("module:orders", List.of(finding("orders", "other")));
        List<Path> written = report.write(null, List.of(), null);

        assertThat(again).extracting(Violation::message).containsExactly("a drifts");
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("architect.sarif", "architect-report.json");
        assertThat(Files.readString(root.resolve("target/architect/architect-report.json")))
                .contains("orders/src/main/java/A.java").contains("billing/src/main/java/A.java");
    }

    @Test
    void unionsTheServiceEdgesEveryModuleUsesAndKnowsNoneBeforeTheFirstModule() {
        BuildReport report = new BuildReport("1.0", root, root.resolve("target/architect"),
                EnumSet.of(ReportFormat.MERMAID), null);
        assertThat(report.report(null, List.of(), null).usedEdges()).isNull();

        report.recordUsedEdges("module:orders", Set.of(new ServiceEdge("Order", "Catalog")));
        report.recordUsedEdges("module:billing", Set.of(new ServiceEdge("Billing", "Catalog"), new ServiceEdge("Order", "Catalog")));
        report.recordUsedEdges("module:orders", Set.of(new ServiceEdge("Order", "Billing")));

        assertThat(report.report(null, List.of(), null).usedEdges()).containsExactly(
                new ServiceEdge("Billing", "Catalog"), new ServiceEdge("Order", "Catalog"));
    }

    @Test
    void aModuleServedFromTheCacheLeavesTheDiagramWithoutUsedOrUnusedVerdicts() {
        BuildReport report = new BuildReport("1.0", root, root, EnumSet.noneOf(ReportFormat.class), null);

        report.recordUsedEdges("module:orders", Set.of(new ServiceEdge("Order", "Catalog")));
        report.usedEdgesUnknown("module:billing");

        assertThat(report.report(null, List.of(), null).usedEdges()).isNull();
    }

    @Test
    void reportsOnlyFindingsTheBaselineDoesNotAcceptAndKnowsTheStaleOnes() throws Exception {
        Baseline baseline = Baseline.of(List.of(finding("orders", "a"), finding("billing", "gone")), root);
        BuildReport report = new BuildReport("1.0", root, root.resolve("target/architect"),
                EnumSet.of(ReportFormat.JSON), new BaselineLedger(baseline, root));

        List<Violation> fresh = report.record("module:orders", List.of(finding("orders", "a"), finding("orders", "new")));
        report.write(null, List.of(), null);

        assertThat(fresh).extracting(Violation::message).containsExactly("new drifts");
        assertThat(report.baselined()).isEqualTo(1);
        assertThat(report.allFindings()).hasSize(2);
        assertThat(report.stale()).singleElement().satisfies(e -> assertThat(e.subjects()).containsExactly("gone"));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(root.resolve("target/architect/architect-report.json").toFile());
        assertThat(json.get("findings").findValuesAsText("message")).containsExactly("new drifts");
        assertThat(json.get("baselined").findValuesAsText("message")).containsExactly("a drifts");
        assertThat(report.report(null, List.of(), null).suppressed()).extracting(Violation::message)
                .containsExactly("a drifts");
    }

    @Test
    void noFormatsWritesNothing() throws Exception {
        BuildReport report = new BuildReport("1.0", root, root.resolve("target/architect"), EnumSet.noneOf(ReportFormat.class), null);

        assertThat(report.write(null, List.of(), null)).isEmpty();
        assertThat(root.resolve("target/architect")).doesNotExist();
    }

    @Test
    void publishesToCiOnlyOnce() {
        BuildReport report = new BuildReport("1.0", root, root, EnumSet.noneOf(ReportFormat.class), null);

        assertThat(report.claimPublication()).isTrue();
        assertThat(report.claimPublication()).isFalse();
    }

    /** One module's execution as {@code VerifyMojo} runs it: record the findings and edges, then rewrite the reports. */
    private record ModuleRun(String scope, List<Violation> findings, Set<ServiceEdge> usedEdges) {
    }

    @Test
    void writesTheSameBytesWhateverOrderTheModulesOfAParallelBuildFinishIn() throws Exception {
        Path document = Files.writeString(root.resolve("architecture.md"), """
                # Shop
                ## 3. Service Definitions
                ### Order Service
                **Dependencies:** Catalog Service, Billing Service
                ### Catalog Service
                ### Billing Service
                """);
        io.github.architect.model.ArchitectureModel model =
                new io.github.architect.doc.ArchitectureDocumentParser().parse(document).model();
        List<ModuleRun> modules = List.of(
                new ModuleRun("module:orders", List.of(finding("orders", "a"), finding("orders", "b")),
                        Set.of(new ServiceEdge("Order Service", "Catalog Service"))),
                new ModuleRun("module:catalog", List.of(finding("catalog", "c")), Set.of()),
                new ModuleRun("module:billing", List.of(), Set.of(new ServiceEdge("Billing Service", "Order Service"))));
        List<List<ModuleRun>> completionOrders = List.of(modules,
                List.of(modules.get(2), modules.get(0), modules.get(1)),
                List.of(modules.get(1), modules.get(2), modules.get(0)));

        List<java.util.Map<String, String>> written = new java.util.ArrayList<>();
        for (int run = 0; run < completionOrders.size(); run++) {
            Path out = root.resolve("run" + run);
            BuildReport report = new BuildReport("1.0", root, out, ReportFormat.parse("all"), null);
            report.record(BuildReport.DOCUMENT, List.of());
            for (ModuleRun module : completionOrders.get(run)) {
                report.record(module.scope(), module.findings());
                report.recordUsedEdges(module.scope(), module.usedEdges());
                report.write(model, List.of(), null);
            }
            report.record(BuildReport.BUILD, List.of(finding("build", "z")));
            report.write(model, List.of(), null);
            java.util.Map<String, String> files = new java.util.TreeMap<>();
            try (var listing = Files.list(out)) {
                for (Path file : listing.toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file));
                }
            }
            written.add(files);
        }

        assertThat(written.get(0)).hasSize(ReportFormat.values().length);
        assertThat(written.get(0).get("architect-report.json")).contains("\"from\" : \"Billing Service\"");
        assertThat(written.get(1)).isEqualTo(written.get(0));
        assertThat(written.get(2)).isEqualTo(written.get(0));
    }
}
