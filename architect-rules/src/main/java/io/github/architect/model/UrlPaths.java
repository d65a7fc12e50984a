package io.github.architect.model;

/** URL paths as the document and the code compose them. */
public final class UrlPaths {

    private UrlPaths() {
    }

    /** Joins URL paths with one slash between parts: "/v1" and "orders/" give "/v1/orders/". */
    public static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank() || part.equals("/")) {
                continue;
            }
            String trimmed = part.trim();
            boolean slashBefore = joined.length() > 0 && joined.charAt(joined.length() - 1) == '/';
            if (trimmed.startsWith("/") && slashBefore) {
                trimmed = trimmed.substring(1);
            } else if (!trimmed.startsWith("/") && !slashBefore) {
                joined.append('/');
            }
            joined.append(trimmed);
        }
        return joined.toString();
    }
}
