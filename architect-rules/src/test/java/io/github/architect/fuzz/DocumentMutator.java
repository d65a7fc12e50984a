package io.github.architect.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Makes mutants of a design document from one seeded {@link Random}, so that a failing mutant can
 * be made again from the seed: lines deleted, duplicated and shuffled, hostile words and lines put
 * in (names without an ASCII letter, unbalanced braces, dollar quotes, yaml nulls), nesting up to
 * {@link #MAX_DEPTH}, then bytes flipped or the end cut off.
 */
final class DocumentMutator {

    /** Deep enough to stress every reader, shallow enough that the test is about the checks. */
    static final int MAX_DEPTH = 50;

    private static final List<String> WORDS = List.of("~", "~~", "\"\"", "''", "{", "}", "{{", "{id", "/{", "}/",
            "//", "$$", "$body$", "Сервис уведомлений", "通知サービス", "null", "---", "|", "`", "```", "*", "**", "#",
            "[", "](", "\\", "\t", ":", "- ", "->", "-->", "\u202e", "\ufeff", "🚀", "\r", "**Dependencies:**",
            "/" + "a/{x".repeat(200), "Order Service", "Service", "CREATE TABLE", "REFERENCES", "```sql", "```yaml architect");
    private static final List<String> LINES = List.of(
            "### Сервис уведомлений", "### 通知サービス", "### ~~", "### \"\"", "### ~", "### {", "###",
            "- **Dependencies:** Order Service", "- **Dependencies:** ~~, Сервис уведомлений, 通知サービス",
            "- **Owns data:** ~, {", "#### GET /orders/{id", "#### POST /{", "#### GET //", "#### GET /{{}/}}/x",
            "| GET | /stock/{ | `200 OK` |", "  \"\": {modules: [orders]}", "  ~: {modules: [catalog]}",
            "  \"~~\": {depends-on: [\"~~\"]}", "  Order Service: {depends-on: [Order Service, ~]}",
            "  Сервис уведомлений: {modules: [inventory], packages: [com.example.shop.inventory..]}",
            "  通知サービス: {modules: [catalog]}", "  Catalog Service: {modules: [catalog], modules: [orders]}",
            "services:", "services: ~", "  ~: ~", "CREATE FUNCTION f() RETURNS trigger AS $$", "$$ LANGUAGE plpgsql;",
            "CREATE TABLE t (id BIGINT PRIMARY KEY, x VARCHAR(3) REFERENCES {);", "```", "```sql", "```yaml architect",
            "```mermaid", "flowchart LR", "    a[~~] --> b[通知サービス]", "    orders --> orders",
            "Order Service --> Order Service", "base-path: \"{\"", "shared: [~]");

    private static final List<String> NAMES = List.of("Сервис уведомлений", "通知サービス", "~~", "~", "\"\"", "{",
            "🚀 Service", "Ελληνική Υπηρεσία", "خدمة الإشعارات", "Order Service", "Order Service", "-", "`~~`", "**~**");
    private static final List<String> YAML_ENTRIES = List.of("  \"\": {modules: [orders]}", "  ~: {modules: [catalog]}",
            "  \"~~\": {depends-on: [\"~~\"]}", "  ~~: ~", "  Order Service: {depends-on: [Order Service, ~]}",
            "  Сервис уведомлений: {modules: [inventory], packages: [com.example.shop.inventory..]}",
            "  通知サービス: {modules: [catalog], depends-on: [Сервис уведомлений]}",
            "  Catalog Service: {modules: [catalog], modules: [orders]}", "  \"\": ~", "  null: {tables: [orders]}",
            "  Order Service: {packages: [~, \"\"], tables: [~]}", "  \"{\": {modules: [\"{\"]}");
    private static final List<String> PATH_FRAGMENTS = List.of("{", "/{", "/{id", "}", "/}", "//", "/{{}", "/{\\",
            "/**/**/**", "/*", "/:", "/[", "/<", "?", "#", "/" + "x/".repeat(300), "/{" + "a{".repeat(40), "/通知");

    private final Random random;

    DocumentMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One mutant and what was done to it, for the failure message. */
    record Mutant(String description, byte[] bytes) {
    }

    Mutant mutate(String document) {
        List<String> lines = new ArrayList<>(Arrays.asList(document.split("\n", -1)));
        StringBuilder what = new StringBuilder();
        int steps = 1 + random.nextInt(3);
        for (int step = 0; step < steps && !lines.isEmpty(); step++) {
            what.append(lineMutation(lines)).append("; ");
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int byteStep = random.nextInt(6);
        if (byteStep == 0 && bytes.length > 0) {
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                int at = random.nextInt(bytes.length);
                bytes[at] ^= (byte) (1 << random.nextInt(8));
            }
            what.append("flipped ").append(flips).append(" bits");
        } else if (byteStep == 1 && bytes.length > 0) {
            int at = random.nextInt(bytes.length);
            bytes = Arrays.copyOf(bytes, at);
            what.append("cut at byte ").append(at);
        }
        return new Mutant(what.toString(), bytes);
    }

    private String lineMutation(List<String> lines) {
        int from = random.nextInt(lines.size());
        int length = 1 + random.nextInt(Math.min(12, lines.size() - from));
        switch (random.nextInt(11)) {
            case 0 -> {
                lines.subList(from, from + length).clear();
                return "deleted lines " + (from + 1) + "-" + (from + length);
            }
            case 1 -> {
                List<String> copy = new ArrayList<>(lines.subList(from, from + length));
                int to = random.nextInt(lines.size() + 1);
                lines.addAll(to, copy);
                return "copied lines " + (from + 1) + "-" + (from + length) + " before line " + (to + 1);
            }
            case 2 -> {
                int window = Math.min(lines.size() - from, 2 + random.nextInt(40));
                Collections.shuffle(lines.subList(from, from + window), random);
                return "shuffled lines " + (from + 1) + "-" + (from + window);
            }
            case 3 -> {
                int depth = 1 + random.nextInt(MAX_DEPTH);
                String kind = nest(lines, from, length, depth);
                return "nested lines " + (from + 1) + "-" + (from + length) + " " + depth + " deep in " + kind;
            }
            case 4, 5 -> {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                String line = lines.get(from);
                String[] parts = line.split(" ", -1);
                parts[random.nextInt(parts.length)] = word;
                lines.set(from, String.join(" ", parts));
                return "put " + printable(word) + " into line " + (from + 1);
            }
            case 6, 7 -> {
                String line = LINES.get(random.nextInt(LINES.size()));
                lines.add(from, line);
                return "inserted " + printable(line) + " as line " + (from + 1);
            }
            case 8 -> {
                // where a reader looks for names: a heading of the document
                int at = nextMatching(lines, from, "#");
                String name = NAMES.get(random.nextInt(NAMES.size()));
                String heading = lines.get(at);
                lines.set(at, heading.startsWith("#") ? heading.replaceFirst("^(#+\\s*).*", "$1") + name : "### " + name);
                return "named heading at line " + (at + 1) + " " + printable(name);
            }
            case 9 -> {
                // where the yaml block lists services
                int at = nextMatching(lines, from, "services:");
                String entry = YAML_ENTRIES.get(random.nextInt(YAML_ENTRIES.size()));
                lines.add(at + 1, entry);
                return "inserted yaml entry " + printable(entry) + " as line " + (at + 2);
            }
            default -> {
                // where a reader looks for endpoints: a path after a method
                int at = nextMatching(lines, from, "GET ", "POST ", "| GET", "| POST", "PUT ", "DELETE ");
                String fragment = PATH_FRAGMENTS.get(random.nextInt(PATH_FRAGMENTS.size()));
                String line = lines.get(at);
                int slash = line.lastIndexOf('/');
                int end = slash;
                while (end >= 0 && end < line.length() && " \t|`)".indexOf(line.charAt(end)) < 0) {
                    end++;
                }
                // before the path's last segment, or at its end, where a lone brace is last
                int cut = random.nextBoolean() ? slash : end;
                lines.set(at, slash < 0 ? line + " " + fragment : line.substring(0, cut) + fragment + line.substring(cut));
                return "put path fragment " + printable(fragment) + " into line " + (at + 1);
            }
        }
    }

    /** The first line at or after {@code from} (wrapping round) holding one of the markers, else {@code from}. */
    private static int nextMatching(List<String> lines, int from, String... markers) {
        for (int k = 0; k < lines.size(); k++) {
            int at = (from + k) % lines.size();
            for (String marker : markers) {
                if (lines.get(at).contains(marker)) {
                    return at;
                }
            }
        }
        return from;
    }

    private String nest(List<String> lines, int from, int length, int depth) {
        int kind = random.nextInt(4);
        for (int i = from; i < from + length; i++) {
            String line = lines.get(i);
            lines.set(i, switch (kind) {
                case 0 -> "> ".repeat(depth) + line;
                case 1 -> "- ".repeat(depth) + line;
                case 2 -> "[".repeat(depth) + line + "]".repeat(depth);
                default -> "{".repeat(depth) + line + "}".repeat(depth);
            });
        }
        return switch (kind) {
            case 0 -> "blockquotes";
            case 1 -> "lists";
            case 2 -> "brackets";
            default -> "braces";
        };
    }

    private static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return "\"" + shown.replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }
}
