package io.github.architect.suggest;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;

/**
 * The suggestion as a unified diff that {@code git apply} and {@code patch -p1} apply from the root
 * of the build: headers {@code a/<path>} and {@code b/<path>}, three lines of context. Notices come
 * first as lines both tools skip before the first header.
 */
public final class UnifiedDiff {

    private UnifiedDiff() {
    }

    /**
     * @param suggestion the suggestion
     * @param path       the document's path relative to the root of the build, with '/' separators
     */
    public static String of(Suggestion suggestion, String path) {
        StringBuilder out = new StringBuilder();
        if (!suggestion.notices().isEmpty()) {
            out.append("architect:suggest left ").append(suggestion.notices().size())
                    .append(suggestion.notices().size() == 1 ? " finding" : " findings")
                    .append(" to you (no mechanical edit answers them):\n");
            suggestion.notices().forEach(n -> out.append("  ").append(n.replace('\n', ' ')).append('\n'));
            out.append('\n');
        }
        if (!suggestion.changesDocument()) {
            return out.toString();
        }
        List<String> original = lines(suggestion.original());
        List<String> revised = lines(suggestion.suggested());
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> diff = new ArrayList<>(UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original, patch, 3));
        diff.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
