package io.github.architect.doc;

import io.github.architect.model.Endpoint;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the endpoints of section 4 wherever a reader sees an HTTP method followed by a path:
 * headings, bold or backticked text, list items, table rows (also with method and path in
 * separate columns) and lines of code blocks ({@code http} request lines included).
 */
final class EndpointReader {

    private static final String METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE";
    /** The longest path read as an endpoint; a longer one is a finding, not a path. */
    static final int MAX_PATH_LENGTH = 2_000;
    /**
     * A method and what may stand between it and its path. The path itself is scanned by
     * {@link #pathEnd}: as a repeated alternation a pattern recursed once per character and
     * overflowed the stack on a path of a few kilobytes.
     */
    private static final Pattern ENDPOINT = Pattern.compile("(?<![A-Za-z0-9_./-])(" + METHODS
            + ")(?![A-Za-z0-9_-])[`*_]*[ \\t]+[`*_\\[]*(?:https?://[^/\\s`|]+)?(?=/)");
    private static final List<String> METHOD_NAMES = List.of(METHODS.split("\\|"));
    private static final Pattern METHOD_ONLY = Pattern.compile("[`*_\\s]*(" + METHODS + ")[`*_\\s]*");
    private static final Pattern PATH_PREFIX = Pattern.compile("[`*_\\s]*(?:https?://[^/\\s`|]+)?(?=/)");
    private static final Pattern COLON_PARAM = Pattern.compile("(?<=/):([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BRACKET_PARAM = Pattern.compile("(?<=/)\\[(?:\\.\\.\\.)?([^\\]/]+)]");
    private static final Pattern ANGLE_PARAM = Pattern.compile("(?<=/)<(?:[a-z]+:)?([^>/]+)>");
    private static final Pattern CURLY_PARAM = Pattern.compile("\\{([^}:/]+)(?::[^}]*)?}");

    private EndpointReader() {
    }

    static List<Endpoint> read(MarkdownOutline outline, List<Service> services, DocumentFindings findings) {
        return distinct(mentions(outline, services, findings));
    }

    /** The endpoints once each: a method and path mentioned again under the same owner is the same endpoint. */
    static List<Endpoint> distinct(List<Endpoint> mentions) {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (Endpoint e : mentions) {
            String key = e.method() + " " + comparable(e.path()) + " @" + (e.service() == null ? "" : e.service());
            endpoints.putIfAbsent(key, e);
        }
        return new ArrayList<>(endpoints.values());
    }

