package io.github.architect.doc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON sample the way a human reader of a design document does: comments, trailing commas,
 * unquoted or single-quoted names, elided parts ({@code ...} or {@code …} as an element, a member or
 * a value) and unquoted placeholders ({@code <uuid>}) are all tolerated. An elided value becomes the
 * placeholder string {@code "..."}, which matches any kind.
 */
final class SampleJson {

    static final String ELIDED = "...";

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /**
     * What reading one sample gave: the JSON, or why it is not JSON and where (1-based, relative to
     * the sample's first line).
     */
    record Result(JsonNode json, String problem, int line, int column) {
        boolean ok() {
            return json != null;
        }
    }

    private SampleJson() {
    }

    static Result parse(String text) {
        String tolerant = tolerate(text);
        if (tolerant.isBlank()) {
            return new Result(null, "it is empty", 1, 1);
        }
        try {
            JsonNode node = LENIENT.readTree(tolerant);
            if (node == null || node.isMissingNode()) {
                return new Result(null, "it is empty", 1, 1);
            }
            return new Result(node, null, 0, 0);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String message = e.getOriginalMessage() == null ? "not JSON" : e.getOriginalMessage().lines().findFirst().orElse("");
            return new Result(null, message, where == null ? 1 : Math.max(1, where.getLineNr()),
                    where == null ? 1 : Math.max(1, where.getColumnNr()));
        } catch (RuntimeException e) {
            return new Result(null, "not JSON", 1, 1);
        }
    }

    /**
     * The text with elisions and bare placeholders rewritten outside strings, keeping every line
     * break where it was so that positions of errors still point at the sample's own lines.
     */
    static String tolerate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        char quote = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            int comment = commentEnd(text, i);
            if (comment > i) {
                out.append(text, i, comment);
                i = comment;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
                i++;
                continue;
            }
            int elision = text.startsWith("...", i) ? 3 : c == '\u2026' ? 1 : 0;
            if (elision > 0) {
                char before = lastSignificant(out);
                if (before == ':') {
                    out.append('"').append(ELIDED).append('"');
                } else if (before == '{' || before == ',' || before == '[') {
                    dropTrailingComma(out);
                }
                i += elision;
                continue;
            }
            if (c == '<') {
                int close = text.indexOf('>', i);
                char before = lastSignificant(out);
                if (close > i && (before == ':' || before == '[' || before == ',')
                        && text.substring(i + 1, close).matches("[^<>\\n\"{}\\[\\],]{1,60}")) {
                    out.append('"').append(text, i, close + 1).append('"');
                    i = close + 1;
                    continue;
                }
            }
            if (c == ',' && lastSignificant(out) == ',' ) {
                i++; // the comma of an elided member
                continue;
            }
            if ((c == '}' || c == ']') && lastSignificant(out) == ',') {
                dropTrailingComma(out);
            }
            out.append(c);
            i++;
        }
        // a member after an elision at the start of an object: "{ ..., "a": 1 }"
        return out.toString().replaceAll("([{\\[]\\s*),", "$1");
    }

    /** Where a comment starting at {@code i} ends, or {@code i} when none starts there. */
    private static int commentEnd(String text, int i) {
        if (text.startsWith("//", i) || text.charAt(i) == '#') {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return i;
    }

    private static char lastSignificant(StringBuilder out) {
        for (int j = out.length() - 1; j >= 0; j--) {
            char c = out.charAt(j);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    private static void dropTrailingComma(StringBuilder out) {
        for (int j = out.length() - 1; j >= 0; j--) {
            char c = out.charAt(j);
            if (c == ',') {
                out.setCharAt(j, ' ');
                return;
            }
            if (!Character.isWhitespace(c)) {
                return;
            }
        }
    }
}
