package io.github.architect.schema.migration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML or JSON changelog into {@link ChangelogNode}s with Jackson's streaming parser, which
 * knows the line of every token (a tree of {@code JsonNode}s would lose them). A list item
 * {@code - createTable: {...}} becomes a node named {@code createTable}; the {@code changes} and
 * {@code columns} lists are flattened into their parent, as XML nests them.
 */
final class JacksonChangelogParser {

    private static final Set<String> FLATTENED = Set.of("changes", "columns");

    private final JsonParser parser;
    private final List<String> lines;

    private JacksonChangelogParser(JsonParser parser, String text) {
        this.parser = parser;
        this.lines = text.lines().toList();
    }

    static ChangelogNode parseYaml(String text) throws ChangelogSyntaxException {
        return parse(new YAMLFactory(), text);
    }

    static ChangelogNode parseJson(String text) throws ChangelogSyntaxException {
        return parse(new JsonFactory(), text);
    }

    private static ChangelogNode parse(JsonFactory factory, String text) throws ChangelogSyntaxException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ChangelogSyntaxException("the changelog is not a mapping with 'databaseChangeLog'", line(parser), null);
            }
            return new JacksonChangelogParser(parser, text).object("document", line(parser));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ChangelogSyntaxException(e.getOriginalMessage().lines().findFirst().orElse("malformed"), line, e);
        } catch (IOException e) {
            throw new ChangelogSyntaxException(String.valueOf(e.getMessage()), 1, e);
        }
    }

    /** The object the parser has just opened, as a node named {@code name}. */
    private ChangelogNode object(String name, int line) throws IOException {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<ChangelogNode> children = new ArrayList<>();
        String text = null;
        int textLine = line;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                children.add(object(key, keyLine));
            } else if (value == JsonToken.START_ARRAY) {
                List<ChangelogNode> items = array();
                if (FLATTENED.contains(key)) {
                    children.addAll(items);
                } else {
                    children.add(new ChangelogNode(key, Map.of(), items, null, keyLine, keyLine));
                }
            } else if (value != JsonToken.VALUE_NULL) {
                if (name.equals("sql") && key.equals("sql")) {
                    text = parser.getText();
                    textLine = scalarLine();
                } else {
                    attributes.put(key, parser.getText());
                }
            }
        }
        return new ChangelogNode(name, attributes, children, text, textLine, line);
    }

    /** The array the parser has just opened: single-key objects become nodes named by their key. */
    private List<ChangelogNode> array() throws IOException {
        List<ChangelogNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int itemLine = line(parser);
            if (token == JsonToken.START_OBJECT) {
                ChangelogNode item = object("item", itemLine);
                boolean wrapper = item.attributes().isEmpty() && item.children().size() == 1 && item.text() == null;
                items.add(wrapper ? item.children().get(0) : unwrapScalar(item));
            } else if (token == JsonToken.START_ARRAY) {
                items.add(new ChangelogNode("item", Map.of(), array(), null, itemLine, itemLine));
            } else {
                items.add(new ChangelogNode("value", Map.of(), List.of(), parser.getText(), itemLine, itemLine));
            }
        }
        return items;
    }

    /** {@code - sql: create table ...}: a single scalar entry is a node whose text is the value. */
    private static ChangelogNode unwrapScalar(ChangelogNode item) {
        if (item.attributes().size() == 1 && item.children().isEmpty()) {
            Map.Entry<String, String> only = item.attributes().entrySet().iterator().next();
            return new ChangelogNode(only.getKey(), Map.of(), List.of(), only.getValue(), item.line(), item.line());
        }
        return item;
    }

    /** A block scalar ({@code |} or {@code >}) starts on the line after its indicator. */
    private int scalarLine() {
        int line = line(parser);
        int column = parser.currentTokenLocation().getColumnNr();
        if (line >= 1 && line <= lines.size() && column >= 1) {
            String rest = lines.get(line - 1).substring(Math.min(column - 1, lines.get(line - 1).length())).stripLeading();
            if (rest.startsWith("|") || rest.startsWith(">")) {
                return line + 1;
            }
        }
        return line;
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }
}
