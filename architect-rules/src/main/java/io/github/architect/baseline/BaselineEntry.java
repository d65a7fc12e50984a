package io.github.architect.baseline;

import io.github.architect.check.FindingKey;

import java.util.List;
import java.util.Objects;

/**
 * Accepted findings sharing one key: rule, repo-relative file and the things involved (never a line).
 *
 * @param count   how many findings with this key are accepted (the same call twice in one class)
 * @param message the first finding's message, for people reading the file; not used for matching
 */
public record BaselineEntry(String ruleId, String file, List<String> subjects, int count, String message) {

    public BaselineEntry {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(file, "file");
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        count = Math.max(count, 1);
        message = message == null ? "" : message;
    }

    public FindingKey key() {
        return new FindingKey(ruleId, file, subjects);
    }

    BaselineEntry withCount(int newCount) {
        return new BaselineEntry(ruleId, file, subjects, newCount, message);
    }

    /** "rule-id file [subjects]" as build output shows a stale entry. */
    public String describe() {
        return ruleId + " " + file + (subjects.isEmpty() ? "" : " " + subjects)
                + (count > 1 ? " (" + count + " findings)" : "");
    }
}
