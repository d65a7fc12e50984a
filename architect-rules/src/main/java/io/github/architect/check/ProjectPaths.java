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
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
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
