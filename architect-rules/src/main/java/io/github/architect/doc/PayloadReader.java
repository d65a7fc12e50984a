package io.github.architect.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.architect.model.Endpoint;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.PayloadSample.Kind;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the request and response samples of section 4 and attaches each to its endpoint: what
 * follows an endpoint (its heading, list item or table row) up to the next one belongs to it. A
 * sample is a JSON code block or inline JSON in backticks; its role comes from the words before it
 * ("Request:", "`201 Created` —", "Response (200):", a table column named Request or Response) or,
 * without any, from its place (the first sample of a POST, PUT or PATCH is its request). A status
 * written alone ("`404 Not Found`") is a response without a body. After a table of several
 * endpoints a sample belongs to the row its label names, when exactly one does.
 */
final class PayloadReader {

    private static final Pattern STATUS = Pattern.compile("(?<![\\w.$/{<#-])([1-5][0-9]{2})(?![\\w/}%-]|\\.\\d)");
    private static final Pattern SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern REQUEST_WORD = Pattern.compile("(?i)\\b(requests?|request body|sends?|input)\\b");
    private static final Pattern RESPONSE_WORD = Pattern.compile(
            "(?i)\\b(responses?|respond(s|ing)?|returns?|returning|success(ful)?|answers?|repl(y|ies)|output|result)\\b");
    private static final Pattern ERROR_WORD = Pattern.compile("(?i)\\b(errors?|failures?|problems?)\\b");
    private static final Pattern STATUS_BEFORE = Pattern.compile("(?i).*\\b(status|http|code|returns?|responds? with)[\\s`*_:]*$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
    private static final Pattern BULLET_BEFORE = Pattern.compile("\\s*([-*+]|\\d+\\.)?[\\s`*_]*");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    private static final Map<Integer, String> REASONS = reasons();

    private PayloadReader() {
    }

    private static Map<Integer, String> reasons() {
        Map<Integer, String> r = new HashMap<>();
        String[] pairs = {"100 continue", "101 switching protocols", "200 ok", "201 created", "202 accepted",
                "203 non-authoritative", "204 no content", "205 reset content", "206 partial content",
                "207 multi-status", "301 moved permanently", "302 found", "303 see other", "304 not modified",
                "307 temporary redirect", "308 permanent redirect", "400 bad request", "401 unauthorized",
                "402 payment required", "403 forbidden", "404 not found", "405 method not allowed",
                "406 not acceptable", "408 request timeout", "409 conflict", "410 gone", "411 length required",
                "412 precondition failed", "413 payload too large", "414 uri too long",
                "415 unsupported media type", "416 range not satisfiable", "417 expectation failed",
                "418 i'm a teapot", "422 unprocessable", "423 locked", "424 failed dependency",
                "425 too early", "426 upgrade required", "428 precondition required", "429 too many requests",
                "431 request header fields too large", "451 unavailable for legal reasons",
                "500 internal server error", "501 not implemented", "502 bad gateway",
                "503 service unavailable", "504 gateway timeout", "505 http version not supported"};
        for (String pair : pairs) {
            r.put(Integer.parseInt(pair.substring(0, 3)), pair.substring(4));
        }
        return Map.copyOf(r);
    }

    /** The endpoints mentioned on one line or in one run of table rows, and the heading level they live under. */
    private static final class Scope {
        final List<Endpoint> endpoints = new ArrayList<>();
        final int level;
        final boolean tableRows;
        int lastLine;
        final Set<String> withRequest = new java.util.HashSet<>();

        Scope(List<Endpoint> endpoints, int level, boolean tableRows, int line) {
            this.endpoints.addAll(endpoints);
            this.level = level;
            this.tableRows = tableRows;
            this.lastLine = line;
        }
    }

    /** A sample before merging, with the endpoint it belongs to. */
    private record Raw(Endpoint endpoint, Kind kind, Integer status, JsonNode body, Position position) {
    }

    static List<PayloadSample> read(MarkdownOutline outline, List<Endpoint> mentions, DocumentFindings findings) {
        SourceText source = outline.source();
        Map<Integer, List<Endpoint>> byLine = new HashMap<>();
        for (Endpoint mention : mentions) {
            byLine.computeIfAbsent(mention.position().line(), l -> new ArrayList<>()).add(mention);
        }
        Map<Integer, CodeBlock> blocks = new HashMap<>();
        for (CodeBlock block : outline.codeBlocks()) {
            blocks.putIfAbsent(block.fenceLine(), block);
        }
        Map<Integer, Heading> headings = new HashMap<>();
        for (Heading heading : outline.headings()) {
            headings.putIfAbsent(heading.line(), heading);
        }
        Map<Integer, MarkdownTable> tableOfRow = new HashMap<>();
        for (MarkdownTable table : outline.tables()) {
            for (MarkdownTable.Row row : table.rows()) {
                tableOfRow.put(row.line(), table);
            }
        }
        List<Raw> raws = new ArrayList<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.API_CONTRACTS)) {
            Scope scope = null;
            Deque<String> recent = new ArrayDeque<>();
            for (int line = section.fromLine() + 1; line <= section.toLine(); line++) {
                CodeBlock block = blocks.get(line);
                if (block != null) {
                    block(block, scope, String.join(" ", recent), raws, findings);
                    while (line + 1 <= section.toLine() && source.isCode(line + 1) && !blocks.containsKey(line + 1)) {
                        line++;
                    }
                    recent.clear();
                    continue;
                }
                if (source.isCode(line)) {
                    continue;
                }
                String text = source.line(line);
                Heading heading = headings.get(line);
                List<Endpoint> here = byLine.get(line);
                if (here != null) {
                    boolean row = text.trim().startsWith("|");
                    if (row && scope != null && scope.tableRows && scope.lastLine == line - 1) {
                        scope.endpoints.addAll(here);
                        scope.lastLine = line;
                    } else {
                        int level = heading != null ? heading.level() : enclosingLevel(outline, line);
                        scope = new Scope(here, level, row, line);
                    }
                    recent.clear();
                    Scope own = new Scope(here, 0, row, line);
                    // the whole line: starting at the method would pair the backticks around it wrongly
                    inline(text, line, 0, own, row ? tableOfRow.get(line) : null, "", raws, findings);
                    scope.withRequest.addAll(own.withRequest);
                    continue;
                }
                if (heading != null) {
                    if (scope != null && heading.level() <= scope.level) {
                        scope = null;
                    }
                    recent.clear();
                    continue;
                }
                inline(text, line, 0, scope, tableOfRow.get(line), String.join(" ", recent), raws, findings);
                if (!text.isBlank()) {
                    recent.addLast(text);
                    if (recent.size() > 3) {
                        recent.removeFirst();
                    }
                }
            }
        }
        return merge(raws, findings);
    }

    private static int enclosingLevel(MarkdownOutline outline, int line) {
        List<Heading> enclosing = outline.enclosingHeadings(line);
        return enclosing.isEmpty() ? 1 : enclosing.get(0).level();
    }

    /** The statuses and inline JSON of one line, from {@code from} on, in the order written. */
    private static void inline(String text, int line, int from, Scope scope, MarkdownTable table, String before,
                               List<Raw> raws, DocumentFindings findings) {
        String rest = text.substring(Math.min(from, text.length()));
        StringBuilder blanked = new StringBuilder(rest);
        List<int[]> jsonSpans = new ArrayList<>();
        Matcher span = SPAN.matcher(rest);
        while (span.find()) {
            String content = span.group(2).trim();
            if (looksLikeJson(content)) {
                jsonSpans.add(new int[]{span.start(2), span.end(2)});
                for (int i = span.start(); i < span.end(); i++) {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        String plain = blanked.toString();
        List<int[]> statuses = statuses(plain);
        for (int[] status : statuses) {
            if (scope != null) {
                for (Endpoint target : targets(scope, plain, Kind.RESPONSE)) {
                    raws.add(new Raw(target, Kind.RESPONSE, status[0], null, Position.of(line, from + status[1] + 1)));
                }
            }
        }
        int labelStart = 0;
        for (int[] json : jsonSpans) {
            String content = rest.substring(json[0], json[1]).trim();
            int column = from + json[0] + 1;
            SampleJson.Result parsed = SampleJson.parse(content);
            if (!parsed.ok()) {
                findings.add(DocumentRules.JSON, line, column,
                        "The JSON sample at line " + line + " does not parse: " + parsed.problem()
                                + "; the payloads it shows are not checked",
                        "Fix the JSON at line " + line + " (comments and `...` are tolerated), or write it as prose.");
                continue;
            }
            String label = plain.substring(labelStart, json[0]);
            if (table != null) {
                label = header(table, rest, from, json[0], text) + " " + label;
            }
            labelStart = json[1];
            if (scope == null) {
                continue;
            }
            // a label line of its own ("Request:") introduces what follows it; other prose does not
            String context = hasRole(label) || !before.stripTrailing().replaceAll("[*_`]+$", "").endsWith(":")
                    ? label : before + " " + label;
            attach(scope, context, parsed.json(), Position.of(line, column), raws);
        }
    }

    private static boolean looksLikeJson(String content) {
        if (content.startsWith("{")) {
            return content.endsWith("}") && (content.contains(":") || content.matches("\\{\\s*(\\.\\.\\.|\u2026)?\\s*}"));
        }
        return content.startsWith("[") && content.endsWith("]") && (content.contains("{") || content.contains("\"")
                || content.matches("\\[\\s*]"));
    }

    /** The header of the table column holding {@code index} of the row's text. */
    private static String header(MarkdownTable table, String rest, int from, int index, String text) {
        String upTo = text.substring(0, from + index);
        int pipes = 0;
        for (int i = 0; i < upTo.length(); i++) {
            if (upTo.charAt(i) == '|' && (i == 0 || upTo.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        int cell = text.trim().startsWith("|") ? pipes - 1 : pipes;
        return cell >= 0 && cell < table.header().size() ? table.header().get(cell) : "";
    }

    private static void block(CodeBlock block, Scope scope, String label, List<Raw> raws, DocumentFindings findings) {
        String language = block.language();
        if (language.equals("http") || language.equals("https")) {
            http(block, scope, raws, findings);
            return;
        }
        String content = block.content();
        String trimmed = content.trim();
        boolean jsonLanguage = language.matches("json|jsonc|json5|javascript|js");
        boolean untaggedJson = language.isEmpty() && (trimmed.startsWith("{") || trimmed.startsWith("["));
        if (!jsonLanguage && !(untaggedJson && scope != null)) {
            return;
        }
        SampleJson.Result parsed = SampleJson.parse(content);
        if (!parsed.ok()) {
            int line = block.firstLine() + parsed.line() - 1;
            findings.add(DocumentRules.JSON, line, parsed.column(),
                    "The JSON block at line " + block.fenceLine() + " does not parse (line " + line + "): "
                            + parsed.problem() + "; the payloads it shows are not checked",
                    "Fix the JSON at line " + line + " (comments and `...` are tolerated), or tag the block with"
                            + " another language if it is not a sample.");
            return;
        }
        if (scope != null) {
            attach(scope, label, parsed.json(), Position.of(block.firstLine(), 1), raws);
        }
    }

    /**
     * The messages of an {@code ```http} block: a request line names its endpoint among those in
     * scope, a status line answers the request before it (or the endpoint in scope).
     */
    private static void http(CodeBlock block, Scope scope, List<Raw> raws, DocumentFindings findings) {
        List<Endpoint> answered = scope == null ? List.of() : targets(scope, "", null);
        for (HttpMessages.Message message : HttpMessages.parse(block.content())) {
            JsonNode body = null;
            if (!message.body().isEmpty() && message.json()) {
                SampleJson.Result parsed = SampleJson.parse(message.body());
                if (!parsed.ok()) {
                    int line = block.firstLine() + message.bodyLine() + parsed.line() - 1;
                    findings.add(DocumentRules.JSON, line, parsed.column(),
                            "The JSON body of the HTTP message at line " + (block.firstLine() + message.line())
                                    + " does not parse (line " + line + "): " + parsed.problem()
                                    + "; the payload it shows is not checked",
                            "Fix the JSON at line " + line + " (comments and `...` are tolerated), or give the"
                                    + " message a Content-Type that is not JSON.");
                    continue;
                }
                body = parsed.json();
            }
            if (scope == null) {
                continue;
            }
            Position at = Position.of(block.firstLine() + message.line(), 1);
            if (message.request()) {
                answered = requested(scope, message);
                for (Endpoint target : answered) {
                    if (body != null) {
                        scope.withRequest.add(target.method() + " " + target.path());
                        raws.add(new Raw(target, Kind.REQUEST, null, body, at));
                    }
                }
            } else {
                for (Endpoint target : answered) {
                    raws.add(new Raw(target, Kind.RESPONSE, message.status(), body, at));
                }
            }
        }
    }

    /** The endpoint in scope a request line names: by method and path, else the only one of its method. */
    private static List<Endpoint> requested(Scope scope, HttpMessages.Message request) {
        Map<String, Endpoint> byMethod = new LinkedHashMap<>();
        Map<String, Endpoint> byPath = new LinkedHashMap<>();
        for (Endpoint e : scope.endpoints) {
            if (e.method().equals(request.method())) {
                String key = e.method() + " " + EndpointReader.comparable(e.path());
                byMethod.putIfAbsent(key, e);
                if (HttpMessages.matches(e.path(), request.path())) {
                    byPath.putIfAbsent(key, e);
                }
            }
        }
        if (byPath.size() == 1) {
            return List.copyOf(byPath.values());
        }
        return byPath.isEmpty() && byMethod.size() == 1 ? List.copyOf(byMethod.values()) : List.of();
    }

    private static void attach(Scope scope, String label, JsonNode json, Position position, List<Raw> raws) {
        int request = lastMatch(REQUEST_WORD, label);
        List<int[]> statuses = statuses(label);
        int[] status = statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
        int response = Math.max(lastMatch(RESPONSE_WORD, label), status == null ? -1 : status[1]);
        int error = lastMatch(ERROR_WORD, label);
        Kind kind;
        Integer code = null;
        if (request > response && request > error) {
            kind = Kind.REQUEST;
        } else if (response >= 0 && (status != null || response > error)) {
            kind = Kind.RESPONSE;
            code = status == null ? null : status[0];
        } else if (error >= 0) {
            return; // an error body of no named status: nothing to compare it with
        } else {
            kind = null;
        }
        for (Endpoint target : targets(scope, label, kind)) {
            Kind actual = kind;
            String key = target.method() + " " + target.path();
            if (actual == null) {
                actual = BODY_METHODS.contains(target.method()) && !scope.withRequest.contains(key)
                        ? Kind.REQUEST : Kind.RESPONSE;
            }
            if (actual == Kind.REQUEST) {
                scope.withRequest.add(key);
            }
            raws.add(new Raw(target, actual, code, json, position));
        }
    }

    private static boolean hasRole(String label) {
        return REQUEST_WORD.matcher(label).find() || RESPONSE_WORD.matcher(label).find()
                || ERROR_WORD.matcher(label).find() || !statuses(label).isEmpty();
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /**
     * The endpoint a sample belongs to: the only one in scope, or among several rows of a table the
     * one whose path the label names (its last literal segment first), when exactly one does.
     */
    private static List<Endpoint> targets(Scope scope, String label, Kind kind) {
        if (scope == null) {
            return List.of();
        }
        Map<String, Endpoint> distinct = new LinkedHashMap<>();
        for (Endpoint e : scope.endpoints) {
            distinct.putIfAbsent(e.method() + " " + EndpointReader.comparable(e.path()), e);
        }
        List<Endpoint> candidates = new ArrayList<>(distinct.values());
        if (candidates.size() <= 1) {
            return candidates;
        }
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(label);
        while (m.find()) {
            words.add(singular(m.group()));
        }
        List<Endpoint> byLast = candidates.stream().filter(e -> words.contains(lastLiteral(e.path()))).toList();
        List<Endpoint> chosen = byLast.size() == 1 ? byLast
                : candidates.stream().filter(e -> segments(e.path()).stream().anyMatch(words::contains)).toList();
        if (chosen.size() > 1 && kind == Kind.REQUEST) {
            chosen = chosen.stream().filter(e -> BODY_METHODS.contains(e.method())).toList();
        }
        return chosen.size() == 1 ? chosen : List.of();
    }

    private static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static List<String> segments(String path) {
        List<String> literal = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                literal.add(singular(segment));
            }
        }
        return literal;
    }

    private static String lastLiteral(String path) {
        List<String> literal = segments(path);
        return literal.isEmpty() ? "" : literal.get(literal.size() - 1);
    }

    /**
     * True when the text from {@code from}, after any backticks, emphasis and whitespace, starts with
     * the status's reason phrase in any case. Lower-casing maps each character to one or more, so the
     * reason's length of characters decides it.
     */
    private static boolean reasonFollows(String text, int from, String reason) {
        int i = from;
        while (i < text.length() && isMarkupOrSpace(text.charAt(i))) {
            i++;
        }
        String words = text.substring(i, Math.min(text.length(), i + reason.length()));
        return words.toLowerCase(Locale.ROOT).startsWith(reason);
    }

    /** The characters of {@code [`*_\\s]}. */
    private static boolean isMarkupOrSpace(char c) {
        return c == '`' || c == '*' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
                || c == '\r';
    }

    /** Statuses a reader takes for HTTP statuses: {@code [status, index]}, in order. */
    static List<int[]> statuses(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = STATUS.matcher(text);
        while (m.find()) {
            int code = Integer.parseInt(m.group(1));
            String reason = REASONS.get(code);
            if (reason == null) {
                continue;
            }
            // read in place: copies of the text before and after each number, matched with patterns compiled
            // per number, were a third of the time spent reading the payloads of a large document
            int start = m.start();
            int end = m.end();
            char previous = start > 0 ? text.charAt(start - 1) : 0;
            char next = end < text.length() ? text.charAt(end) : 0;
            boolean plausible = reasonFollows(text, end, reason)
                    || previous == '(' && next == ')'
                    || previous == '`' && next == '`'
                    || STATUS_BEFORE.matcher(text).region(0, start).matches()
                    || next == ':' && BULLET_BEFORE.matcher(text).region(0, start).matches();
            if (plausible) {
                found.add(new int[]{code, m.start()});
            }
        }
        return found;
    }

    /** One sample per endpoint, role and status: repeated mentions merge, contradictions are findings. */
    private static List<PayloadSample> merge(List<Raw> raws, DocumentFindings findings) {
        Map<String, PayloadSample> merged = new LinkedHashMap<>();
        Set<String> reported = new java.util.HashSet<>();
        for (Raw raw : raws) {
            Endpoint e = raw.endpoint();
            PayloadSample sample = new PayloadSample(e.method(), e.path(), e.service(), raw.kind(), raw.status(),
                    raw.body(), raw.position());
            String bucket = raw.kind() == Kind.REQUEST ? "request" : sample.isError() ? "error " + raw.status() : "success";
            String key = e.method() + " " + EndpointReader.comparable(e.path()) + " @"
                    + (e.service() == null ? "" : e.service()) + " " + bucket;
            PayloadSample earlier = merged.get(key);
            // a line both naming a status and showing a body is one statement, contradicted once
            DocumentFindings target = reported.add(key + " " + raw.position().line()) ? findings : new DocumentFindings(java.nio.file.Path.of("discarded"));
            merged.put(key, earlier == null ? sample : combine(earlier, sample, target));
        }
        return new ArrayList<>(merged.values());
    }

    private static PayloadSample combine(PayloadSample a, PayloadSample b, DocumentFindings findings) {
        Integer status = a.status();
        if (a.status() != null && b.status() != null && !a.status().equals(b.status())) {
            findings.add(DocumentRules.PAYLOAD_CONFLICT, b.position().line(), b.position().column(),
                    a.method() + " " + a.path() + " succeeds with " + a.status() + " at line " + a.position().line()
                            + " but with " + b.status() + " at line " + b.position().line(),
                    "Make both mentions of " + a.method() + " " + a.path() + " name the same success status.",
                    a.method() + " " + a.path());
        } else if (status == null) {
            status = b.status();
        }
        JsonNode body = a.body();
        Position position = a.position();
        if (body == null && b.body() != null) {
            body = b.body();
            position = b.position();
        } else if (body != null && b.body() != null && !body.equals(b.body())) {
            List<String> conflicts = new ArrayList<>();
            body = mergeJson(body, b.body(), "", conflicts);
            if (!conflicts.isEmpty()) {
                findings.add(DocumentRules.PAYLOAD_CONFLICT, b.position().line(), b.position().column(),
                        "The " + a.kind().name().toLowerCase(Locale.ROOT) + " sample of " + a.method() + " " + a.path()
                                + " at line " + b.position().line() + " contradicts the one at line "
                                + a.position().line() + ": " + String.join(", ", conflicts),
                        "Make the samples of " + a.method() + " " + a.path() + " agree.",
                        a.method() + " " + a.path());
            }
        }
        return new PayloadSample(a.method(), a.path(), a.service(), a.kind(), status, body, position);
    }

    private static JsonNode mergeJson(JsonNode a, JsonNode b, String path, List<String> conflicts) {
        if (a.isNull() || PayloadSample.isPlaceholder(a)) {
            return b;
        }
        if (b.isNull() || PayloadSample.isPlaceholder(b)) {
            return a;
        }
        if (a.isObject() && b.isObject()) {
            ObjectNode result = ((ObjectNode) a).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode mine = result.get(field.getKey());
                result.set(field.getKey(), mine == null ? field.getValue()
                        : mergeJson(mine, field.getValue(), path + "." + field.getKey(), conflicts));
            }
            return result;
        }
        if (a.isArray() && b.isArray()) {
            if (a.isEmpty() || b.isEmpty()) {
                return a.isEmpty() ? b : a;
            }
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            result.add(mergeJson(a.get(0), b.get(0), path + "[]", conflicts));
            return result;
        }
        if (a.getNodeType() != b.getNodeType()) {
            conflicts.add((path.isEmpty() ? "the body" : path.substring(1)) + " is " + PayloadSample.kindOf(a)
                    + " in one and " + PayloadSample.kindOf(b) + " in the other");
        }
        return a;
    }
}
