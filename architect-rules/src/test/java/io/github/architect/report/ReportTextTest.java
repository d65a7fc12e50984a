package io.github.architect.report;

import io.github.architect.check.Location;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every report format does with a finding's text: paths below the build root are written
 * relative to it, as the reports' locations are, and the summary counts what the build log's
 * summary line counts.
 */
class ReportTextTest {

    @TempDir
    Path root;

    static Stream<Arguments> formats() {
        Function<Report, String> github = r -> String.join("\n",
                new GithubActionsReporter(Map.of("GITHUB_ACTIONS", "true")).annotations(r))
                + new GithubActionsReporter(Map.of()).summary(r);
        return Stream.of(
                Arguments.of("json", (Function<Report, String>) r -> new JsonReportWriter().render(r)),
                Arguments.of("html", (Function<Report, String>) r -> new HtmlReportWriter().render(r)),
                Arguments.of("sarif", (Function<Report, String>) r -> new SarifReportWriter().render(r)),
                Arguments.of("junit", (Function<Report, String>) r -> new JunitXmlReportWriter().render(r)),
                Arguments.of("github", github));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void pathsInAMessageOrHintAreRelativeToTheBuildRoot(String format, Function<Report, String> render,
                                                         @TempDir Path elsewhere) {
        Location code = Location.of(root.resolve("orders/src/main/java/com/acme/orders/OrderApi.java"), 14, 5);
        Location outside = Location.of(elsewhere.resolve("Other.java"), 3, 1);
        Violation notImplemented = Violation.builder(ReportFixtures.MISSING_ENDPOINT)
                .at(Location.of(root.resolve("architecture.md"), 55, 1))
                .message("GET /orders/{id} is declared, and " + code + " serves GET /orders")
                .hint("Implement it. Closest in the code: GET /orders served by OrderApi.list() at " + code
                        + ". Also seen at " + outside + ".")
                .build();

        String text = render.apply(ReportFixtures.report(root, List.of(notImplemented), null));

        assertThat(text).contains("orders/src/main/java/com/acme/orders/OrderApi.java:[14,5]")
                .doesNotContain(root.toString())
                // a file outside the build keeps its absolute path, as in the locations
                .contains(outside.toString());
    }

    @Test
    void theSummaryCountsWhatTheBuildLogsSummaryLineCounts() {
        Report report = ReportFixtures.report(root);
        // an OpenAPI contract declares endpoints the model does not list; the session counts them
        Report withOpenApiEndpoints = new Report(report.toolVersion(), report.model(), report.rules(),
                report.violations(), root, report.usedEdges(), List.of(), report.model().summary(5));

        assertThat(new JsonReportWriter().render(withOpenApiEndpoints)).contains("3 services, 5 endpoints, 0 tables");
        assertThat(new HtmlReportWriter().render(withOpenApiEndpoints)).contains("3 services, 5 endpoints, 0 tables");
        assertThat(new GithubActionsReporter(Map.of()).summary(withOpenApiEndpoints))
                .contains("3 services, 5 endpoints, 0 tables");
        assertThat(report.modelSummary()).as("without a summary given, the model's own")
                .isEqualTo("3 services, 0 endpoints, 0 tables, 0 technologies");
    }
}
