package io.github.architect.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits of one suggestion, by line of the original text: lines replaced or removed, lines inserted
 * after a line (0: before the first). Applied at once, so that every edit is planned against the
 * original line numbers; a second edit of a line already replaced or removed is refused.
 */
final class LineEdits {

    private final Map<Integer, List<String>> replaced = new HashMap<>();
    private final Map<Integer, List<String>> insertedAfter = new LinkedHashMap<>();

    /** False when the line is already edited. */
    boolean replace(int line, String text) {
        return replaced.putIfAbsent(line, List.of(text)) == null;
    }

    boolean remove(int line) {
        return replaced.putIfAbsent(line, List.of()) == null;
    }

    boolean isEdited(int line) {
        return replaced.containsKey(line);
    }

    void insertAfter(int line, List<String> text) {
        insertedAfter.computeIfAbsent(line, k -> new ArrayList<>()).addAll(text);
    }

    boolean isEmpty() {
        return replaced.isEmpty() && insertedAfter.isEmpty();
    }

    List<String> apply(List<String> original) {
        List<String> out = new ArrayList<>(original.size() + 16);
        out.addAll(insertedAfter.getOrDefault(0, List.of()));
        for (int n = 1; n <= original.size(); n++) {
            List<String> replacement = replaced.get(n);
            if (replacement == null) {
                out.add(original.get(n - 1));
            } else {
                out.addAll(replacement);
            }
            out.addAll(insertedAfter.getOrDefault(n, List.of()));
        }
        return out;
    }
}
