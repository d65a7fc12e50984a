package io.github.architect.doc;

import java.util.regex.Pattern;

/** Markdown emphasis and code markers, removed without touching identifiers such as order_lines. */
final class Markup {

    private static final Pattern MARKERS = Pattern.compile("[*`~]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");

    private Markup() {
    }

    static String strip(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('`') < 0 && text.indexOf('~') < 0 && text.indexOf('_') < 0) {
            return text; // nothing to strip, the common case for every name and line of a large document
        }
        return MARKERS.matcher(text).replaceAll("");
    }
}
