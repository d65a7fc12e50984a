package io.github.architect.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP messages of an {@code ```http} block, as RFC 9112 writes them: a request line
 * ({@code POST /orders HTTP/1.1}) or a status line ({@code HTTP/1.1 201 Created}), header lines,
 * a blank line and the body, up to the next start line. A request line without a version
 * ({@code POST /orders}) is read too, as the IntelliJ and VS Code HTTP clients write it.
 */
final class HttpMessages {

    private static final Pattern REQUEST_LINE = Pattern.compile(
            "^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(\\S+)(?:\\s+HTTP/[0-9.]+)?\\s*$");
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/[0-9.]+\\s+([1-5][0-9]{2})\\b.*$");
    private static final Pattern ORIGIN = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    /**
     * @param method    the request's method, or null for a response
     * @param path      the request's path, query and origin dropped, or null for a response
     * @param status    the response's status, or null for a request
     * @param line      0-based line of the start line within the block
     * @param body      the body's text, empty when none
     * @param bodyLine  0-based line of the body's first line within the block
     * @param json      whether the body is JSON: a JSON content type, or none and a body that starts like JSON
     */
    record Message(String method, String path, Integer status, int line, String body, int bodyLine, boolean json) {
        boolean request() {
            return method != null;
        }
    }

    private HttpMessages() {
    }

    static boolean isStartLine(String line) {
        return REQUEST_LINE.matcher(line.trim()).matches() || STATUS_LINE.matcher(line.trim()).matches();
    }

    static List<Message> parse(String content) {
        String[] lines = content.split("\n", -1);
        List<Message> messages = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String start = lines[i].trim();
            Matcher request = REQUEST_LINE.matcher(start);
            Matcher status = STATUS_LINE.matcher(start);
            if (!request.matches() && !status.matches()) {
                i++;
                continue;
            }
            int startLine = i++;
            String contentType = null;
            while (i < lines.length && !lines[i].isBlank() && !isStartLine(lines[i])) {
                int colon = lines[i].indexOf(':');
                if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("content-type")) {
                    contentType = lines[i].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                }
                i++;
            }
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            int bodyLine = i;
            StringBuilder body = new StringBuilder();
            while (i < lines.length && !isStartLine(lines[i])) {
                body.append(lines[i]).append('\n');
                i++;
            }
            String text = body.toString().strip();
            boolean json = contentType != null ? contentType.contains("json")
                    : text.startsWith("{") || text.startsWith("[");
            if (request.matches()) {
                messages.add(new Message(request.group(1), path(request.group(2)), null, startLine, text, bodyLine, json));
            } else {
                messages.add(new Message(null, null, Integer.parseInt(status.group(1)), startLine, text, bodyLine, json));
            }
        }
        return messages;
    }

    private static String path(String target) {
        String path = ORIGIN.matcher(target).replaceFirst("");
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        return path.isEmpty() ? "/" : path;
    }

    /** Whether the concrete {@code path} of a request ({@code /orders/42}) is one of the declared {@code template}'s. */
    static boolean matches(String template, String path) {
        String[] declared = template.replaceAll("/+$", "").split("/");
        String[] concrete = path.replaceAll("/+$", "").split("/");
        if (declared.length != concrete.length) {
            return false;
        }
        for (int i = 0; i < declared.length; i++) {
            String segment = declared[i];
            if (!variable(segment) && !variable(concrete[i]) && !segment.equalsIgnoreCase(concrete[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean variable(String segment) {
        return segment.startsWith("{") || segment.startsWith(":") || segment.startsWith("<");
    }
}
