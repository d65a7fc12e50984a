package io.github.architect.doc;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.architect.model.NoSqlCollection;
import io.github.architect.model.Position;
import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON-like schema in section 5 into a NoSQL {@link NoSqlCollection} when the document says it
 * describes a collection (the heading or the line above mentions a collection or a document
 * store, or the JSON names its collection). Response examples are not collections.
 */
final class CollectionReader {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i).*\\b(collections?|mongo(db)?|document store|documentdb|dynamodb|firestore|cosmos ?db|couchdb|nosql)\\b.*");
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)[`\"']?([A-Za-z_][\\w.-]*)[`\"']?\\s+collection\\b");
    private static final Pattern NAMED_AFTER = Pattern.compile("(?i)\\bcollection\\s*[:=]?\\s*[`\"']?([A-Za-z_][\\w.-]*)");
    private static final Pattern KEY = Pattern.compile("^(\\s*)[\"']?([A-Za-z_$][\\w$-]*)[\"']?\\s*:");
    private static final Set<String> NAME_KEYS = Set.of("collection", "collectionName", "_collection");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "each", "one", "per", "document",
            "mongodb", "mongo", "schema", "nosql", "json", "example", "collections", "of", "in", "for", "name");

    private CollectionReader() {
    }

    static boolean isJson(CodeBlock block) {
        String language = block.language();
        return language.matches("json|jsonc|json5|javascript|js|mongodb|mongo") && block.content().trim().startsWith("{");
    }

    static Optional<NoSqlCollection> read(MarkdownOutline outline, MarkdownOutline.SectionRange section, CodeBlock block,
                                     ServiceNames names) {
        JsonNode root = parse(block.content());
        String jsonName = null;
        if (root != null && root.isObject()) {
            for (String key : NAME_KEYS) {
                if (root.path(key).isTextual()) {
                    jsonName = root.path(key).asText();
                }
            }
        }
        List<String> context = context(outline, section, block);
        boolean described = jsonName != null || context.stream().anyMatch(c -> CONTEXT.matcher(c).matches())
                || root != null && root.has("$jsonSchema");
        if (!described) {
            return Optional.empty();
        }
        String name = jsonName != null ? jsonName : nameFrom(context);
        if (name == null) {
            return Optional.empty();
        }
        List<String> fields = root != null ? fields(root) : fieldsByIndent(block.content());
        String owner = null;
        for (String text : context) {
            Optional<Service> service = names.mentioned(text);
            if (service.isPresent()) {
                owner = service.get().name();
                break;
            }
        }
        return Optional.of(new NoSqlCollection(name, fields, owner, Position.of(block.fenceLine(), 1)));
    }

    /** The lines a reader reads before the block: up to three lines above it, then the enclosing headings. */
    private static List<String> context(MarkdownOutline outline, MarkdownOutline.SectionRange section, CodeBlock block) {
        List<String> context = new ArrayList<>();
        SourceText source = outline.source();
        int taken = 0;
        for (int line = block.fenceLine() - 1; line > section.fromLine() && taken < 3; line--) {
            String text = source.line(line);
            if (text.startsWith("#") || source.isCode(line)) {
                break;
            }
            if (!text.isBlank()) {
                context.add(text);
                taken++;
            }
        }
        for (Heading heading : outline.enclosingHeadings(block.fenceLine())) {
            if (heading.line() < section.fromLine()) {
                break;
            }
            context.add(heading.text());
        }
        return context;
    }

    private static String nameFrom(List<String> context) {
        for (String text : context) {
            String plain = text.replaceAll("[*_#]", " ");
            for (Pattern pattern : List.of(NAMED_AFTER, NAMED_BEFORE)) {
                Matcher matcher = pattern.matcher(plain);
                while (matcher.find()) {
                    String candidate = matcher.group(1);
                    if (!NOT_NAMES.contains(candidate.toLowerCase())) {
                        return candidate;
                    }
                }
            }
            Matcher code = Pattern.compile("`([A-Za-z_][\\w.-]*)`").matcher(text);
            if (code.find()) {
                return code.group(1);
            }
        }
        return null;
    }

    private static JsonNode parse(String content) {
        try {
            return LENIENT.readTree(content);
        } catch (Exception e) {
            // "..." placeholders and the like are common in documents; fall back to reading keys by indentation
            return null;
        }
    }

    private static List<String> fields(JsonNode root) {
        JsonNode fields = root;
        if (root.has("$jsonSchema")) {
            fields = root.path("$jsonSchema").path("properties");
        } else {
            for (String key : List.of("fields", "properties", "schema")) {
                if (root.path(key).isObject()) {
                    fields = root.path(key);
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = fields.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!NAME_KEYS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> fieldsByIndent(String content) {
        int smallest = Integer.MAX_VALUE;
        List<String[]> keys = new ArrayList<>();
        for (String line : content.split("\\R")) {
            Matcher matcher = KEY.matcher(line);
            if (matcher.find()) {
                int indent = matcher.group(1).length();
                keys.add(new String[] {String.valueOf(indent), matcher.group(2)});
                smallest = Math.min(smallest, indent);
            }
        }
        List<String> names = new ArrayList<>();
        for (String[] key : keys) {
            if (Integer.parseInt(key[0]) == smallest && !NAME_KEYS.contains(key[1])) {
                names.add(key[1]);
            }
        }
        return names;
    }
}
