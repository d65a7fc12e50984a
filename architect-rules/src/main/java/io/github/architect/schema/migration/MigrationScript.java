package io.github.architect.schema.migration;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file.
 *
 * @param version the version parts ({@code V1_1} and {@code V1.1} both give [1, 1]); empty for repeatable and Liquibase files, which
 *                apply in the order the locator gives
 */
public record MigrationScript(Path file, Kind kind, List<BigInteger> version, String description) {

    public enum Kind {
        /** {@code V<version>__<description>.sql} (and Flyway's {@code B} baselines). */
        VERSIONED(MigrationFormat.FLYWAY),
        /** {@code R__<description>.sql}, applied after all versioned ones. */
        REPEATABLE(MigrationFormat.FLYWAY),
        /** {@code U<version>__<description>.sql}: reverts a version; read, never applied to the schema. */
        UNDO(MigrationFormat.FLYWAY),
        /** A Liquibase formatted-SQL changelog, or a SQL file a changelog includes. */
        LIQUIBASE(MigrationFormat.LIQUIBASE_SQL),
        /** A Liquibase XML, YAML or JSON changelog. */
        LIQUIBASE_CHANGELOG(MigrationFormat.LIQUIBASE_CHANGELOG);

        private final MigrationFormat format;

        Kind(MigrationFormat format) {
            this.format = format;
        }

        /** How files of this kind read. */
        MigrationFormat format() {
            return format;
        }
    }

    private static final Pattern VERSIONED = Pattern.compile("([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql", Pattern.CASE_INSENSITIVE);

    public MigrationScript {
        version = List.copyOf(version);
    }

    /** Reads a Flyway file name; empty when the name is not a Flyway migration. */
    public static Optional<MigrationScript> flyway(Path file) {
        String name = file.getFileName().toString();
        Matcher v = VERSIONED.matcher(name);
        if (v.matches()) {
            Kind kind = v.group(1).equalsIgnoreCase("U") ? Kind.UNDO : Kind.VERSIONED;
            List<BigInteger> parts = java.util.Arrays.stream(v.group(2).split("[._]")).map(BigInteger::new).toList();
            return Optional.of(new MigrationScript(file, kind, parts, v.group(3)));
        }
        Matcher r = REPEATABLE.matcher(name);
        if (r.matches()) {
            return Optional.of(new MigrationScript(file, Kind.REPEATABLE, List.of(), r.group(1)));
        }
        return Optional.empty();
    }

    /** Flyway's order: versions numerically part by part ({@code 1.1 < 2 < 10}), then repeatables by description. */
    public static final Comparator<MigrationScript> ORDER = Comparator
            .comparingInt((MigrationScript s) -> switch (s.kind()) {
                case VERSIONED, UNDO -> 0;
                case REPEATABLE -> 1;
                case LIQUIBASE, LIQUIBASE_CHANGELOG -> 2;
            })
            .thenComparing(MigrationScript::version, MigrationScript::compareVersions)
            .thenComparing(s -> s.kind() == Kind.UNDO ? 1 : 0)
            .thenComparing(MigrationScript::description)
            .thenComparing(s -> s.file().toString());

    static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
