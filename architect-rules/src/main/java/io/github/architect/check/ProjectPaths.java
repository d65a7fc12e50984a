package io.github.architect.check;

import java.nio.file.Path;

/** Paths as reports and baselines write them: stable across machines and operating systems. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * {@code file} relative to {@code root} with forward slashes when it lies below the root, else its
     * absolute path (also with forward slashes) so a finding outside the build still points somewhere.
     */
    public static String relative(Path root, Path file) {
        String fast = relativeByText(root, file);
        if (fast != null) {
            return fast;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The same as {@link #relative} for the common case, without creating paths: every finding's file
     * is shown by every report format. Null when a name could need normalising ("." or ".." segments).
     */
    private static String relativeByText(Path root, Path file) {
        if (!root.isAbsolute() || !file.isAbsolute()) {
            return null;
        }
        String separator = root.getFileSystem().getSeparator();
        String base = root.toString();
        String path = file.toString();
        if (base.endsWith(separator) || !path.startsWith(base + separator) || base.contains(separator + ".")
                || path.contains(separator + ".") || path.endsWith(separator)) {
            return null;
        }
        return path.substring(base.length() + separator.length()).replace('\\', '/');
    }

    public static boolean isBelow(Path root, Path file) {
        return file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }

    /**
     * {@code text} with every absolute path below {@code root} (as {@code Location} prints them in
     * messages and hints) made relative to it with forward slashes; other text is left as it is.
     */
    public static String relativeInText(Path root, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String prefix = root.toAbsolutePath().normalize().toString();
        String separator = root.getFileSystem().getSeparator();
        String base = prefix.endsWith(separator) ? prefix : prefix + separator;
        if (!text.contains(base)) {
            return text; // the common case, once per finding and format: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(base); at >= 0; at = text.indexOf(base, from)) {
            if (at > 0 && partOfPath(text.charAt(at - 1))) {
                // "/x/work/shop/..." is not a path below "/work/shop"
                out.append(text, from, at + base.length());
                from = at + base.length();
                continue;
            }
            out.append(text, from, at);
            int end = at + base.length();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ':') {
                end++;
            }
            out.append(text.substring(at + base.length(), end).replace('\\', '/'));
            from = end;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean partOfPath(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '\\' || c == '.' || c == '-' || c == '_';
    }
}
