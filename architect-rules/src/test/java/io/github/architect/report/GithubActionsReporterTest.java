package io.github.architect.report;

import io.github.architect.check.Location;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GithubActionsReporterTest {

    @TempDir
    Path root;

    @Test
    void doesNothingOutsideGithubActions() throws Exception {
        List<String> out = new ArrayList<>();
        Path summary = root.resolve("summary.md");

        new GithubActionsReporter(Map.of("GITHUB_STEP_SUMMARY", summary.toString()))
                .publish(ReportFixtures.report(root), out::add);

        assertThat(out).isEmpty();
        assertThat(summary).doesNotExist();
    }

    @Test
    void annotatesFindingsWithFileLineAndTitle() throws Exception {
        List<String> out = new ArrayList<>();

        new GithubActionsReporter(Map.of("GITHUB_ACTIONS", "true")).publish(ReportFixtures.report(root), out::add);

        assertThat(out).containsExactly(
                "::warning file=architecture.md,line=55,col=1,title=architect missing-endpoint::GET /orders/{id} is"
                        + " declared for Order Service but no controller maps it.%0AFix: Add a @GetMapping(\"/orders/{id}\")"
                        + " handler or remove the endpoint.",
                "::error file=orders/src/main/java/com/acme/orders/OrderApi.java,line=12,col=5,"
                        + "title=architect undeclared-dependency::Order Service uses Billing Service"
                        + " (com.acme.orders.OrderApi -> com.acme.billing.Invoices) but architecture.md does not declare"
                        + " Order -> Billing.%0AFix: Add 'Depends on: Billing Service' to Order Service in section 3.");
    }

    @Test
    void emitsAtMostTenAnnotationsPerTypeAndEscapesCommandCharacters() {
        List<Violation> many = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(ReportFixtures.undeclared(root, i));
        }
        many.add(Violation.builder(ReportFixtures.MISSING_ENDPOINT)
                .at(Location.of(root.resolve("dir,with:odd/A.java"), 2, 0)).message("100% done\r\nnext").build());

        List<String> lines = new GithubActionsReporter(Map.of("GITHUB_ACTIONS", "true"))
                .annotations(ReportFixtures.report(root, many, null));

        assertThat(lines).filteredOn(l -> l.startsWith("::error ")).hasSize(10);
        assertThat(lines).filteredOn(l -> l.startsWith("::warning ")).containsExactly(
                "::warning file=dir%2Cwith%3Aodd/A.java,line=2,title=architect missing-endpoint::100%25 done%0D%0Anext");
    }

    @Test
    void appendsAMarkdownTableToTheStepSummary() throws Exception {
        Path summary = root.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString());

        new GithubActionsReporter(env).publish(ReportFixtures.report(root), line -> { });

        assertThat(Files.readString(summary)).startsWith("earlier step\n### architect: 1 error, 1 warning\n")
                .contains("3 services, 0 endpoints, 0 tables, 0 technologies declared in `architecture.md`.")
                .contains("| Severity | Rule | Location | Finding | Fix |")
                .contains("| error | `undeclared-dependency` | `orders/src/main/java/com/acme/orders/OrderApi.java:12` |");
    }

    @Test
    void pathsAreRelativeToTheWorkspaceWhenTheBuildIsInASubdirectory() {
        Path build = root.resolve("backend");
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", root.toString());

        List<String> lines = new GithubActionsReporter(env)
                .annotations(ReportFixtures.report(build, List.of(ReportFixtures.undeclared(build, 3)), null));

        assertThat(lines.get(0)).startsWith("::error file=backend/orders/src/main/java/com/acme/orders/OrderApi.java,line=3");
    }
}
