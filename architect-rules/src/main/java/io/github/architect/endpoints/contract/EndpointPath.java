package io.github.architect.endpoints.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path reduced to what routing compares: segments without empty ones, every path parameter
 * ({@code {id}}, {@code {id:\d+}}, {@code :id}, {@code [id]}, {@code <id>}) as {@code {}}, query
 * strings and RFC 6570 query expressions dropped. {@code *} and {@code **} segments stay as globs.
 */
public record EndpointPath(List<String> segments) {

    static final String PARAMETER = "{}";
    static final String ANY_SEGMENTS = "**";

    public EndpointPath {
        segments = List.copyOf(segments);
    }

    public static EndpointPath parse(String raw) {
        String text = expandTemplates(raw == null ? "" : raw.trim());
        List<String> segments = new ArrayList<>();
        for (String segment : text.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(normaliseSegment(segment));
            }
        }
        return new EndpointPath(segments);
    }

    /** Rewrites brace groups (which may hold regexes with braces) and cuts the query string. */
    private static String expandTemplates(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '?' || c == '#') {
                break;
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = closingBrace(raw, i);
            String inner = end > i ? raw.substring(i + 1, end).trim() : "";
            if (inner.startsWith("?") || inner.startsWith("&") || inner.startsWith("#")) {
                // RFC 6570 query or fragment expansion: not part of the path
            } else if (inner.startsWith("/")) {
                out.append('/').append(PARAMETER);
            } else if (inner.startsWith("*")) {
                out.append(ANY_SEGMENTS);
            } else {
                out.append(PARAMETER);
            }
            i = end + 1;
        }
        return out.toString();
    }

    /**
     * The index of the brace closing the group opened at {@code open} (groups nest, a backslash escapes
     * the next character), or the text's length when it is unbalanced: the rest is one parameter.
     */
    public static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length(); // unbalanced: the rest is one parameter
    }

    private static String normaliseSegment(String segment) {
        if (segment.length() > 1 && segment.charAt(0) == ':') {
            return PARAMETER;
        }
        if (segment.length() > 2 && (segment.startsWith("[") && segment.endsWith("]")
                || segment.startsWith("<") && segment.endsWith(">"))) {
            return PARAMETER;
        }
        return segment;
    }

    /**
     * True when the two paths route the same requests; globs on either side match. Decided row by
     * row over the two segment lists, so that neither many globs nor thousands of segments (a
     * hostile document's path) cost more than the product of the lengths, or any stack.
     */
    public boolean matches(EndpointPath other) {
        List<String> a = segments;
        List<String> b = other.segments;
        if (!a.contains(ANY_SEGMENTS) && !b.contains(ANY_SEGMENTS)) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!segmentMatches(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        // rest[j]: whether a from row i on matches b from j on; filled from the ends backwards
        boolean[] below = new boolean[b.size() + 1];
        boolean[] rest = new boolean[b.size() + 1];
        for (int i = a.size(); i >= 0; i--) {
            for (int j = b.size(); j >= 0; j--) {
                boolean match;
                if (i == a.size() && j == b.size()) {
                    match = true;
                } else if (i < a.size() && a.get(i).equals(ANY_SEGMENTS)) {
                    match = below[j] || j < b.size() && rest[j + 1];
                } else if (j < b.size() && b.get(j).equals(ANY_SEGMENTS)) {
                    match = rest[j + 1] || i < a.size() && below[j];
                } else if (i == a.size() || j == b.size()) {
                    match = false;
                } else {
                    match = below[j + 1] && segmentMatches(a.get(i), b.get(j));
                }
                rest[j] = match;
            }
            boolean[] swap = below;
            below = rest;
            rest = swap;
        }
        return below[0];
    }

    private static boolean segmentMatches(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.contains("*")) {
            return glob(a).matcher(b).matches();
        }
        return b.contains("*") && glob(b).matcher(a).matches();
    }

    private static Pattern glob(String segment) {
        List<String> quoted = new ArrayList<>();
        for (String part : segment.split("\\*", -1)) {
            quoted.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(String.join("[^/]*", quoted));
    }

    /** How many segments must be inserted, removed or replaced to turn one path into the other. */
    public int distanceTo(EndpointPath other) {
        List<String> a = segments;
        List<String> b = other.segments;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int replace = previous[j - 1] + (segmentMatches(a.get(i - 1), b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /**
     * Whether {@link #distanceTo} is exactly 1, in one pass instead of a table: the near-miss test
     * runs for every pair of a declared endpoint not implemented and a code endpoint.
     */
    public boolean oneSegmentFrom(EndpointPath other) {
        List<String> a = segments;
        List<String> b = other.segments;
        // a segment is compared as distanceTo compares it, this path's first (a glob matches one way)
        int aSkip = a.size() - b.size();
        if (aSkip < -1 || aSkip > 1) {
            return false;
        }
        int shorter = Math.min(a.size(), b.size());
        int first = 0;
        while (first < shorter && segmentMatches(a.get(first), b.get(first))) {
            first++;
        }
        if (aSkip == 0 && first == shorter) {
            return false; // the same path: distance 0
        }
        // one segment replaced (same length), or the longer path's segment at the first mismatch removed
        int from = aSkip == 0 ? first + 1 : first;
        for (int j = from; j < shorter; j++) {
            if (!segmentMatches(a.get(aSkip > 0 ? j + 1 : j), b.get(aSkip < 0 ? j + 1 : j))) {
                return false;
            }
        }
        return true;
    }

    /** True when this path already begins with every segment of {@code prefix}. */
    public boolean startsWith(EndpointPath prefix) {
        if (prefix.segments.size() > segments.size()) {
            return false;
        }
        for (int i = 0; i < prefix.segments.size(); i++) {
            if (!segments.get(i).equals(prefix.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    public EndpointPath prefixedWith(EndpointPath prefix) {
        List<String> joined = new ArrayList<>(prefix.segments);
        joined.addAll(segments);
        return new EndpointPath(joined);
    }

    public boolean equalsIgnoreCase(EndpointPath other) {
        return String.join("/", segments).equalsIgnoreCase(String.join("/", other.segments));
    }

    @Override
    public String toString() {
        return "/" + String.join("/", segments);
    }
}
