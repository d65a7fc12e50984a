package io.github.architect.baseline;

import io.github.architect.check.Violation;
import io.github.architect.check.FindingKey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline being used up by a build that reports its findings in batches (one per module, in any
 * order under {@code -T}). Each batch consumes the entries it matches; what is left at the end is
 * stale. Thread-safe.
 */
public final class BaselineLedger {

    private final Path projectRoot;
    private final Map<FindingKey, Integer> remaining = new LinkedHashMap<>();
    private final Map<FindingKey, BaselineEntry> entries = new LinkedHashMap<>();
    private int accepted;

    public BaselineLedger(Baseline baseline, Path projectRoot) {
        this.projectRoot = projectRoot;
        for (BaselineEntry entry : baseline.entries()) {
            remaining.merge(entry.key(), entry.count(), Integer::sum);
            entries.putIfAbsent(entry.key(), entry);
        }
    }

    /** Splits one batch into new and baselined findings; {@link BaselineMatch#stale()} is left empty. */
    public synchronized BaselineMatch match(List<Violation> violations) {
        List<Violation> fresh = new ArrayList<>();
        List<Violation> baselined = new ArrayList<>();
        for (Violation v : violations.stream().sorted(FindingKey.ORDER).toList()) {
            FindingKey key = FindingKey.of(v, projectRoot);
            int left = remaining.getOrDefault(key, 0);
            if (left > 0) {
                remaining.put(key, left - 1);
                baselined.add(v);
            } else {
                fresh.add(v);
            }
        }
        accepted += baselined.size();
        return new BaselineMatch(fresh, baselined, List.of());
    }

    /** Entries no batch matched so far, with the unmatched count. */
    public synchronized List<BaselineEntry> stale() {
        List<BaselineEntry> stale = new ArrayList<>();
        remaining.forEach((key, left) -> {
            if (left > 0) {
                stale.add(entries.get(key).withCount(left));
            }
        });
        return stale;
    }

    /** How many findings the baseline accepted so far. */
    public synchronized int accepted() {
        return accepted;
    }
}
