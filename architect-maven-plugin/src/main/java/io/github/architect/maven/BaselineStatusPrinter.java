package io.github.architect.maven;

import io.github.architect.baseline.BaselineEntry;
import io.github.architect.engine.BuildSession;
import org.apache.maven.plugin.logging.Log;

import java.util.List;
import java.util.function.Consumer;

/** What the baseline did in a build: the findings it accepted, the entries that are fixed. */
final class BaselineStatusPrinter {

    private final Log log;
    private final boolean strict;

    BaselineStatusPrinter(Log log, boolean strict) {
        this.log = log;
        this.strict = strict;
    }

    /**
     * Says what the baseline accepted and, when {@code judgeStale} (every module was checked), which
     * entries are fixed; true when strict mode must fail.
     */
    boolean print(BuildSession engine, boolean judgeStale) {
        return engine.baseline().map(status -> {
            if (status.accepted() > 0) {
                log.info("architect: " + FindingFormatter.count(status.accepted(), "finding")
                        + " accepted by the baseline (not failing)");
            }
            List<BaselineEntry> stale = judgeStale ? status.stale() : List.of();
            if (stale.isEmpty()) {
                return false;
            }
            String heading = "architect: " + (stale.size() == 1 ? "1 baseline entry" : stale.size() + " baseline entries")
                    + " no longer found (fixed): remove " + (stale.size() == 1 ? "it" : "them")
                    + " from the baseline, or regenerate it with 'mvn architect:baseline'";
            Consumer<String> print = strict ? log::error : log::warn;
            print.accept(heading);
            stale.forEach(entry -> print.accept("  stale: " + entry.describe()));
            return strict;
        }).orElse(false);
    }
}
