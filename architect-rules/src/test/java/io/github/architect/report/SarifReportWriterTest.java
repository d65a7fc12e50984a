package io.github.architect.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.architect.check.Location;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportWriterTest {

    @TempDir
    Path root;

    private JsonNode sarif(Report report) throws Exception {
        return new ObjectMapper().readTree(new SarifReportWriter().render(report));
    }

    @Test
    void baselinedFindingsAreListedAsSuppressedResultsWithTheSameFingerprint() throws Exception {
        Violation accepted = ReportFixtures.undeclared(root, 12);
        Report withBaseline = new Report("0.1.0-SNAPSHOT", ReportFixtures.model(root),
                List.of(ReportFixtures.UNDECLARED, ReportFixtures.MISSING_ENDPOINT),
                List.of(ReportFixtures.missingEndpoint(root)), root, null, List.of(accepted));

        JsonNode results = sarif(withBaseline).at("/runs/0/results");

        assertThat(results).hasSize(2);
        JsonNode alert = results.get(0);
        JsonNode suppressed = results.get(1);
        assertThat(alert.get("ruleId").asText()).isEqualTo("missing-endpoint");
        assertThat(alert.has("suppressions")).isFalse();
        assertThat(suppressed.get("ruleId").asText()).isEqualTo("undeclared-dependency");
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(suppressed.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(suppressed.at("/suppressions/0/justification").asText()).contains("baseline");
        // the same fingerprint as when it was an alert, so code scanning closes that alert
        JsonNode unbaselined = sarif(ReportFixtures.report(root, List.of(accepted), null)).at("/runs/0/results/0");
        assertThat(suppressed.get("partialFingerprints")).isEqualTo(unbaselined.get("partialFingerprints"));
    }

    @Test
    void hasTheTopLevelFieldsCodeScanningRequires() throws Exception {
        JsonNode log = sarif(ReportFixtures.report(root));

        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("architect");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void describesEveryRuleOnceWithShortAndFullDescriptionAndHelp() throws Exception {
        JsonNode rules = sarif(ReportFixtures.report(root)).at("/runs/0/tool/driver/rules");

        assertThat(rules).hasSize(2);
        JsonNode missing = rules.get(0);
        assertThat(missing.get("id").asText()).isEqualTo("missing-endpoint");
        assertThat(missing.at("/shortDescription/text").asText()).isEqualTo("Declared endpoint not implemented");
        assertThat(missing.at("/fullDescription/text").asText()).isEqualTo("An endpoint of section 4 has no handler.");
        assertThat(missing.at("/help/text").asText()).startsWith("Implement the endpoint");
        assertThat(missing.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void resultPointsAtRepoRelativeFileLineAndColumnWithTheDocumentAsRelatedLocation() throws Exception {
        JsonNode runs = sarif(ReportFixtures.report(root)).at("/runs/0");
        JsonNode result = null;
        for (JsonNode r : runs.get("results")) {
            if (r.get("ruleId").asText().equals("undeclared-dependency")) {
                result = r;
            }
        }
        assertThat(result).isNotNull();
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(runs.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
                .isEqualTo("undeclared-dependency");
        assertThat(result.at("/message/text").asText()).contains("Order Service uses Billing Service")
                .contains("Fix: Add 'Depends on");
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText())
                .isEqualTo("orders/src/main/java/com/acme/orders/OrderApi.java");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(5);
        JsonNode related = result.at("/relatedLocations/0");
        assertThat(related.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("architecture.md");
        assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(20);
        assertThat(runs.at("/originalUriBaseIds").has("%SRCROOT%")).isTrue();
    }

    @Test
    void fingerprintSurvivesMovingTheCodeButNotAChangeOfWhatIsInvolved() throws Exception {
        String atLine12 = fingerprint(ReportFixtures.undeclared(root, 12));
        String atLine80 = fingerprint(ReportFixtures.undeclared(root, 80));
        Violation otherClass = Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(root.resolve("orders/src/main/java/com/acme/orders/OrderApi.java"), 12, 5))
                .message("other").service("Order Service")
                .subjects("com.acme.orders.OrderApi", "com.acme.billing.Payments").build();

        assertThat(atLine12).isEqualTo(atLine80).matches("[0-9a-f]{64}");
        assertThat(fingerprint(otherClass)).isNotEqualTo(atLine12);
    }

    private String fingerprint(Violation v) throws Exception {
        JsonNode result = sarif(ReportFixtures.report(root, List.of(v), null)).at("/runs/0/results/0");
        return result.at("/partialFingerprints").get(SarifReportWriter.FINGERPRINT).asText();
    }

    @Test
    void isDeterministicAndMachineIndependent() {
        List<Violation> findings = new ArrayList<>();
        for (int line = 1; line <= 20; line++) {
            findings.add(ReportFixtures.undeclared(root, line));
        }
        findings.add(ReportFixtures.missingEndpoint(root));
        List<Violation> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, new java.util.Random(7));

        String first = new SarifReportWriter().render(ReportFixtures.report(root, findings, null));
        String second = new SarifReportWriter().render(ReportFixtures.report(root, shuffled, null));

        assertThat(first).isEqualTo(second);
        assertThat(first).doesNotContain(root.toString());
    }

    @Test
    void fileOutsideTheProjectGetsAnAbsoluteFileUri(@TempDir Path elsewhere) throws Exception {
        Violation outside = Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(elsewhere.resolve("My File.java"))).message("m").build();

        JsonNode location = sarif(ReportFixtures.report(root, List.of(outside), null))
                .at("/runs/0/results/0/locations/0/physicalLocation");

        assertThat(location.at("/artifactLocation/uri").asText()).startsWith("file:/").endsWith("My%20File.java");
        assertThat(location.has("region")).as("no line known, no region").isFalse();
    }
    @Test
    void pathsInsideTheMessageAreRelativeToTheProject(@TempDir Path elsewhere) throws Exception {
        Location code = Location.of(root.resolve("orders/src/main/java/com/acme/orders/OrderApi.java"), 14, 5);
        Location outside = Location.of(elsewhere.resolve("Other.java"), 3, 1);
        Violation notImplemented = Violation.builder(ReportFixtures.MISSING_ENDPOINT)
                .at(Location.of(root.resolve("architecture.md"), 55, 1))
                .message("GET /orders/{id} is declared but no controller serves it")
                .hint("Implement it. Closest in the code: GET /orders served by OrderApi.list() at " + code
                        + ". Also seen at " + outside + ".")
                .build();

        String text = sarif(ReportFixtures.report(root, List.of(notImplemented), null))
                .at("/runs/0/results/0/message/text").asText();

        assertThat(text).contains("at orders/src/main/java/com/acme/orders/OrderApi.java:[14,5].")
                .doesNotContain(root.toString())
                // a file outside the build keeps its absolute path, as in the locations
                .contains(outside.toString());
    }
}
