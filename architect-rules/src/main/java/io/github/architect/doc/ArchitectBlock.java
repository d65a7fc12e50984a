package io.github.architect.doc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import io.github.architect.model.TechnologyMapping;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The optional {@code yaml architect} block, for what prose cannot say:
 * <pre>
 * services:
 *   Order Service: {packages: [com.acme.orders..], modules: [orders], depends-on: [Inventory], tables: [orders]}
 * shared: [com.acme.common..]
 * base-path: /api
 * technologies:
 *   Acme Bus: [com.acme.bus:*]
 * </pre>
 */
final class ArchitectBlock {

    private static final Set<String> TOP_KEYS = Set.of("services", "shared", "base-path", "technologies");
    private static final Set<String> SERVICE_KEYS = Set.of("packages", "modules", "depends-on", "tables");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One service of the block; {@code dependsOn} is null when the block does not say. */
    record Entry(String name, Position position, List<String> packages, List<String> modules,
                 List<String> dependsOn, Position dependsOnPosition, List<String> tables) {
    }

    private final List<Entry> entries;
    private final List<String> shared;
    private final String basePath;
    private final List<TechnologyMapping> technologies;

    private ArchitectBlock(List<Entry> entries, List<String> shared, String basePath,
                           List<TechnologyMapping> technologies) {
        this.entries = List.copyOf(entries);
        this.shared = List.copyOf(shared);
        this.basePath = basePath;
        this.technologies = List.copyOf(technologies);
    }

    static ArchitectBlock none() {
        return new ArchitectBlock(List.of(), List.of(), null, List.of());
    }

    /** The technologies the block maps to Maven coordinates, extending architect's catalogue. */
    List<TechnologyMapping> technologies() {
        return technologies;
    }

    List<Entry> entries() {
        return entries;
    }

    List<String> shared() {
        return shared;
    }

    String basePath() {
        return basePath;
    }

    static boolean isArchitectBlock(CodeBlock block) {
        String language = block.language();
        return (language.equals("yaml") || language.equals("yml")) && block.infoHasWord("architect");
    }

    static ArchitectBlock read(MarkdownOutline outline, DocumentFindings findings) {
        List<Entry> entries = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        String basePath = null;
        List<TechnologyMapping> technologies = new ArrayList<>();
        for (CodeBlock block : outline.codeBlocks()) {
            if (!isArchitectBlock(block)) {
                continue;
            }
            JsonNode root;
            try {
                root = YAML.readTree(block.content());
            } catch (JsonProcessingException e) {
                YamlError error = YamlError.of(e.getOriginalMessage(), block.firstLine() - 1);
                JsonLocation where = e.getLocation();
                int line = error.line() > 0 ? error.line()
                        : block.firstLine() + (where == null ? 0 : Math.max(where.getLineNr(), 1) - 1);
                int column = error.line() > 0 ? error.column() : where == null ? 1 : Math.max(where.getColumnNr(), 1);
                findings.add(DocumentRules.YAML, line, column,
                        "The yaml architect block does not parse: " + error.message(),
                        error.message().contains("TAB") ? "Indent the block with spaces, not tabs."
                                : "Fix the YAML syntax at that line or the one above it (indentation, colons,"
                                + " lists in [..] or '- ' items).");
                continue;
            }
            reportDuplicateKeys(block, findings);
            if (root == null || root.isNull() || root.isMissingNode()) {
                continue;
            }
            BlockLines lines = new BlockLines(outline.source(), block);
            if (!root.isObject()) {
                findings.add(DocumentRules.YAML, block.firstLine(), 1,
                        "The yaml architect block is not a mapping of services, shared and base-path",
                        "Start the block with `services:`.");
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                Position at = lines.positionOf(key, 0);
                switch (key) {
                    case "services" -> readServices(value, lines, entries, findings);
                    case "shared" -> shared.addAll(strings(value, "shared", "shared", at, findings));
                    case "technologies" -> readTechnologies(value, lines, at, technologies, findings);
                    case "base-path" -> {
                        if (value.isTextual() && value.asText().startsWith("/")) {
                            basePath = value.asText().replaceAll("/+$", "");
                        } else {
                            findings.add(DocumentRules.YAML, at.line(), at.column(),
                                    "base-path must be a path starting with '/', not \"" + value.asText() + "\"",
                                    "Write e.g. `base-path: /api`.");
                        }
                    }
                    default -> findings.add(DocumentRules.UNKNOWN_KEY, at.line(), at.column(),
                            "Unknown key \"" + key + "\" in the yaml architect block; known keys are " + TOP_KEYS,
                            suggestion(key, TOP_KEYS), key);
                }
            }
        }
        return new ArchitectBlock(entries, shared, basePath, technologies);
    }

