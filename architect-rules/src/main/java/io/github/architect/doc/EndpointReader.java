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
    private static final String PATH = "/(?:[^\\s`|\"'(),;<>]|<[^\\s<>]*>)*";
    private static final Pattern ENDPOINT = Pattern.compile("(?<![A-Za-z0-9_./-])(" + METHODS
            + ")(?![A-Za-z0-9_-])[`*_]*[ \\t]+[`*_\\[]*(?:https?://[^/\\s`|]+)?(" + PATH + ")");
    private static final List<String> METHOD_NAMES = List.of(METHODS.split("\\|"));
    private static final Pattern METHOD_ONLY = Pattern.compile("[`*_\\s]*(" + METHODS + ")[`*_\\s]*");
    private static final Pattern PATH_ONLY = Pattern.compile("[`*_\\s]*(?:https?://[^/\\s`|]+)?(" + PATH + ")[`*_\\s]*");
    private static final Pattern COLON_PARAM = Pattern.compile("(?<=/):([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BRACKET_PARAM = Pattern.compile("(?<=/)\\[(?:\\.\\.\\.)?([^\\]/]+)]");
    private static final Pattern ANGLE_PARAM = Pattern.compile("(?<=/)<(?:[a-z]+:)?([^>/]+)>");
    private static final Pattern CURLY_PARAM = Pattern.compile("\\{([^}:/]+)(?::[^}]*)?}");

    private EndpointReader() {
    }

    static List<Endpoint> read(MarkdownOutline outline, List<Service> services) {
        ServiceNames names = new ServiceNames(services);
        SourceText source = outline.source();
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        Map<Integer, Optional<Service>> ownerByHeadingLine = new HashMap<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.API_CONTRACTS)) {
            for (int line = section.fromLine(); line <= section.toLine(); line++) {
                String text = source.line(line);
                if (text.indexOf('/') < 0 || !mentionsMethod(text)) {
                    continue;
                }
                List<Found> found = find(text, line);
                if (found.isEmpty()) {
                    continue;
                }
                String owner = owner(outline, section, line, names, ownerByHeadingLine);
                for (Found f : found) {
                    String key = f.method + " " + comparable(f.path) + " @" + (owner == null ? "" : owner);
                    endpoints.putIfAbsent(key, new Endpoint(f.method, f.path, owner, Position.of(line, f.column)));
                }
            }
        }
        return new ArrayList<>(endpoints.values());
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

    private static List<Found> find(String text, int line) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = ENDPOINT.matcher(text);
        while (matcher.find()) {
            String path = normalize(matcher.group(2));
            if (path != null) {
                found.add(new Found(matcher.group(1), path, matcher.start(1) + 1));
            }
        }
        if (found.isEmpty() && text.trim().startsWith("|")) {
            tableRow(text, found);
        }
        return found;
    }

    /** A table row with the method and the path in separate cells. */
    private static void tableRow(String text, List<Found> found) {
        String[] cells = text.trim().split("(?<!\\\\)\\|");
        String method = null;
        int methodColumn = 0;
        String path = null;
        int offset = text.indexOf('|');
        for (String cell : cells) {
            Matcher m = METHOD_ONLY.matcher(cell);
            Matcher p = PATH_ONLY.matcher(cell);
            if (method == null && m.matches()) {
                method = m.group(1);
                methodColumn = text.indexOf(method, offset) + 1;
            } else if (path == null && p.matches()) {
                path = normalize(p.group(1));
            }
            offset += cell.length() + 1;
        }
        if (method != null && path != null) {
            found.add(new Found(method, path, methodColumn));
        }
    }

    /** Query string dropped, parameters written {name}, trailing punctuation and slash removed. */
    static String normalize(String raw) {
        String path = raw;
        int query = indexOfAny(path, '?', '#');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = stripTrailingPunctuation(path);
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
            stripped = stripped.replaceAll("[.,:;!_]+$", "");
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
    private static String owner(MarkdownOutline outline, MarkdownOutline.SectionRange section, int line,
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
