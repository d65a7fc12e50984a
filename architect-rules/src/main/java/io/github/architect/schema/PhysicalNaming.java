package io.github.architect.schema;

import io.github.architect.sql.Identifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How Hibernate turns a logical name (an entity, a field, an explicit {@code @Column(name)}) into the
 * physical name the database sees.
 */
public enum PhysicalNaming {

    /** Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}: {@code orderItem} becomes {@code order_item}. */
    SPRING,
    /** Hibernate's JPA default: names as written. */
    JPA,
    /** Not known: both of the above are accepted. */
    EITHER;

    /** Reads the {@code naming} option: {@code spring}, {@code jpa} (or {@code standard}), empty for detection. */
    public static Optional<PhysicalNaming> fromOption(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "spring", "snake", "snake_case", "snake-case" -> Optional.of(SPRING);
            case "jpa", "standard", "default", "as-written" -> Optional.of(JPA);
            case "", "auto", "either" -> Optional.empty();
            default -> throw new IllegalArgumentException(
                    "Unknown naming '" + value + "': use spring, jpa or leave it empty to detect");
        };
    }

    /** The physical names this strategy may give to {@code logical}, the preferred one first. */
    public List<Identifier> physicalNames(Identifier logical) {
        if (logical.quoted()) {
            return List.of(logical);
        }
        Set<Identifier> names = new LinkedHashSet<>();
        if (this != JPA) {
            names.add(new Identifier(snakeCase(logical.text(), true), false));
            names.add(new Identifier(snakeCase(logical.text(), false), false));
        }
        if (this != SPRING) {
            names.add(new Identifier(logical.text(), false));
        }
        return List.copyOf(names);
    }

    /** The name to show in a message. */
    public Identifier preferred(Identifier logical) {
        return this == SPRING ? physicalNames(logical).get(0) : logical;
    }

    /**
     * {@code CamelCaseToUnderscoresNamingStrategy}: dots become underscores, an underscore goes before an
     * upper-case letter between lower-case ones (older Spring Boot versions) or also next to digits
     * (newer ones), and the result is lower case.
     */
    static String snakeCase(String name, boolean digitsCount) {
        StringBuilder builder = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < builder.length() - 1; i++) {
            char before = builder.charAt(i - 1);
            char current = builder.charAt(i);
            char after = builder.charAt(i + 1);
            boolean lowerBefore = Character.isLowerCase(before) || (digitsCount && Character.isDigit(before));
            boolean lowerAfter = Character.isLowerCase(after) || (digitsCount && Character.isDigit(after));
            if (lowerBefore && Character.isUpperCase(current) && lowerAfter) {
                builder.insert(i++, '_');
            }
        }
        return builder.toString().toLowerCase(Locale.ROOT);
    }
}
