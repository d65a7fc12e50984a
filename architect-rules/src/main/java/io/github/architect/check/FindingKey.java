package io.github.architect.check;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What identifies a finding across edits: the rule, the repo-relative file and the things involved.
 * Never the line, so moving code within a file or reformatting it keeps the key. Used for SARIF
 * fingerprints and baseline entries.
 *
 * @param subjects the violation's subjects; when a check gave none, its message with every number
 *                 replaced by '#', so line numbers quoted in messages do not leak into the key
 */
public record FindingKey(String ruleId, String file, List<String> subjects) implements Comparable<FindingKey> {

    /** The order of every report and of the baseline: by file, line, column, then rule and message. */
    public static final java.util.Comparator<Violation> ORDER = java.util.Comparator
            .comparing((Violation v) -> v.location().file().toString())
            .thenComparingInt(v -> v.location().line())
            .thenComparingInt(v -> v.location().column())
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::message);

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    public FindingKey {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(file, "file");
        subjects = List.copyOf(subjects);
    }

    public static FindingKey of(Violation violation, java.nio.file.Path projectRoot) {
        List<String> subjects = violation.subjects().isEmpty()
                ? List.of(DIGITS.matcher(violation.message()).replaceAll("#"))
                : violation.subjects();
        return new FindingKey(violation.ruleId(), ProjectPaths.relative(projectRoot, violation.location().file()),
                subjects);
    }

    /** A hex SHA-256 of the key, stable across runs, machines and unrelated edits. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ruleId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            for (String subject : subjects) {
                digest.update((byte) 0);
                digest.update(subject.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public int compareTo(FindingKey other) {
        int c = ruleId.compareTo(other.ruleId);
        if (c == 0) {
            c = file.compareTo(other.file);
        }
        if (c == 0) {
            c = String.join("\u0000", subjects).compareTo(String.join("\u0000", other.subjects));
        }
        return c;
    }
}
