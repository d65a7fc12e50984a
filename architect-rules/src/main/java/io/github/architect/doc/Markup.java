package io.github.architect.doc;

import java.util.regex.Pattern;

/** Markdown emphasis and code markers, removed without touching identifiers such as order_lines. */
final class Markup {

    private static final Pattern MARKERS = Pattern.compile("[*`~]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");

    private Markup() {
    }

    static String strip(String text) {
        return MARKERS.matcher(text).replaceAll("");
    }
}
