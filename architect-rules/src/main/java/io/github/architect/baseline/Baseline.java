package io.github.architect.baseline;

import io.github.architect.check.Violation;
import io.github.architect.check.FindingKey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a team accepted when adopting architect on existing code ({@code architecture-baseline.json}).
 * Entries are keyed by {@link FindingKey} so moving code within a file or reformatting it keeps them
 * valid; they are sorted so the committed file diffs cleanly.
 */
public record Baseline(List<BaselineEntry> entries) {

    public Baseline {
        entries = entries.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    /** A baseline accepting exactly these findings; paths relative to {@code projectRoot}. */
    public static Baseline of(List<Violation> violations, Path projectRoot) {
        Map<FindingKey, BaselineEntry> byKey = new TreeMap<>();
        for (Violation v : violations.stream().sorted(FindingKey.ORDER).toList()) {
            FindingKey key = FindingKey.of(v, projectRoot);
            BaselineEntry existing = byKey.get(key);
            byKey.put(key, existing == null
                    ? new BaselineEntry(key.ruleId(), key.file(), key.subjects(), 1, v.message())
                    : existing.withCount(existing.count() + 1));
        }
        return new Baseline(new ArrayList<>(byKey.values()));
    }

    /**
     * Splits findings into new and baselined, and lists the entries nothing matched. An entry of
     * count n accepts up to n findings with its key; any more are new.
     */
    public BaselineMatch match(List<Violation> violations, Path projectRoot) {
        BaselineLedger ledger = new BaselineLedger(this, projectRoot);
        BaselineMatch match = ledger.match(violations);
        return new BaselineMatch(match.newFindings(), match.baselined(), ledger.stale());
    }

    public int size() {
        return entries.stream().mapToInt(BaselineEntry::count).sum();
    }
}