    /** Every mention of an endpoint in section 4, in document order, repeats included. */
    static List<Endpoint> mentions(MarkdownOutline outline, List<Service> services, DocumentFindings findings) {
        ServiceNames names = new ServiceNames(services);
        SourceText source = outline.source();
        List<Endpoint> endpoints = new ArrayList<>();
        Map<Integer, Optional<Service>> ownerByHeadingLine = new HashMap<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.API_CONTRACTS)) {
            for (int line = section.fromLine(); line <= section.toLine(); line++) {
                String text = source.line(line);
                if (text.indexOf('/') < 0 || !mentionsMethod(text)) {
                    continue;
                }
                List<Found> found = find(text, line, findings);
                if (found.isEmpty()) {
                    continue;
                }
                String owner = owner(outline, section, line, names, ownerByHeadingLine);
                for (Found f : found) {
                    endpoints.add(new Endpoint(f.method, f.path, owner, Position.of(line, f.column)));
                }
            }
        }
        return endpoints;
    }

    /** A cheap test before the regular expressions: most lines of a long document name no method. */
    private static boolean mentionsMethod(String text) {
        for (String method : METHOD_NAMES) {
            if (text.contains(method)) {
                return true;
            }
        }
        return false;
    }

    private record Found(String method, String path, int column) {
    }

    private static List<Found> find(String text, int line, DocumentFindings findings) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = ENDPOINT.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            int end = pathEnd(text, matcher.end());
            add(matcher.group(1), text.substring(matcher.end(), end), matcher.start(1) + 1, matcher.end() + 1,
                    line, found, findings);
            from = end;
        }
        if (found.isEmpty() && text.trim().startsWith("|")) {
            tableRow(text, line, found, findings);
        }
        return found;
    }

    /** Where a path starting at {@code start} ends: at whitespace or a character no path holds, {@code <param>} kept. */
    private static int pathEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                int close = i + 1;
                while (close < text.length() && text.charAt(close) != '>' && text.charAt(close) != '<'
                        && !isSpace(text.charAt(close))) {
                    close++;
                }
                if (close >= text.length() || text.charAt(close) != '>') {
                    return i;
                }
                i = close + 1;
            } else if (isSpace(c) || "`|\"'(),;<>".indexOf(c) >= 0) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A found endpoint, or a finding when its path cannot be a path; slashes alone are no endpoint at all. */
    private static void add(String method, String raw, int column, int pathColumn, int line, List<Found> found,
                            DocumentFindings findings) {
        String odd = oddity(raw);
        if (odd != null) {
            String shown = raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
            findings.add(DocumentRules.ENDPOINT_PATH, line, pathColumn,
                    "Endpoint " + method + " " + shown + " " + odd + "; it is left out of the API contract",
                    "Correct the path at line " + line + ": parameters as {name}, one '/' between segments.",
                    method + " " + shown);
            return;
        }
        String path = normalize(raw);
        if (path != null) {
            found.add(new Found(method, path, column));
        }
    }

    /** The path as written without its query string or fragment and without trailing punctuation. */
    private static String pathPart(String raw) {
        int query = indexOfAny(raw, '?', '#');
        return stripTrailingPunctuation(query >= 0 ? raw.substring(0, query) : raw);
    }

    /** Why a path as written cannot be served, or null when it can (or is no path at all, such as "//"). */
    static String oddity(String raw) {
        String path = pathPart(raw);
        if (path.chars().allMatch(c -> c == '/')) {
            return null;
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return "has a path of " + path.length() + " characters (more than " + MAX_PATH_LENGTH + ")";
        }
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return "has a '}' without its '{'";
            }
        }
        if (depth > 0) {
            return "has a '{' without its '}'";
        }
        if (path.contains("//")) {
            return "has an empty segment ('//')";
        }
        return null;
    }

    /** A table row with the method and the path in separate cells. */
    private static void tableRow(String text, int line, List<Found> found, DocumentFindings findings) {
        String[] cells = text.trim().split("(?<!\\\\)\\|");
        String method = null;
        int methodColumn = 0;
        String path = null;
        int pathColumn = 0;
        int offset = text.indexOf('|');
        for (String cell : cells) {
            Matcher m = METHOD_ONLY.matcher(cell);
            if (method == null && m.matches()) {
                method = m.group(1);
                methodColumn = text.indexOf(method, offset) + 1;
            } else if (path == null) {
                Matcher p = PATH_PREFIX.matcher(cell);
                if (p.lookingAt()) {
                    int end = pathEnd(cell, p.end());
                    if (cell.substring(end).chars().allMatch(c -> c == '`' || c == '*' || c == '_' || isSpace((char) c))) {
                        path = cell.substring(p.end(), end);
                        pathColumn = Math.max(0, text.indexOf(cell, offset)) + p.end() + 1;
                    }
                }
            }
            offset += cell.length() + 1;
        }
        if (method != null && path != null) {
            add(method, path, methodColumn, pathColumn, line, found, findings);
        }
    }

    /** Query string dropped, parameters written {name}, trailing punctuation and slash removed. */
    static String normalize(String raw) {
        String path = pathPart(raw);
        while (path.endsWith("]") && count(path, '[') < count(path, ']')) {
            path = stripTrailingPunctuation(path.substring(0, path.length() - 1));
        }
        path = COLON_PARAM.matcher(path).replaceAll("{$1}");
        path = BRACKET_PARAM.matcher(path).replaceAll("{$1}");
        path = ANGLE_PARAM.matcher(path).replaceAll("{$1}");
        path = CURLY_PARAM.matcher(path).replaceAll("{$1}");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || path.startsWith("//")) {
            return null;
        }
        return path;
    }

    /**
     * Drops what closes the sentence or the emphasis around a path ("**GET /orders**."), but keeps a
     * glob segment: the stars of {@code /static/**} follow a slash, those of bold text do not.
     */
    private static String stripTrailingPunctuation(String path) {
        String stripped = path;
        while (true) {
            String before = stripped;
            int keep = stripped.length();
            while (keep > 0 && ".,:;!_".indexOf(stripped.charAt(keep - 1)) >= 0) {
                keep--;
            }
            stripped = stripped.substring(0, keep);
            int stars = stripped.length();
            while (stars > 0 && stripped.charAt(stars - 1) == '*') {
                stars--;
            }
            int run = stripped.length() - stars;
            if (run > 0 && stars > 0 && stripped.charAt(stars - 1) != '/') {
                stripped = stripped.substring(0, stars);
            } else if (run > 2) {
                // a glob has at most two stars: more means a bold closer follows it ("**GET /a/***")
                stripped = stripped.substring(0, stripped.length() - 2);
            }
            if (stripped.equals(before)) {
                return stripped;
            }
        }
    }

    /** The path with parameter names erased, so /orders/{id} and /orders/:orderId are the same. */
    static String comparable(String path) {
        return CURLY_PARAM.matcher(path).replaceAll("{}").toLowerCase(Locale.ROOT);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The service named by the nearest enclosing sub-heading of the section, if any. */
    static String owner(MarkdownOutline outline, MarkdownOutline.SectionRange section, int line,
                                ServiceNames names, Map<Integer, Optional<Service>> cache) {
        for (Heading heading : outline.enclosingHeadings(line)) {
            if (heading.line() <= section.fromLine()) {
                break;
            }
            Optional<Service> service = cache.computeIfAbsent(heading.line(), l -> serviceOf(heading, names));
            if (service.isPresent()) {
                return service.get().name();
            }
        }
        return null;
    }

    private static Optional<Service> serviceOf(Heading heading, ServiceNames names) {
        for (String span : heading.codeSpans()) {
            Optional<Service> byId = names.resolve(span);
            if (byId.isPresent()) {
                return byId;
            }
        }
        String name = ServiceReader.nameOf(heading.text());
        Optional<Service> resolved = names.resolve(name);
        return resolved.isPresent() ? resolved : names.mentioned(heading.text());
    }

    static Set<String> methods() {
        return Set.of(METHODS.split("\\|"));
    }
}
