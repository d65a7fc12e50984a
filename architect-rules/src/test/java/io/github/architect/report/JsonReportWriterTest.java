package io.github.architect.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportWriterTest {

    @TempDir
    Path root;

    @Test
    void carriesSchemaVersionFindingsAndTheParsedModel() throws Exception {
        String text = new JsonReportWriter().render(ReportFixtures.report(root));
        JsonNode json = new ObjectMapper().readTree(text);

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(JsonReportWriter.SCHEMA_VERSION).isEqualTo(1);
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/warnings").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/model").asText()).isEqualTo("3 services, 0 endpoints, 0 tables, 0 technologies");
        assertThat(json.get("findings")).hasSize(2);
        JsonNode finding = json.at("/findings/1");
        assertThat(finding.get("ruleId").asText()).isEqualTo("undeclared-dependency");
        assertThat(finding.at("/location/file").asText()).isEqualTo("orders/src/main/java/com/acme/orders/OrderApi.java");
        assertThat(finding.at("/location/line").asInt()).isEqualTo(12);
        assertThat(finding.at("/documentLocation/line").asInt()).isEqualTo(20);
        assertThat(finding.get("subjects")).hasSize(2);
        assertThat(finding.get("fingerprint").asText()).hasSize(64);
        assertThat(json.at("/model/document").asText()).isEqualTo("architecture.md");
        assertThat(json.at("/model/services/0/name").asText()).isEqualTo("Order Service");
        assertThat(json.at("/model/services/0/position/line").asInt()).isEqualTo(20);
        assertThat(json.at("/model/services/0/position").has("known")).isFalse();
        assertThat(json.at("/model/dependencies")).hasSize(2);
        assertThat(json.at("/rules/0/id").asText()).isEqualTo("missing-endpoint");
        assertThat(text).doesNotContain(root.toString());
    }

    @Test
    void writesTheServiceGraphAndANullModelWhenTheDocumentWasUnreadable() throws Exception {
        Report report = new Report("1.0.0", null, List.of(), List.of(), root, null);

        JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().render(report));

        assertThat(json.get("model").isNull()).isTrue();
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.at("/serviceGraph/edges")).isEmpty();
    }

    @Test
    void listsBaselinedFindingsApartFromTheNewOnes() throws Exception {
        Report report = new Report("1.0.0", ReportFixtures.model(root), List.of(ReportFixtures.UNDECLARED),
                List.of(), root, null, List.of(ReportFixtures.undeclared(root, 12)));

        JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().render(report));

        assertThat(json.get("findings")).isEmpty();
        assertThat(json.at("/summary/errors").asInt()).isZero();
        assertThat(json.get("baselined")).hasSize(1);
        assertThat(json.at("/baselined/0/ruleId").asText()).isEqualTo("undeclared-dependency");
    }

    @Test
    void writesEveryObjectsKeysInOneFixedOrder() throws Exception {
        // Map.of would iterate in an order picked per JVM: the same report came out in different bytes
        JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().render(ReportFixtures.report(root)));

        assertThat(fieldNames(json.get("tool"))).containsExactly("name", "version");
        assertThat(fieldNames(json.get("serviceGraph"))).containsExactly("services", "edges");
        assertThat(json.at("/serviceGraph/services")).isNotEmpty();
        assertThat(json.at("/serviceGraph/edges")).isNotEmpty();
        for (JsonNode edge : json.at("/serviceGraph/edges")) {
            assertThat(fieldNames(edge)).containsExactly("from", "to", "kind");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
