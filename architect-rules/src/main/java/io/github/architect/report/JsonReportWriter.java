package io.github.architect.report;

import io.github.architect.check.FindingKey;
import io.github.architect.check.ProjectPaths;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code architect-report.json}: every finding, the rules, the service graph and the parsed model,
 * for scripts and dashboards. The shape is versioned by {@link #SCHEMA_VERSION}: fields may be added
 * within a version, never renamed or removed. Paths are relative to the project root.
 */
final class JsonReportWriter {

    public static final int SCHEMA_VERSION = 1;

    public String render(Report report) {
        return TextOut.asString(out -> render(report, out), 16);
    }

    /** The same text as {@link #render(Report)}, written to {@code out}, which is left open. */
    public void render(Report report, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", ordered("name", "architect", "version", report.toolVersion()));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARN));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("model", report.modelSummary());
        root.put("summary", summary);
        root.put("rules", report.allRules().stream().map(JsonReportWriter::rule).toList());
        root.put("findings", report.violations().stream().map(v -> finding(report, v)).toList());
        root.put("baselined", report.suppressed().stream().map(v -> finding(report, v)).toList());
        ServiceGraph graph = ServiceGraph.of(report);
        root.put("serviceGraph", ordered("services", graph.services(), "edges", graph.edges().stream()
                .map(e -> ordered("from", e.from(), "to", e.to(), "kind", e.kind().name())).toList()));
        root.put("model", report.model());
        mapper(report.projectRoot()).writeValue(out, root);
        out.write('\n');
    }

    /**
     * An object whose keys are written in the order given: {@code Map.of} iterates in an order that
     * changes from one JVM to the next, and the report must be the same bytes on every run.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    private static Map<String, Object> rule(Rule rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", rule.id());
        json.put("defaultSeverity", rule.defaultSeverity().name());
        json.put("title", rule.title());
        json.put("description", rule.description());
        json.put("help", rule.help());
        return json;
    }

    private static Map<String, Object> finding(Report report, Violation v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ruleId", v.ruleId());
        json.put("severity", v.severity().name());
        json.put("location", location(report, v.location()));
        json.put("message", report.displayText(v.message()));
        json.put("hint", report.displayText(v.hint()));
        json.put("documentLocation", v.documentLocation() == null ? null : location(report, v.documentLocation()));
        json.put("service", v.service());
        json.put("subjects", v.subjects());
        json.put("fingerprint", FindingKey.of(v, report.projectRoot()).fingerprint());
        return json;
    }

    private static Map<String, Object> location(Report report, Location location) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.displayPath(location.file()));
        json.put("line", location.line());
        json.put("column", location.column());
        return json;
    }

    /** Paths inside the model are written relative to the root too; "isKnown"-style helpers are left out. */
    private static ObjectMapper mapper(Path projectRoot) {
        SimpleModule paths = new SimpleModule("architect-paths");
        paths.addSerializer(Path.class, new JsonSerializer<>() {
            @Override
            public void serialize(Path value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(ProjectPaths.relative(projectRoot, value));
            }
        });
        return JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .addModule(paths)
                .build();
    }
}