    private static void readTechnologies(JsonNode value, BlockLines lines, Position at, List<TechnologyMapping> technologies,
                                         DocumentFindings findings) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            findings.add(DocumentRules.YAML, at.line(), at.column(),
                    "technologies must map each technology name to Maven coordinates",
                    "Write `technologies:` then one `  Acme Bus: [com.acme.bus:*]` line per technology.");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Position named = lines.positionOf(field.getKey(), at.line());
            List<String> globs = strings(field.getValue(), field.getKey(), "technology " + field.getKey(), named, findings);
            List<String> wrong = globs.stream().filter(g -> !g.matches("[^:\\s]+:[^:\\s]+")).toList();
            if (!wrong.isEmpty() || globs.isEmpty()) {
                findings.add(DocumentRules.YAML, named.line(), named.column(),
                        "Technology \"" + field.getKey() + "\" in the yaml architect block must map to groupId:artifactId"
                                + " coordinates" + (wrong.isEmpty() ? "" : ", not " + wrong),
                        "Write e.g. `" + field.getKey() + ": [com.acme:acme-client, com.acme.bus:*]` ('*' matches any run"
                                + " of characters).");
                continue;
            }
            technologies.add(new TechnologyMapping(field.getKey(), globs, named));
        }
    }

    private static void readServices(JsonNode services, BlockLines lines, List<Entry> entries, DocumentFindings findings) {
        Position servicesAt = lines.positionOf("services", 0);
        if (services == null || services.isNull()) {
            return;
        }
        if (!services.isObject()) {
            findings.add(DocumentRules.YAML, servicesAt.line(), servicesAt.column(),
                    "services must map each service name to its settings",
                    "Write `services:` then one `  Order Service: {packages: [...]}` line per service.");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            Position at = lines.positionOf(name, servicesAt.line());
            JsonNode settings = field.getValue();
            if (isEmptyName(name)) {
                findings.add(DocumentRules.YAML, at.line(), at.column(),
                        "A service of the yaml architect block has an empty name (" + (name.equals("~") ? "~" : "\"" + name + "\"") + ")",
                        "Write the service's name before the colon, e.g. `Order Service: {modules: [orders]}`, or remove the line.");
                continue;
            }
            List<String> packages = List.of();
            List<String> modules = List.of();
            List<String> dependsOn = null;
            Position dependsAt = at;
            List<String> tables = List.of();
            if (settings != null && settings.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> keys = settings.fields(); keys.hasNext(); ) {
                    Map.Entry<String, JsonNode> setting = keys.next();
                    Position settingAt = lines.positionOf(setting.getKey(), at.line());
                    switch (setting.getKey()) {
                        case "packages" -> packages = strings(setting.getValue(), "packages", "packages of " + name, settingAt, findings);
                        case "modules" -> modules = strings(setting.getValue(), "modules", "modules of " + name, settingAt, findings);
                        case "depends-on" -> {
                            dependsOn = strings(setting.getValue(), "depends-on", "depends-on of " + name, settingAt, findings);
                            dependsAt = settingAt;
                        }
                        case "tables" -> tables = strings(setting.getValue(), "tables", "tables of " + name, settingAt, findings);
                        default -> findings.add(DocumentRules.UNKNOWN_KEY, settingAt.line(), settingAt.column(),
                                "Unknown key \"" + setting.getKey() + "\" for service \"" + name
                                        + "\" in the yaml architect block; known keys are " + SERVICE_KEYS,
                                suggestion(setting.getKey(), SERVICE_KEYS), setting.getKey());
                    }
                }
            } else if (settings != null && !settings.isNull()) {
                findings.add(DocumentRules.YAML, at.line(), at.column(),
                        "Service \"" + name + "\" in the yaml architect block must map to its settings",
                        "Write `" + name + ": {packages: [com.acme." + name.toLowerCase().replace(' ', '_') + "..]}`.");
            }
            entries.add(new Entry(name, at, packages, modules, dependsOn, dependsAt, tables));
        }
    }

    /** A key YAML reads as null or empty: {@code ~}, {@code null}, {@code ""}. */
    private static boolean isEmptyName(String name) {
        String trimmed = name.trim();
        return trimmed.isEmpty() || trimmed.equals("~") || trimmed.equals("null") || trimmed.equals("Null")
                || trimmed.equals("NULL");
    }

    /**
     * @param key  the key as written, for hints
     * @param what what the list is, for messages: "modules of Order Service"
     */
    private static List<String> strings(JsonNode value, String key, String what, Position at, DocumentFindings findings) {
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isValueNode()) {
            if (value.asText().isBlank()) {
                findings.add(DocumentRules.YAML, at.line(), at.column(), what + " is empty (\"\")",
                        "Write `" + key + ": [a, b]`, or remove the key.");
            } else {
                result.add(value.asText().trim());
            }
            return result;
        }
        if (value.isArray()) {
            boolean emptyReported = false;
            for (JsonNode item : value) {
                if (item.isNull() || item.isValueNode() && item.asText().isBlank()) {
                    if (!emptyReported) {
                        findings.add(DocumentRules.YAML, at.line(), at.column(),
                                what + " has an empty item (~ or \"\")",
                                "Remove the empty item from `" + key + ": [...]`.");
                        emptyReported = true;
                    }
                } else if (item.isValueNode()) {
                    result.add(item.asText().trim());
                } else {
                    findings.add(DocumentRules.YAML, at.line(), at.column(),
                            key + " must be a list of names, but an item is " + item.getNodeType().name().toLowerCase(),
                            "Write `" + key + ": [a, b]`.");
                }
            }
            return result;
        }
        findings.add(DocumentRules.YAML, at.line(), at.column(), key + " must be a list of names",
                "Write `" + key + ": [a, b]`.");
        return result;
    }

    private static String suggestion(String key, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(key.toLowerCase(), candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best == null ? "Remove it, or use one of " + known + "." : "Did you mean \"" + best + "\"?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * A key written twice in one mapping: YAML keeps the last one, so the first would be silently lost.
     * Read from the token stream, which still has every key with its line.
     */
    private static void reportDuplicateKeys(CodeBlock block, DocumentFindings findings) {
        try (JsonParser parser = YAML.getFactory().createParser(block.content())) {
            Deque<Map<String, Integer>> mappings = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    mappings.push(new HashMap<>());
                } else if (token == JsonToken.END_OBJECT) {
                    mappings.pop();
                } else if (token == JsonToken.FIELD_NAME && !mappings.isEmpty()) {
                    JsonLocation where = parser.currentTokenLocation();
                    int line = block.firstLine() + Math.max(where.getLineNr(), 1) - 1;
                    Integer first = mappings.peek().putIfAbsent(parser.currentName(), line);
                    if (first != null) {
                        String key = parser.currentName();
                        findings.add(DocumentRules.YAML, line, Math.max(where.getColumnNr(), 1),
                                "\"" + key + "\" is written twice in the yaml architect block ("
                                        + (first == line ? "line " + line : "lines " + first + " and " + line)
                                        + "); the second would replace the first",
                                "Merge the two \"" + key + "\" entries into one, or remove one of them.", key);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the block parsed as a tree already; a stream that cannot be read again has nothing more to say
        }
    }

    /** Merges the block into the prose services: new services are added, settings are taken from the block. */
    List<Service> mergeInto(List<Service> prose, DocumentFindings findings) {
        List<Service> services = new ArrayList<>(prose);
        for (Entry entry : entries) {
            int index = indexOf(services, entry.name());
            if (index < 0) {
                services.add(new Service(entry.name(), null, entry.position(), entry.packages(), entry.modules(),
                        entry.tables()));
                continue;
            }
            Service existing = services.get(index);
            Set<String> tables = new LinkedHashSet<>(entry.tables());
            tables.addAll(existing.ownedTables());
            services.set(index, new Service(existing.name(), existing.id(), existing.position(),
                    entry.packages().isEmpty() ? existing.packages() : entry.packages(),
                    entry.modules().isEmpty() ? existing.modules() : entry.modules(),
                    List.copyOf(tables)));
        }
        return services;
    }

    private static int indexOf(List<Service> services, String name) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).isNamed(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Finds where a key is written inside the block, for findings. */
    private static final class BlockLines {
        private final SourceText source;
        private final CodeBlock block;
        private final int lastLine;

        BlockLines(SourceText source, CodeBlock block) {
            this.source = source;
            this.block = block;
            this.lastLine = block.firstLine() + (int) block.content().lines().count() - 1;
        }

        /** The first line at or after {@code afterLine} where {@code key:} is written. */
        Position positionOf(String key, int afterLine) {
            Pattern pattern = Pattern.compile("^(\\s*(?:-\\s+)?)[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
            Pattern inline = Pattern.compile("[{,]\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
            for (int line = Math.max(block.firstLine(), afterLine); line <= lastLine; line++) {
                String text = source.line(line);
                var matcher = pattern.matcher(text);
                if (matcher.matches()) {
                    return Position.of(line, matcher.group(1).length() + 1);
                }
                var inlineMatcher = inline.matcher(text);
                if (inlineMatcher.find()) {
                    return Position.of(line, text.indexOf(key, inlineMatcher.start()) + 1);
                }
            }
            return Position.of(block.fenceLine(), 1);
        }
    }
}
