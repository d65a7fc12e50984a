package io.github.architect.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * How long each check took on each module and on the build, so that a user sees where the time of
 * a run goes. Collected by the {@link Verifier} (modules of a parallel build record concurrently);
 * written to {@code timings.json} and printed at DEBUG level, never part of a report: the times
 * differ from run to run.
 */
public final class CheckTimings {

    /**
     * @param step    what was timed: a check's simple class name, or {@code cache} for a lookup
     * @param scope   {@code module <artifactId>}, {@code used edges of <artifactId>} or {@code build}
     * @param nanos   wall-clock time on the thread that ran it
     */
    public record Timing(String step, String scope, long nanos) {

        public double milliseconds() {
            return nanos / 1_000_000.0;
        }
    }

    private final ConcurrentLinkedQueue<Timing> timings = new ConcurrentLinkedQueue<>();

    /** Runs {@code work} and records its time under {@code step} and {@code scope}. */
    public <T> T time(String step, String scope, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.add(new Timing(step, scope, System.nanoTime() - start));
        }
    }

    /** Records time measured elsewhere (work that throws checked exceptions). */
    public void record(String step, String scope, long nanos) {
        timings.add(new Timing(step, scope, nanos));
    }

    /** Everything recorded so far, in the order it finished. */
    public List<Timing> all() {
        return List.copyOf(timings);
    }

    /** Total time per step, in the order steps first finished. */
    public Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        timings.forEach(t -> totals.merge(t.step(), t.nanos(), Long::sum));
        return totals;
    }

    /** One line per step with its total, then one per timing: "ServiceBoundariesCheck on module shop: 412 ms". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        totals().forEach((step, nanos) -> lines.add(step + ": " + format(nanos / 1_000_000.0) + " ms in total"));
        for (Timing timing : timings) {
            lines.add(timing.step() + " on " + timing.scope() + ": " + format(timing.milliseconds()) + " ms");
        }
        return lines;
    }

    /** {"steps":[{"step":..,"milliseconds":..,"runs":[{"scope":..,"milliseconds":..}]}]}. */
    public String json() {
        StringBuilder json = new StringBuilder("{\n  \"steps\": [");
        String separator = "\n";
        for (Map.Entry<String, Long> total : totals().entrySet()) {
            json.append(separator).append("    {\"step\": ").append(quote(total.getKey()))
                    .append(", \"milliseconds\": ").append(format(total.getValue() / 1_000_000.0))
                    .append(", \"runs\": [");
            String runSeparator = "";
            for (Timing timing : timings) {
                if (timing.step().equals(total.getKey())) {
                    json.append(runSeparator).append("\n      {\"scope\": ").append(quote(timing.scope()))
                            .append(", \"milliseconds\": ").append(format(timing.milliseconds())).append('}');
                    runSeparator = ",";
                }
            }
            json.append("\n    ]}");
            separator = ",\n";
        }
        return json.append("\n  ]\n}\n").toString();
    }

    /** Writes {@link #json()} to {@code file}, creating its directory. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json(), StandardCharsets.UTF_8);
    }

    private static String format(double milliseconds) {
        return String.format(Locale.ROOT, "%.1f", milliseconds);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
