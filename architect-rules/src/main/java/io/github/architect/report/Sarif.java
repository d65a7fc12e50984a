package io.github.architect.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model architect writes, as records Jackson serialises.
 * Field names follow the specification; null fields are left out.
 */
final class Sarif {

    public static final String VERSION = "2.1.0";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base of every repo-relative artifact location: the build's top-level directory. */
    public static final String SRCROOT = "%SRCROOT%";

    private Sarif() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Run(Tool tool, Map<String, ArtifactLocation> originalUriBaseIds, String columnKind,
                      List<Result> results) {
    }

    public record Tool(ToolComponent driver) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToolComponent(String name, String version, String semanticVersion, String informationUri,
                                List<ReportingDescriptor> rules) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, String name, Message shortDescription, Message fullDescription,
                                      Message help, Configuration defaultConfiguration,
                                      Map<String, Object> properties) {
    }

    public record Configuration(String level) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String text, String markdown) {
        public static Message of(String text) {
            return new Message(text, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
                         List<Location> relatedLocations, Map<String, String> partialFingerprints,
                         List<Suppression> suppressions, Map<String, Object> properties) {
    }

    /** Why a result is not an alert: {@code external} means kept in a file outside the source (the baseline). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suppression(String kind, String status, String justification) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, String uriBaseId, Message description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(Integer startLine, Integer startColumn) {
    }
}
